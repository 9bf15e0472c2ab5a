package io.mailscope.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;

/**
 * Replays a trace that is already in memory (a live session's transcript, or an import to diagnose again) to a
 * {@link TraceListener}, as immutable records and in the order import calls it: a session starts at its first
 * event, an exchange arrives when its last reply line was read, connection and status events at their line, an
 * exchange without complete reply is abandoned when its session ends, a session ends after its last event, and the
 * trace ends last. Events on the same line keep the order sessionStarted, connection event, exchange, status event.
 * Exchanges a bounded import did not keep cannot be replayed. Sessions are numbered from 1 in model order.
 */
public final class TraceReplay {

    private TraceReplay() {
    }

    private record Step(int line, int rank, int sequence, Runnable call) {
    }

    public static void replay(Trace trace, TraceListener listener) {
        List<Step> steps = new ArrayList<>();
        int[] sequence = { 0 };
        long id = 0;
        long exchanges = 0;
        List<SessionInfo> infos = new ArrayList<>();
        for (Session session : trace.getSessions()) {
            SessionInfo info = info(session, ++id);
            infos.add(info);
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (ConnectionEvent event : session.getConnectionEvents()) {
                first = Math.min(first, event.getFirstLine());
                last = Math.max(last, event.getLastLine());
                ConnectionRecord record = new ConnectionRecord(info, event.getKind(), event.getText(), event.getFirstLine(),
                        event.getLastLine(), event.getOffset(), event.getTime());
                steps.add(new Step(event.getFirstLine(), 1, sequence[0]++, () -> listener.connectionEvent(record)));
            }
            List<ExchangeRecord> abandoned = new ArrayList<>();
            for (Exchange exchange : session.getExchanges()) {
                exchanges++;
                ExchangeRecord record = record(info, exchange);
                first = Math.min(first, record.firstLine());
                last = Math.max(last, record.lastLine());
                if (!exchange.isComplete()) {
                    if (exchange.getCommand() != null) {
                        abandoned.add(record); // import reports it when its session ends
                    }
                    continue;
                }
                steps.add(new Step(record.lastLine(), 2, sequence[0]++, () -> listener.exchangeCompleted(record)));
            }
            for (StatusEvent status : trace.getStatusEvents()) {
                if (status.getSession() == session) {
                    first = Math.min(first, status.getFirstLine());
                    last = Math.max(last, status.getLastLine());
                }
            }
            int startLine = first == Integer.MAX_VALUE ? 0 : first;
            boolean closed = session.getConnectionEvents().stream().anyMatch(e -> e.getKind() != null && switch (e.getKind()) {
                case CLOSED_BY_CLIENT, CLOSED_BY_SERVER, REFUSED, TIMEOUT, DNS_FAILED -> true;
                default -> false;
            });
            SessionEnd end = new SessionEnd(info, Math.max(session.getExchangeCount(), session.getExchanges().size()),
                    !abandoned.isEmpty(), closed);
            steps.add(new Step(startLine, 0, sequence[0]++, () -> listener.sessionStarted(info)));
            steps.add(new Step(Math.max(last, startLine), 4, sequence[0]++, () -> {
                abandoned.forEach(listener::exchangeAbandoned);
                listener.sessionEnded(end);
            }));
        }
        for (StatusEvent status : trace.getStatusEvents()) {
            int index = trace.getSessions().indexOf(status.getSession());
            StatusRecord record = new StatusRecord(index < 0 ? null : infos.get(index), status.getValue(), status.getText(),
                    status.getFirstLine(), status.getLastLine(), status.getOffset(), status.getTime());
            steps.add(new Step(status.getFirstLine(), 3, sequence[0]++, () -> listener.statusEvent(record)));
        }
        steps.sort(Comparator.comparingInt(Step::line).thenComparingInt(Step::rank).thenComparingInt(Step::sequence));
        steps.forEach(step -> step.call().run());
        listener.traceEnded(new TraceEnd(trace.getSource(), trace.getFormatId(), id, exchanges));
    }

    /** @return the immutable snapshot of a model session */
    public static SessionInfo info(Session session, long id) {
        return new SessionInfo(id, session.getProtocol(), session.getHost(), session.getPort(), session.getClientProduct(),
                session.getTls(), session.getContextId());
    }

    /** @return the immutable record of a model exchange */
    public static ExchangeRecord record(SessionInfo session, Exchange exchange) {
        List<Line> replies = new ArrayList<>(exchange.getReplyLines().size());
        exchange.getReplyLines().forEach(l -> replies.add(line(l)));
        return new ExchangeRecord(session, exchange.getVerb(), exchange.getTag(),
                exchange.getCommand() == null ? null : line(exchange.getCommand()), replies, exchange.isComplete(), 0);
    }

    private static Line line(ProtocolLine l) {
        return new Line(l.getDirection(), l.getText(), l.isMasked(), l.getFirstLine(), l.getLastLine(), l.getOffset(),
                l.getTime());
    }
}
