package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Exchange;
import io.mailscope.model.Protocol;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.protocol.CommandTrait;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;

/**
 * The server refuses the session at its greeting (IMAP {@code * BYE}, POP3 {@code -ERR}, SMTP {@code 554}), ends it
 * with an IMAP {@code * BYE} the client did not ask for (autologout, shutdown, too many errors), or accepts
 * STARTTLS/STLS and the session ends before the TLS handshake completed. SMTP {@code 421}, at the greeting or later,
 * is reported by {@link SmtpReplyRule}. A session that simply ends without an explicit close is incomplete, and no
 * finding of this rule.
 */
public final class SessionEndRule implements DiagnosisRule {

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        /** STARTTLS/STLS accepted, and nothing since: no TLS event, no further exchange. */
        Exchange tlsAccepted;
        boolean reported;
    }

    private static final class Run implements RuleRun {
        private final RuleContext context;
        private final Map<Session, State> sessions = new HashMap<>();

        Run(RuleContext context) {
            this.context = context;
        }

        @Override
        public void exchangeCompleted(Exchange exchange) {
            Session session = context.sessionOf(exchange);
            State state = sessions.computeIfAbsent(session, s -> new State());
            Protocol protocol = session == null ? Protocol.UNKNOWN : session.getProtocol();
            state.tlsAccepted = null; // an exchange after STARTTLS: the handshake completed
            if (state.reported) {
                return;
            }
            if (exchange.getCommand() == null && Replies.verb(exchange).equals("GREETING")) { //$NON-NLS-1$
                greeting(state, protocol, exchange);
                return;
            }
            if (endedByBye(state, protocol, exchange)) {
                return;
            }
            String verb = Replies.verb(exchange);
            ProtocolLine last = Replies.lastLine(exchange);
            if (exchange.getCommand() != null && has(protocol, verb, CommandTrait.STARTS_TLS) && last != null
                    && ReplyLine.parse(protocol, Replies.text(last)).positive()) {
                state.tlsAccepted = exchange;
            }
        }

        /** @return true when the server's {@code * BYE} in the exchange (not answering LOGOUT) was reported */
        private boolean endedByBye(State state, Protocol protocol, Exchange exchange) {
            if (has(protocol, Replies.verb(exchange), CommandTrait.CLOSES)) {
                return false;
            }
            for (ProtocolLine line : exchange.getReplyLines()) {
                if (line.getDirection() == Direction.SERVER
                        && ReplyLine.parse(Protocol.IMAP, Replies.text(line)).status() == ReplyLine.Status.BYE) {
                    List<TraceEvent> evidence = new ArrayList<>(2);
                    if (exchange.getCommand() != null) {
                        evidence.add(exchange.getCommand());
                    }
                    evidence.add(line);
                    report(state, CauseIds.SERVER_ENDED_SESSION, 0.8, "The server ended the session ('" + Replies.text(line) //$NON-NLS-1$
                            + "')" + (exchange.getCommand() == null ? "" : " while '" + Replies.command(exchange) + "' was running") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            + ": an idle or session time-out, a shutdown, a connection limit or too many errors; its text" //$NON-NLS-1$
                            + " says which.", evidence); //$NON-NLS-1$
                    return true;
                }
            }
            return false;
        }

        private void greeting(State state, Protocol protocol, Exchange greeting) {
            ProtocolLine first = Replies.firstLine(greeting);
            if (first == null) {
                return;
            }
            ReplyLine reply = ReplyLine.parse(protocol, Replies.text(first));
            if (!reply.refusesAsGreeting() || reply.code() == 421) {
                return; // 421: SmtpReplyRule
            }
            boolean smtp = reply.kind() == ReplyLine.Kind.SMTP;
            report(state, smtp ? CauseIds.SMTP_REFUSED_AT_GREETING : CauseIds.SERVER_ENDED_SESSION, 0.9,
                    "The server refused the session in its greeting ('" + reply.text() + "'): " //$NON-NLS-1$ //$NON-NLS-2$
                            + (smtp ? "it does not accept mail from this client's address now (reputation, blocklist, too many" //$NON-NLS-1$
                                    + " connections) or offers no SMTP service here; its text says which." //$NON-NLS-1$
                                    : "too many connections, the account or server is unavailable, or the client's address is" //$NON-NLS-1$
                                            + " blocked; its text says which."), //$NON-NLS-1$
                    Replies.lines(greeting));
        }

        private static boolean has(Protocol protocol, String verb, CommandTrait trait) {
            if (protocol != Protocol.UNKNOWN) {
                return ProtocolVocabulary.command(protocol, verb).map(f -> f.has(trait)).orElse(false);
            }
            return ProtocolVocabulary.command(Protocol.SMTP, verb).map(f -> f.has(trait)).orElse(false)
                    || ProtocolVocabulary.command(Protocol.POP3, verb).map(f -> f.has(trait)).orElse(false)
                    || ProtocolVocabulary.command(Protocol.IMAP, verb).map(f -> f.has(trait)).orElse(false);
        }

        @Override
        public void connectionEvent(Session session, ConnectionEvent event) {
            ConnectionEventKind kind = event.getKind();
            if (kind == ConnectionEventKind.TLS_STARTED || kind == ConnectionEventKind.TLS_FAILED) {
                // completed, or failed with a reason TlsRule reports
                sessions.computeIfAbsent(session, s -> new State()).tlsAccepted = null;
            }
        }

        @Override
        public void sessionEnded(Session session) {
            State removed = sessions.remove(session);
            State state = removed == null ? new State() : removed;
            if (state.reported) {
                return;
            }
            // exchanges still waiting for their reply are never completed: a BYE ending the session is in one of them
            for (Exchange exchange : session.getExchanges()) {
                if (!exchange.isComplete() && endedByBye(state, session.getProtocol(), exchange)) {
                    return;
                }
            }
            Exchange starttls = state.tlsAccepted;
            if (starttls == null || !session.getExchanges().isEmpty()
                    && session.getExchanges().get(session.getExchanges().size() - 1) != starttls) {
                return; // no STARTTLS pending, or the client went on (a command still unanswered): TLS was up
            }
            report(state, CauseIds.TLS_FAILED, 0.75, "The server accepted " + Replies.verb(starttls) + " ('" //$NON-NLS-1$ //$NON-NLS-2$
                    + Replies.last(starttls) + "') but the session ends before the TLS handshake completed: client and server" //$NON-NLS-1$
                    + " share no TLS version or cipher, the certificate was refused, or something in between (anti-virus," //$NON-NLS-1$
                    + " firewall) blocks the handshake.", Replies.lines(starttls)); //$NON-NLS-1$
        }

        @Override
        public void traceEnded(io.mailscope.model.Trace trace) {
            for (Session session : new ArrayList<>(sessions.keySet())) {
                sessionEnded(session);
            }
        }

        private void report(State state, String cause, double confidence, String summary, List<? extends TraceEvent> evidence) {
            state.reported = true;
            context.report(CauseIds.finding(cause, confidence, summary, evidence));
        }
    }
}
