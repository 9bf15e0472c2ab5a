package io.mailscope.diagnosis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.TraceEvent;

/**
 * Runs one {@code declarativeRule}: in each session, a reply line matching {@code replyPattern} to a command matching
 * {@code commandPattern} (or up to {@code withinExchanges} exchanges after it) is reported once.
 */
final class DeclarativeRuleRun implements RuleRun {

    private static final class SessionState {
        Exchange trigger;
        int exchangesLeft;
        boolean reported;
    }

    private final RuleDescriptor.Declarative rule;
    private final RuleContext context;
    private final Map<Session, SessionState> sessions = new HashMap<>();

    DeclarativeRuleRun(RuleDescriptor.Declarative rule, RuleContext context) {
        this.rule = rule;
        this.context = context;
    }

    @Override
    public void exchangeCompleted(Exchange exchange) {
        SessionState state = sessions.computeIfAbsent(context.sessionOf(exchange), s -> new SessionState());
        if (state.reported) {
            return;
        }
        if (rule.commandPattern() == null) {
            report(state, null, exchange);
            return;
        }
        ProtocolLine command = exchange.getCommand();
        if (command != null && command.getText() != null && rule.commandPattern().matcher(command.getText()).find()) {
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

    private void report(SessionState state, Exchange trigger, Exchange exchange) {
        for (ProtocolLine reply : exchange.getReplyLines()) {
            if (reply.getText() != null && rule.replyPattern().matcher(reply.getText()).find()) {
                List<TraceEvent> evidence = new ArrayList<>(3);
                if (trigger != null && trigger != exchange && trigger.getCommand() != null) {
                    evidence.add(trigger.getCommand());
                }
                if (exchange.getCommand() != null) {
                    evidence.add(exchange.getCommand());
                }
                evidence.add(reply);
                String what = exchange.getCommand() == null ? "the greeting" : "'" + exchange.getCommand().getText() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
                context.report(FindingReport.of(rule.code(), rule.causeId(), rule.confidence(),
                        rule.info().name() + ": the server answered " + what + " with '" + reply.getText() + "'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        evidence));
                state.reported = true;
                state.trigger = null;
                return;
            }
        }
    }

    @Override
    public void sessionEnded(Session session) {
        sessions.remove(session);
    }
}
