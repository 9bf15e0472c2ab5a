/**
 * Reports on a diagnosis, version 1.0.0: the renderers that {@code mailscope diagnose} writes with and the
 * workbench's Export Report uses, so both produce the same text, JSON and HTML.
 * <p>
 * Start with {@link io.mailscope.report.ReportFormat#open}, give it one {@link io.mailscope.report.DiagnosedFile}
 * per input as each is diagnosed, then {@link io.mailscope.report.DiagnosisReport#finish}.
 * {@link io.mailscope.report.JsonOutput} is the JSON style every command shares. The bundle needs no SWT, no UI and
 * no running workbench.
 */
package io.mailscope.report;
