package io.mailscope.diagnosis.internal;

import java.util.ArrayList;
import java.util.List;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.diagnosis.api.SessionStates;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.Located;

/**
 * Runs one {@code declarativeRule}: in each session, a reply line matching {@code replyPattern} to a command matching
 * {@code commandPattern} (or up to {@code withinExchanges} exchanges after it) is reported once.
 */
final class DeclarativeRuleRun implements RuleRun {

    private static final class SessionState {
        ExchangeRecord trigger;
        int exchangesLeft;
        boolean reported;
    }

    private final RuleDescriptor.Declarative rule;
    private final RuleContext context;
    private final SessionStates<SessionState> sessions;

    DeclarativeRuleRun(RuleDescriptor.Declarative rule, RuleContext context) {
        this.rule = rule;
        this.context = context;
        this.sessions = context.sessionStates(SessionState::new);
    }

    @Override
    public void exchangeCompleted(ExchangeRecord exchange) {
        SessionState state = sessions.of(exchange.session());
        if (state.reported) {
            return;
        }
        if (rule.commandPattern() == null) {
            report(state, null, exchange);
            return;
        }
        Line command = exchange.command();
        if (command != null && command.text() != null && rule.commandPattern().matcher(command.text()).find()) {
            state.trigger = exchange;
            state.exchangesLeft = rule.withinExchanges();
        } else if (state.trigger != null) {
            if (state.exchangesLeft <= 0) {
                state.trigger = null;
                return;
            }
            state.exchangesLeft--;
        }
        if (state.trigger != null) {
            report(state, state.trigger, exchange);
        }
    }

    private void report(SessionState state, ExchangeRecord trigger, ExchangeRecord exchange) {
        for (Line reply : exchange.replies()) {
            if (reply.text() != null && rule.replyPattern().matcher(reply.text()).find()) {
                List<Located> evidence = new ArrayList<>(3);
                if (trigger != null && trigger != exchange && trigger.command() != null) {
                    evidence.add(trigger.command());
                }
                if (exchange.command() != null) {
                    evidence.add(exchange.command());
                }
                evidence.add(reply);
                String what = exchange.command() == null ? "the greeting" : "'" + exchange.command().text() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
                context.report(FindingReport.of(rule.code(), rule.causeId(), rule.confidence(),
                        rule.info().name() + ": the server answered " + what + " with '" + reply.text() + "'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        evidence));
                state.reported = true;
                state.trigger = null;
                return;
            }
        }
    }

}
