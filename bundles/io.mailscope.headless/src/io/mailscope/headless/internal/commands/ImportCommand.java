package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.ColorOption;
import io.mailscope.headless.internal.InputProblems;
import io.mailscope.headless.internal.MailscopeCommand;
import io.mailscope.headless.internal.ReportOutput;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.headless.internal.ProgressOption;
import io.mailscope.headless.internal.Terminal;
import io.mailscope.report.JsonOutput;
import io.mailscope.report.TextStyle;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.source.SourceException;
import io.mailscope.trace.source.TraceSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

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
        exitCodeList = { "0:imported", "2:a file not recognised as a trace (closest formats are listed)",
                "3:usage error (also: an unknown --format-id)", "4:the output could not be written",
                "5:a file unreadable (missing, permission, socket)", "6:internal error on a file (the others are still imported)",
                "7:out of memory on a file", "The most severe code wins; docs/command-line.md has the table." })
public final class ImportCommand implements Callable<Integer> {

    /** --keep-all keeps every exchange only for files up to this share of the maximum heap. */
    private static final long KEEP_ALL_HEAP_SHARE = 4;
    private static final long MB = 1024 * 1024;

    private final Supplier<TraceImportService> service;
    private final LongSupplier maxHeap;

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

    @Mixin
    private TraceInputs.Options inputOptions = new TraceInputs.Options();

    @Mixin
    private ColorOption color;

    @Mixin
    private ProgressOption progress;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "trace files; " + TraceInputs.INPUTS_DESCRIPTION
            + "; -- ends the options")
    private List<Path> files;

    public ImportCommand(Supplier<TraceImportService> service) {
        this(service, () -> Runtime.getRuntime().maxMemory());
    }

    /**
     * @param service the import service
     * @param maxHeap the heap that --keep-all is judged against (the JVM's maximum; tests give a small one so a few
     *            megabytes of real trace count as "too large")
     */
    public ImportCommand(Supplier<TraceImportService> service, LongSupplier maxHeap) {
        this.service = service;
        this.maxHeap = maxHeap;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TraceImportService importer = service.get();
        if (formatId != null && importer.formats().stream().noneMatch(f -> f.id().equals(formatId))) {
            err.println("mailscope import: unknown --format-id '" + formatId + "'; ids: " //$NON-NLS-1$ //$NON-NLS-2$
                    + importer.formats().stream().map(f -> f.id()).toList());
            return Integer.valueOf(ExitCode.USAGE);
        }
        Terminal terminal = MailscopeCommand.terminal(spec);
        boolean textOutput = format != OutputFormat.JSON;
        TextStyle style = color.style(terminal);
        ReportOutput report = ReportOutput.standardOutput(spec.commandLine().getOut(), textOutput, style);
        PrintWriter out = report.writer();
        ImportTextReport text = new ImportTextReport(out, report.style(style));
        JsonGenerator json = textOutput ? null : JsonOutput.open(out);
        if (json != null) {
            json.writeStartArray();
        }
        int exit = ExitCode.OK;
        for (Path file : files) {
            List<TraceInputs.Input> inputs;
            String problem = file.toString().equals(TraceSource.STANDARD_INPUT) ? null : InputProblems.check(file);
            if (problem != null) {
                exit = ExitCode.worse(exit, failed(file, "unreadable", problem, ExitCode.UNREADABLE, json, err)); //$NON-NLS-1$
                continue;
            }
            try {
                inputs = TraceInputs.of(file);
            } catch (SourceException e) {
                exit = ExitCode.worse(exit, failed(file, "unreadable", e.reason(), ExitCode.UNREADABLE, json, err)); //$NON-NLS-1$
                continue;
            }
            for (TraceInputs.Input input : inputs) {
                exit = ExitCode.worse(exit, importOne(importer, input, terminal, text, json, err));
                out.flush(); // each file's result as soon as it is known (JSON too: the array's elements so far)
            }
        }
        if (json != null) {
            json.writeEndArray();
            json.writeRaw(System.lineSeparator());
            json.close();
        }
        try {
            report.commit();
            if (spec.commandLine().getOut().checkError()) {
                throw new IOException("standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
            }
        } catch (IOException e) {
            err.println("mailscope import: " + e.getMessage()); //$NON-NLS-1$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        return Integer.valueOf(exit);
    }

    /** @return the file's exit code; problems go to {@code err} once, with the path once */
    private int importOne(TraceImportService importer, TraceInputs.Input input, Terminal terminal, ImportTextReport text,
            JsonGenerator json, PrintWriter err) {
        Path file = input.shown();
        boolean keep = keepAll;
        long maxHeap = this.maxHeap.getAsLong();
        // a FIFO, /dev/fd/N, standard input or a zip member has no size to judge by or show progress against
        long size = input.plainPath() ? sizeOf(file) : 0;
        if (keep && size > maxHeap / KEEP_ALL_HEAP_SHARE) {
            err.println("mailscope import: " + file + ": warning: too large to keep every exchange (--keep-all) in " //$NON-NLS-1$ //$NON-NLS-2$
                    + maxHeap / MB + " MB of heap; importing with the bounded model (exchanges near failures kept)"); //$NON-NLS-1$
            keep = false;
        }
        long start = System.nanoTime();
        try {
            ImportResult result;
            try {
                IProgressMonitor monitor = progress.monitor(terminal, err, file, size);
                result = importer.importSource(input.source(), new ImportOptions(formatId, keep, inputOptions.fileTimeout), null,
                        monitor);
            } catch (OutOfMemoryError e) {
                if (!keep) {
                    throw e;
                }
                // --keep-all degrades to the bounded model instead of dying
                err.println("mailscope import: " + file + ": warning: out of memory keeping every exchange (--keep-all, " //$NON-NLS-1$ //$NON-NLS-2$
                        + maxHeap / MB + " MB of heap); imported again with the bounded model"); //$NON-NLS-1$
                IProgressMonitor monitor = progress.monitor(terminal, err, file, size);
                result = importer.importSource(input.source(), new ImportOptions(formatId, false, inputOptions.fileTimeout),
                        null, monitor);
            }
            long nanos = System.nanoTime() - start;
            if (json != null) {
                ImportJsonReport.write(json, file, result, summary);
            } else if (summary) {
                text.printSummary(file, result, nanos);
            } else {
                text.printText(file, result);
            }
            return ExitCode.OK;
        } catch (TraceImportException.Unrecognised e) {
            err.println("mailscope import: " + e.getMessage() + "; closest formats:"); //$NON-NLS-1$ //$NON-NLS-2$
            for (FormatMatch c : e.candidates()) {
                err.printf(Locale.ROOT, "  %.2f  %s  [%s]%n", c.confidence(), c.name(), c.formatId()); //$NON-NLS-1$
            }
            err.println("  (use --format-id ID to force one; ids: " + importer.formats().stream() //$NON-NLS-1$
                    .map(f -> f.id()).toList() + ")"); //$NON-NLS-1$
            if (json != null) {
                ImportJsonReport.unrecognised(json, file, e.getMessage(), e.candidates());
            }
            return ExitCode.BAD_INPUT;
        } catch (TraceImportException e) {
            return failed(file, "unrecognised", e.getMessage(), ExitCode.BAD_INPUT, json, err); //$NON-NLS-1$
        } catch (SourceException e) {
            // no data for the timeout, too large to spool, a broken archive: the reason says which
            return failed(file, "unreadable", e.reason(), ExitCode.UNREADABLE, json, err); //$NON-NLS-1$
        } catch (IOException e) {
            return failed(file, "unreadable", InputProblems.reason(e), ExitCode.UNREADABLE, json, err); //$NON-NLS-1$
        } catch (OutOfMemoryError e) {
            return failed(file, "out-of-memory", "out of memory while importing (maximum heap " + maxHeap / MB //$NON-NLS-1$ //$NON-NLS-2$
                    + " MB): no result for this file", ExitCode.OUT_OF_MEMORY, json, err); //$NON-NLS-1$
        } catch (RuntimeException e) {
            // the other files are still imported, and the JSON array still closes
            return failed(file, "internal-error", "internal error while importing (" + e //$NON-NLS-1$ //$NON-NLS-2$
                    + "): no result for this file; please report it", ExitCode.INTERNAL_ERROR, json, err); //$NON-NLS-1$
        }
    }

    /** A file without result: said on standard error, and listed in JSON so that no file is silently left out. */
    private static int failed(Path file, String status, String problem, int exit, JsonGenerator json, PrintWriter err) {
        String message = problem.startsWith(file.toString()) ? problem : file + ": " + problem; //$NON-NLS-1$
        err.println("mailscope import: " + message); //$NON-NLS-1$
        if (json != null) {
            ImportJsonReport.failed(json, file, status, problem);
        }
        return exit;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // not a regular file (a pipe): nothing to judge by in advance
        }
    }
}
