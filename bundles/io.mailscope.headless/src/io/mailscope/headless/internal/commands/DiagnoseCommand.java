package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.headless.internal.Command;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.headless.internal.UsageException;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.source.SourceException;

/** {@code mailscope diagnose}: imports and diagnoses trace files and folders; text, JSON or HTML report. */
public final class DiagnoseCommand implements Command {

    private final Supplier<DiagnosisService> diagnosis;
    private final Supplier<TraceImportService> importer;

    public DiagnoseCommand(Supplier<DiagnosisService> diagnosis) {
        this(diagnosis, () -> {
            throw new IllegalStateException("no TraceImportService for standard input and zip members"); //$NON-NLS-1$
        });
    }

    /** @param importer imports standard input and zip members, which are no paths the diagnosis service reads */
    public DiagnoseCommand(Supplier<DiagnosisService> diagnosis, Supplier<TraceImportService> importer) {
        this.diagnosis = diagnosis;
        this.importer = importer;
    }

    @Override
    public String name() {
        return "diagnose"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return "diagnose client logs and protocol transcripts (files or folders): error code, cause, evidence lines"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return """
                usage: mailscope diagnose [--format text|json|html] [--output FILE] [--file-timeout S] PATH...

                Imports each file (folders are searched recursively) with the detected trace format and
                diagnoses it in the same pass: the error code, the cause from the catalog, the evidence
                lines with their line numbers, and what to tell the customer. PATH - reads standard
                input; FIFOs and <(process substitution) are read as streams; .gz files are unpacked,
                each member of a .zip archive is a trace of its own; UTF-16 and CR-only files are decoded.

                --format text   for people (default); json: stable, see docs/diagnose-json.md;
                         html   one self-contained page
                --output FILE   write the report to FILE instead of standard output
                --file-timeout S  a FIFO, pipe or device that sends nothing for S seconds fails with a
                                message and the other files go on (default 30; 0 waits for ever)

                exit codes: 0 nothing wrong found, 1 a failure diagnosed, 2 an input unreadable or
                unrecognised, or a folder without files (wins over 1), 3 usage error, 4 the report
                could not be written"""; //$NON-NLS-1$
    }

    private record Options(OutputFormat format, Path output, List<Path> paths, Duration timeout) {
    }

    private static Options parse(List<String> args) throws UsageException {
        OutputFormat format = OutputFormat.TEXT;
        Path output = null;
        Duration timeout = null;
        List<Path> paths = new ArrayList<>();
        boolean onlyPaths = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (onlyPaths || !a.startsWith("--")) { //$NON-NLS-1$
                paths.add(Path.of(a));
                continue;
            }
            switch (a) {
                case "--" -> onlyPaths = true; //$NON-NLS-1$
                case "--format" -> { //$NON-NLS-1$
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--format needs a value: text, json or html"); //$NON-NLS-1$
                    }
                    format = OutputFormat.parse(args.get(++i), OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);
                }
                case "--output" -> { //$NON-NLS-1$
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--output needs a file name"); //$NON-NLS-1$
                    }
                    output = Path.of(args.get(++i));
                }
                case TraceInputs.FILE_TIMEOUT -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(TraceInputs.FILE_TIMEOUT + " needs a number of seconds"); //$NON-NLS-1$
                    }
                    timeout = TraceInputs.timeout(args.get(++i));
                }
                default -> throw new UsageException("unknown option " + a); //$NON-NLS-1$
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("give at least one file or folder to diagnose"); //$NON-NLS-1$
        }
        return new Options(format, output, paths, timeout);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println("mailscope diagnose: " + e.getMessage()); //$NON-NLS-1$
            err.println(usage());
            return ExitCode.USAGE;
        }
        DiagnosisService service = diagnosis.get();
        List<DiagnosedFile> results = new ArrayList<>();
        ImportOptions importOptions = ImportOptions.DEFAULT.withNoDataTimeout(options.timeout());
        for (Path path : options.paths()) {
            for (Path file : expand(path, results)) {
                List<TraceInputs.Input> inputs;
                try {
                    inputs = TraceInputs.of(file);
                } catch (SourceException e) {
                    results.add(new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null, e.reason()));
                    continue;
                }
                for (TraceInputs.Input input : inputs) {
                    results.add(diagnose(service, input, importOptions));
                }
            }
        }
        int exit = exitCode(results);
        if (options.output() == null) {
            write(options.format(), results, exit, out);
            if (out.checkError()) {
                err.println("mailscope diagnose: standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
                return ExitCode.OUTPUT_FAILED;
            }
        } else {
            // PrintStream swallows write errors: checkError() tells whether the whole report reached the file
            try (OutputStream file = Files.newOutputStream(options.output());
                    PrintStream to = new PrintStream(file, false, StandardCharsets.UTF_8)) {
                write(options.format(), results, exit, to);
                if (to.checkError()) {
                    throw new IOException("write failed (disk full?)"); //$NON-NLS-1$
                }
            } catch (IOException e) {
                err.println("mailscope diagnose: cannot write " + options.output() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                return ExitCode.OUTPUT_FAILED;
            }
        }
        results.stream().filter(r -> r.problem() != null)
                .forEach(r -> err.println("mailscope diagnose: " + r.path() + ": " + r.problem())); //$NON-NLS-1$ //$NON-NLS-2$
        return exit;
    }

    /**
     * @return the files under a folder (sorted, recursive), or the path itself. A subfolder that cannot be listed is
     *         reported unreadable and the walk goes on; a folder without files is reported too, so "nothing found"
     *         never passes for "nothing wrong".
     */
    private static List<Path> expand(Path path, List<DiagnosedFile> results) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    results.add(new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null, "cannot read: " + e)); //$NON-NLS-1$
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            results.add(new DiagnosedFile(path, DiagnosedFile.Status.UNREADABLE, null, null, "cannot list folder: " + e)); //$NON-NLS-1$
        }
        if (files.isEmpty()) {
            results.add(new DiagnosedFile(path, DiagnosedFile.Status.UNREADABLE, null, null, "the folder holds no files")); //$NON-NLS-1$
        }
        files.sort(null);
        return files;
    }

    private DiagnosedFile diagnose(DiagnosisService service, TraceInputs.Input input, ImportOptions importOptions) {
        Path file = input.shown();
        if (input.plainPath() && !Files.isReadable(file)) {
            return new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null,
                    Files.exists(file) ? "not readable" : "no such file"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            FileDiagnosis result;
            if (input.plainPath()) {
                result = service.diagnose(file, importOptions, null);
            } else {
                // standard input, a zip member: imported as a source, diagnosed in the same single pass
                DiagnosisRun run = service.start();
                ImportResult imported = importer.get().importSource(input.source(), importOptions, run, null);
                result = new FileDiagnosis(imported, run.finish(imported.trace()));
            }
            return DiagnosedFile.imported(file, result.importResult().format(), result.diagnosis());
        } catch (SourceException e) {
            // no data for the timeout, too large to spool, a broken archive: the message says which and where
            return new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null, e.reason());
        } catch (TraceImportException e) {
            return new DiagnosedFile(file, DiagnosedFile.Status.UNRECOGNISED, null, null, e.getMessage());
        } catch (IOException e) {
            return new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null, e.toString());
        } catch (RuntimeException e) {
            // one file the importer or engine cannot handle must not cost the report on all the others
            return new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null,
                    "internal error while diagnosing: " + e.getClass().getName()); //$NON-NLS-1$
        }
    }

    static int exitCode(List<DiagnosedFile> results) {
        int exit = ExitCode.OK;
        for (DiagnosedFile r : results) {
            switch (r.status()) {
                case UNREADABLE, UNRECOGNISED -> exit = ExitCode.BAD_INPUT;
                case DIAGNOSED -> exit = exit == ExitCode.BAD_INPUT ? exit : ExitCode.FAILURE_FOUND;
                case NO_FAILURE_FOUND -> {
                    // keeps the current code
                }
            }
        }
        return exit;
    }

    private static void write(OutputFormat format, List<DiagnosedFile> results, int exit, PrintStream to) {
        switch (format) {
            case TEXT -> new DiagnoseTextReport(to).write(results);
            case JSON -> new DiagnoseJsonReport(to).write(results, exit);
            case HTML -> new DiagnoseHtmlReport(to).write(results);
        }
        to.flush();
    }
}
