package io.mailscope.diagnosis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.trace.TraceListener;

/**
 * Replays an in-memory trace through a listener in source-line order, as an import would have delivered it: a
 * session starts before its first event and ends after its last; an exchange arrives when its reply is complete.
 * <p>
 * Used until {@code io.mailscope.trace.TraceReplay} is available in this branch; the two follow the same contract.
 */
public final class ModelReplay {

    private ModelReplay() {
    }

    private record Step(int line, int rank, int sequence, Runnable action) {
    }

    public static void replay(Trace trace, TraceListener listener) {
        List<Step> steps = new ArrayList<>();
        int[] sequence = { 0 };
        for (Session session : trace.getSessions()) {
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (Exchange exchange : session.getExchanges()) {
                int start = exchange.getCommand() != null ? exchange.getCommand().getFirstLine() : Integer.MAX_VALUE;
                int end = exchange.getCommand() != null ? exchange.getCommand().getLastLine() : 0;
                for (ProtocolLine reply : exchange.getReplyLines()) {
                    start = Math.min(start, reply.getFirstLine());
                    end = Math.max(end, reply.getLastLine());
                }
                first = Math.min(first, start);
                last = Math.max(last, end);
                steps.add(new Step(end, 1, sequence[0]++, () -> listener.exchangeCompleted(exchange)));
            }
            for (ConnectionEvent event : session.getConnectionEvents()) {
                first = Math.min(first, event.getFirstLine());
                last = Math.max(last, event.getLastLine());
                steps.add(new Step(event.getLastLine(), 1, sequence[0]++, () -> listener.connectionEvent(session, event)));
            }
            if (first == Integer.MAX_VALUE) {
                first = 0;
            }
            steps.add(new Step(first, 0, sequence[0]++, () -> listener.sessionStarted(session)));
            steps.add(new Step(last, 2, sequence[0]++, () -> listener.sessionEnded(session)));
        }
        for (StatusEvent event : trace.getStatusEvents()) {
            steps.add(new Step(event.getLastLine(), 1, sequence[0]++, () -> listener.statusEvent(event)));
        }
        steps.sort(Comparator.comparingInt(Step::line).thenComparingInt(Step::rank).thenComparingInt(Step::sequence));
        steps.forEach(s -> s.action().run());
        listener.traceEnded(trace);
    }
}
