package io.mailscope.trace;

/**
 * A contributed trace format, as declared in plugin.xml (reading it loads no contributed class).
 *
 * @param id unique id
 * @param name human-readable name
 * @param description what files it reads
 * @param contributor the contributing bundle's symbolic name
 */
public record TraceFormatInfo(String id, String name, String description, String contributor) {
}
