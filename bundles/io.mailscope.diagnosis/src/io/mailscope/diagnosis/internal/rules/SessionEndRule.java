package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.Located;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.protocol.CommandLine;
import io.mailscope.trace.protocol.CommandTrait;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;

/**
 * The server refuses the session at its greeting (IMAP {@code * BYE}, POP3 {@code -ERR}, SMTP {@code 554}), ends it
 * with an IMAP {@code * BYE} the client did not ask for (autologout, shutdown, too many errors), or accepts
 * STARTTLS/STLS and the session ends before the TLS handshake completed. SMTP {@code 421}, at the greeting or later,
 * is reported by {@link SmtpReplyRule}. A session that simply ends without an explicit close is incomplete, and no
 * finding of this rule. Which line refuses or ends a session is {@link ReplyLine}'s knowledge.
 */
@RoutineExchangesIgnored
public final class SessionEndRule implements DiagnosisRule {

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        /** STARTTLS/STLS accepted, and nothing since: no TLS event, no further command. */
        ExchangeRecord tlsAccepted;
        boolean reported;
        /** The client has sent a logon command (LOGIN, USER/PASS, AUTH ...); before it, the session is still at its start. */
        boolean logonSent;
    }

    private static final class Run extends AbstractRuleRun<State> {

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            State state = sessions().of(exchange.session());
            state.tlsAccepted = null; // an exchange after STARTTLS: the handshake completed
            if (state.reported) {
                return;
            }
            if (exchange.isGreeting()) {
                greeting(state, exchange);
                return;
            }
            if (endedByBye(state, exchange)) {
                return;
            }
            noteLogon(state, exchange);
            Line last = exchange.lastReplyLine();
            if (exchange.command() != null && ProtocolVocabulary.hasTrait(exchange.protocol(), exchange.verb(), CommandTrait.STARTS_TLS) && last != null
                    && ReplyLine.parse(exchange.protocol(), last.text()).positive()) {
                state.tlsAccepted = exchange;
            }
        }

        /** A command the session ended before it was answered: a BYE may be in it; after STARTTLS, TLS was up. */
        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            State state = sessions().of(exchange.session());
            if (exchange.command() != null) {
                state.tlsAccepted = null;
            }
            if (!state.reported) {
                endedByBye(state, exchange);
            }
            noteLogon(state, exchange);
        }

        private static void noteLogon(State state, ExchangeRecord exchange) {
            if (exchange.command() != null && (ProtocolVocabulary.hasTrait(exchange.protocol(), exchange.verb(), CommandTrait.CREDENTIALS)
                    || ProtocolVocabulary.hasTrait(exchange.protocol(), exchange.verb(), CommandTrait.SASL))) {
                state.logonSent = true;
            }
        }

        /** @return true when the server's {@code * BYE} in the exchange (not answering LOGOUT) was reported */
        private boolean endedByBye(State state, ExchangeRecord exchange) {
            if (ProtocolVocabulary.hasTrait(exchange.protocol(), exchange.verb(), CommandTrait.CLOSES)) {
                return false;
            }
            boolean logoutSeen = false;
            for (Line line : exchange.replies()) {
                if (logsOut(line)) {
                    // a client's LOGOUT the import kept inside the reply (a transcript that shows a literal as a short
                    // placeholder "... the 1440-byte message ..." leaves the octet count running): the BYE answers it
                    logoutSeen = true;
                }
                if (!logoutSeen && !line.fromClient() && untagged(line.text())
                        && ReplyLine.parse(Protocol.IMAP, line.text()).status() == ReplyLine.Status.BYE) {
                    List<Located> evidence = new ArrayList<>(2);
                    if (exchange.command() != null) {
                        evidence.add(exchange.command());
                    }
                    evidence.add(line);
                    if (droppedAtStart(state, exchange, line.text())) {
                        report(state, CauseIds.DROPPED_AFTER_GREETING, 0.75, "The server greeted, then ended the session ('" //$NON-NLS-1$
                                + line.text() + "') at the client's first command '" + exchange.commandText() //$NON-NLS-1$
                                + "', before any logon, without naming a reason: a server-side limit (throttling, connections" //$NON-NLS-1$
                                + " per user or address, a blocked address) or a front end that cannot reach the mailbox server.", //$NON-NLS-1$
                                evidence);
                        return true;
                    }
                    report(state, causeOf(line.text(), CauseIds.SERVER_ENDED_SESSION), 0.8, "The server ended the session ('" + line.text() //$NON-NLS-1$
                            + "')" + (exchange.command() == null ? "" : " while '" + exchange.commandText() + "' was running") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            + ": an idle or session time-out, a shutdown, a connection limit or too many errors; its text" //$NON-NLS-1$
                            + " says which.", evidence); //$NON-NLS-1$
                    return true;
                }
            }
            return false;
        }

        /**
         * A {@code * BYE} that answers one of the client's first commands (CAPABILITY, STARTTLS, ID ...) before any logon
         * was sent, and whose text names no cause the error-text knowledge knows ("Autologout", "Too many connections"):
         * the connection was dropped right after the greeting, as the catalog's 0x800CCC0F cause describes.
         */
        private boolean droppedAtStart(State state, ExchangeRecord exchange, String text) {
            return exchange.command() != null && !state.logonSent
                    && !ProtocolVocabulary.hasTrait(exchange.protocol(), exchange.verb(), CommandTrait.CREDENTIALS)
                    && !ProtocolVocabulary.hasTrait(exchange.protocol(), exchange.verb(), CommandTrait.SASL)
                    && context().catalog().replies().match(text).isEmpty();
        }

        /** @return true when the text starts with "* ", as every IMAP BYE does (a cheap test before parsing it) */
        private static boolean untagged(String text) {
            return text.length() > 1 && text.charAt(0) == '*' && text.charAt(1) == ' ';
        }

        /**
         * @return false when the text cannot hold an IMAP LOGOUT command: it has neither the letters "ogou" (any
         *         case) nor a non-ASCII character (which might upper-case to them); every reply line of every
         *         exchange passes here
         */
        private static boolean mayLogOut(String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80 || (c | 0x20) == 'o' && text.regionMatches(true, i, "ogou", 0, 4)) { //$NON-NLS-1$
                    return true;
                }
            }
            return false;
        }

        private static boolean logsOut(Line line) {
            if (!mayLogOut(line.text())) {
                return false;
            }
            CommandLine command = CommandLine.parse(Protocol.IMAP, line.text());
            return command != null && command.tag() != null
                    && ProtocolVocabulary.hasTrait(Protocol.IMAP, command.verb(), CommandTrait.CLOSES);
        }

        private void greeting(State state, ExchangeRecord greeting) {
            Line first = greeting.firstReplyLine();
            if (first == null) {
                return;
            }
            ReplyLine reply = ReplyLine.parse(greeting.protocol(), first.text());
            if (!reply.refusesAsGreeting() || reply.code() == 421) {
                return; // 421: SmtpReplyRule
            }
            boolean smtp = reply.kind() == ReplyLine.Kind.SMTP;
            report(state, causeOf(reply.text(), smtp ? CauseIds.SMTP_REFUSED_AT_GREETING : CauseIds.SERVER_ENDED_SESSION), 0.9,
                    "The server refused the session in its greeting ('" + reply.text() + "'): " //$NON-NLS-1$ //$NON-NLS-2$
                            + (smtp ? "it does not accept mail from this client's address now (reputation, blocklist, too many" //$NON-NLS-1$
                                    + " connections) or offers no SMTP service here; its text says which." //$NON-NLS-1$
                                    : "too many connections, the account or server is unavailable, or the client's address is" //$NON-NLS-1$
                                            + " blocked; its text says which."), //$NON-NLS-1$
                    greeting.lines());
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            if (event.kind() == ConnectionEventKind.TLS_STARTED || event.kind() == ConnectionEventKind.TLS_FAILED) {
                // completed, or failed with a reason TlsRule reports
                sessions().of(event.session()).tlsAccepted = null;
            }
        }

        /** A client that says why TLS failed (certificate, handshake, SSL error) is explained by TlsRule, not here. */
        @Override
        public void statusEvent(StatusRecord event) {
            String text = event.text() == null ? "" : event.text().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
            if (text.contains("ssl") || text.contains("tls") || text.contains("certificat") || text.contains("handshake")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                State state = sessions().peek(event.session());
                if (state != null) {
                    state.tlsAccepted = null;
                }
            }
        }

        /**
         * Counted routine sessions: no TLS events among their connection events, and their ends find no state (only
         * exchanges and TLS events make one).
         */
        @Override
        public void routineSessions(io.mailscope.trace.CountedSessions counted) {
            // nothing to do
        }

        /** Counted routine sessions that overlap: the same; those that end after them get such events as others do. */
        @Override
        public void overlappingRoutineSessions(io.mailscope.trace.CountedSessions counted) {
            // nothing to do
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            State state = sessions().peek(end.session());
            if (state == null || state.reported || state.tlsAccepted == null) {
                return;
            }
            ExchangeRecord starttls = state.tlsAccepted;
            report(state, CauseIds.TLS_FAILED, 0.75, "The server accepted " + starttls.verb() + " ('" //$NON-NLS-1$ //$NON-NLS-2$
                    + starttls.lastReply() + "') but the session ends before the TLS handshake completed: client and server" //$NON-NLS-1$
                    + " share no TLS version or cipher, the certificate was refused, or something in between (anti-virus," //$NON-NLS-1$
                    + " firewall) blocks the handshake.", starttls.lines()); //$NON-NLS-1$
        }

        /**
         * @return the cause the ending or refusing text names, read with the error-text knowledge ("Autologout; idle
         *         for too long" is a time-out, "Logon failure" a refused logon whose commands were not copied), under
         *         the fallback's code when the catalog has it there; otherwise the fallback
         */
        private String causeOf(String text, String fallback) {
            return context().catalog().replies().match(text).map(m -> {
                String named = m.causeId();
                String sameCode = fallback.substring(0, fallback.indexOf('.') + 1) + named.substring(named.indexOf('.') + 1);
                return context().catalog().cause(sameCode).isPresent() ? sameCode : named;
            }).orElse(fallback);
        }

        private void report(State state, String cause, double confidence, String summary, List<? extends Located> evidence) {
            state.reported = true;
            context().report(CauseIds.finding(cause, confidence, summary, evidence));
        }
    }
}
