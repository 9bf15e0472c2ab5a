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
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;

/**
 * POP3 errors: {@code -ERR} after USER (0x800CCC91) or PASS/APOP/AUTH (0x800CCC92), a mailbox locked by another
 * session ({@code -ERR [IN-USE]}, "mailbox locked": 0x800CCC0B, which some clients report as 0x800CCC92), and
 * {@code -ERR} to a command after logon (0x800CCC90): temporary ({@code [SYS/TEMP]}, {@code [LOGIN-DELAY]}, RFC
 * 2449/3206, "try again") or a server failure.
 */
@RoutineExchangesIgnored
public final class Pop3LogonRule implements DiagnosisRule {

    private static final Pattern IN_USE = Pattern.compile(
            "\\[IN-USE\\]|\\block(ed)?\\b|already (in use|being accessed|active)|in use by another|another session", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final int PASSWORD_ERROR = CauseIds.code(CauseIds.POP3_PASSWORD_REJECTED);
    private static final Set<String> LOGON_VERBS = Set.of("USER", "PASS", "APOP", "AUTH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** commands of the transaction state whose -ERR the client reports as 0x800CCC90 */
    private static final Set<String> TRANSACTION_VERBS = Set.of("STAT", "LIST", "UIDL", "RETR", "TOP", "DELE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\[SYS/TEMP\\]|\\[LOGIN-DELAY\\]|try (again )?later|try again|temporar|maintenance|too many|busy", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class Run extends AbstractRuleRun<Set<String>> {
        /** In-use findings wait for the end: the code depends on what the client reported. */
        private final List<FindingReport> inUse = new ArrayList<>();
        private boolean clientReportedPasswordError;

        Run(RuleContext context) {
            // per session: the causes reported in it
            super(context, HashSet::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            String verb = Replies.verb(exchange);
            if (!Replies.pop3Error(exchange) || !(LOGON_VERBS.contains(verb) || TRANSACTION_VERBS.contains(verb))) {
                return;
            }
            String reply = Replies.first(exchange);
            if (TlsRule.demandsTls(reply)) {
                return; // TlsRule reports it
            }
            String cause;
            double confidence;
            String summary;
            if (IN_USE.matcher(reply).find()) {
                cause = CauseIds.MAILBOX_IN_USE;
                confidence = reply.contains("[IN-USE]") ? 0.95 : 0.8; //$NON-NLS-1$
                summary = "The mailbox is locked by another POP3 session ('" + reply + "'): another computer, phone or a" //$NON-NLS-1$ //$NON-NLS-2$
                        + " previous session that did not end is checking the same account. Close the other client or wait"  //$NON-NLS-1$
                        + " a few minutes. (Some clients report this as 0x800CCC92.)"; //$NON-NLS-1$
            } else if (verb.equals("USER")) { //$NON-NLS-1$
                cause = CauseIds.POP3_USER_REJECTED;
                confidence = 0.9;
                summary = "The server rejected the user name ('" + reply + "'): check the account's user name (often the full e-mail address)."; //$NON-NLS-1$ //$NON-NLS-2$
            } else if (verb.equals("APOP")) { //$NON-NLS-1$
                cause = CauseIds.POP3_PASSWORD_REJECTED;
                confidence = 0.75;
                summary = "The server rejected the APOP logon ('" + reply + "'): the password is wrong, or the server does not" //$NON-NLS-1$ //$NON-NLS-2$
                        + " accept APOP for this account; turn off secure password authentication (APOP) and retry with USER/PASS."; //$NON-NLS-1$
            } else if (LOGON_VERBS.contains(verb)) {
                cause = CauseIds.POP3_PASSWORD_REJECTED;
                confidence = 0.9;
                summary = "The server rejected the password ('" + reply + "'): check the password saved in the account" //$NON-NLS-1$ //$NON-NLS-2$
                        + " (and whether the provider requires an app password)."; //$NON-NLS-1$
            } else if (TEMPORARY.matcher(reply).find()) {
                cause = CauseIds.POP3_TEMPORARY_ERROR;
                confidence = 0.85;
                summary = "The server refused '" + Replies.command(exchange) + "' for now ('" + reply + "'): a temporary" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " problem or maintenance on the provider's side, or a login delay. Retry later; if it persists, report it" //$NON-NLS-1$
                        + " to the provider with this line."; //$NON-NLS-1$
            } else {
                cause = CauseIds.POP3_COMMAND_FAILED;
                confidence = 0.6;
                summary = "The server answered '" + Replies.command(exchange) + "' with an error ('" + reply + "') after a" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " successful logon: the server failed on the command or on a message in the mailbox. Report it to the" //$NON-NLS-1$
                        + " provider with this line; removing the message through webmail may help meanwhile."; //$NON-NLS-1$
            }
            if (sessions().of(exchange.session()).add(cause)) {
                FindingReport finding = CauseIds.finding(cause, confidence, summary, Replies.lines(exchange));
                if (cause.equals(CauseIds.MAILBOX_IN_USE)) {
                    inUse.add(finding);
                } else {
                    context().report(finding);
                }
            }
        }

        @Override
        public void statusEvent(StatusRecord event) {
            clientReportedPasswordError |= event.value() == PASSWORD_ERROR;
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            for (FindingReport finding : inUse) {
                context().report(clientReportedPasswordError
                        ? CauseIds.finding(CauseIds.MAILBOX_IN_USE_AS_PASSWORD_ERROR, finding.confidence(), finding.summary(), finding.evidence())
                        : finding);
            }
        }

    }
}
