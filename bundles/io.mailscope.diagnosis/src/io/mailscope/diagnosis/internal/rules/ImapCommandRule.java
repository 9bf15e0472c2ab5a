package io.mailscope.diagnosis.internal.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.mailscope.diagnosis.api.AbstractRuleRun;
import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RoutineExchangesIgnored;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.protocol.ProtocolVocabulary;

/**
 * IMAP commands after logon answered {@code NO} with an RFC 5530 / RFC 3501 response code that names the reason:
 * 0x800CCCD2 IXP_E_IMAP_TAGGED_NO_RESPONSE. A {@code NO} without a response code says too little to name a cause and
 * is left alone (the client's own status code, if logged, still yields a "not determined" finding).
 */
@RoutineExchangesIgnored
public final class ImapCommandRule implements DiagnosisRule {

    /** response code -> cause and what to tell */
    private record Reason(String causeId, double confidence, String explanation) {
    }

    private static final Map<String, Reason> REASONS = Map.of(
            "[OVERQUOTA]", new Reason(CauseIds.IMAP_OVER_QUOTA, 0.95, //$NON-NLS-1$
                    "the mailbox is over its quota: delete or archive mail (and empty Deleted Items), or ask for more space."), //$NON-NLS-1$
            "[INUSE]", new Reason(CauseIds.IMAP_MAILBOX_IN_USE, 0.9, //$NON-NLS-1$
                    "the mailbox is in use by another session: close other clients on the same account or retry later."), //$NON-NLS-1$
            "[UNAVAILABLE]", new Reason(CauseIds.IMAP_TEMPORARY_FAILURE, 0.85, //$NON-NLS-1$
                    "the server cannot do it right now (temporary failure): retry later; report it if it persists."), //$NON-NLS-1$
            "[LIMIT]", new Reason(CauseIds.IMAP_TEMPORARY_FAILURE, 0.8, //$NON-NLS-1$
                    "a server limit was hit (too many connections, commands or messages at once): reduce parallel connections."), //$NON-NLS-1$
            "[TRYCREATE]", new Reason(CauseIds.IMAP_FOLDER_MISSING, 0.85, //$NON-NLS-1$
                    "the target folder does not exist on the server: resubscribe or recreate the folder (Sent, Drafts...)."), //$NON-NLS-1$
            "[NONEXISTENT]", new Reason(CauseIds.IMAP_FOLDER_MISSING, 0.85, //$NON-NLS-1$
                    "the folder does not exist on the server: resubscribe or recreate it, or fix the folder mapping."), //$NON-NLS-1$
            "[SERVERBUG]", new Reason(CauseIds.IMAP_SERVER_FAULT, 0.9, //$NON-NLS-1$
                    "the server reports an internal error: report it to the provider with this line."), //$NON-NLS-1$
            "[CORRUPTION]", new Reason(CauseIds.IMAP_SERVER_FAULT, 0.9, //$NON-NLS-1$
                    "the server reports damaged mailbox data: the provider has to repair the mailbox.")); //$NON-NLS-1$

    private static final Set<String> LOGON_VERBS = Set.of("LOGIN", "AUTHENTICATE"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public RuleRun start(RuleContext context) {
        return new Run(context);
    }

    private static final class Run extends AbstractRuleRun<Set<String>> {

        Run(RuleContext context) {
            // per session: the causes reported in it; one finding per cause and session, as a client retrying the same
            // failing command is one problem
            super(context, HashSet::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            if (untaggedCommand(exchange)) {
                return;
            }
            if (exchange.tag() == null || LOGON_VERBS.contains(Replies.verb(exchange))) {
                return; // ImapLoginRule covers logons
            }
            Line tagged = Replies.imapTagged(exchange);
            if (!"NO".equals(Replies.imapStatus(tagged))) { //$NON-NLS-1$
                return;
            }
            String reply = Replies.text(tagged);
            int open = reply.indexOf('[');
            int close = open < 0 ? -1 : reply.indexOf(']', open);
            if (close < 0) {
                return;
            }
            String code = reply.substring(open, close + 1).split(" ", 2)[0]; //$NON-NLS-1$
            Reason reason = REASONS.get(code.endsWith("]") ? code : code + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            if (reason == null || !sessions().of(exchange.session()).add(reason.causeId())) {
                return;
            }
            context().report(CauseIds.finding(reason.causeId(), reason.confidence(),
                    "The IMAP server answered '" + Replies.command(exchange) + "' with '" + reply + "': " + reason.explanation(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Replies.commandAnd(exchange, tagged)));
        }


        /**
         * A command typed without its tag ("login user password" in a telnet session): the server takes the verb for
         * the tag and refuses the rest ("login BAD Error in IMAP command"). The client broke the syntax, not the server.
         */
        private boolean untaggedCommand(ExchangeRecord exchange) {
            String tag = exchange.tag();
            Line tagged = Replies.imapTagged(exchange);
            if (tag == null || tagged == null || !"BAD".equals(Replies.imapStatus(tagged)) //$NON-NLS-1$
                    || ProtocolVocabulary.command(Protocol.IMAP, tag.toUpperCase(Locale.ROOT)).isEmpty()
                    || !sessions().of(exchange.session()).add(CauseIds.IMAP_UNTAGGED_COMMAND)) {
                return false;
            }
            context().report(CauseIds.finding(CauseIds.IMAP_UNTAGGED_COMMAND, 0.85, "The client sent '" + Replies.command(exchange) //$NON-NLS-1$
                    + "' without a tag, so the server read '" + tag + "' as the tag and refused the rest ('" + Replies.text(tagged) //$NON-NLS-1$ //$NON-NLS-2$
                    + "'): every IMAP command starts with a tag ('a1 " + Replies.command(exchange) + "').", //$NON-NLS-1$ //$NON-NLS-2$
                    Replies.commandAnd(exchange, tagged)));
            return true;
        }
    }
}
