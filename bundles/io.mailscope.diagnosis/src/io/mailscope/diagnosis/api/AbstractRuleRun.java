package io.mailscope.diagnosis.api;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A base for the {@link RuleRun} of a rule that keeps state per session: it holds the run's {@link RuleContext} and
 * asks it, once, for the {@link SessionStates} whose lifetime the engine manages, so that a rule's run consists of its
 * callbacks only. A rule written on it:
 *
 * <pre>
 * public final class GreetingRule implements DiagnosisRule {
 *
 *     public RuleRun start(RuleContext context) {
 *         return new Run(context);
 *     }
 *
 *     private static final class State {
 *         ExchangeRecord greeting;
 *     }
 *
 *     private static final class Run extends AbstractRuleRun&lt;State&gt; {
 *         Run(RuleContext context) {
 *             super(context, State::new);
 *         }
 *
 *         public void exchangeCompleted(ExchangeRecord exchange) {
 *             if (exchange.isGreeting()) {
 *                 sessions().of(exchange.session()).greeting = exchange;
 *             }
 *         }
 *
 *         public void sessionEnded(SessionEnd end) {
 *             State state = sessions().peek(end.session()); // forgotten by the engine right after this call
 *             ...
 *             context().report(FindingReport.of(...));
 *         }
 *     }
 * }
 * </pre>
 * <p>
 * <b>Consumer type</b>: rule plug-ins extend it (or implement {@link RuleRun} directly, as before). Like every run it
 * is created by {@link DiagnosisRule#start} for one trace and used from one thread at a time. A run that needs more
 * than one kind of per-session state asks {@link RuleContext#sessionStates} for the others itself.
 * <p>
 * <b>Added in package version 2.2.0</b> (a new type: existing rule plug-ins are not affected).
 *
 * @param <S> the rule's state for one session (a small mutable class of the rule's own)
 */
public abstract class AbstractRuleRun<S> implements RuleRun {

    private final RuleContext context;
    private final SessionStates<S> sessions;

    /**
     * Call from the run's constructor, which {@link DiagnosisRule#start} calls.
     *
     * @param context the context {@link DiagnosisRule#start} received
     * @param initial creates a session's state the first time the run asks for it
     */
    protected AbstractRuleRun(RuleContext context, Supplier<S> initial) {
        this.context = Objects.requireNonNull(context, "context"); //$NON-NLS-1$
        this.sessions = context.sessionStates(Objects.requireNonNull(initial, "initial")); //$NON-NLS-1$
    }

    /** @return where this run reports its findings and finds the catalog */
    protected final RuleContext context() {
        return context;
    }

    /**
     * @return the state of each session not yet ended: {@link SessionStates#of} creates it on first use, and the engine
     *         forgets a session's state right after {@link #sessionEnded} returned (so the run can still read it there)
     */
    protected final SessionStates<S> sessions() {
        return sessions;
    }
}
