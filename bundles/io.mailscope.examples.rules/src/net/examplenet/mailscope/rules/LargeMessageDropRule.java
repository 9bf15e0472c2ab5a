package net.examplenet.mailscope.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Located;
import io.mailscope.trace.events.SessionEnd;

/**
 * ExampleNet POP3 2.3.x closes the connection in the middle of RETR for messages over 10 MB. Needs state across the
 * session (which server build greeted, which RETR was cut off and how big its message is), so it is written in
 * Java; the simpler maintenance quirk is a declarative rule in plugin.xml.
 */
public final class LargeMessageDropRule implements DiagnosisRule {

    static final String CAUSE = "io.mailscope.examples.0x800CCC0F.examplenet-large-message-drop";
    static final int CONNECTION_DROPPED = 0x800CCC0F;
    private static final long LIMIT = 10_000_000L;
    private static final Pattern BUILD_23 = Pattern.compile("ExampleNet POP3 2\\.3(\\.\\d+)?\\b");
    private static final Pattern OCTETS = Pattern.compile("^\\+OK (\\d+) octets");

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    /** What one session has shown so far: only the records we may cite (immutable, safe to keep). */
    private static final class State {
        ExchangeRecord greeting;
        ExchangeRecord largeRetr;
        ConnectionRecord closed;
    }

    /** The base class holds the context and a State per session (dropped by the engine after sessionEnded). */
    private static final class Run extends AbstractRuleRun<State> {

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            if (exchange.isGreeting() && BUILD_23.matcher(exchange.firstReply()).find()) {
                sessions().of(exchange.session()).greeting = exchange;
            }
        }

        /** A RETR whose reply never completed: the session ended (or was cut) while the message was coming. */
        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            State state = sessions().peek(exchange.session());
            if (state == null || !"RETR".equals(exchange.verb())) {
                return;
            }
            Matcher m = OCTETS.matcher(exchange.firstReply());
            if (m.find() && Long.parseLong(m.group(1)) > LIMIT) {
                state.largeRetr = exchange;
            }
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            State state = sessions().peek(event.session());
            if (state != null && event.kind() == ConnectionEventKind.CLOSED_BY_SERVER) {
                state.closed = event;
            }
        }

        /** Decided at the end: the abandoned RETR arrives just before the session ends, after the close. */
        @Override
        public void sessionEnded(SessionEnd end) {
            State state = sessions().peek(end.session());
            if (state == null || state.greeting == null || state.largeRetr == null || state.closed == null) {
                return;
            }
            List<Located> evidence = new ArrayList<>(FindingReport.linesOf(state.greeting));
            evidence.add(state.largeRetr.command());
            evidence.add(state.largeRetr.firstReplyLine());
            evidence.add(state.closed);
            context().report(FindingReport.of(CONNECTION_DROPPED, CAUSE, 0.9,
                    "ExampleNet POP3 2.3 closed the connection while sending a message over 10 MB ('"
                            + state.largeRetr.firstReply() + "'): known server bug OPS-4711.",
                    evidence));
        }
    }
}
