package io.mailscope.diagnosis.internal.rules;

import java.util.Optional;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;

/** IMAP LOGIN / AUTHENTICATE answered NO (e.g. {@code NO [AUTHENTICATIONFAILED]}): 0x800CCCD1 IXP_E_IMAP_LOGINFAILURE. */
@RoutineExchangesIgnored
public final class ImapLoginRule implements DiagnosisRule {

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    /** one finding per session: a client that retries the refused logon is one problem */
    private static final class State {
        boolean reported;
    }

    private static final class Run extends AbstractRuleRun<State> {

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            String verb = Replies.verb(exchange);
            if (!verb.equals("LOGIN") && !verb.equals("AUTHENTICATE")) { //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            Line tagged = Replies.imapTagged(exchange);
            String status = Replies.imapStatus(tagged);
            if (!status.equals("NO") && !status.equals("BAD")) { //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            String reply = Replies.text(tagged);
            State state = sessions().of(exchange.session());
            if (TlsRule.demandsTls(reply) || state.reported) {
                return;
            }
            state.reported = true;
            Optional<ReplyLookup.Match> specific = specificRefusal(context().catalog().replies(), reply);
            if (specific.isPresent()) {
                // "NO [ALERT] Too many simultaneous connections", "[UNAVAILABLE]", "Application-specific password
                // required": the server says why it refuses, and it is not the password
                ReplyLookup.Match s = specific.get();
                String category = s.causeId().substring(s.causeId().indexOf('.') + 1);
                String sameCode = CauseIds.IMAP_LOGIN_FAILED.substring(0, CauseIds.IMAP_LOGIN_FAILED.indexOf('.') + 1) + category;
                String cause = context().catalog().cause(sameCode).isPresent() ? sameCode : s.causeId();
                context().report(CauseIds.finding(cause, Math.min(s.confidence(), 0.85), "The IMAP server refused the logon ('" + reply //$NON-NLS-1$
                        + "'), and its text says why: " + s.why() + ".", Replies.commandAnd(exchange, tagged))); //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            boolean explicit = reply.contains("[AUTHENTICATIONFAILED]"); //$NON-NLS-1$
            context().report(CauseIds.finding(CauseIds.IMAP_LOGIN_FAILED, explicit ? 0.95 : 0.85,
                    "The IMAP server rejected the logon ('" + reply + "'): check the user name and password saved in the account" //$NON-NLS-1$ //$NON-NLS-2$
                            + " (and whether the provider requires an app password or has IMAP access turned off).", //$NON-NLS-1$
                    Replies.commandAnd(exchange, tagged)));
        }

        /**
         * @return what the reply's text names when it is not a refused password (connection limits, an unavailable
         *         back end, an app password or modern authentication required, an expired account) - the specific
         *         refusal comes before the generic "LOGIN failed", as in the error-text knowledge
         */
        private static Optional<ReplyLookup.Match> specificRefusal(ReplyLookup knowledge, String reply) {
            return knowledge.match(reply).filter(m -> {
                String id = m.causeId();
                return !id.substring(id.indexOf('.') + 1).equals("auth-failed"); //$NON-NLS-1$
            });
        }
    }
}
