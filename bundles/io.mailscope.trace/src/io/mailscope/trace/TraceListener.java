package io.mailscope.trace;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;

/**
 * Receives a trace as it is rebuilt, in one pass: import calls it while it streams a file, a live session while it
 * talks to a server, and {@code TraceReplay} for a trace that is already in memory. Diagnosis rules are driven by it.
 * <p>
 * The objects passed are the model objects of the trace being built. A large import may drop exchanges from the
 * model after they were passed here (it keeps sessions, status events and exchanges near failures), so a listener
 * keeps what it needs (usually a few numbers, or the exchanges it cites as evidence) instead of navigating back.
 * Exchanges arrive when their reply is complete, in the order the replies complete. All calls of one import come
 * from the thread that called import, also when a large input is parsed on a second thread.
 */
public interface TraceListener {

    /** A new protocol session begins (connection seen, or the first line of a protocol in an interleaved log). */
    default void sessionStarted(Session session) {
    }

    /** A command and its complete reply (or the greeting, with {@link Exchange#getCommand()} null). */
    default void exchangeCompleted(Exchange exchange) {
    }

    /** Connected, closed by the server or client, refused, timed out, TLS started or failed. */
    default void connectionEvent(Session session, ConnectionEvent event) {
    }

    /** A code or error the client reported (hrStatus, error dialog text, library exception). */
    default void statusEvent(StatusEvent event) {
    }

    /** The session ended: closed, or the trace ended while it was open. */
    default void sessionEnded(Session session) {
    }

    /** The whole trace has been read. */
    default void traceEnded(Trace trace) {
    }
}
