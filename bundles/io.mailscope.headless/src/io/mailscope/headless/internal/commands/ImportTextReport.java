package io.mailscope.headless.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Exchange;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.model.catalog.HResult;
import io.mailscope.trace.FormatMatch;
import io.mailscope.report.TextStyle;
import io.mailscope.report.TextStyle.Highlight;
import io.mailscope.trace.ImportResult;

/**
 * The text output of {@code mailscope import}: the rebuilt conversation one line per event with its source lines
 * ({@code L57 POP3 C: STAT}), status events, repairs and masked secrets; or with {@code --summary} the counts.
 */
final class ImportTextReport {

    private final PrintWriter out;
    private final TextStyle style;

    ImportTextReport(PrintWriter out, TextStyle style) {
        this.out = out;
        this.style = style;
    }

    void printSummary(Path file, ImportResult result, long nanos) {
        Trace trace = result.trace();
        long exchanges = trace.getSessions().stream().mapToLong(Session::getExchangeCount).sum();
        long kept = trace.getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "%s: %s [%s] confidence %.2f%n", file, result.format().name(), result.format().formatId(), //$NON-NLS-1$
                result.format().confidence());
        out.printf(Locale.ROOT, "lines %d, bytes %d, sessions %d, exchanges %d (kept %d), status events %d, other lines %d, " //$NON-NLS-1$
                + "repairs %d, problems %d%n", trace.getLineCount(), trace.getByteCount(), trace.getSessions().size(), exchanges, kept, //$NON-NLS-1$
                trace.getStatusEvents().size(), trace.getOtherLineCount(), trace.getRepairs().size(), trace.getProblems().size());
        out.printf(Locale.ROOT, "time %.3f s, %.1f MB/s%n", seconds, trace.getByteCount() / 1e6 / Math.max(seconds, 1e-9)); //$NON-NLS-1$
    }

    private record Row(int line, int order, String text) {
    }

    void printText(Path file, ImportResult result) {
        Trace trace = result.trace();
        FormatMatch format = result.format();
        out.printf(Locale.ROOT, "%s: %s [%s] confidence %.2f (%d lines)%n", file, format.name(), format.formatId(), //$NON-NLS-1$
                format.confidence(), trace.getLineCount());
        int number = 0;
        for (Session session : trace.getSessions()) {
            number++;
            out.printf("session %d: %s%n", number, describe(session)); //$NON-NLS-1$
            String protocol = session.getProtocol().getLiteral();
            List<Row> rows = new ArrayList<>();
            int order = 0;
            for (Exchange exchange : session.getExchanges()) {
                int key = exchange.getCommand() != null ? exchange.getCommand().getFirstLine()
                        : exchange.getReplyLines().isEmpty() ? 0 : exchange.getReplyLines().get(0).getFirstLine();
                StringBuilder b = new StringBuilder();
                if (exchange.getCommand() != null) {
                    b.append(protocolLine(protocol, exchange.getCommand()));
                } else {
                    b.append("   (").append(exchange.getVerb()).append(')'); //$NON-NLS-1$
                }
                for (ProtocolLine reply : exchange.getReplyLines()) {
                    b.append(System.lineSeparator()).append(protocolLine(protocol, reply));
                }
                if (!exchange.isComplete()) {
                    b.append(System.lineSeparator()).append("   (no complete reply)"); //$NON-NLS-1$
                }
                rows.add(new Row(key, order++, b.toString()));
            }
            for (ConnectionEvent event : session.getConnectionEvents()) {
                rows.add(new Row(event.getFirstLine(), order++,
                        range(event) + " " + protocol + " connection " + event.getKind().getLiteral() + ": " + event.getText())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (StatusEvent status : trace.getStatusEvents()) {
                if (status.getSession() == session) {
                    rows.add(new Row(status.getFirstLine(), order++, statusLine(status)));
                }
            }
            rows.sort(Comparator.comparingInt(Row::line).thenComparingInt(Row::order));
            rows.forEach(r -> out.println(r.text()));
            if (session.getExchangeCount() > session.getExchanges().size()) {
                out.printf("   (%d of %d exchanges kept: those near failures)%n", session.getExchanges().size(), //$NON-NLS-1$
                        session.getExchangeCount());
            }
        }
        List<StatusEvent> unattached = trace.getStatusEvents().stream().filter(s -> s.getSession() == null).toList();
        if (!unattached.isEmpty()) {
            out.println("status:"); //$NON-NLS-1$
            unattached.forEach(s -> out.println(statusLine(s)));
        }
        List<Repair> masked = trace.getRepairs().stream().filter(r -> r.getKind() == RepairKind.MASKED_SECRET).toList();
        List<Repair> repairs = trace.getRepairs().stream().filter(r -> r.getKind() != RepairKind.MASKED_SECRET).toList();
        if (!repairs.isEmpty()) {
            out.println("repaired:"); //$NON-NLS-1$
            repairs.forEach(r -> out.println(range(r) + " " + r.getKind().getLiteral() + ": " + r.getDescription())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!masked.isEmpty()) {
            out.println("masked:"); //$NON-NLS-1$
            masked.forEach(r -> out.println(range(r) + " " + r.getDescription())); //$NON-NLS-1$
        }
        if (!trace.getProblems().isEmpty()) {
            out.println("problems:"); //$NON-NLS-1$
            for (ImportProblem p : trace.getProblems()) {
                out.println((p.getLine() > 0 ? "L" + p.getLine() + " " : "") + p.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        out.printf("other lines: %d%n", trace.getOtherLineCount()); //$NON-NLS-1$
        out.println();
    }

    private static String describe(Session session) {
        StringBuilder b = new StringBuilder(session.getProtocol().getLiteral());
        if (session.getHost() != null) {
            b.append(' ').append(session.getHost());
            if (session.getPort() > 0) {
                b.append(':').append(session.getPort());
            }
        }
        b.append(", TLS ").append(session.getTls().getLiteral()); //$NON-NLS-1$
        if (session.getClientProduct() != null) {
            b.append(", client ").append(session.getClientProduct()); //$NON-NLS-1$
        }
        if (session.getContextId() != null) {
            b.append(", context ").append(session.getContextId()); //$NON-NLS-1$
        }
        b.append(", ").append(session.getExchangeCount()).append(" exchanges"); //$NON-NLS-1$ //$NON-NLS-2$
        return b.toString();
    }

    private String protocolLine(String protocol, ProtocolLine line) {
        return range(line) + " " + protocol + " " + line.getDirection().getLiteral() + ": " + line.getText() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (line.isMasked() ? "   [masked]" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String statusLine(StatusEvent status) {
        ErrorCode code = status.getErrorCode();
        String value = status.getValue() == 0 ? "" : new HResult(status.getValue()).hex() + " "; //$NON-NLS-1$ //$NON-NLS-2$
        String catalog = code == null ? "" : (code.getSymbol() == null ? "" : code.getSymbol() + " ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (code.getTitle() == null ? "" : "(" + code.getTitle() + ") "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return range(status) + " " + style.apply(Highlight.FAILURE, "STATUS") + " " + style.apply(Highlight.CODE, value + catalog) + "- " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + status.getText(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String range(TraceEvent event) {
        return range(event.getFirstLine(), event.getLastLine());
    }

    private String range(Repair repair) {
        return range(repair.getFirstLine(), repair.getLastLine());
    }

    private String range(int first, int last) {
        return style.apply(Highlight.LINE_NUMBER, first == last ? "L" + first : "L" + first + "-" + last); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
