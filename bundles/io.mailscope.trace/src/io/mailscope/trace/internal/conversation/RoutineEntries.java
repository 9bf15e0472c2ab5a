package io.mailscope.trace.internal.conversation;

/**
 * The routine exchanges of a POP3 connection of an Outlook 2000-2002 log, counted on bytes instead of parsed, with the
 * entries of other threads and tasks written between them (see
 * {@code io.mailscope.trace.internal.formats.OutlookLegacyRoutineRun}): the session the last record opened ("Connected
 * to host" just before them) gets its protocol, its context and the exchanges as {@link RoutineRun}; the other lines
 * and the repairs (joined and separated entries) are only counted, as the parsed lines would be once the model holds
 * as many as it keeps.
 *
 * @param exchanges the routine exchanges
 * @param context the THIS context of the connection's protocol lines (lower case)
 * @param otherLines the other lines among the entries (LogText headers, status entries, other logged texts)
 * @param repairs the repairs the parser would have reported (wrapped entries joined, interleaved entries separated)
 */
public record RoutineEntries(RoutineRun exchanges, String context, int otherLines, int repairs) implements RoutineCount {
}
