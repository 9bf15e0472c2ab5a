package io.mailscope.trace;

/**
 * How sure one format is that a sample is its own.
 *
 * @param formatId the format's id, e.g. {@code io.mailscope.trace.outlook}
 * @param name human-readable name
 * @param confidence 0 (not mine) to 1 (certainly mine)
 */
public record FormatMatch(String formatId, String name, double confidence) {
}
