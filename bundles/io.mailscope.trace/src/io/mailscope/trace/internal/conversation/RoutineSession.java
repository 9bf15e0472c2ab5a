package io.mailscope.trace.internal.conversation;

import io.mailscope.trace.spi.Span;

/**
 * The rest of a routine POP3 session of an Outlook 2003+ log after its "Begin execution" line, counted on bytes
 * instead of parsed: the "Port: n, Secure: NO" line, "Finding host" and "Connecting to host" (other lines),
 * "Connected to host", the routine exchanges ({@link RoutineRun}), "Disconnected from host" and "End execution".
 * {@link ConversationBuilder#routine(RoutineCount)} reports the two connection events to the listener as the parsed
 * lines would and ends the session; the rest is counted.
 *
 * @param port the session's port
 * @param othersBeforeConnected the other lines before "Connected to host" (the "Port" line among them)
 * @param connected where "Connected to host" is
 * @param exchanges the routine exchanges between the connection events
 * @param disconnected where "Disconnected from host" is
 */
public record RoutineSession(int port, int othersBeforeConnected, Span connected, RoutineRun exchanges, Span disconnected)
        implements RoutineCount {
}
