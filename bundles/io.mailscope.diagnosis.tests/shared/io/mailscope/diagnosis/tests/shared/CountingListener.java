package io.mailscope.diagnosis.tests.shared;

import java.util.concurrent.atomic.AtomicLong;

import io.mailscope.trace.RoutineExchangePolicy;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;

/**
 * Passes everything on to the engine, counting the exchanges the rules receive.
 *
 * @param engine the rule engine (or any listener)
 * @param exchanges counts the exchanges passed on
 * @param passesPolicy whether the import may count routine exchanges without passing them when the engine does not
 *            need them ({@link RoutineExchangePolicy}); false: every exchange is passed
 * @param stretched counts the sessions passed in stretches of counted routine sessions
 *            ({@link TraceListener#routineSessions})
 */
public record CountingListener(TraceListener engine, AtomicLong exchanges, boolean passesPolicy, AtomicLong stretched)
        implements TraceListener, RoutineExchangePolicy {

    public CountingListener(TraceListener engine, AtomicLong exchanges, boolean passesPolicy) {
        this(engine, exchanges, passesPolicy, new AtomicLong());
    }

    @Override
    public void routineSessions(io.mailscope.trace.CountedSessions sessions) {
        stretched.addAndGet(sessions.count());
        engine.routineSessions(sessions);
    }

    @Override
    public boolean needsRoutineExchanges() {
        return !passesPolicy || !(engine instanceof RoutineExchangePolicy policy) || policy.needsRoutineExchanges();
    }

    @Override
    public void sessionStarted(SessionInfo session) {
        engine.sessionStarted(session);
    }

    @Override
    public void exchangeCompleted(ExchangeRecord exchange) {
        exchanges.incrementAndGet();
        engine.exchangeCompleted(exchange);
    }

    @Override
    public void exchangeAbandoned(ExchangeRecord exchange) {
        engine.exchangeAbandoned(exchange);
    }

    @Override
    public void connectionEvent(ConnectionRecord event) {
        engine.connectionEvent(event);
    }

    @Override
    public void statusEvent(StatusRecord event) {
        engine.statusEvent(event);
    }

    @Override
    public void sessionEnded(SessionEnd end) {
        engine.sessionEnded(end);
    }

    @Override
    public void traceEnded(TraceEnd trace) {
        engine.traceEnded(trace);
    }
}
