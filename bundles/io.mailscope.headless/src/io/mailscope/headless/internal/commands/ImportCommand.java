package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.report.internal.json.JsonWriter;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailscope import}: imports traces and prints the detected format and the rebuilt conversation. This class
 * holds the options and the per-file flow; {@link ImportTextReport} and {@link ImportJsonReport} render.
 */
@Command(name = "import", sortOptions = false, //
        description = { "Imports client logs and protocol transcripts and prints the rebuilt conversation.", "",
                "Detects each file's format (Outlook, Outlook Express / Windows Live Mail, Thunderbird MOZ_LOG, JavaMail, swaks, "
                        + "curl, PHPMailer, smtplib, telnet/openssl transcripts, prefixed logs, error dialog text), rebuilds the "
                        + "protocol conversation and prints one line per event with its source line numbers, the client status "
                        + "codes, repairs and masked secrets." }, //
        exitCodeListHeading = "%nExit codes:%n", //
        exitCodeList = { "0:imported", "2:unrecognised or unreadable file (closest formats are listed)", "3:usage error",
                "4:the output could not be written" })
public final class ImportCommand implements Callable<Integer> {

    private final Supplier<TraceImportService> service;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format-id", paramLabel = "ID", description = "use that trace format instead of detecting one (the ids are listed when a file is not recognised)")
    private String formatId;

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OutputFormat.TextOrJson.class,
            completionCandidates = OutputFormat.TextOrJson.class, description = "text (default) or json")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--summary", description = "counts only (sessions, exchanges, status events, lines, bytes, time)")
    private boolean summary;

    @Option(names = "--keep-all", description = "keep every exchange in the model, even for huge files")
    private boolean keepAll;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "trace files; -- ends the options")
    private List<Path> files;

    public ImportCommand(Supplier<TraceImportService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TraceImportService importer = service.get();
        ImportOptions importOptions = new ImportOptions(formatId, keepAll);
        int exit = ExitCode.OK;
        JsonWriter json = format == OutputFormat.JSON ? new JsonWriter(out).beginArray() : null;
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                err.println("mailscope import: " + file + ": cannot read the file"); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
                continue;
            }
            long start = System.nanoTime();
            try {
                ImportResult result = importer.importFile(file, importOptions, null, null);
                long nanos = System.nanoTime() - start;
                if (json != null) {
                    ImportJsonReport.write(json, file, result, summary);
                } else if (summary) {
                    ImportTextReport.printSummary(out, file, result, nanos);
                } else {
                    ImportTextReport.printText(out, file, result);
                }
            } catch (TraceImportException.Unrecognised e) {
                err.println("mailscope import: " + e.getMessage() + "; closest formats:"); //$NON-NLS-1$ //$NON-NLS-2$
                for (FormatMatch c : e.candidates()) {
                    err.printf(Locale.ROOT, "  %.2f  %s  [%s]%n", c.confidence(), c.name(), c.formatId()); //$NON-NLS-1$
                }
                err.println("  (use --format-id ID to force one; ids: " + importer.formats().stream() //$NON-NLS-1$
                        .map(f -> f.id()).toList() + ")"); //$NON-NLS-1$
                exit = ExitCode.BAD_INPUT;
            } catch (TraceImportException e) {
                err.println("mailscope import: " + e.getMessage()); //$NON-NLS-1$
                exit = ExitCode.BAD_INPUT;
            } catch (IOException e) {
                err.println("mailscope import: " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
            } catch (RuntimeException e) {
                // the other files are still imported, and the JSON array still closes
                err.println("mailscope import: " + file + ": internal error while importing: " + e.getClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
                exit = ExitCode.BAD_INPUT;
            }
        }
        if (json != null) {
            json.endArray().finish();
        }
        if (out.checkError()) {
            err.println("mailscope import: standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        return Integer.valueOf(exit);
    }
}
