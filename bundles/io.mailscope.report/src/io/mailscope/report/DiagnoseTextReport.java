package io.mailscope.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.mailscope.model.Cause;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.HResult;

/** The report of {@code mailscope diagnose} for people. */
public final class DiagnoseTextReport {

    private final PrintWriter out;

    public DiagnoseTextReport(PrintWriter out) {
        this.out = out;
    }

    public void write(List<DiagnosedFile> results) {
        boolean first = true;
        for (DiagnosedFile r : results) {
            if (!first) {
                out.println();
            }
            first = false;
            out.print("== " + r.path()); //$NON-NLS-1$
            if (r.format() != null) {
                out.print("  (" + r.format().name() + ", " + r.protocol() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            out.println();
            switch (r.status()) {
                case UNREADABLE -> out.println("UNREADABLE: " + r.problem()); //$NON-NLS-1$
                case UNRECOGNISED -> out.println("UNRECOGNISED: " + r.problem()); //$NON-NLS-1$
                case NO_FAILURE_FOUND -> out.println("No failure found."); //$NON-NLS-1$
                case DIAGNOSED -> r.findings().forEach(this::finding);
            }
            if (r.diagnosis() != null) {
                for (RuleFailure f : r.diagnosis().getRuleFailures()) {
                    out.println("Note: " + f.getMessage() + " [" + f.getContributor() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        if (results.size() > 1) {
            out.println();
            out.println(summary(results));
        }
    }

    public static String summary(List<DiagnosedFile> results) {
        StringBuilder b = new StringBuilder().append(results.size()).append(" files:"); //$NON-NLS-1$
        for (DiagnosedFile.Status s : DiagnosedFile.Status.values()) {
            long n = results.stream().filter(r -> r.status() == s).count();
            if (n > 0) {
                b.append(' ').append(n).append(' ').append(s.jsonName()).append(','); //$NON-NLS-1$
            }
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    private void finding(Finding f) {
        HResult code = new HResult(f.getErrorCode().getValue());
        String symbol = f.getErrorCode().getSymbol() == null ? "" : "  " + f.getErrorCode().getSymbol(); //$NON-NLS-1$ //$NON-NLS-2$
        if (!f.isDetermined()) {
            out.println("REPORTED " + code.hex() + symbol + ": " + f.getSummary()); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.printf(Locale.ROOT, "DIAGNOSED %s%s  %s  (confidence %d%%)%n", code.hex(), symbol, f.getCategory().getLiteral(), //$NON-NLS-1$
                    Math.round(f.getConfidence() * 100));
            Cause cause = f.getCause();
            if (cause != null) {
                out.println("Cause: " + cause.getId() + (cause.getTitle() == null ? "" : " — " + cause.getTitle())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            out.println(f.getSummary());
        }
        out.println("Evidence:"); //$NON-NLS-1$
        for (Evidence e : f.getEvidence()) {
            out.printf(Locale.ROOT, "  %7s  %s%n", lines(e), e.getText() == null ? "" : e.getText()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Cause cause = f.getCause();
        if (cause != null && !cause.getUserRemedies().isEmpty()) {
            out.println("Tell the customer:"); //$NON-NLS-1$
            cause.getUserRemedies().forEach(r -> out.println("  - " + r)); //$NON-NLS-1$
        }
        if (cause != null && !cause.getAdminRemedies().isEmpty()) {
            out.println("Server administrator:"); //$NON-NLS-1$
            cause.getAdminRemedies().forEach(r -> out.println("  - " + r)); //$NON-NLS-1$
        }
        out.println("(rule " + f.getRuleId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String lines(Evidence e) {
        return e.getLastLine() > e.getFirstLine() ? e.getFirstLine() + "-" + e.getLastLine() : Integer.toString(e.getFirstLine()); //$NON-NLS-1$
    }
}
