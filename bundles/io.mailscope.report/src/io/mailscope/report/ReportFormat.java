package io.mailscope.report;

import java.io.Writer;
import java.util.List;

import io.mailscope.report.internal.DiagnoseHtmlReport;
import io.mailscope.report.internal.DiagnoseJsonReport;
import io.mailscope.report.internal.DiagnoseTextReport;

/**
 * The formats of a diagnosis report, the same for {@code mailscope diagnose --format} and the workbench's Export Report.
 */
public enum ReportFormat {
    /** For people: per file the code, cause, evidence lines and remedies; optionally coloured. */
    TEXT,
    /** Stable, machine-readable; described by {@code docs/schemas/diagnose.schema.json} and {@code docs/diagnose-json.md}. */
    JSON,
    /** One self-contained page (inline CSS, no scripts, every text escaped) to attach to a ticket. */
    HTML;

    /**
     * Starts a report. The writer is not closed by the report; write errors are the writer's to report (a
     * {@link java.io.PrintWriter}'s {@code checkError()}).
     *
     * @param style how the text format highlights findings, codes and line numbers; ignored by JSON and HTML
     */
    public DiagnosisReport open(Writer out, TextStyle style) {
        return open(out, style, List.of());
    }

    /**
     * Starts a report on diagnoses run without some rules.
     *
     * @param disabledRules the rules the settings turned off, recorded in the report's header (JSON, HTML); the text
     *            format leaves them to the caller (the command prints them on standard error, keeping the text
     *            report unchanged for scripts that read it)
     */
    public DiagnosisReport open(Writer out, TextStyle style, List<DisabledRule> disabledRules) {
        return switch (this) {
            case TEXT -> new DiagnoseTextReport(out, style);
            case JSON -> new DiagnoseJsonReport(out, disabledRules);
            case HTML -> new DiagnoseHtmlReport(out, disabledRules);
        };
    }
}
