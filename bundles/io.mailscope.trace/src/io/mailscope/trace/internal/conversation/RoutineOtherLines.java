package io.mailscope.trace.internal.conversation;

/**
 * Entries an Outlook 2000-2002 log holds between a connection's "Disconnected from host" and the next entry that is
 * not an other line (the statuses and headers before the next connection's "Connected to host"), counted on bytes
 * instead of parsed: other lines and repairs the parser would have reported, each text one the masking leaves as it is,
 * only counted as the parsed ones would be once the model holds as many of both as it keeps.
 *
 * @param otherLines the other lines (LogText headers, status entries without a failure, other logged texts)
 * @param repairs the repairs (wrapped entries joined, interleaved entries separated)
 */
public record RoutineOtherLines(int otherLines, int repairs) implements RoutineCount {
}
