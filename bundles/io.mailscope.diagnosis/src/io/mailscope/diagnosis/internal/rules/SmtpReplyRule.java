package io.mailscope.diagnosis.internal.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.trace.events.ExchangeRecord;

/**
 * SMTP replies that reject or postpone a message: 421 not available (0x800CCC67), 450/451 try later (0x800CCC0B
 * server busy), 451 bare LF (protocol violation), sender (0x800CCC78) and recipient (0x800CCC79) rejected, message too
 * large or refused for its content, mailbox over quota.
 */
@RoutineExchangesIgnored
public final class SmtpReplyRule implements DiagnosisRule {

    /** Bare-LF refusals; qmail says only "451 See http://pobox.com/~djb/docs/smtplf.html." (the page on bare LFs). */
    private static final Pattern BARE_LF = Pattern.compile("bare\\s*(<?LF>?|line\\s*feed|linefeed|newline)|/smtplf\\.html", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    /** MAIL FROM:<path> or RCPT TO:<path> as RFC 5321 writes them (a space after the colon is widely accepted) */
    private static final Pattern PATH_SYNTAX = Pattern.compile("^(?:MAIL FROM|RCPT TO): ?<[^<>]*>", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern QUOTA = Pattern.compile("quota|mailbox (is )?full|over ?quota|storage (space|allocation)|insufficient (system )?storage", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class State {
        boolean inData;
        final Set<String> reported = new HashSet<>();
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
            boolean dataPhase = verb.equals("DATA") || verb.equals("BDAT") || state.inData; //$NON-NLS-1$ //$NON-NLS-2$
            state.inData = verb.equals("DATA") && code == 354; //$NON-NLS-1$
            if (code < 400 || code == 530 || code == 535 || code == 534 || code == 504) {
                return; // success, or SmtpAuthRule / TlsRule
            }
            if (BARE_LF.matcher(reply).find()) {
                report(state, exchange, CauseIds.BARE_LF, 0.9, "The server refused the message because its lines end in a bare LF" //$NON-NLS-1$
                        + " instead of CRLF ('" + reply + "'): the sending program (or a scanner rewriting the message) breaks the SMTP" //$NON-NLS-1$ //$NON-NLS-2$
                        + " line-ending rule; update or reconfigure it."); //$NON-NLS-1$
                return;
            }
            if (code == 421) {
                // a closing 421 whose text names another cause: an EHLO name the server will not accept, a command
                // time-out - the text decides, as a refused logon's does (ImapLoginRule)
                var named = context().catalog().replies().match(reply).filter(m -> !m.causeId().endsWith(".server-busy")); //$NON-NLS-1$
                if (named.isPresent()) {
                    ReplyLookup.Match match = named.get();
                    String named421 = CauseIds.SMTP_NOT_AVAILABLE.substring(0, CauseIds.SMTP_NOT_AVAILABLE.indexOf('.'))
                            + match.causeId().substring(match.causeId().indexOf('.'));
                    report(state, exchange, context().catalog().cause(named421).isPresent() ? named421 : match.causeId(), match.confidence(),
                            "The server answered '" + Replies.command(exchange) //$NON-NLS-1$
                            + "' with '" + reply + "', and its text says why: " + match.why() + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    return;
                }
            }
            if (code == 421) {
                report(state, exchange, CauseIds.SMTP_NOT_AVAILABLE, 0.85, "The server is not available right now and closes the" //$NON-NLS-1$
                        + " connection ('" + reply + "'): overloaded, throttling this client, or shutting down. Retry later; if" //$NON-NLS-1$ //$NON-NLS-2$
                        + " it persists, the provider limits connections or messages for this account."); //$NON-NLS-1$
                return;
            }
            if ((code == 452 || code == 552) && QUOTA.matcher(reply).find()) {
                report(state, exchange, code == 452 ? CauseIds.QUOTA_TEMPORARY : CauseIds.QUOTA_EXCEEDED, 0.85,
                        "A mailbox is over its storage quota ('" + reply + "'): the recipient (or the sender's sent-mail store)" //$NON-NLS-1$ //$NON-NLS-2$
                                + " must free space."); //$NON-NLS-1$
                return;
            }
            if (code == 450 || code == 451) {
                report(state, exchange, CauseIds.SERVER_BUSY, 0.75, "The server asks to try again later ('" + reply //$NON-NLS-1$
                        + "'): busy, greylisting, or a temporary local problem. The message stays in the outbox and is sent on" //$NON-NLS-1$
                        + " a later attempt; if it never goes, the provider must look at its server."); //$NON-NLS-1$
                return;
            }
            if ((verb.equals("MAIL") || verb.equals("RCPT")) && (code == 501 || code == 555 || code == 500) //$NON-NLS-1$ //$NON-NLS-2$
                    && !PATH_SYNTAX.matcher(Replies.command(exchange)).find()) {
                report(state, exchange, CauseIds.SMTP_PARAMETER_SYNTAX, 0.8, "The server refused '" + Replies.command(exchange) //$NON-NLS-1$
                        + "' as a syntax error ('" + reply + "'), and the command is not in the form RFC 5321 requires" //$NON-NLS-1$ //$NON-NLS-2$
                        + " ('MAIL FROM:<address>', 'RCPT TO:<address>', no space before the colon): the client (or a script or" //$NON-NLS-1$
                        + " person typing it) wrote the command wrongly."); //$NON-NLS-1$
                return;
            }
            if (verb.equals("MAIL") && (code == 550 || code == 553 || code == 551 || code == 501 || code == 554)) { //$NON-NLS-1$
                if (code == 552) {
                    return;
                }
                report(state, exchange, CauseIds.SENDER_REJECTED, 0.85, "The server rejected the sender address ('" + reply //$NON-NLS-1$
                        + "'): the account's e-mail address is wrong, or not allowed for this logon."); //$NON-NLS-1$
                return;
            }
            if (verb.equals("RCPT") && code >= 550 && !SmtpAuthRule.relayDenied(reply)) { //$NON-NLS-1$
                if (code == 552) {
                    return;
                }
                report(state, exchange, CauseIds.RECIPIENT_REJECTED, 0.85, "The server rejected a recipient ('" + reply //$NON-NLS-1$
                        + "'): the address is misspelt or does not exist."); //$NON-NLS-1$
                return;
            }
            if (code == 552 && (verb.equals("MAIL") || dataPhase)) { //$NON-NLS-1$
                report(state, exchange, CauseIds.MESSAGE_TOO_LARGE, 0.85, "The message is larger than the server accepts ('" + reply //$NON-NLS-1$
                        + "'): send smaller attachments or a link instead."); //$NON-NLS-1$
                return;
            }
            if ((code == 554 || code == 550) && dataPhase) {
                report(state, exchange, CauseIds.MESSAGE_REJECTED, 0.8, "The server refused the message after receiving it ('" + reply //$NON-NLS-1$
                        + "'): its content was classified as spam or malware, or it violates the provider's policy."); //$NON-NLS-1$
            }
        }

        private void report(State state, ExchangeRecord exchange, String cause, double confidence, String summary) {
            if (state.reported.add(cause)) {
                context().report(CauseIds.finding(cause, confidence, summary, Replies.lines(exchange)));
            }
        }

    }
}
