package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Protocol;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.protocol.ReplyLine;

/** Reading exchanges the way the built-in rules need them; what a line means comes from {@link ReplyLine}. */
final class Replies {

    private Replies() {
    }

    static String text(ProtocolLine line) {
        return line == null || line.getText() == null ? "" : line.getText(); //$NON-NLS-1$
    }

    static ProtocolLine firstLine(Exchange e) {
        return e.getReplyLines().isEmpty() ? null : e.getReplyLines().get(0);
    }

    static ProtocolLine lastLine(Exchange e) {
        return e.getReplyLines().isEmpty() ? null : e.getReplyLines().get(e.getReplyLines().size() - 1);
    }

    static String first(Exchange e) {
        return text(firstLine(e));
    }

    static String last(Exchange e) {
        return text(lastLine(e));
    }

    /** @return the verb, upper-case by the importer's contract, or "" */
    static String verb(Exchange e) {
        String verb = e.getVerb();
        return verb == null ? "" : verb; //$NON-NLS-1$
    }

    static String command(Exchange e) {
        return e.getCommand() == null ? "" : text(e.getCommand()); //$NON-NLS-1$
    }

    static boolean pop3Error(Exchange e) {
        return first(e).startsWith("-ERR"); //$NON-NLS-1$
    }

    /** @return the SMTP code of the final reply line, or -1 */
    static int smtpCode(Exchange e) {
        return smtpCode(last(e));
    }

    static int smtpCode(String line) {
        return ReplyLine.parse(Protocol.SMTP, line).code();
    }

    /** @return the IMAP tagged status line (tag OK/NO/BAD ...) of the exchange, or null */
    static ProtocolLine imapTagged(Exchange e) {
        for (int i = e.getReplyLines().size() - 1; i >= 0; i--) {
            ProtocolLine line = e.getReplyLines().get(i);
            String t = text(line);
            if (e.getTag() != null ? t.startsWith(e.getTag() + " ") : !t.startsWith("*") && !t.startsWith("+")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return line;
            }
        }
        return null;
    }

    /** @return "NO", "BAD", "OK" of a tagged line, or "" */
    static String imapStatus(ProtocolLine tagged) {
        ReplyLine reply = ReplyLine.parse(Protocol.IMAP, text(tagged));
        return reply.kind() == ReplyLine.Kind.IMAP_TAGGED ? reply.name() : ""; //$NON-NLS-1$
    }

    /** @return true for "tag NO ..." or "tag BAD ..." */
    static boolean imapNegative(String line) {
        ReplyLine reply = ReplyLine.parse(Protocol.IMAP, line);
        return reply.kind() == ReplyLine.Kind.IMAP_TAGGED && reply.failure();
    }

    static boolean containsIgnoreCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** @return command and reply lines of each exchange, in order */
    static List<TraceEvent> lines(Collection<Exchange> exchanges) {
        List<TraceEvent> all = new ArrayList<>();
        exchanges.forEach(e -> all.addAll(FindingReport.linesOf(e)));
        return all;
    }

    static List<TraceEvent> lines(Exchange... exchanges) {
        return lines(List.of(exchanges));
    }

    /** @return the exchange's command and one of its reply lines */
    static List<TraceEvent> commandAnd(Exchange e, ProtocolLine reply) {
        List<TraceEvent> ev = new ArrayList<>(2);
        if (e.getCommand() != null) {
            ev.add(e.getCommand());
        }
        if (reply != null) {
            ev.add(reply);
        }
        return ev;
    }
}
