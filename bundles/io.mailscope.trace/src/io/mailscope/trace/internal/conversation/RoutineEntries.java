package io.mailscope.trace.internal.conversation;

import io.mailscope.trace.spi.Span;

/**
 * The routine exchanges of a POP3 connection of an Outlook 2000-2002 log, counted on bytes instead of parsed, with the
 * entries of other threads and tasks written between them (see
 * {@code io.mailscope.trace.internal.formats.OutlookLegacyRoutineRun}): the session the last record opened ("Connected
 * to host" just before them) gets its protocol, its context and the exchanges as {@link RoutineRun}; the other lines
 * and the repairs (joined and separated entries) are only counted, as the parsed lines would be once the model holds
 * as many as it keeps.
 * <p>
 * The connection's "Connected to host" event may come with them instead of as a record of its own just before
 * ({@code connected} not null): the session is then one the builder drops at its end (beyond the model's bound,
 * nothing but other lines and its close reach it afterwards), so the event is passed to the listener without a model
 * object, as that of a counted Outlook 2003+ session; so may the end of the connection its start ended.
 *
 * @param ended the connection whose end ({@code TraceRecord.End}) the new connection's start made, or null: its
 *            session ends first, as the record of its own would have ended it just before
 * @param connected the span of the "Connected to host" entry, or null when its record came before
 * @param connectedText the event's text as the parser read it (not masked), when {@code connected} is not null
 * @param connection the connection the event began (the session's key), when {@code connected} is not null: a new one,
 *            named by a string of its own that no record named before
 * @param exchanges the routine exchanges
 * @param context the THIS context of the connection's protocol lines (lower case)
 * @param otherLines the other lines among the entries (LogText headers, status entries, other logged texts)
 * @param repairs the repairs the parser would have reported (wrapped entries joined, interleaved entries separated)
 */
public record RoutineEntries(String ended, Span connected, String connectedText, String connection, RoutineRun exchanges, String context, int otherLines, int repairs) implements RoutineCount {
}
