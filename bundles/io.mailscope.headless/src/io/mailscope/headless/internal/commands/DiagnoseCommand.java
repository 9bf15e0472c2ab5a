package io.mailscope.headless.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.InputProblems;
import io.mailscope.headless.internal.ReportOutput;
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
        exitCodeList = { "0:nothing wrong found", "1:a failure diagnosed", "2:an input not recognised as a trace",
                "3:usage error (also: --output names an input)", "4:the report could not be written",
                "5:an input unreadable (missing, permission, socket, link loop) or a folder without files",
                "6:internal error on an input (the others are still reported)", "7:out of memory on an input",
                "The most severe code wins; docs/command-line.md has the table." })
public final class DiagnoseCommand implements Callable<Integer> {

    private final Supplier<DiagnosisService> diagnosis;

    @Spec
    private CommandSpec spec;

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OutputFormat.TextJsonOrHtml.class,
            completionCandidates = OutputFormat.TextJsonOrHtml.class,
            description = "text: for people (default); json: stable, see docs/diagnose-json.md; html: one self-contained page")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE",
            description = "write the report to FILE (through a temporary file, renamed when complete) instead of standard output; - is standard output; never an input")
    private Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "trace files and folders; -- ends the options")
    private List<Path> paths;

    public DiagnoseCommand(Supplier<DiagnosisService> diagnosis) {
        this.diagnosis = diagnosis;
    }

    /** One input's result and its exit code ({@link ExitCode}). */
    record Outcome(DiagnosedFile file, int exit) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(expand(path, outcomes));
        }
        try {
            List<Path> inputs = new ArrayList<>(paths);
            inputs.addAll(files);
            Path input = ReportOutput.overwrittenInput(output, inputs);
            if (input != null) {
                err.println("mailscope diagnose: refusing to write the report over the input " + input //$NON-NLS-1$
                        + " (--output names an input; the source is never modified)"); //$NON-NLS-1$
                return Integer.valueOf(ExitCode.USAGE);
            }
        } catch (IOException e) {
            err.println("mailscope diagnose: cannot check --output " + output + ": " + InputProblems.reason(e)); //$NON-NLS-1$ //$NON-NLS-2$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        boolean text = format == OutputFormat.TEXT;
        ReportOutput report;
        try {
            report = ReportOutput.isStandardOutput(output) ? ReportOutput.standardOutput(out, text) : ReportOutput.file(output, text);
        } catch (IOException e) {
            err.println("mailscope diagnose: cannot write " + output + ": " + InputProblems.reason(e)); //$NON-NLS-1$ //$NON-NLS-2$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        try (report) {
            PrintWriter to = report.writer();
            DiagnosisService service = diagnosis.get();
            // text: each file's result is written as soon as it is known, so a later file that fails costs only itself
            for (Outcome o : outcomes) {
                writeText(text, to, o, outcomes.indexOf(o) == 0);
            }
            for (Path file : files) {
                Outcome o = diagnose(service, file);
                outcomes.add(o);
                writeText(text, to, o, outcomes.size() == 1);
            }
            List<DiagnosedFile> results = outcomes.stream().map(Outcome::file).toList();
            int exit = exitCode(outcomes);
            if (text) {
                if (results.size() > 1) {
                    to.println();
                    to.println(DiagnoseTextReport.summary(results));
                }
                to.flush();
            } else {
                write(format, results, exit, to);
            }
            try {
                report.commit();
            } catch (IOException e) {
                err.println("mailscope diagnose: " + (output == null ? "" : "cannot write " + output + ": ") + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return Integer.valueOf(ExitCode.OUTPUT_FAILED);
            }
            outcomes.stream().filter(o -> o.file().problem() != null)
                    .forEach(o -> err.println("mailscope diagnose: " + withPathOnce(o.file().path(), o.file().problem()))); //$NON-NLS-1$
            return Integer.valueOf(exit);
        }
    }

    /** @return "path: problem", the path once (an import error's message starts with it already) */
    static String withPathOnce(Path path, String problem) {
        String prefix = path + ": "; //$NON-NLS-1$
        String name = path.getFileName() == null ? prefix : path.getFileName() + ": "; //$NON-NLS-1$
        if (problem.startsWith(prefix)) {
            return problem;
        }
        return prefix + (problem.startsWith(name) ? problem.substring(name.length()) : problem);
    }

    private static void writeText(boolean text, PrintWriter to, Outcome o, boolean first) {
        if (!text) {
            return;
        }
        if (!first) {
            to.println();
        }
        new DiagnoseTextReport(to).write(List.of(o.file()));
        to.flush();
    }

    /**
     * @return the files under a folder (sorted, recursive, symbolic links followed once: a link back into the walk is
     *         reported as a loop), or the path itself. A subfolder that cannot be listed is reported unreadable and the
     *         walk goes on; a folder without files is reported too, so "nothing found" never passes for "nothing wrong".
     */
    private static List<Path> expand(Path path, List<Outcome> outcomes) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        int before = outcomes.size();
        try {
            Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Object key = attributes.fileKey();
                    if (key != null && !seen.add(key)) {
                        return FileVisitResult.CONTINUE; // the same file through another link: diagnosed once
                    }
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    } else {
                        outcomes.add(unreadable(file, InputProblems.check(file) == null ? "not a regular file: skipped" //$NON-NLS-1$
                                : InputProblems.check(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    outcomes.add(unreadable(file, InputProblems.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            outcomes.add(unreadable(path, "cannot list the folder: " + InputProblems.reason(e))); //$NON-NLS-1$
        }
        if (files.isEmpty() && outcomes.size() == before) {
            outcomes.add(unreadable(path, "the folder holds no files")); //$NON-NLS-1$
        }
        files.sort(null);
        return files;
    }

    private static Outcome unreadable(Path file, String problem) {
        return new Outcome(new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null, problem), ExitCode.UNREADABLE);
    }

    private static Outcome diagnose(DiagnosisService service, Path file) {
        String problem = InputProblems.check(file);
        if (problem != null) {
            return unreadable(file, problem);
        }
        try {
            FileDiagnosis result = service.diagnose(file, ImportOptions.DEFAULT, null);
            DiagnosedFile d = DiagnosedFile.imported(file, result.importResult().format(), result.diagnosis());
            return new Outcome(d, d.status() == DiagnosedFile.Status.DIAGNOSED ? ExitCode.FAILURE_FOUND : ExitCode.OK);
        } catch (TraceImportException e) {
            return new Outcome(new DiagnosedFile(file, DiagnosedFile.Status.UNRECOGNISED, null, null, e.getMessage()),
                    ExitCode.BAD_INPUT);
        } catch (IOException e) {
            return unreadable(file, InputProblems.reason(e));
        } catch (OutOfMemoryError e) {
            // what this file built is garbage now; the others still get their result
            return new Outcome(new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null,
                    "out of memory while diagnosing (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) //$NON-NLS-1$
                            + " MB): no result for this file"), ExitCode.OUT_OF_MEMORY); //$NON-NLS-1$
        } catch (RuntimeException e) {
            // one file the importer or engine cannot handle must not cost the report on all the others
            return new Outcome(new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null,
                    "internal error while diagnosing (" + e + "): no result for this file; please report it"), //$NON-NLS-1$ //$NON-NLS-2$
                    ExitCode.INTERNAL_ERROR);
        }
    }

    static int exitCode(List<Outcome> outcomes) {
        int exit = ExitCode.OK;
        for (Outcome o : outcomes) {
            exit = ExitCode.worse(exit, o.exit());
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
