package io.mailscope.diagnosis.api;

import io.mailscope.trace.TraceListener;

/**
 * One rule's state for one trace. Receives the trace's events exactly once and in order, from one thread at a time,
 * while the trace is imported (or replayed for an in-memory trace), and reports findings through its
 * {@link RuleContext} whenever it has seen enough.
 * <p>
 * <b>Consumer type</b>: rule plug-ins implement it. Override only the callbacks the rule needs (all default to doing
 * nothing). Every event is an immutable record ({@code io.mailscope.trace.events}): keep the few records you will
 * cite as evidence, they never change. Keep per-session state in {@link RuleContext#sessionStates}. Exchanges
 * ({@code exchangeCompleted}, {@code exchangeAbandoned}) are delivered only for sessions whose protocol the rule
 * declares in plugin.xml (or whose protocol is unknown); session, connection and status events reach every rule.
 * <p>
 * {@link #traceEnded} is the last call: report whatever is still pending there.
 */
public interface RuleRun extends TraceListener {
}
