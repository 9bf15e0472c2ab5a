package io.mailscope.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.model.Protocol;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.Located;
import io.mailscope.trace.protocol.ReplyLine;

/** Reading exchanges the way the built-in rules need them; what a line means comes from {@link ReplyLine}. */
final class Replies {

    private Replies() {
    }

    static String text(Line line) {
        return line == null ? "" : line.text(); //$NON-NLS-1$
    }

    static Line firstLine(ExchangeRecord e) {
        return e.replies().isEmpty() ? null : e.replies().get(0);
    }

    static Line lastLine(ExchangeRecord e) {
        return e.replies().isEmpty() ? null : e.replies().get(e.replies().size() - 1);
    }

    static String first(ExchangeRecord e) {
        return text(firstLine(e));
    }

    static String last(ExchangeRecord e) {
        return text(lastLine(e));
    }

    /** @return the verb, upper-case by the importer's contract, or "" */
    static String verb(ExchangeRecord e) {
        String verb = e.verb();
        return verb == null ? "" : verb; //$NON-NLS-1$
    }

    static String command(ExchangeRecord e) {
        return e.commandText();
    }

    static boolean pop3Error(ExchangeRecord e) {
        return first(e).startsWith("-ERR"); //$NON-NLS-1$
    }

    /** @return the SMTP code of the final reply line, or -1 */
    static int smtpCode(ExchangeRecord e) {
        return smtpCode(last(e));
    }

    static int smtpCode(String line) {
        return ReplyLine.parse(Protocol.SMTP, line).code();
    }

    /** @return the IMAP tagged status line (tag OK/NO/BAD ...) of the exchange, or null */
    static Line imapTagged(ExchangeRecord e) {
        for (int i = e.replies().size() - 1; i >= 0; i--) {
            Line line = e.replies().get(i);
            String t = text(line);
            if (e.tag() != null ? t.startsWith(e.tag() + " ") : !t.startsWith("*") && !t.startsWith("+")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return line;
            }
        }
        return null;
    }

    /** @return "NO", "BAD", "OK" of a tagged line, or "" */
    static String imapStatus(Line tagged) {
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
    static List<Located> lines(Collection<ExchangeRecord> exchanges) {
        List<Located> all = new ArrayList<>();
        exchanges.forEach(e -> all.addAll(FindingReport.linesOf(e)));
        return all;
    }

    static List<Located> lines(ExchangeRecord... exchanges) {
        return lines(List.of(exchanges));
    }

    /** @return the exchange's command and one of its reply lines */
    static List<Located> commandAnd(ExchangeRecord e, Line reply) {
        List<Located> ev = new ArrayList<>(2);
        if (e.command() != null) {
            ev.add(e.command());
        }
        if (reply != null) {
            ev.add(reply);
        }
        return ev;
    }
}
