package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.report.DiagnoseHtmlReport;
import io.mailscope.report.DiagnoseJsonReport;
import io.mailscope.report.DiagnoseTextReport;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailscope diagnose}: imports and diagnoses trace files and folders; text, JSON or HTML report. */
@Command(name = "diagnose", sortOptions = false, //
        description = { "Diagnoses client logs and protocol transcripts: error code, cause, evidence lines.", "",
                "Each file (folders are searched recursively) is imported with the detected trace format and diagnosed in the same "
                        + "pass by every installed rule: the error code, the cause from the catalog, the evidence lines with their "
                        + "line numbers, and what to tell the customer and the server administrator." }, //
        exitCodeListHeading = "%nExit codes:%n", //
        exitCodeList = { "0:nothing wrong found", "1:a failure diagnosed",
                "2:an input unreadable or unrecognised, or a folder without files (wins over 1)", "3:usage error",
                "4:the report could not be written" })
public final class DiagnoseCommand implements Callable<Integer> {

    private final Supplier<DiagnosisService> diagnosis;

    @Spec
    private CommandSpec spec;

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OutputFormat.TextJsonOrHtml.class,
            completionCandidates = OutputFormat.TextJsonOrHtml.class,
            description = "text: for people (default); json: stable, see docs/diagnose-json.md; html: one self-contained page")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    private Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "trace files and folders; -- ends the options")
    private List<Path> paths;

    public DiagnoseCommand(Supplier<DiagnosisService> diagnosis) {
        this.diagnosis = diagnosis;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiagnosisService service = diagnosis.get();
        List<DiagnosedFile> results = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : expand(path, results)) {
                results.add(diagnose(service, file));
            }
        }
        int exit = exitCode(results);
        if (output == null) {
            write(format, results, exit, out);
            if (out.checkError()) {
                err.println("mailscope diagnose: standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
                return Integer.valueOf(ExitCode.OUTPUT_FAILED);
            }
        } else {
            // PrintWriter swallows write errors: checkError() tells whether the whole report reached the file
            try (OutputStream file = Files.newOutputStream(output);
                    PrintWriter to = new PrintWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
                write(format, results, exit, to);
                if (to.checkError()) {
                    throw new IOException("write failed (disk full?)"); //$NON-NLS-1$
                }
            } catch (IOException e) {
                err.println("mailscope diagnose: cannot write " + output + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                return Integer.valueOf(ExitCode.OUTPUT_FAILED);
            }
        }
        results.stream().filter(r -> r.problem() != null)
                .forEach(r -> err.println("mailscope diagnose: " + r.path() + ": " + r.problem())); //$NON-NLS-1$ //$NON-NLS-2$
        return Integer.valueOf(exit);
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

    private static DiagnosedFile diagnose(DiagnosisService service, Path file) {
        if (!Files.isReadable(file)) {
            return new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null,
                    Files.exists(file) ? "not readable" : "no such file"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            FileDiagnosis result = service.diagnose(file, ImportOptions.DEFAULT, null);
            return DiagnosedFile.imported(file, result.importResult().format(), result.diagnosis());
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

    private static void write(OutputFormat format, List<DiagnosedFile> results, int exit, PrintWriter to) {
        switch (format) {
            case TEXT -> new DiagnoseTextReport(to).write(results);
            case JSON -> new DiagnoseJsonReport(to).write(results, exit);
            case HTML -> new DiagnoseHtmlReport(to).write(results);
        }
        to.flush();
    }
}
