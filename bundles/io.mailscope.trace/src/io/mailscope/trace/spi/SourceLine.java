package io.mailscope.trace.spi;

/**
 * One physical line of the input as the parser receives it: already decoded (invalid bytes replaced), without its
 * line terminator, possibly truncated when it was very long (import records those repairs itself).
 *
 * @param number 1-based line number in the source
 * @param offset byte offset of the line's first byte in the source
 * @param text the line's text
 */
public record SourceLine(int number, long offset, String text) {
}
