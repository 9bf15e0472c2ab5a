package io.mailscope.trace.internal.conversation;

import io.mailscope.trace.spi.Span;

/**
 * Entries an Outlook 2000-2002 log holds between a connection's "Disconnected from host" and the next entry that is
 * not an other line (the statuses and headers before the next connection's "Connected to host"), counted on bytes
 * instead of parsed: other lines and repairs the parser would have reported, each text one the masking leaves as it is,
 * only counted as the parsed ones would be once the model holds as many of both as it keeps.
 * <p>
 * The "Disconnected from host" before them may come with them instead of as a record of its own ({@code disconnected}
 * not null): the close by the client (after QUIT) of the counted routine session of {@code connection}, which the
 * builder drops at its end, so the event is passed to the listener without a model object.
 *
 * @param disconnected the span of the "Disconnected from host" entry, or null when its record came before
 * @param disconnectedText the event's text as the parser read it (not masked), when {@code disconnected} is not null
 * @param connection the connection it closes (the session's key), when {@code disconnected} is not null
 * @param otherLines the other lines (LogText headers, status entries without a failure, other logged texts)
 * @param repairs the repairs (wrapped entries joined, interleaved entries separated)
 */
public record RoutineOtherLines(Span disconnected, String disconnectedText, String connection, int otherLines, int repairs) implements RoutineCount {
}
