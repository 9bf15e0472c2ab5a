package io.mailscope.trace.internal.conversation;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.internal.conversation.ConversationBuilder.Continuation;
import io.mailscope.trace.internal.conversation.ConversationBuilder.Pending;
import io.mailscope.trace.internal.conversation.ConversationBuilder.SessionState;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;
import io.mailscope.trace.spi.TraceRecord;

/**
 * When a reply is complete, per protocol: POP3 single-line or "."-terminated multi-line replies (also when a tool
 * did not log the body), SMTP {@code NNN-} continuations with 334/354 continuations, IMAP tagged completion with
 * untagged and literal lines. Pairs server lines with the pending command they answer and hands finished exchanges
 * back to the {@link ConversationBuilder}, which owns sessions, masking and the model.
 */
final class ReplyCompletion {

    private final ConversationBuilder builder;

    ReplyCompletion(ConversationBuilder builder) {
        this.builder = builder;
    }

    void pop3ServerLine(SessionState s, TraceRecord.Wire w, String text) {
        Pending p = builder.oldestPending(s, w.context());
        if (p == null) {
            p = builder.openWithoutCommand(s, w);
            builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), false);
            p.replyStarted = true;
            if (p.orphan) {
                // an answer to a command this trace does not show (e.g. logged by another connection): keep it open
                // so that a following "." or body line joins it; it ends at the next command of its context
                p.body = true;
                if (text.equals(".")) { //$NON-NLS-1$
                    s.pending.remove(p);
                    builder.complete(s, p);
                }
            } else {
                s.pending.remove(p);
                builder.complete(s, p);
            }
            return;
        }
        if (!p.replyStarted) {
            builder.notePairing(s, p, w);
            p.replyStarted = true;
            builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), false);
            String verb = p.exchange.verb;
            String commandText = p.exchange.command == null ? "" : p.exchange.command.text(); //$NON-NLS-1$
            if (text.startsWith("+OK") && ProtocolVocabulary.command(Protocol.POP3, verb) //$NON-NLS-1$
                    .map(form -> form.multiLineAnswer(commandText)).orElse(false)) {
                p.body = true;
            } else if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
                builder.await(s, p, Continuation.AUTH);
            } else {
                s.pending.remove(p);
                builder.complete(s, p);
            }
            return;
        }
        if (p.body && !p.orphan && (text.startsWith("+OK") || text.startsWith("-ERR")) && hasLaterPending(s, p)) { //$NON-NLS-1$ //$NON-NLS-2$
            // the tool did not log the body (fetchmail -v): this status line answers the next command
            s.pending.remove(p);
            builder.complete(s, p);
            pop3ServerLine(s, w, text);
            return;
        }
        if (p.body) {
            boolean end = text.equals("."); //$NON-NLS-1$
            builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), !end);
            if (end) {
                s.pending.remove(p);
                builder.complete(s, p);
            }
            return;
        }
        builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), false);
        if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
            builder.await(s, p, Continuation.AUTH);
        } else {
            s.pending.remove(p);
            builder.complete(s, p);
        }
    }

    private static boolean hasLaterPending(SessionState s, Pending p) {
        boolean after = false;
        for (Pending q : s.pending) {
            if (after && q.context.equals(p.context)) {
                return true;
            }
            after |= q == p;
        }
        return false;
    }

    void smtpServerLine(SessionState s, TraceRecord.Wire w, String text) {
        Pending p = builder.oldestPending(s, w.context());
        if (p == null) {
            p = builder.openWithoutCommand(s, w);
        } else if (!p.replyStarted) {
            builder.notePairing(s, p, w);
        }
        p.replyStarted = true;
        boolean inBody = s.awaiting == p && s.awaitingKind == Continuation.DATA;
        if (inBody) {
            s.awaiting = null; // the server answered before the client ended the body
        }
        builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), false);
        ReplyLine reply = ReplyLine.parse(Protocol.SMTP, text);
        if (reply.continued()) {
            return;
        }
        if (reply.kind() == ReplyLine.Kind.SMTP) {
            if (text.startsWith("334")) { //$NON-NLS-1$
                builder.await(s, p, Continuation.AUTH);
            } else if (text.startsWith("354")) { //$NON-NLS-1$
                if (s.grammar().expectsClientData()) {
                    builder.await(s, p, Continuation.DATA); // the body follows (unless the client sent it already)
                }
            } else {
                s.pending.remove(p);
                builder.complete(s, p);
            }
        }
    }

    /** @param literalData the session grammar counts this line as octets of a literal in the response */
    void imapServerLine(SessionState s, TraceRecord.Wire w, String text, boolean literalData) {
        if (!literalData) {
            ReplyLine reply = ReplyLine.parse(Protocol.IMAP, text);
            Pending tagged = reply.kind() == ReplyLine.Kind.IMAP_TAGGED ? builder.findTag(s, reply.tag()) : null;
            if (tagged != null) {
                if (!tagged.replyStarted) {
                    builder.notePairing(s, tagged, w);
                }
                tagged.replyStarted = true;
                if (s.awaiting == tagged) {
                    s.awaiting = null;
                }
                builder.addReplyLine(s, tagged, Direction.SERVER, ConversationBuilder.plain(text), w.span(), false);
                s.pending.remove(tagged);
                builder.complete(s, tagged);
                return;
            }
        }
        Pending p = s.pending.peekFirst();
        if (p == null) {
            p = builder.openWithoutCommand(s, w);
            builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), false);
            s.pending.remove(p);
            builder.complete(s, p);
            return;
        }
        if (!p.replyStarted) {
            builder.notePairing(s, p, w);
        }
        p.replyStarted = true;
        builder.addReplyLine(s, p, Direction.SERVER, ConversationBuilder.plain(text), w.span(), literalData);
        if (!literalData && (text.equals("+") || text.startsWith("+ "))) { //$NON-NLS-1$ //$NON-NLS-2$
            String verb = p.exchange.verb;
            builder.await(s, p, verb.equals("AUTHENTICATE") || verb.equals("LOGIN") ? Continuation.AUTH : Continuation.LITERAL); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
