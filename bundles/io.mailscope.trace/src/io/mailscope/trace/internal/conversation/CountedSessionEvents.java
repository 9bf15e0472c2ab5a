package io.mailscope.trace.internal.conversation;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.TlsState;
import io.mailscope.trace.CountedSessions;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.spi.Span;

/**
 * A stretch of routine sessions ({@link RoutineSessions}) as the listener sees it: the records the conversation builder
 * would have passed for each session, made only when a listener asks for them (one that keeps nothing of such
 * sessions never does). Immutable: the stretch is not changed once handed over.
 */
final class CountedSessionEvents implements CountedSessions {

    private final RoutineSessions stretch;
    private final long firstId;
    private final String connectedText;
    private final String disconnectedText;

    /**
     * @param firstId the id of the stretch's first session (the others follow it)
     * @param connectedText "Connected to host", masked
     * @param disconnectedText "Disconnected from host", masked
     */
    CountedSessionEvents(RoutineSessions stretch, long firstId, String connectedText, String disconnectedText) {
        this.stretch = stretch;
        this.firstId = firstId;
        this.connectedText = connectedText;
        this.disconnectedText = disconnectedText;
    }

    @Override
    public int count() {
        return stretch.count();
    }

    private String key(int i) {
        return stretch.connection(i).base() + "#" + stretch.generation(i); //$NON-NLS-1$
    }

    /** When the session started, its "Begin execution" line had given it its protocol and connection key only. */
    @Override
    public SessionInfo started(int i) {
        return new SessionInfo(firstId + i, stretch.connection(i).protocol(), null, 0, null, TlsState.NONE, key(i));
    }

    /** From "Port" on: the host and client product of the line's endpoint, the port of the "Port" line. */
    private SessionInfo info(int i) {
        RoutineSessions.Connection c = stretch.connection(i);
        return new SessionInfo(firstId + i, c.protocol(), c.host(), stretch.session(i).port(), c.clientProduct(), TlsState.NONE, key(i));
    }

    @Override
    public ConnectionRecord connected(int i) {
        Span at = stretch.session(i).connected();
        return new ConnectionRecord(info(i), ConnectionEventKind.CONNECTED, connectedText, at.firstLine(), at.lastLine(), at.offset(),
                at.time());
    }

    @Override
    public ConnectionRecord disconnected(int i) {
        Span at = stretch.session(i).disconnected();
        return new ConnectionRecord(info(i), ConnectionEventKind.CLOSED_BY_CLIENT, disconnectedText, at.firstLine(), at.lastLine(),
                at.offset(), at.time());
    }

    @Override
    public SessionEnd ended(int i) {
        return new SessionEnd(info(i), stretch.session(i).exchanges().exchanges(), false, true);
    }
}
