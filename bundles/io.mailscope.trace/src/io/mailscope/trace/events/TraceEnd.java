package io.mailscope.trace.events;

/**
 * The whole trace has been read.
 *
 * @param source the file name or the name given to pasted text
 * @param formatId the format used
 * @param sessions how many sessions the trace had
 * @param exchanges how many exchanges the trace had
 */
public record TraceEnd(String source, String formatId, long sessions, long exchanges) {
}
