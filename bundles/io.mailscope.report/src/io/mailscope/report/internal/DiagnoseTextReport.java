package io.mailscope.report.internal;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

import io.mailscope.model.Cause;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.HResult;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.report.DiagnosisReport;
import io.mailscope.report.FoldedFinding;
import io.mailscope.report.TextStyle;
import io.mailscope.report.TextStyle.Highlight;

/** The report of {@code mailscope diagnose} for people. */
public final class DiagnoseTextReport implements DiagnosisReport {

    private final PrintWriter out;
    private final TextStyle style;
    private final ReportCounts counts = new ReportCounts();

    public DiagnoseTextReport(Writer out, TextStyle style) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
        this.style = style;
    }

    @Override
    public void file(DiagnosedFile r) {
        if (counts.files() > 0) {
            out.println();
        }
        counts.add(r);
        out.print(style.apply(Highlight.HEADING, "== " + r.path())); //$NON-NLS-1$
        if (r.format() != null) {
            out.print("  (" + r.format().name() + ", " + r.protocol() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.println();
        switch (r.status()) {
            case UNREADABLE -> out.println(style.apply(Highlight.WARNING, "UNREADABLE") + ": " + r.problem()); //$NON-NLS-1$ //$NON-NLS-2$
            case UNRECOGNISED -> out.println(style.apply(Highlight.WARNING, "UNRECOGNISED") + ": " + r.problem()); //$NON-NLS-1$ //$NON-NLS-2$
            case NO_FAILURE_FOUND -> out.println(style.apply(Highlight.HEALTHY, "No failure found.")); //$NON-NLS-1$
            case DIAGNOSED -> r.foldedFindings().forEach(this::finding);
        }
        if (r.diagnosis() != null) {
            for (RuleFailure f : r.diagnosis().getRuleFailures()) {
                out.println(style.apply(Highlight.WARNING, "Note:") + " " + f.getMessage() + " [" + f.getContributor() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        out.flush();
    }

    @Override
    public void finish(int exitCode) {
        if (counts.files() > 1) {
            out.println();
            out.println(counts.summary());
        }
        out.flush();
    }

    private void finding(FoldedFinding folded) {
        Finding f = folded.first();
        HResult code = new HResult(f.getErrorCode().getValue());
        String symbol = f.getErrorCode().getSymbol() == null ? "" : "  " + f.getErrorCode().getSymbol(); //$NON-NLS-1$ //$NON-NLS-2$
        String codeText = style.apply(Highlight.CODE, code.hex() + symbol);
        if (!f.isDetermined()) {
            out.println(style.apply(Highlight.WARNING, "REPORTED") + " " + codeText + ": " + f.getSummary()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            out.printf(Locale.ROOT, "%s %s  %s  (confidence %d%%)%n", style.apply(Highlight.FAILURE, "DIAGNOSED"), codeText, //$NON-NLS-1$ //$NON-NLS-2$
                    f.getCategory().getLiteral(), Math.round(f.getConfidence() * 100));
            Cause cause = f.getCause();
            if (cause != null) {
                out.println("Cause: " + cause.getId() + (cause.getTitle() == null ? "" : " — " + cause.getTitle())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            out.println(f.getSummary());
        }
        if (folded.repeatsSentence() != null) {
            out.println(folded.repeatsSentence());
        }
        out.println("Evidence:"); //$NON-NLS-1$
        for (Evidence e : f.getEvidence()) {
            out.println("  " + style.apply(Highlight.LINE_NUMBER, String.format(Locale.ROOT, "%7s", lines(e))) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (e.getText() == null ? "" : e.getText())); //$NON-NLS-1$
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
