package net.examplenet.mailscope.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.model.TraceEvent;

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

    /** What one session has shown so far: only the two exchanges we may cite. */
    private static final class State {
        Exchange greeting;
        Exchange largeRetr;
        ConnectionEvent closed;
    }

    private static final class Run implements RuleRun {
        private final RuleContext context;
        private final Map<Session, State> sessions = new HashMap<>();

        Run(RuleContext context) {
            this.context = context;
        }

        @Override
        public void exchangeCompleted(Exchange exchange) {
            if (exchange.getCommand() == null) {
                if (!exchange.getReplyLines().isEmpty() && BUILD_23.matcher(text(exchange, 0)).find()) {
                    sessions.computeIfAbsent(context.sessionOf(exchange), s -> new State()).greeting = exchange;
                }
                return;
            }
            State state = sessions.get(context.sessionOf(exchange));
            if (state != null && "RETR".equals(exchange.getVerb())) {
                state.largeRetr = null; // this RETR finished, so an earlier large one did too
            }
        }

        /** A RETR whose reply never completed is not reported as an exchange; it is the session's last one. */
        private static Exchange interruptedLargeRetr(Session session) {
            if (session.getExchanges().isEmpty()) {
                return null;
            }
            Exchange last = session.getExchanges().get(session.getExchanges().size() - 1);
            if (last.isComplete() || !"RETR".equals(last.getVerb()) || last.getReplyLines().isEmpty()) {
                return null;
            }
            Matcher m = OCTETS.matcher(text(last, 0));
            return m.find() && Long.parseLong(m.group(1)) > LIMIT ? last : null;
        }

        @Override
        public void connectionEvent(Session session, ConnectionEvent event) {
            State state = sessions.get(session);
            if (state != null && event.getKind() == ConnectionEventKind.CLOSED_BY_SERVER) {
                state.closed = event;
                state.largeRetr = interruptedLargeRetr(session);
            }
        }

        /** Decided at the end: the interrupted RETR may be delivered before or after the close. */
        @Override
        public void sessionEnded(Session session) {
            State state = sessions.remove(session);
            if (state == null || state.largeRetr == null || state.closed == null) {
                return;
            }
            List<TraceEvent> evidence = new ArrayList<>(FindingReport.linesOf(state.greeting));
            evidence.add(state.largeRetr.getCommand());
            evidence.add(state.largeRetr.getReplyLines().get(0));
            evidence.add(state.closed);
            context.report(FindingReport.of(CONNECTION_DROPPED, CAUSE, 0.9,
                    "ExampleNet POP3 2.3 closed the connection while sending a message over 10 MB ('"
                            + text(state.largeRetr, 0) + "'): known server bug OPS-4711.",
                    evidence));
        }

        private static String text(Exchange e, int reply) {
            String t = e.getReplyLines().get(reply).getText();
            return t == null ? "" : t;
        }
    }
}
