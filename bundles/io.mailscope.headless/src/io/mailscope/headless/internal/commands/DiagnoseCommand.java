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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.settings.InvalidSettingsException;
import io.mailscope.diagnosis.settings.MailscopeSettings;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.InputProblems;
import io.mailscope.headless.internal.OutputFormat;
import io.mailscope.headless.internal.ReportOutput;
import io.mailscope.headless.internal.ColorOption;
import io.mailscope.headless.internal.MailscopeCommand;
import io.mailscope.headless.internal.ProgressOption;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.report.DiagnosisReport;
import io.mailscope.report.DisabledRule;
import io.mailscope.report.ReportFormat;
import io.mailscope.report.TextStyle;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.source.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "3:usage error (also: --output names an input, an invalid settings file)", "4:the report could not be written",
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

    @Mixin
    private ColorOption color;

    @Mixin
    private ProgressOption progress;

    @Mixin
    private TraceInputs.Options inputOptions = new TraceInputs.Options();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "trace files and folders; " + TraceInputs.INPUTS_DESCRIPTION
            + "; -- ends the options")
    private List<Path> paths;

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

    /** One input's result and its exit code ({@link ExitCode}). */
    record Outcome(DiagnosedFile file, int exit) {
    }

    /** One input in the order given: a file to diagnose, or what listing a folder found (unreadable, a loop). */
    private record Input(Path file, Outcome known) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            expand(path, inputs);
        }
        try {
            List<Path> read = new ArrayList<>(paths);
            inputs.stream().filter(i -> i.file() != null).forEach(i -> read.add(i.file()));
            Path input = ReportOutput.overwrittenInput(output, read);
            if (input != null) {
                err.println("mailscope diagnose: refusing to write the report over the input " + input //$NON-NLS-1$
                        + " (--output names an input; the source is never modified)"); //$NON-NLS-1$
                return Integer.valueOf(ExitCode.USAGE);
            }
        } catch (IOException e) {
            err.println("mailscope diagnose: cannot check --output " + output + ": " + InputProblems.reason(e)); //$NON-NLS-1$ //$NON-NLS-2$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        MailscopeSettings settings;
        try {
            settings = MailscopeSettings.load(MailscopeSettings.file());
        } catch (InvalidSettingsException e) {
            // never run with half-read settings: a rule the engineer turned off would run
            err.println("mailscope diagnose: invalid settings file " + e.getMessage() //$NON-NLS-1$
                    + " (fix or remove it; Window > Preferences > Mailscope in the workbench rewrites it)"); //$NON-NLS-1$
            return Integer.valueOf(ExitCode.USAGE);
        } catch (IOException e) {
            err.println("mailscope diagnose: cannot read the settings file " + MailscopeSettings.file() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                    + InputProblems.reason(e));
            return Integer.valueOf(ExitCode.USAGE);
        }
        DiagnosisService service = diagnosis.get();
        List<DisabledRule> disabled = disabledRules(settings, service.rules());
        if (!disabled.isEmpty()) {
            err.println("mailscope diagnose: " + disabledRulesLine(disabled)); //$NON-NLS-1$
        }
        boolean text = format == OutputFormat.TEXT;
        boolean standardOutput = ReportOutput.isStandardOutput(output);
        // a file written with --output is never coloured
        TextStyle style = standardOutput ? color.style(MailscopeCommand.terminal(spec)) : TextStyle.PLAIN;
        ReportOutput report;
        try {
            report = standardOutput ? ReportOutput.standardOutput(out, text, style) : ReportOutput.file(output, text);
        } catch (IOException e) {
            err.println("mailscope diagnose: cannot write " + output + ": " + InputProblems.reason(e)); //$NON-NLS-1$ //$NON-NLS-2$
            return Integer.valueOf(ExitCode.OUTPUT_FAILED);
        }
        try (report) {
            List<Outcome> problems = new ArrayList<>();
            int exit = diagnoseAll(service, disabled, inputs, report.writer(), report.style(style), err, problems);
            try {
                report.commit();
                if (standardOutput && out.checkError()) {
                    throw new IOException("standard output was closed early (e.g. by | head) or could not be written"); //$NON-NLS-1$
                }
            } catch (IOException e) {
                err.println("mailscope diagnose: " + (standardOutput ? "" : "cannot write " + output + ": ") + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                return Integer.valueOf(ExitCode.OUTPUT_FAILED);
            }
            problems.forEach(o -> err.println("mailscope diagnose: " + withPathOnce(o.file().path(), o.file().problem()))); //$NON-NLS-1$
            return Integer.valueOf(exit);
        }
    }

    /**
     * Diagnoses every file and writes each result as soon as it is known, so the report keeps no file's model and
     * what was written stays valid up to the last finished file; a later file that fails costs only itself.
     *
     * @param problems receives the results that carry a problem, for standard error
     * @return the exit code: the most severe of the inputs' ({@link ExitCode#worse(int, int)})
     */
    private int diagnoseAll(DiagnosisService service, List<DisabledRule> disabled, List<Input> inputs, PrintWriter to,
            TextStyle style, PrintWriter err, List<Outcome> problems) {
        DiagnosisReport report = ReportFormat.valueOf(format.name()).open(to, style, disabled);
        int[] exit = { ExitCode.OK };
        // each result is written as soon as it is known (a zip member too): no model outlives its file
        Consumer<Outcome> record = o -> {
            report.file(o.file());
            exit[0] = ExitCode.worse(exit[0], o.exit());
            if (o.file().problem() != null) {
                problems.add(new Outcome(new DiagnosedFile(o.file().path(), o.file().status(), null, null, o.file().problem()),
                        o.exit()));
            }
        };
        ImportOptions importOptions = ImportOptions.DEFAULT.withNoDataTimeout(inputOptions.fileTimeout);
        for (Input input : inputs) {
            if (input.known() != null) {
                record.accept(input.known());
                continue;
            }
            List<TraceInputs.Input> sources;
            try {
                sources = TraceInputs.of(input.file());
            } catch (SourceException e) {
                record.accept(unreadableOutcome(input.file(), e.reason()));
                continue;
            }
            for (TraceInputs.Input source : sources) {
                record.accept(diagnose(service, source, importOptions, err));
            }
        }
        report.finish(exit[0]);
        return exit[0];
    }

    /** @return the rules the settings turn off, sorted by id, with name and plug-in when installed */
    static List<DisabledRule> disabledRules(MailscopeSettings settings, List<RuleInfo> installed) {
        Map<String, RuleInfo> byId = new HashMap<>();
        installed.forEach(rule -> byId.put(rule.id(), rule));
        return settings.disabledRules().stream().sorted().map(id -> {
            RuleInfo rule = byId.get(id);
            return rule == null ? new DisabledRule(id, null, null) : new DisabledRule(id, rule.name(), rule.contributor());
        }).toList();
    }

    /** @return the line standard error shows: which rules did not run, and which the settings name but nobody installed */
    static String disabledRulesLine(List<DisabledRule> disabled) {
        String off = disabled.stream().filter(DisabledRule::installed).map(DisabledRule::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
        String missing = disabled.stream().filter(r -> !r.installed()).map(DisabledRule::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
        StringBuilder line = new StringBuilder();
        if (!off.isEmpty()) {
            line.append("rules turned off in ").append(MailscopeSettings.file()).append(" (they did not run): ").append(off); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!missing.isEmpty()) {
            line.append(line.isEmpty() ? "" : "; ").append(MailscopeSettings.file()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(" also turns off rules no installed plug-in contributes: ").append(missing); //$NON-NLS-1$
        }
        return line.toString();
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

    /**
     * Adds the files under a folder (sorted, recursive, symbolic links followed once: a link back into the walk is
     * reported as a loop), or the path itself. A subfolder that cannot be listed is reported unreadable and the walk
     * goes on; a folder without files is reported too, so "nothing found" never passes for "nothing wrong".
     */
    private static void expand(Path path, List<Input> inputs) {
        if (!Files.isDirectory(path)) {
            inputs.add(new Input(path, null));
            return;
        }
        List<Path> files = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        int before = inputs.size();
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
                        String problem = InputProblems.check(file);
                        inputs.add(unreadable(file, problem == null ? "not a regular file: skipped" : problem)); //$NON-NLS-1$
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    inputs.add(unreadable(file, InputProblems.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            inputs.add(unreadable(path, "cannot list the folder: " + InputProblems.reason(e))); //$NON-NLS-1$
        }
        if (files.isEmpty() && inputs.size() == before) {
            inputs.add(unreadable(path, "the folder holds no files")); //$NON-NLS-1$
        }
        files.sort(null);
        files.forEach(f -> inputs.add(new Input(f, null)));
    }

    private static Input unreadable(Path file, String problem) {
        return new Input(null, unreadableOutcome(file, problem));
    }

    private static Outcome unreadableOutcome(Path file, String problem) {
        return new Outcome(new DiagnosedFile(file, DiagnosedFile.Status.UNREADABLE, null, null, problem), ExitCode.UNREADABLE);
    }

    private Outcome diagnose(DiagnosisService service, TraceInputs.Input input, ImportOptions importOptions,
            PrintWriter err) {
        Path file = input.shown();
        if (input.plainPath()) {
            String problem = InputProblems.check(file);
            if (problem != null) {
                return unreadableOutcome(file, problem);
            }
        }
        try {
            FileDiagnosis result;
            if (input.plainPath()) {
                // a FIFO or /dev/fd/N has no size: no progress line for it
                long size = Files.isRegularFile(file) ? Files.size(file) : 0;
                IProgressMonitor monitor = progress.monitor(MailscopeCommand.terminal(spec), err, file, size);
                result = service.diagnose(file, importOptions, monitor);
            } else {
                // standard input, a zip member: imported as a source, diagnosed in the same single pass
                DiagnosisRun run = service.start();
                ImportResult imported = importer.get().importSource(input.source(), importOptions, run, null);
                result = new FileDiagnosis(imported, run.finish(imported.trace()));
            }
            DiagnosedFile d = DiagnosedFile.imported(file, result.importResult().format(), result.diagnosis());
            return new Outcome(d, d.status() == DiagnosedFile.Status.DIAGNOSED ? ExitCode.FAILURE_FOUND : ExitCode.OK);
        } catch (SourceException e) {
            // no data for the timeout, too large to spool, a broken archive: the reason says which
            return unreadableOutcome(file, e.reason());
        } catch (TraceImportException e) {
            return new Outcome(new DiagnosedFile(file, DiagnosedFile.Status.UNRECOGNISED, null, null, e.getMessage()),
                    ExitCode.BAD_INPUT);
        } catch (IOException e) {
            return unreadableOutcome(file, InputProblems.reason(e));
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
}
