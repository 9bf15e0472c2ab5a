package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.events.Located;
import io.mailscope.trace.protocol.ProtocolVocabulary;

/**
 * Security settings that do not match the server: TLS required but not used, STARTTLS not offered or refused, TLS
 * spoken to a plain port or plain text to a TLS port (or another protocol's port), handshake and certificate failures.
 */
@RoutineExchangesIgnored
public final class TlsRule implements DiagnosisRule {

    private static final Pattern DEMANDS_TLS = Pattern.compile(
            "must issue a STARTTLS|STARTTLS (command )?(is )?required|\\[PRIVACYREQUIRED\\]|plaintext authentication (is )?disallowed" //$NON-NLS-1$
                    + "|requires? (a )?(secure|encrypted|TLS|SSL) connection|encryption required|TLS required|must use (STLS|TLS|SSL)", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CERTIFICATE = Pattern.compile(
            "certificate|PKIX|certification path|self[- ]signed|hostname .*(mismatch|does not match)|unknown ca|CERT_", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRONG_PORT = Pattern.compile(
            "wrong version number|unrecognized SSL message|plaintext connection|unknown protocol|packet length too long|not an SSL/TLS record" //$NON-NLS-1$
                    + "|http request|record overflow", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    /** A server's log of the client's hello: "wrong version number" there means an old client, not a wrong port. */
    private static final Pattern SERVER_READ_CLIENT_HELLO = Pattern.compile("ACCEPT_SR_CLNT_HELLO|early_post_process_client_hello", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STARTTLS_VERBS = Set.of("STARTTLS", "STLS"); //$NON-NLS-1$ //$NON-NLS-2$

    /** @return true for a status text this rule explains (a TLS handshake on the wrong port, a rejected certificate) */
    static boolean readsStatus(String text) {
        return WRONG_PORT.matcher(text).find()
                || (Replies.containsIgnoreCase(text, "SSL") || Replies.containsIgnoreCase(text, "TLS")) && CERTIFICATE.matcher(text).find(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return true if a server reply says the connection must be encrypted first */
    public static boolean demandsTls(String reply) {
        return DEMANDS_TLS.matcher(reply).find();
    }

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        ExchangeRecord capabilities;
        boolean startTlsOffered;
        final Set<String> reported = new HashSet<>();
    }

    private static final class Run extends AbstractRuleRun<State> {
        /** the status texts of the trace: a TLS error among texts that name other causes is no confident answer */
        private final StatusTextConflicts statusTexts;
        /** set while a status text is classified */
        private boolean fromStatus;
        private String statusText;

        Run(RuleContext context) {
            super(context, State::new);
            this.statusTexts = new StatusTextConflicts(context.catalog().replies());
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            SessionInfo session = exchange.session();
            String verb = Replies.verb(exchange);
            if (exchange.command() == null || verb.equals("GREETING")) { //$NON-NLS-1$
                greeting(state(session), session, exchange);
                return;
            }
            if (verb.equals("EHLO") || verb.equals("CAPA") || verb.equals("CAPABILITY")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                State state = state(session);
                state.capabilities = exchange;
                state.startTlsOffered = exchange.replies().stream()
                        .anyMatch(l -> Replies.containsIgnoreCase(Replies.text(l), "STARTTLS") || Replies.text(l).strip().equalsIgnoreCase("STLS")); //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            // the status is in the first line (POP3, SMTP) or the last (SMTP multi-line, IMAP tagged): message bodies
            // in between (RETR, FETCH) are not looked at
            List<Line> replies = exchange.replies();
            for (Line line : replies.size() <= 2 ? replies : List.of(replies.get(0), replies.get(replies.size() - 1))) {
                String text = Replies.text(line);
                boolean negative = text.startsWith("-ERR") || Replies.smtpCode(text) >= 500 || Replies.imapNegative(text); //$NON-NLS-1$
                if (negative && demandsTls(text)) {
                    report(state(session), CauseIds.TLS_REQUIRED, 0.95, "The server accepts this only over an encrypted connection ('" + text //$NON-NLS-1$
                            + "') and the client did not start TLS: set the account's encryption to STARTTLS (or SSL/TLS on the" //$NON-NLS-1$
                            + " secure port).", Replies.commandAnd(exchange, line)); //$NON-NLS-1$
                    return;
                }
            }
            if (STARTTLS_VERBS.contains(verb)) {
                State state = state(session);
                String reply = Replies.first(exchange);
                boolean refused = reply.startsWith("-ERR") || Replies.smtpCode(exchange) >= 400 //$NON-NLS-1$
                        || List.of("NO", "BAD").contains(Replies.imapStatus(Replies.imapTagged(exchange))); //$NON-NLS-1$ //$NON-NLS-2$
                if (refused) {
                    List<Located> evidence = new ArrayList<>();
                    if (state.capabilities != null && !state.startTlsOffered && state.capabilities.command() != null) {
                        evidence.add(state.capabilities.command());
                    }
                    evidence.addAll(Replies.lines(exchange));
                    boolean pop3WrongCommand = session != null && session.protocol() == Protocol.POP3
                            && !ProtocolVocabulary.isVerb(Protocol.POP3, verb);
                    if (pop3WrongCommand && state.capabilities != null && state.startTlsOffered) {
                        // the server lists STLS and the client sent STARTTLS: the client speaks another protocol's
                        // command, the server rightly does not know it - a client fault, not the server's security
                        report(state, CauseIds.CLIENT_WRONG_COMMAND, 0.75, "The client sent " + verb //$NON-NLS-1$
                                + ", which is not a POP3 command, and the server refused it ('" + reply + "') although it offers STLS." //$NON-NLS-1$ //$NON-NLS-2$
                                + " Update the client, or use SSL/TLS on the secure port instead.", evidence); //$NON-NLS-1$
                        return;
                    }
                    String hint = pop3WrongCommand
                            ? " POP3 servers expect STLS, not STARTTLS: the client may send the wrong command (its CAPA was not seen)." //$NON-NLS-1$
                            : " Use SSL/TLS on the server's secure port instead, or no encryption if the provider offers none."; //$NON-NLS-1$
                    // without the capabilities, STARTTLS refused by a POP3 server is the client's wrong command or a
                    // server without TLS: no confident answer
                    report(state, CauseIds.TLS_WRONG_PORT, pop3WrongCommand && state.capabilities == null ? 0.6 : 0.85, "The server does not offer or refused " + verb + " ('" + reply + "')" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + (state.capabilities != null && !state.startTlsOffered ? " and its capabilities do not list it." : ".") + hint, //$NON-NLS-1$ //$NON-NLS-2$
                            evidence);
                }
            }
        }

        private State state(SessionInfo session) {
            return sessions().of(session);
        }

        private void greeting(State state, SessionInfo session, ExchangeRecord greeting) {
            String text = Replies.first(greeting);
            if (text.isEmpty()) {
                return;
            }
            Protocol speaks = text.startsWith("+OK") ? Protocol.POP3 : text.startsWith("* OK") || text.startsWith("* PREAUTH") ? Protocol.IMAP //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : Replies.smtpCode(text) == 220 ? Protocol.SMTP : Protocol.UNKNOWN;
            // a well-formed greeting is neither TLS noise nor a TLS library's error text: skip the expensive checks
            if (speaks == Protocol.UNKNOWN && (garbage(text) || WRONG_PORT.matcher(text).find())) {
                report(state, CauseIds.TLS_WRONG_PORT, 0.85, "The greeting is not readable text ('" + printable(text) //$NON-NLS-1$
                        + "'): one side speaks TLS and the other plain text. Match the port and the encryption setting (e.g. 995/993/465" //$NON-NLS-1$
                        + " with SSL/TLS, 110/143/587 with STARTTLS or none).", Replies.lines(greeting)); //$NON-NLS-1$
                return;
            }
            Protocol protocol = session == null ? Protocol.UNKNOWN : session.protocol();
            if (protocol != null && protocol != Protocol.UNKNOWN && speaks != Protocol.UNKNOWN && speaks != protocol) {
                report(state, CauseIds.WRONG_PORT, 0.9, "The client speaks " + protocol.getLiteral() + " but the server greets as " //$NON-NLS-1$ //$NON-NLS-2$
                        + speaks.getLiteral() + " ('" + text + "'): the account points at the wrong port (e.g. the IMAP port for a" //$NON-NLS-1$ //$NON-NLS-2$
                        + " POP3 account). Correct the port number.", Replies.lines(greeting)); //$NON-NLS-1$
            }
        }

        private static boolean garbage(String text) {
            int bad = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\uFFFD' || (c < 0x20 && c != '\t')) {
                    bad++;
                }
            }
            return bad >= 2 || (bad > 0 && text.length() < 8);
        }

        private static String printable(String text) {
            return text.replaceAll("[\\x00-\\x1F\\uFFFD]", "?"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        /** Counted routine sessions: none of their connection events is a TLS failure. */
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
        public void connectionEvent(ConnectionRecord event) {
            if (event.kind() != ConnectionEventKind.TLS_FAILED) {
                return;
            }
            State state = sessions().of(event.session());
            classifyTlsFailure(state, event.text(), event);
        }

        @Override
        public void statusEvent(StatusRecord event) {
            String text = event.text();
            statusTexts.note(text);
            if (text != null && readsStatus(text)) {
                classifyTlsFailure(sessions().of(event.session()), text, event, true);
            }
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            statusTexts.release(context());
        }

        private void classifyTlsFailure(State state, String text, Located event) {
            classifyTlsFailure(state, text, event, false);
        }

        /** @param fromStatus the text is a status the client reported: its finding waits for the trace's other texts */
        private void classifyTlsFailure(State state, String text, Located event, boolean fromStatus) {
            this.fromStatus = fromStatus;
            this.statusText = text;
            String t = text == null ? "" : text; //$NON-NLS-1$
            if (WRONG_PORT.matcher(t).find() && !SERVER_READ_CLIENT_HELLO.matcher(t).find()) {
                report(state, CauseIds.TLS_WRONG_PORT, 0.9, "The TLS handshake failed because the other side does not speak TLS on" //$NON-NLS-1$
                        + " this port ('" + t + "'): use SSL/TLS only on the secure port (995/993/465) and STARTTLS or none on" //$NON-NLS-1$ //$NON-NLS-2$
                        + " 110/143/587/25.", List.of(event)); //$NON-NLS-1$
            } else if (CERTIFICATE.matcher(t).find()) {
                report(state, CauseIds.CERTIFICATE_REJECTED, 0.9, "The server's certificate was rejected ('" + t + "'): the server" //$NON-NLS-1$ //$NON-NLS-2$
                        + " name in the account must match the certificate, and the certificate must be valid and trusted.", //$NON-NLS-1$
                        List.of(event));
            } else {
                report(state, CauseIds.TLS_FAILED, 0.8, "The TLS handshake failed ('" + t + "'): client and server share no" //$NON-NLS-1$ //$NON-NLS-2$
                        + " protocol version or cipher, or something in between (anti-virus mail scanning) breaks TLS.", List.of(event)); //$NON-NLS-1$
            }
        }

        private void report(State state, String cause, double confidence, String summary, List<? extends Located> evidence) {
            if (!state.reported.add(cause)) {
                return;
            }
            if (fromStatus) {
                statusTexts.defer(CauseIds.code(cause), cause, confidence, summary, evidence, statusText);
            } else {
                context().report(CauseIds.finding(cause, confidence, summary, evidence));
            }
        }

    }

    static List<Located> linesOf(ExchangeRecord e) {
        return FindingReport.linesOf(e);
    }
}
