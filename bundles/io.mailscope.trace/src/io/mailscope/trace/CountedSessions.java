package io.mailscope.trace;

import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;

/**
 * Routine sessions ({@link RoutineExchangePolicy}) that followed one another directly in the trace, each one's
 * "Begin execution" right after the "End execution" of the one before, counted without decoding their lines and passed
 * to {@link TraceListener#routineSessions} in one call: session {@code i} stands for the calls
 * {@code sessionStarted(started(i))}, {@code connectionEvent(connected(i))}, {@code connectionEvent(disconnected(i))}
 * and {@code sessionEnded(ended(i))}, in that order, and the sessions come in the order of the trace. Each session
 * connects, runs the routine conversation (whose exchanges the listener declared it does not need), is closed by the
 * client after QUIT and ends: no failure, no TLS, no status.
 * <p>
 * Immutable: a listener may keep it or hand it to another thread. <b>Provider type</b>: the importer implements it,
 * listeners only read it.
 * <p>
 * Added in package version 2.2.0.
 */
public interface CountedSessions {

    /** @return the number of sessions */
    int count();

    /** @return session {@code i} as it was known when it started (protocol and connection key; no host or port yet) */
    SessionInfo started(int i);

    /** @return session {@code i}'s "Connected to host" ({@link io.mailscope.model.ConnectionEventKind#CONNECTED}) */
    ConnectionRecord connected(int i);

    /**
     * @return session {@code i}'s "Disconnected from host" after QUIT
     *         ({@link io.mailscope.model.ConnectionEventKind#CLOSED_BY_CLIENT})
     */
    ConnectionRecord disconnected(int i);

    /** @return session {@code i}'s end, with its number of exchanges, closed, no command pending */
    SessionEnd ended(int i);
}
