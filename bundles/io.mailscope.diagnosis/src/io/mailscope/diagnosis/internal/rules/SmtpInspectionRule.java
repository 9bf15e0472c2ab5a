package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Located;

/**
 * A firewall between client and server inspects SMTP (Cisco PIX/ASA "fixup protocol smtp", Mailguard): the banner
 * arrives with its text replaced by asterisks (the PIX keeps only '2', '0' and spaces), and the ESMTP commands it does
 * not allow (EHLO, AUTH, STARTTLS) reach the server as something it refuses ("500 Unrecognized command"). A client that
 * needs authentication or encryption cannot send; the server itself is fine. Reported when a masked banner is
 * followed by such a refusal.
 */
@RoutineExchangesIgnored
public final class SmtpInspectionRule implements DiagnosisRule {

    private static final Set<String> ESMTP_VERBS = Set.of("EHLO", "AUTH", "STARTTLS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** Share of the banner text's visible characters that must be asterisks. */
    private static final double MASKED_SHARE = 0.8;
    private static final int MIN_MASKED_LENGTH = 10;

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    /** @return true if the text of a 220 banner is mostly asterisks */
    static boolean masked(String banner) {
        if (Replies.smtpCode(banner) != 220 || banner.length() <= 4) {
            return false;
        }
        int visible = 0;
        int stars = 0;
        for (char c : banner.substring(4).toCharArray()) {
            if (!Character.isWhitespace(c)) {
                visible++;
                if (c == '*') {
                    stars++;
                }
            }
        }
        return visible >= MIN_MASKED_LENGTH && stars >= MASKED_SHARE * visible;
    }

    private static final class State {
        ExchangeRecord maskedBanner;
        boolean reported;
    }

    private static final class Run extends AbstractRuleRun<State> {

        Run(RuleContext context) {
            super(context, State::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            if (exchange.isGreeting()) {
                if (masked(Replies.first(exchange))) {
                    sessions().of(exchange.session()).maskedBanner = exchange;
                }
                return;
            }
            State state = sessions().peek(exchange.session());
            if (state == null || state.maskedBanner == null || state.reported) {
                return;
            }
            int code = Replies.smtpCode(exchange);
            if (ESMTP_VERBS.contains(Replies.verb(exchange)) && (code == 500 || code == 502)) {
                List<Located> evidence = new ArrayList<>(Replies.lines(state.maskedBanner));
                evidence.addAll(Replies.lines(exchange));
                context().report(CauseIds.finding(CauseIds.SMTP_INSPECTION, 0.9, "The server's banner arrives masked with asterisks ('" //$NON-NLS-1$
                        + Replies.first(state.maskedBanner) + "') and " + Replies.verb(exchange) + " is refused ('" + Replies.last(exchange) //$NON-NLS-1$ //$NON-NLS-2$
                        + "'): a firewall's SMTP inspection (Cisco PIX/ASA Mailguard, 'fixup protocol smtp') sits between client and" //$NON-NLS-1$
                        + " server and blocks ESMTP, so authentication and STARTTLS cannot work. Turn the SMTP inspection off on the" //$NON-NLS-1$
                        + " firewall (or let ESMTP through); nothing in the client fixes it.", evidence)); //$NON-NLS-1$
                state.reported = true;
            }
        }
    }
}
