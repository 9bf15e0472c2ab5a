package io.mailscope.diagnosis.internal.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.Located;

/**
 * Seed case 000, SMTP side: sending without authenticating (530 authentication required, 5.7.1 relay denied), a
 * rejected logon (535/534), and a logon method the server does not offer (client insists on NTLM/SPA/GSSAPI while EHLO
 * offers PLAIN/LOGIN, or AUTH answered 504).
 */
@RoutineExchangesIgnored
public final class SmtpAuthRule implements DiagnosisRule {

    private static final Pattern AUTH_LINE = Pattern.compile("^250[- ]AUTH[ =](.*)$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern RELAY = Pattern.compile("relay|5\\.7\\.1\\b.*(not permitted|denied|not allowed)", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_IN_TEXT = Pattern.compile("\\b53[45][ -][45]\\.7\\.\\d+[^\\r\\n]*"); //$NON-NLS-1$
    static final String TURN_ON_AUTH = " Tell the customer to turn on \"My outgoing server (SMTP) requires authentication\"" //$NON-NLS-1$
            + " (same settings as the incoming server) in the account's outgoing server settings."; //$NON-NLS-1$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        ExchangeRecord ehlo;
        Line authLine;
        final Set<String> offered = new LinkedHashSet<>();
        ExchangeRecord auth;
        boolean authenticated;
        /** LOGIN's initial response was ignored: a refusal after it follows from the mismatch, not from the password */
        boolean initialResponseIgnored;
        final Set<String> reported = new HashSet<>();
    }

    /** @return true if the reply says the recipient is refused because the sender may not relay */
    static boolean relayDenied(String reply) {
        return RELAY.matcher(reply).find();
    }

    private static final class Run extends AbstractRuleRun<State> {

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            State state = sessions().of(exchange.session());
            String verb = Replies.verb(exchange);
            int code = Replies.smtpCode(exchange);
            String reply = Replies.last(exchange);
            switch (verb) {
                case "EHLO" -> { //$NON-NLS-1$
                    state.ehlo = exchange;
                    state.offered.clear();
                    state.authLine = null;
                    for (Line line : exchange.replies()) {
                        Matcher m = AUTH_LINE.matcher(Replies.text(line));
                        if (m.find()) {
                            if (state.authLine == null) {
                                state.authLine = line;
                            }
                            for (String mech : m.group(1).strip().split("\\s+")) { //$NON-NLS-1$
                                state.offered.add(mech.toUpperCase(Locale.ROOT));
                            }
                        }
                    }
                    return;
                }
                case "AUTH" -> { //$NON-NLS-1$
                    state.auth = exchange;
                    String mechanism = mechanism(exchange);
                    initialResponseIgnored(state, exchange, mechanism);
                    if (code == 235) {
                        state.authenticated = true;
                    } else if (code == 504 || (code >= 500 && !state.offered.isEmpty() && !state.offered.contains(mechanism))) {
                        methodMismatch(state, exchange, mechanism);
                    } else if (code == 535 || code == 534) {
                        authFailed(state, exchange);
                    }
                    return;
                }
                default -> {
                    // below
                }
            }
            if (code == 235) {
                state.authenticated = true;
                return;
            }
            if (!state.authenticated && (code == 535 || code == 534)) {
                authFailed(state, exchange); // the final reply to a base64 continuation line (the AUTH line may not be logged)
                return;
            }
            if (code == 530 && !TlsRule.demandsTls(reply) && !state.authenticated) {
                report(state, CauseIds.AUTH_REQUIRED, 0.9, "The server requires authentication before sending ('" + reply //$NON-NLS-1$
                        + "') and the client did not log on." + TURN_ON_AUTH, evidence(state, exchange)); //$NON-NLS-1$
            } else if (verb.equals("RCPT") && code >= 500 && relayDenied(reply)) { //$NON-NLS-1$
                if (state.authenticated) {
                    report(state, CauseIds.RELAY_DENIED, 0.8, "The server refuses to relay for this sender although the client" //$NON-NLS-1$
                            + " logged on ('" + reply + "'): the sender address is not allowed for this account.", //$NON-NLS-1$ //$NON-NLS-2$
                            Replies.lines(exchange));
                } else {
                    report(state, CauseIds.RELAY_DENIED, 0.9, "The server refused to relay to an outside recipient ('" + reply //$NON-NLS-1$
                            + "') because the client did not log on." + TURN_ON_AUTH, evidence(state, exchange)); //$NON-NLS-1$
                }
            }
        }

        /**
         * LOGIN with the user name as initial response ("AUTH LOGIN dXNlcg=="), answered with the user-name prompt and
         * then, with no answer of the client between, the password prompt: the server ignored the initial response and
         * the client, which had sent the name already, gave an empty one. Client and server handle the mechanism
         * differently - whatever the password, the logon goes wrong (a mechanism mismatch, not bad credentials).
         */
        private void initialResponseIgnored(State state, ExchangeRecord auth, String mechanism) {
            List<Line> replies = auth.replies();
            if (!mechanism.equals("LOGIN") || Replies.command(auth).strip().split("\\s+").length < 3 || replies.size() < 2 //$NON-NLS-1$ //$NON-NLS-2$
                    || replies.get(0).fromClient() || replies.get(1).fromClient() || !userNamePrompt(replies.get(0).text())
                    || Replies.smtpCode(replies.get(1).text()) != 334) {
                return;
            }
            state.initialResponseIgnored = true;
            // a server that then accepts the logon all the same (test servers accept anything) was not stopped by it:
            // no more than a remark, where a refusal or a drop after it is the failure the mismatch explains
            boolean acceptedAnyway = Replies.smtpCode(auth) == 235;
            report(state, CauseIds.AUTH_METHOD_MISMATCH, acceptedAnyway ? 0.5 : 0.6, "The client sent its user name with 'AUTH LOGIN' (an initial response)," //$NON-NLS-1$
                    + " but the server asked for the user name again ('" + replies.get(0).text() + "') and the client answered with" //$NON-NLS-1$ //$NON-NLS-2$
                    + " nothing before the password prompt ('" + replies.get(1).text() + "'): the server ignores LOGIN's initial" //$NON-NLS-1$ //$NON-NLS-2$
                    + " response, so client and server disagree on the mechanism. Use another mechanism (PLAIN), or a client" //$NON-NLS-1$
                    + " setting that sends LOGIN without an initial response; tell the server's developers.", //$NON-NLS-1$
                    List.of(auth.command(), replies.get(0), replies.get(1)));
        }

        /** @return true for "334 VXNlcm5hbWU6" and the like: a challenge that decodes to a prompt for the user name */
        private static boolean userNamePrompt(String reply) {
            if (Replies.smtpCode(reply) != 334 || reply.length() <= 4) {
                return false;
            }
            try {
                String prompt = new String(Base64.getDecoder().decode(reply.substring(4).strip()), StandardCharsets.US_ASCII)
                        .toLowerCase(Locale.ROOT);
                return prompt.startsWith("user"); //$NON-NLS-1$
            } catch (IllegalArgumentException notBase64) {
                return false; // a challenge in clear text is not LOGIN's prompt
            }
        }

        private static String mechanism(ExchangeRecord auth) {
            String[] words = Replies.command(auth).strip().split("\\s+"); //$NON-NLS-1$
            return words.length >= 2 ? words[1].toUpperCase(Locale.ROOT) : ""; //$NON-NLS-1$
        }

        private void methodMismatch(State state, ExchangeRecord auth, String mechanism) {
            List<Located> evidence = new ArrayList<>();
            if (state.ehlo != null && state.ehlo.command() != null) {
                evidence.add(state.ehlo.command());
            }
            if (state.authLine != null) {
                evidence.add(state.authLine);
            }
            evidence.addAll(Replies.lines(auth));
            String offered = state.offered.isEmpty() ? "" : " while the server offers only " + String.join(", ", state.offered); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            report(state, CauseIds.AUTH_METHOD_MISMATCH, 0.9, "The client logs on with " + mechanism + offered + " ('" //$NON-NLS-1$ //$NON-NLS-2$
                    + Replies.last(auth) + "'): turn off \"Log on using Secure Password Authentication (SPA)\" and use the" //$NON-NLS-1$
                    + " logon method the server offers (normally the plain user name and password over TLS).", evidence); //$NON-NLS-1$
        }

        private void authFailed(State state, ExchangeRecord exchange) {
            String reply = Replies.last(exchange);
            Optional<String> passwordLogonRefused = passwordLogonRefused(context().catalog().replies(), reply);
            String detail = passwordLogonRefused.map(why -> " The reply says " + why + ".") //$NON-NLS-1$ //$NON-NLS-2$
                    .orElse(" Check the user name and password of the outgoing server (some providers need an app password)."); //$NON-NLS-1$
            List<Located> evidence = new ArrayList<>();
            if (state.auth != null && state.auth != exchange && state.auth.command() != null) {
                evidence.add(state.auth.command());
            }
            evidence.addAll(Replies.lines(exchange));
            double confidence = confidence(context().catalog().replies(), reply, 0.9);
            report(state, passwordLogonRefused.isPresent() ? CauseIds.SMTP_PASSWORD_LOGON_REFUSED : CauseIds.SMTP_AUTH_FAILED,
                    state.initialResponseIgnored ? Math.min(confidence, 0.5) : confidence, "The SMTP server rejected the logon ('" + reply + "')." + detail, evidence); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private static List<Located> evidence(State state, ExchangeRecord rejected) {
            List<Located> evidence = new ArrayList<>();
            if (state.ehlo != null && state.ehlo.command() != null) {
                evidence.add(state.ehlo.command());
                if (state.authLine != null) {
                    evidence.add(state.authLine);
                }
            }
            evidence.addAll(Replies.lines(rejected));
            return evidence;
        }

        private void report(State state, String cause, double confidence, String summary, List<Located> evidence) {
            if (state.reported.add(cause)) {
                context().report(CauseIds.finding(cause, confidence, summary, evidence));
            }
        }

        /** Libraries often log only the exception that carries the final reply (JavaMail AuthenticationFailedException). */
        @Override
        public void statusEvent(StatusRecord event) {
            String text = event.text();
            if (text == null) {
                return;
            }
            Matcher m = REPLY_IN_TEXT.matcher(text);
            if (m.find()) {
                State state = sessions().of(event.session());
                String reply = m.group();
                Optional<String> passwordLogonRefused = passwordLogonRefused(context().catalog().replies(), text);
                report(state, passwordLogonRefused.isPresent() ? CauseIds.SMTP_PASSWORD_LOGON_REFUSED : CauseIds.SMTP_AUTH_FAILED,
                        confidence(context().catalog().replies(), reply, 0.8),
                        "The SMTP server rejected the logon ('" + reply + "')." //$NON-NLS-1$ //$NON-NLS-2$
                                + passwordLogonRefused.map(why -> " The reply says " + why + ".") //$NON-NLS-1$ //$NON-NLS-2$
                                        .orElse(" Check the user name and password of the outgoing server."), //$NON-NLS-1$
                        List.of(event));
            }
        }

    }

    /**
     * @return the rule's confidence, lowered to what the error-text knowledge gives a refused logon's text where the
     *         same reply has several causes (Office 365's "535 5.7.3 Authentication unsuccessful" answers a wrong
     *         password and SMTP AUTH switched off for the mailbox alike)
     */
    static double confidence(ReplyLookup knowledge, String reply, double rule) {
        final double AMBIGUOUS_BELOW = 0.8; // entries the knowledge marks as having several causes
        return knowledge.match(reply)
                .filter(m -> m.causeId().equals(CauseIds.SMTP_AUTH_FAILED)
                        || m.causeId().equals(CauseIds.SMTP_PASSWORD_LOGON_REFUSED))
                .filter(m -> m.confidence() < AMBIGUOUS_BELOW)
                .map(m -> Math.min(rule, m.confidence())).orElse(rule);
    }

    /** @return true for a status text this rule explains (an exception that carries the final 534/535 reply) */
    static boolean readsStatus(String text) {
        return REPLY_IN_TEXT.matcher(text).find();
    }

    /**
     * @return why, when a rejected logon's reply says the password is refused as such a logon (an app password or
     *         modern authentication is required, password logon is switched off) - the error-text knowledge decides
     */
    static Optional<String> passwordLogonRefused(ReplyLookup knowledge, String reply) {
        return knowledge.match(reply)
                .filter(m -> m.causeId().equals(CauseIds.SMTP_PASSWORD_LOGON_REFUSED))
                // the caller ends the sentence: the fix loses its own full stop
                .map(m -> m.why() + m.fix().map(fix -> ". What to do: " + fix.replaceFirst("\\.$", "")).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
