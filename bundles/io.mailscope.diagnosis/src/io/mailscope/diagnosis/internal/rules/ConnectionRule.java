package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.events.Located;
import io.mailscope.trace.protocol.ReplyLine;

/**
 * Seed case 001: the connection is closed by the server (or something in between) right after the greeting
 * (throttling, anti-virus, firewall), or in the middle of a transfer; or it is refused, times out or the host is not
 * found.
 */
@RoutineExchangesIgnored
public final class ConnectionRule implements DiagnosisRule {

    private static final Set<String> TRANSFER_VERBS = Set.of("RETR", "TOP", "FETCH", "UID", "UID FETCH", "DATA", "BDAT", "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    /** A connection attempt that timed out has several common causes; none is named with confidence. */
    static final double CONNECT_TIMEOUT_CONFIDENCE = 0.55;
    private static final Set<String> GOODBYE_VERBS = Set.of("QUIT", "LOGOUT"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        ExchangeRecord greeting;
        ExchangeRecord last;
        ExchangeRecord interrupted;
        int completedCommands;
        boolean goodbye;
        /** the last exchange with a complete reply (or the greeting): an error reply in it explains a close */
        ExchangeRecord lastReplied;
        ConnectionRecord closed;
        /** the client gave up waiting; reported when the session ends */
        ConnectionRecord timeout;
        /** a refused attempt; clients try the next address (IPv6, then IPv4), so it only counts if none connects */
        ConnectionRecord refused;
        boolean connected;
        boolean reported;
    }

    private static final class Run extends AbstractRuleRun<State> {
        /** sessions that were refused and never connected; reported at the end unless a later attempt connects */
        private final List<State> refusedAttempts = new ArrayList<>();

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            State state = sessions().of(exchange.session());
            String verb = Replies.verb(exchange);
            if (exchange.command() == null || verb.equals("GREETING")) { //$NON-NLS-1$
                state.greeting = exchange;
                state.lastReplied = exchange;
                refusedAttempts.clear();
                return;
            }
            state.last = exchange;
            state.completedCommands++;
            state.lastReplied = exchange;
            if (GOODBYE_VERBS.contains(verb)) {
                state.goodbye = true;
            }
        }

        /** A command still waiting for its reply when the session ended: what a drop interrupted. */
        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            State state = sessions().of(exchange.session());
            state.last = exchange;
            state.interrupted = exchange;
            if (GOODBYE_VERBS.contains(Replies.verb(exchange))) {
                state.goodbye = true;
            }
        }

        private static boolean endedByBye(ExchangeRecord e) {
            return e.replies().stream().anyMatch(l -> !l.fromClient()
                    && ReplyLine.parse(Protocol.IMAP, l.text()).status() == ReplyLine.Status.BYE);
        }

        /** An error reply explains a close that follows it; another rule reports the reply. */
        private static boolean failed(ExchangeRecord e) {
            String first = Replies.first(e);
            int code = Replies.smtpCode(e);
            return first.startsWith("-ERR") || code >= 400 //$NON-NLS-1$
                    || Replies.imapNegative(Replies.last(e)) || first.startsWith("* BYE"); //$NON-NLS-1$
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            State state = sessions().of(event.session());
            if (state.reported || event.kind() == null) {
                return;
            }
            switch (event.kind()) {
                case CLOSED_BY_SERVER -> state.closed = event;
                case REFUSED -> state.refused = event;
                case CONNECTED -> {
                    state.connected = true;
                    // the client got through on another address or attempt: the earlier refusals were not the failure
                    refusedAttempts.clear();
                }
                case TIMEOUT -> {
                    // decided when the session ends: the command left waiting arrives as abandoned just before
                    if (state.timeout == null) {
                        state.timeout = event;
                    }
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
         * Counted routine sessions: each connects, which clears the refusals of earlier attempts as
         * {@link #connectionEvent} does for CONNECTED, and is closed by the client after QUIT without a close by the
         * server, a time-out or a refusal, so {@link #decide} would report nothing for it and keep nothing.
         */
        @Override
        public void routineSessions(io.mailscope.trace.CountedSessions counted) {
            if (counted.count() > 0) {
                refusedAttempts.clear();
            }
        }

        /**
         * Counted routine sessions that overlap: as {@link #routineSessions}, except that a session that ends after the
         * stretch may get other events first (late entries of its connection), so it gets the state its connection
         * events make, as they would have come one by one; that state is forgotten where its end is one of a later
         * stretch's (then nothing else reached it, and {@link #decide} finds nothing in it).
         */
        @Override
        public void overlappingRoutineSessions(io.mailscope.trace.CountedSessions counted) {
            int carried = counted.carried();
            int n = counted.count();
            int overlap = counted.overlap();
            // the ends of carried sessions come first (before the start of session carried + overlap + 1 at the latest)
            for (int over = carried - 1 - overlap; overlap > 0 && over < carried && over + 1 + overlap < n; over++) {
                if (over >= 0) {
                    State state = sessions().remove(counted.ended(over).session());
                    if (state != null) {
                        decide(state);
                    }
                }
            }
            if (n > carried) {
                refusedAttempts.clear();
            }
            for (int i = Math.max(carried, n - counted.overlap()); i < n; i++) {
                connectionEvent(counted.connected(i));
                connectionEvent(counted.disconnected(i));
            }
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            State state = sessions().peek(end.session());
            if (state != null) {
                decide(state); // the engine forgets the state after this call
            }
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            sessions().open().forEach(this::decide);
            for (State state : refusedAttempts) {
                report(state, CauseIds.CONNECTION_REFUSED, 0.95,
                        "The connection was refused (nothing listens on that host and port, or a firewall rejects it): check the server name and port.", //$NON-NLS-1$
                        List.of(state.refused));
            }
            refusedAttempts.clear();
        }

        private void reportTimeout(State state) {
            List<Located> evidence = new ArrayList<>();
            if (state.last != null && state.last.command() != null) {
                evidence.add(state.last.command());
            }
            evidence.add(state.timeout);
            if (state.greeting == null && !state.connected) {
                // never connected (a server that accepted the connection and stays silent is a time-out of its own): a firewall, the ISP or the hosting provider dropping the port is the usual cause, a
                // server that is down or a wrong port the others; the text alone cannot tell, so no confident answer
                String text = state.timeout.text() == null ? "" : state.timeout.text(); //$NON-NLS-1$
                String cause = context().catalog().replies().match(text).map(m -> m.causeId())
                        .filter(id -> context().catalog().cause(id).isPresent()).orElse(CauseIds.TIMEOUT);
                report(state, cause, CONNECT_TIMEOUT_CONFIDENCE,
                        "No answer from the server in time: the connection was never established (a firewall, the ISP or the" //$NON-NLS-1$
                                + " hosting provider blocking the port, a wrong port, or the server is down).", evidence); //$NON-NLS-1$
                return;
            }
            report(state, CauseIds.TIMEOUT, 0.9, state.greeting == null
                    ? "No answer from the server in time: the connection was never established (wrong port, firewall, or server down)." //$NON-NLS-1$
                    : "The server did not answer in time" + (state.last == null ? "" : " to '" + Replies.command(state.last) + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            + ": a slow server, a slow or interrupted network, or a client time-out set too short.", //$NON-NLS-1$
                    evidence);
        }

        private void decide(State state) {
            if (!state.reported && state.timeout != null) {
                reportTimeout(state);
                return;
            }
            if (!state.reported && state.refused != null && !state.connected && state.greeting == null) {
                refusedAttempts.add(state);
            }
            if (state.reported || state.closed == null || state.goodbye) {
                return;
            }
            if (state.last != null && endedByBye(state.last)) {
                return; // the server said why it closes (IMAP * BYE): SessionEndRule reports it
            }
            // a transcript that just stops (the importer then adds "end of transcript without QUIT") is incomplete, not
            // a drop: people stop copying, or close telnet themselves (a telnet session pasted up to DATA's 354 is the
            // common case); only an explicit close, reset or time-out is one
            if (state.closed.text() != null && state.closed.text().startsWith("end of transcript")) { //$NON-NLS-1$
                return;
            }
            // DATA answered 354 and nothing after it: the message was on its way and its final reply never came
            ExchangeRecord transferring = state.interrupted != null ? state.interrupted
                    : state.last != null && Replies.smtpCode(state.last) == 354 ? state.last : null;
            if (transferring != null && TRANSFER_VERBS.contains(Replies.verb(transferring))) {
                List<Located> evidence = new ArrayList<>(FindingReport.linesOf(transferring));
                evidence.add(state.closed);
                report(state, CauseIds.DROPPED_MID_TRANSFER, 0.85, "The connection was closed while '" //$NON-NLS-1$
                        + Replies.command(transferring) + "' was still transferring data: anti-virus or a firewall scanning" //$NON-NLS-1$
                        + " mail, an unstable network, or a server-side time-out.", evidence); //$NON-NLS-1$
                return;
            }
            if (state.lastReplied != null && failed(state.lastReplied)) {
                return;
            }
            if (state.greeting != null && state.completedCommands == 0) {
                List<Located> evidence = new ArrayList<>(FindingReport.linesOf(state.greeting));
                if (state.interrupted != null && state.interrupted.command() != null) {
                    evidence.add(state.interrupted.command());
                }
                evidence.add(state.closed);
                report(state, CauseIds.DROPPED_AFTER_GREETING, 0.9, "The server sent its greeting ('" + Replies.first(state.greeting) //$NON-NLS-1$
                        + "') and then closed the connection: a server-side connection limit or throttling setting, or" //$NON-NLS-1$
                        + " anti-virus, a firewall or a proxy in between.", evidence); //$NON-NLS-1$
                return;
            }
            List<Located> evidence = new ArrayList<>();
            if (state.last != null) {
                evidence.addAll(FindingReport.linesOf(state.last));
            }
            evidence.add(state.closed);
            report(state, CauseIds.NETWORK_INTERFERENCE, 0.6, "The connection was closed unexpectedly" //$NON-NLS-1$
                    + (state.last == null ? "" : " after '" + Replies.command(state.last) + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", without an error reply: anti-virus, a firewall, a proxy or an idle time-out in between.", evidence); //$NON-NLS-1$
        }

        private void report(State state, String cause, double confidence, String summary, List<Located> evidence) {
            context().report(CauseIds.finding(cause, confidence, summary, evidence));
            state.reported = true;
        }
    }
}
