package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Direction;
import io.mailscope.model.Exchange;
import io.mailscope.model.Protocol;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.protocol.ReplyLine;

/**
 * Seed case 001: the connection is closed by the server (or something in between) right after the greeting
 * (throttling, anti-virus, firewall), or in the middle of a transfer; or it is refused, times out or the host is not
 * found.
 */
public final class ConnectionRule implements DiagnosisRule {

    private static final Set<String> TRANSFER_VERBS = Set.of("RETR", "TOP", "FETCH", "UID", "DATA", "BDAT", "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Set<String> GOODBYE_VERBS = Set.of("QUIT", "LOGOUT"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        Exchange greeting;
        Exchange last;
        Exchange interrupted;
        int completedCommands;
        boolean goodbye;
        /** the last exchange with a complete reply (or the greeting): an error reply in it explains a close */
        Exchange lastReplied;
        ConnectionEvent closed;
        /** a refused attempt; clients try the next address (IPv6, then IPv4), so it only counts if none connects */
        ConnectionEvent refused;
        boolean connected;
        boolean reported;
    }

    private static final class Run implements RuleRun {
        private final RuleContext context;
        private final Map<Session, State> sessions = new HashMap<>();
        /** sessions that were refused and never connected; reported at the end unless a later attempt connects */
        private final List<State> refusedAttempts = new ArrayList<>();

        Run(RuleContext context) {
            this.context = context;
        }

        @Override
        public void exchangeCompleted(Exchange exchange) {
            State state = sessions.computeIfAbsent(context.sessionOf(exchange), s -> new State());
            String verb = Replies.verb(exchange);
            if (exchange.getCommand() == null || verb.equals("GREETING")) { //$NON-NLS-1$
                state.greeting = exchange;
                state.lastReplied = exchange;
                refusedAttempts.clear();
                return;
            }
            state.last = exchange;
            if (!exchange.isComplete()) {
                state.interrupted = exchange;
            } else {
                state.completedCommands++;
                state.lastReplied = exchange;
            }
            if (GOODBYE_VERBS.contains(verb)) {
                state.goodbye = true;
            }
        }

        private static boolean endedByBye(Exchange e) {
            return e.getReplyLines().stream().anyMatch(l -> l.getDirection() == Direction.SERVER
                    && ReplyLine.parse(Protocol.IMAP, Replies.text(l)).status() == ReplyLine.Status.BYE);
        }

        /** An error reply explains a close that follows it; another rule reports the reply. */
        private static boolean failed(Exchange e) {
            String first = Replies.first(e);
            int code = Replies.smtpCode(e);
            return first.startsWith("-ERR") || code >= 400 //$NON-NLS-1$
                    || Replies.imapNegative(Replies.last(e)) || first.startsWith("* BYE"); //$NON-NLS-1$
        }

        @Override
        public void connectionEvent(Session session, ConnectionEvent event) {
            State state = sessions.computeIfAbsent(session, s -> new State());
            if (state.reported || event.getKind() == null) {
                return;
            }
            pendingCommand(session, state);
            switch (event.getKind()) {
                case CLOSED_BY_SERVER -> state.closed = event;
                case REFUSED -> state.refused = event;
                case CONNECTED -> {
                    state.connected = true;
                    // the client got through on another address or attempt: the earlier refusals were not the failure
                    refusedAttempts.clear();
                }
                case TIMEOUT -> {
                    List<TraceEvent> evidence = new ArrayList<>();
                    if (state.last != null && state.last.getCommand() != null) {
                        evidence.add(state.last.getCommand());
                    }
                    evidence.add(event);
                    report(state, CauseIds.TIMEOUT, 0.9, state.greeting == null
                            ? "No answer from the server in time: the connection was never established (wrong port, firewall, or server down)." //$NON-NLS-1$
                            : "The server did not answer in time" + (state.last == null ? "" : " to '" + Replies.command(state.last) + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                                    + ": a slow server, a slow or interrupted network, or a client time-out set too short.", //$NON-NLS-1$
                            evidence);
                }
                case DNS_FAILED -> report(state, CauseIds.HOST_NOT_FOUND, 0.95,
                        "The server name could not be resolved: check the spelling of the server name and the DNS settings.", //$NON-NLS-1$
                        List.of(event));
                default -> {
                    // TLS events and client closes are not failures by themselves
                }
            }
        }

        /**
         * A command still waiting for its reply when the connection ends is never reported as completed; the session
         * (closed now, so it grows no more) still holds it as its last exchange.
         */
        private static void pendingCommand(Session session, State state) {
            if (session == null || session.getExchanges().isEmpty()) {
                return;
            }
            Exchange last = session.getExchanges().get(session.getExchanges().size() - 1);
            if (!last.isComplete() && last.getCommand() != null && last != state.last) {
                state.last = last;
                state.interrupted = last;
            }
        }

        @Override
        public void sessionEnded(Session session) {
            State state = sessions.remove(session);
            if (state != null) {
                decide(state);
            }
        }

        @Override
        public void traceEnded(Trace trace) {
            sessions.values().forEach(this::decide);
            sessions.clear();
            for (State state : refusedAttempts) {
                report(state, CauseIds.CONNECTION_REFUSED, 0.95,
                        "The connection was refused (nothing listens on that host and port, or a firewall rejects it): check the server name and port.", //$NON-NLS-1$
                        List.of(state.refused));
            }
            refusedAttempts.clear();
        }

        private void decide(State state) {
            if (!state.reported && state.refused != null && !state.connected && state.greeting == null) {
                refusedAttempts.add(state);
            }
            if (state.reported || state.closed == null || state.goodbye) {
                return;
            }
            if (state.last != null && endedByBye(state.last)) {
                return; // the server said why it closes (IMAP * BYE): SessionEndRule reports it
            }
            if (state.interrupted != null && TRANSFER_VERBS.contains(Replies.verb(state.interrupted))) {
                List<TraceEvent> evidence = new ArrayList<>(FindingReport.linesOf(state.interrupted));
                evidence.add(state.closed);
                report(state, CauseIds.DROPPED_MID_TRANSFER, 0.85, "The connection was closed while '" //$NON-NLS-1$
                        + Replies.command(state.interrupted) + "' was still transferring data: anti-virus or a firewall scanning" //$NON-NLS-1$
                        + " mail, an unstable network, or a server-side time-out.", evidence); //$NON-NLS-1$
                return;
            }
            if (state.lastReplied != null && failed(state.lastReplied)) {
                return;
            }
            // a transcript that just stops (the importer then adds "end of transcript without QUIT") is incomplete, not
            // a drop: people stop copying or close telnet themselves; only an explicit close, reset or time-out is one
            boolean transcriptEnd = state.closed.getText() != null && state.closed.getText().startsWith("end of transcript"); //$NON-NLS-1$
            if (transcriptEnd) {
                return;
            }
            if (state.greeting != null && state.completedCommands == 0) {
                List<TraceEvent> evidence = new ArrayList<>(FindingReport.linesOf(state.greeting));
                if (state.interrupted != null && state.interrupted.getCommand() != null) {
                    evidence.add(state.interrupted.getCommand());
                }
                evidence.add(state.closed);
                report(state, CauseIds.DROPPED_AFTER_GREETING, 0.9, "The server sent its greeting ('" + Replies.first(state.greeting) //$NON-NLS-1$
                        + "') and then closed the connection: a server-side connection limit or throttling setting, or" //$NON-NLS-1$
                        + " anti-virus, a firewall or a proxy in between.", evidence); //$NON-NLS-1$
                return;
            }
            List<TraceEvent> evidence = new ArrayList<>();
            if (state.last != null) {
                evidence.addAll(FindingReport.linesOf(state.last));
            }
            evidence.add(state.closed);
            report(state, CauseIds.NETWORK_INTERFERENCE, 0.6, "The connection was closed unexpectedly" //$NON-NLS-1$
                    + (state.last == null ? "" : " after '" + Replies.command(state.last) + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", without an error reply: anti-virus, a firewall, a proxy or an idle time-out in between.", evidence); //$NON-NLS-1$
        }

        private void report(State state, String cause, double confidence, String summary, List<TraceEvent> evidence) {
            context.report(CauseIds.finding(cause, confidence, summary, evidence));
            state.reported = true;
        }
    }
}
