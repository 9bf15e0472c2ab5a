package io.mailscope.trace.events;

/**
 * A session is over: closed, cut, or still open when the trace ended. Commands that never got their complete reply
 * were passed as {@code exchangeAbandoned} just before.
 *
 * @param session the session's final snapshot
 * @param exchanges how many exchanges the session had
 * @param commandPending true when the session ended with a command still waiting for its (complete) reply
 * @param closed true when the trace shows the connection close (QUIT/LOGOUT answered, or a close, refusal or
 *            time-out event); false when the session simply stops (the trace ended, or the next connection began)
 */
public record SessionEnd(SessionInfo session, int exchanges, boolean commandPending, boolean closed) {
}
