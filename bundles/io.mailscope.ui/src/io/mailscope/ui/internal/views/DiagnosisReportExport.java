package io.mailscope.ui.internal.views;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.settings.MailscopeSettings;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.report.DiagnosisReport;
import io.mailscope.report.DisabledRule;
import io.mailscope.report.ReportFormat;
import io.mailscope.report.TextStyle;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.traces.TraceDocument;

/**
 * Export Report of the Diagnosis view: the report {@code mailscope diagnose --format html|json} writes for the trace,
 * with the renderers of io.mailscope.report, the format of the settings offered first.
 */
final class DiagnosisReportExport {

    private static final ILog LOG = ILog.of(DiagnosisReportExport.class);

    private DiagnosisReportExport() {
    }

    /** Asks where to write the report of {@code document} and writes it; a failure is shown and logged. */
    static void askAndExport(Shell shell, TraceDocument document, Map<String, RuleInfo> rules) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.DiagnosisView_ExportReport);
        // the format chosen in Window > Preferences > Mailscope comes first
        boolean jsonFirst = "json".equals(preferredReportFormat()); //$NON-NLS-1$
        String[] names = { Messages.DiagnosisView_ReportHtml, Messages.DiagnosisView_ReportJson };
        String[] extensions = { "*.html", "*.json" }; //$NON-NLS-1$ //$NON-NLS-2$
        if (jsonFirst) {
            Collections.reverse(Arrays.asList(names));
            Collections.reverse(Arrays.asList(extensions));
        }
        dialog.setFilterNames(names);
        dialog.setFilterExtensions(extensions);
        dialog.setFileName(document.name() + (jsonFirst ? ".diagnosis.json" : ".diagnosis.html")); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        boolean json = target.toLowerCase(Locale.ROOT).endsWith(".json") || extensions[Math.max(0, dialog.getFilterIndex())].equals("*.json"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            write(document, rules, Path.of(target), json);
        } catch (IOException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(Messages.DiagnosisView_ExportFailed, target, e.getMessage()), e),
                    StatusManager.LOG | StatusManager.SHOW);
        }
    }

    /**
     * Writes the report of a diagnosed trace, HTML or JSON, through a temporary file next to the target, so a failed
     * export never leaves half a report under the chosen name.
     */
    static void write(TraceDocument document, Map<String, RuleInfo> rules, Path target, boolean json) throws IOException {
        Path source = document.file() != null ? document.file() : Path.of(document.name());
        DiagnosedFile result = DiagnosedFile.imported(source, document.imported().format(), document.diagnosis());
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".mailscope-report", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                DiagnosisReport report = (json ? ReportFormat.JSON : ReportFormat.HTML).open(out, TextStyle.PLAIN, disabledRules(rules));
                report.file(result);
                // the same exit code diagnose reports for one file: 1 when a failure was diagnosed
                report.finish(result.status() == DiagnosedFile.Status.DIAGNOSED ? 1 : 0);
                if (out.checkError()) {
                    throw new IOException("the report could not be written to " + temporary); //$NON-NLS-1$
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return the report format of the settings; html when they cannot be read (the export asks anyway) */
    private static String preferredReportFormat() {
        try {
            return MailscopeSettings.load().reportFormat();
        } catch (IOException e) {
            LOG.warn("Export Report: the settings cannot be read, offering HTML first: " + e.getMessage()); //$NON-NLS-1$
            return "html"; //$NON-NLS-1$
        }
    }

    /** @return the rules the settings turn off, named in the report as diagnose names them (none: unreadable settings) */
    private static List<DisabledRule> disabledRules(Map<String, RuleInfo> rules) {
        try {
            return MailscopeSettings.load().disabledRules().stream().sorted().map(id -> {
                RuleInfo rule = rules.get(id);
                return new DisabledRule(id, rule == null ? null : rule.name(), rule == null ? null : rule.contributor());
            }).toList();
        } catch (IOException e) {
            LOG.warn("Export Report: the settings cannot be read: " + e.getMessage()); //$NON-NLS-1$
            return List.of();
        }
    }
}
