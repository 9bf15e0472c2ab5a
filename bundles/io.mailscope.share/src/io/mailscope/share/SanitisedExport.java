package io.mailscope.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.mailscope.model.Direction;
import io.mailscope.share.internal.Pseudonyms;
import io.mailscope.trace.rows.RowKind;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.trace.rows.TraceRows;

/**
 * A copy of a trace to post in a ticket or a forum: the rebuilt conversation as a {@code C:}/{@code S:} protocol log
 * (which Mailscope imports again), written from the imported rows, so passwords and AUTH payloads are already masked;
 * e-mail addresses, host names, IP addresses and the client's machine name replaced by stand-ins from the
 * documentation ranges; and message bodies (POP3 RETR/TOP, IMAP FETCH of a body, SMTP DATA) replaced by one line that
 * says how many lines were removed.
 *
 * @param text the sanitised copy
 * @param addresses different e-mail addresses replaced
 * @param hosts different host names replaced
 * @param ipAddresses different IP addresses replaced
 * @param bodyLines message body lines removed
 */
public record SanitisedExport(String text, int addresses, int hosts, int ipAddresses, int bodyLines) {

    private static final Pattern BODY_COMMAND = Pattern.compile(
            "(?i)^(?:(?:RETR|TOP)\\s+\\d+.*|DATA|BDAT\\s+.*|\\S+\\s+(?:UID\\s+)?FETCH\\s+.*(?:BODY|RFC822)(?!\\.SIZE).*)$"); //$NON-NLS-1$

    /** Writes the sanitised copy of every row. */
    public static SanitisedExport of(TraceRows rows) {
        Pseudonyms pseudonyms = new Pseudonyms();
        StringBuilder out = new StringBuilder();
        out.append("# Mailscope sanitised copy: addresses, host names, IP addresses and message bodies replaced, secrets masked\n"); //$NON-NLS-1$
        int removed = 0;
        int session = -1;
        List<TraceRow> exchange = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TraceRow row = rows.row(i);
            if (row.session() != session) {
                removed += flush(exchange, out, pseudonyms);
                session = row.session();
                out.append("# session ").append(session).append(row.protocol() == null ? "" : " " + row.protocol()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (row.kind() == RowKind.COMMAND || row.kind() == RowKind.REPLY) {
                if (!exchange.isEmpty() && (row.exchange() != exchange.get(0).exchange() || row.exchangeHead())) {
                    removed += flush(exchange, out, pseudonyms);
                }
                exchange.add(row);
            } else {
                removed += flush(exchange, out, pseudonyms);
                out.append("# ").append(row.kind().name().toLowerCase(Locale.ROOT)).append(": ").append(pseudonyms.replace(row.text())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        removed += flush(exchange, out, pseudonyms);
        int[] counts = pseudonyms.counts();
        return new SanitisedExport(out.toString(), counts[0], counts[1], counts[2], removed);
    }

    /** Writes one exchange, its message body replaced; @return the body lines removed */
    private static int flush(List<TraceRow> exchange, StringBuilder out, Pseudonyms pseudonyms) {
        if (exchange.isEmpty()) {
            return 0;
        }
        TraceRow head = exchange.get(0);
        boolean carriesBody = head.kind() == RowKind.COMMAND && BODY_COMMAND.matcher(head.text().strip()).matches();
        // a body exchange keeps its command, the first reply line (+OK / 354 / * n FETCH) and the last (. / 250 / tagged OK)
        int removed = 0;
        for (int i = 0; i < exchange.size(); i++) {
            TraceRow row = exchange.get(i);
            boolean keep = !carriesBody || i == 0 || i == 1 || i == exchange.size() - 1;
            if (keep) {
                if (removed > 0) {
                    out.append("S: [message body removed: ").append(removed).append(" lines]\n"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                out.append(row.direction() == Direction.CLIENT ? "C: " : "S: ").append(pseudonyms.replace(row.text())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                removed++;
            }
        }
        exchange.clear();
        return removed;
    }
}
