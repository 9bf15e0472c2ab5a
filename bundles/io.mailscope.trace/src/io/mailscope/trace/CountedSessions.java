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
 * Passed to {@link TraceListener#overlappingRoutineSessions} instead (since 2.3.0), a stretch may hold sessions that
 * overlap: in an Outlook 2000-2002 log a connection is over only when the one after the next begins (its late entries
 * may still come until then), so each session ends after the next one's disconnection ({@link #overlap()} 1), and the
 * stretch holds the ends of sessions that started in an earlier stretch ({@link #carried()}) and sessions that end
 * after it. The calls it stands for, in order: for each {@code i} from {@link #carried()} to {@code count() - 1},
 * {@code sessionEnded(ended(i - 1 - overlap()))} when {@code overlap() > 0} and {@code i - 1 - overlap() >= 0}, then
 * {@code sessionStarted(started(i))}, {@code connectionEvent(connected(i))}, {@code connectionEvent(disconnected(i))},
 * and {@code sessionEnded(ended(i))} when {@code overlap() == 0}. So with {@code overlap()} 1 the last two sessions
 * end after the stretch: each with a call of its own or in a later stretch; such a session may get other events
 * before its end (late entries of its connection), and then its end always comes as a call of its own. A session
 * whose end is in a stretch got no event besides those the stretches stand for.
 * {@link TraceListener#routineSessions} only gets stretches without overlap and carried sessions (as in 2.2.0).
 * <p>
 * Immutable: a listener may keep it or hand it to another thread. <b>Provider type</b>: the importer implements it,
 * listeners only read it.
 * <p>
 * Added in package version 2.2.0; {@link #carried()} and {@link #overlap()} in 2.3.0.
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

    /**
     * @return how many of the sessions, from the first, started in an earlier stretch: only their ends are part of this
     *         one (0 for a stretch passed to {@link TraceListener#routineSessions})
     * @since 2.3.0
     */
    default int carried() {
        return 0;
    }

    /**
     * @return how many later sessions start before a session ends: 0, each session ends right after its
     *         disconnection; 1, right before the start of the session after the next (0 for a stretch passed to
     *         {@link TraceListener#routineSessions})
     * @since 2.3.0
     */
    default int overlap() {
        return 0;
    }
}
