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

/**
 * Replays a trace that is already in memory (a live session's transcript, or an import to diagnose again) to a
 * {@link TraceListener}, in the order import calls it: a session starts at its first event, an exchange arrives when
 * its last reply line was read, connection and status events at their line, a session ends after its last event,
 * and the trace ends last. Events on the same line keep the order sessionStarted, connection event, exchange,
 * status event. Exchanges a bounded import did not keep cannot be replayed.
 */
public final class TraceReplay {

    private TraceReplay() {
    }

    private record Step(int line, int rank, int sequence, Runnable call) {
    }

    public static void replay(Trace trace, TraceListener listener) {
        List<Step> steps = new ArrayList<>();
        int[] sequence = { 0 };
        for (Session session : trace.getSessions()) {
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (ConnectionEvent event : session.getConnectionEvents()) {
                first = Math.min(first, event.getFirstLine());
                last = Math.max(last, event.getLastLine());
                steps.add(new Step(event.getFirstLine(), 1, sequence[0]++, () -> listener.connectionEvent(session, event)));
            }
            for (Exchange exchange : session.getExchanges()) {
                int start = firstLine(exchange);
                int end = lastLine(exchange);
                first = Math.min(first, start);
                last = Math.max(last, end);
                if (!exchange.isComplete()) {
                    continue; // import reports an exchange when its reply is complete: never, for this one
                }
                steps.add(new Step(end, 2, sequence[0]++, () -> listener.exchangeCompleted(exchange)));
            }
            for (StatusEvent status : trace.getStatusEvents()) {
                if (status.getSession() == session) {
                    first = Math.min(first, status.getFirstLine());
                    last = Math.max(last, status.getLastLine());
                }
            }
            int startLine = first == Integer.MAX_VALUE ? 0 : first;
            steps.add(new Step(startLine, 0, sequence[0]++, () -> listener.sessionStarted(session)));
            steps.add(new Step(Math.max(last, startLine), 4, sequence[0]++, () -> listener.sessionEnded(session)));
        }
        for (StatusEvent status : trace.getStatusEvents()) {
            steps.add(new Step(status.getFirstLine(), 3, sequence[0]++, () -> listener.statusEvent(status)));
        }
        steps.sort(Comparator.comparingInt(Step::line).thenComparingInt(Step::rank).thenComparingInt(Step::sequence));
        steps.forEach(step -> step.call().run());
        listener.traceEnded(trace);
    }

    private static int firstLine(Exchange exchange) {
        ProtocolLine command = exchange.getCommand();
        if (command != null) {
            return command.getFirstLine();
        }
        return exchange.getReplyLines().isEmpty() ? 0 : exchange.getReplyLines().get(0).getFirstLine();
    }

    private static int lastLine(Exchange exchange) {
        int last = firstLine(exchange);
        for (ProtocolLine line : exchange.getReplyLines()) {
            last = Math.max(last, line.getLastLine());
        }
        return last;
    }
}
