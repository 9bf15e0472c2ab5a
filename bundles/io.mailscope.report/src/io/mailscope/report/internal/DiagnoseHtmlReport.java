package io.mailscope.report.internal;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.mailscope.model.Cause;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.HResult;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.report.DiagnosisReport;
import io.mailscope.report.DisabledRule;
import io.mailscope.report.FoldedFinding;

/**
 * One self-contained HTML page (inline CSS, no scripts, every text escaped); each file's section is written as the
 * file finishes, the summary at the end.
 */
public final class DiagnoseHtmlReport implements DiagnosisReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:70em}
            h1{font-size:1.4em}h2{font-size:1.1em;border-bottom:1px solid #ccc;padding-bottom:.2em;word-break:break-all}
            .status{display:inline-block;padding:.1em .5em;border-radius:.3em;font-size:.85em;color:#fff}
            .diagnosed{background:#b3261e}.no-failure-found{background:#2e7d32}.unrecognised,.unreadable{background:#7a5b00}
            .finding{border-left:4px solid #b3261e;padding:.3em 1em;margin:1em 0;background:#fafafa}
            .undetermined{border-left-color:#999}
            table.evidence{border-collapse:collapse;font-family:ui-monospace,monospace;font-size:.9em}
            table.evidence td{padding:.1em .6em;vertical-align:top;white-space:pre-wrap}
            table.evidence td.line{color:#666;text-align:right}
            .rule{color:#666;font-size:.85em}.note{color:#7a5b00}.summary{border-top:1px solid #ccc;padding-top:.5em}
            """; //$NON-NLS-1$

    private final PrintWriter out;
    private final ReportCounts counts = new ReportCounts();

    public DiagnoseHtmlReport(Writer out, List<DisabledRule> disabledRules) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
        this.out.println("<!DOCTYPE html>"); //$NON-NLS-1$
        this.out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mailscope diagnosis</title>"); //$NON-NLS-1$
        this.out.println("<style>" + STYLE + "</style></head><body>"); //$NON-NLS-1$ //$NON-NLS-2$
        this.out.println("<h1>Mailscope diagnosis</h1>"); //$NON-NLS-1$
        if (!disabledRules.isEmpty()) {
            this.out.println("<p class=\"note\">Rules turned off in the settings (they did not run): " //$NON-NLS-1$
                    + escape(disabledRules.stream().map(DiagnoseHtmlReport::describe).collect(Collectors.joining(", "))) + "</p>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void file(DiagnosedFile r) {
        counts.add(r);
        out.println("<section>"); //$NON-NLS-1$
        out.println("<h2>" + escape(r.path().toString()) + "</h2>"); //$NON-NLS-1$ //$NON-NLS-2$
        out.print("<p><span class=\"status " + r.status().jsonName() + "\">" + r.status().jsonName() + "</span>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (r.format() != null) {
            out.print(" " + escape(r.format().name()) + ", " + escape(r.protocol())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (r.problem() != null) {
            out.print(" — " + escape(r.problem())); //$NON-NLS-1$
        }
        out.println("</p>"); //$NON-NLS-1$
        r.foldedFindings().forEach(this::finding);
        if (r.diagnosis() != null) {
            for (RuleFailure f : r.diagnosis().getRuleFailures()) {
                out.println("<p class=\"note\">" + escape(f.getMessage() + " [" + f.getContributor() + "]") + "</p>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        out.println("</section>"); //$NON-NLS-1$
        out.flush();
    }

    @Override
    public void finish(int exitCode) {
        out.println("<p class=\"summary\">" + escape(counts.summary()) + "</p>"); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("</body></html>"); //$NON-NLS-1$
        out.flush();
    }

    private void finding(FoldedFinding folded) {
        Finding f = folded.first();
        HResult code = new HResult(f.getErrorCode().getValue());
        Cause cause = f.getCause();
        out.println("<div class=\"finding" + (f.isDetermined() ? "" : " undetermined") + "\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        out.printf(Locale.ROOT, "<h3>%s %s — %s%s</h3>%n", code.hex(), escape(f.getErrorCode().getSymbol()), //$NON-NLS-1$
                escape(f.getCategory().getLiteral()),
                f.isDetermined() ? String.format(Locale.ROOT, " (confidence %d%%)", Math.round(f.getConfidence() * 100)) : ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (cause != null) {
            out.println("<p><b>Cause:</b> " + escape(cause.getId()) + (cause.getTitle() == null ? "" : " — " + escape(cause.getTitle())) + "</p>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        out.println("<p>" + escape(f.getSummary()) + "</p>"); //$NON-NLS-1$ //$NON-NLS-2$
        if (folded.repeatsSentence() != null) {
            out.println("<p class=\"repeats\">" + escape(folded.repeatsSentence()) + "</p>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println("<table class=\"evidence\">"); //$NON-NLS-1$
        for (Evidence e : f.getEvidence()) {
            out.println("<tr><td class=\"line\">" + DiagnoseTextReport.lines(e) + "</td><td>" + escape(e.getText()) + "</td></tr>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.println("</table>"); //$NON-NLS-1$
        remedies("Tell the customer", cause == null ? List.of() : cause.getUserRemedies()); //$NON-NLS-1$
        remedies("Server administrator", cause == null ? List.of() : cause.getAdminRemedies()); //$NON-NLS-1$
        out.println("<p class=\"rule\">rule " + escape(f.getRuleId()) + "</p></div>"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void remedies(String heading, List<String> remedies) {
        if (remedies.isEmpty()) {
            return;
        }
        out.println("<p><b>" + escape(heading) + ":</b></p><ul>"); //$NON-NLS-1$ //$NON-NLS-2$
        remedies.forEach(r -> out.println("<li>" + escape(r) + "</li>")); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("</ul>"); //$NON-NLS-1$
    }

    static String escape(String s) {
        if (s == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;"); //$NON-NLS-1$
                case '>' -> b.append("&gt;"); //$NON-NLS-1$
                case '&' -> b.append("&amp;"); //$NON-NLS-1$
                case '"' -> b.append("&quot;"); //$NON-NLS-1$
                case '\'' -> b.append("&#39;"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append("&#xFFFD;"); //$NON-NLS-1$
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** @return "name (id)" of an installed rule, "id (not installed)" otherwise */
    static String describe(DisabledRule rule) {
        return rule.installed() ? rule.name() + " (" + rule.id() + ")" : rule.id() + " (not installed)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
