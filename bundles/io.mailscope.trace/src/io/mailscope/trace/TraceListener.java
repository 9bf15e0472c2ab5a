package io.mailscope.trace;

import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;

/**
 * Receives a trace as it is rebuilt, in one pass: import calls it while it streams a file, a live session while it
 * talks to a server, and {@code TraceReplay} for a trace that is already in memory. Diagnosis rules are driven by it.
 * <p>
 * Everything passed is an immutable record of {@code io.mailscope.trace.events}: nothing changes it afterwards, so a
 * listener may keep it or hand it to another thread. The model ({@code Trace}) keeps only part of a large trace;
 * a listener sees every exchange. Exchanges arrive when their reply is complete, in the order the replies
 * complete. All calls of one import come from the thread that called import, also when a large input is parsed on a
 * second thread.
 * <p>
 * Package version 2.3.0 ({@link #overlappingRoutineSessions} added in 2.3.0, {@link #routineSessions} in 2.2.0; 2.0.0: 1.0 passed the model's EMF objects, which a large import changed and evicted while a
 * listener on another thread still read them).
 */
public interface TraceListener {

    /** A new protocol session begins (connection seen, or the first line of a protocol in an interleaved log). */
    default void sessionStarted(SessionInfo session) {
    }

    /** A command and its complete reply (or the greeting, with no command). */
    default void exchangeCompleted(ExchangeRecord exchange) {
    }

    /**
     * A command whose reply never completed: the session ended, or was cut, while it waited. Passed just before
     * {@link #sessionEnded}, with {@link ExchangeRecord#complete()} false and the reply lines read so far.
     */
    default void exchangeAbandoned(ExchangeRecord exchange) {
    }

    /** Connected, closed by the server or client, refused, timed out, TLS started or failed. */
    default void connectionEvent(ConnectionRecord event) {
    }

    /** A code or error the client reported (hrStatus, error dialog text, library exception). */
    default void statusEvent(StatusRecord event) {
    }

    /** The session ended: closed, cut, or the trace ended while it was open. */
    default void sessionEnded(SessionEnd end) {
    }

    /**
     * Routine sessions that followed one another, counted without decoding their lines: the same as the calls each
     * of them stands for ({@link CountedSessions}), which is what this default implementation makes. Called only for
     * a listener that declared it does not need routine exchanges ({@link RoutineExchangePolicy}); one that keeps
     * nothing of such sessions may take the whole stretch in one step instead.
     * <p>
     * Added in package version 2.2.0.
     */
    default void routineSessions(CountedSessions sessions) {
        for (int i = 0, n = sessions.count(); i < n; i++) {
            sessionStarted(sessions.started(i));
            connectionEvent(sessions.connected(i));
            connectionEvent(sessions.disconnected(i));
            sessionEnded(sessions.ended(i));
        }
    }

    /**
     * Routine sessions counted without decoding their lines, whose starts and ends may overlap (see
     * {@link CountedSessions}: {@link CountedSessions#carried()}, {@link CountedSessions#overlap()}): the same as the
     * calls the stretch stands for, which is what this default implementation makes. Called only for a listener that
     * declared it does not need routine exchanges ({@link RoutineExchangePolicy}); one that keeps nothing of such
     * sessions may take the whole stretch in one step instead, but must expect that the sessions ending after the
     * stretch get other events before their end.
     * <p>
     * Added in package version 2.3.0.
     */
    default void overlappingRoutineSessions(CountedSessions sessions) {
        int overlap = sessions.overlap();
        for (int i = sessions.carried(), n = sessions.count(); i < n; i++) {
            int over = i - 1 - overlap;
            if (overlap > 0 && over >= 0) {
                sessionEnded(sessions.ended(over));
            }
            sessionStarted(sessions.started(i));
            connectionEvent(sessions.connected(i));
            connectionEvent(sessions.disconnected(i));
            if (overlap == 0) {
                sessionEnded(sessions.ended(i));
            }
        }
    }

    /** The whole trace has been read. */
    default void traceEnded(TraceEnd trace) {
    }
}
