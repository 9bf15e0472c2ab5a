package io.mailscope.diagnosis.tests.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.TraceReplay;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.diagnosis.internal.ProblemLog;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.internal.RuleRegistry;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.tests.harness.Services;

/** Runs rules on test traces and describes results for assertions. */
public final class Diagnoses {

    public static final String DIAGNOSIS_BUNDLE = "io.mailscope.diagnosis";

    private static RuleRegistry registry;

    private Diagnoses() {
    }

    /** @return the DS service registered under {@code type} (see {@link Services#await}) */
    public static <T> T service(Class<T> type) {
        return Services.await(type);
    }

    public static synchronized RuleRegistry registry() {
        if (registry == null) {
            registry = new RuleRegistry(RegistryFactory.getRegistry(), ILog.of(Diagnoses.class));
        }
        return registry;
    }

    /** @return the rules io.mailscope.diagnosis ships (not the stubs of the test bundle) */
    public static List<RuleDescriptor> builtInRules() {
        return registry().rules().stream().filter(r -> r.info().contributor().equals(DIAGNOSIS_BUNDLE)).toList();
    }

    /** Diagnoses a transcript of testfiles/transcripts with the built-in rules only. */
    public static Diagnosis builtIn(String transcript) {
        return run(Transcripts.parse(transcript, Transcripts.read(transcript)), builtInRules(), Duration.ofSeconds(10));
    }

    /** Diagnoses on a pool of its own, shut down afterwards (rules that ignore interruption may outlive it). */
    public static Diagnosis run(Trace trace, List<RuleDescriptor> rules, Duration budget) {
        ExecutorService workers = BoundedPool.create("test diagnosis rules", 2);
        try {
            RuleEngine engine = new RuleEngine(rules, service(CatalogService.class), budget, workers,
                    ProblemLog.of(ILog.of(Diagnoses.class)));
            TraceReplay.replay(trace, engine);
            return engine.finish(trace);
        } finally {
            BoundedPool.shutdown(workers, 0);
        }
    }

    /** Imports a file with the rules listening (one pass), on a pool of its own that is shut down afterwards. */
    public static Diagnosis importAndRun(TraceImportService importer, Path file, List<RuleDescriptor> rules, Duration budget)
            throws IOException, TraceImportException {
        return importAndRun(importer, file, rules, budget, UnaryOperator.identity());
    }

    /** @param tap wraps the engine's listener, e.g. to count what the rules receive */
    public static Diagnosis importAndRun(TraceImportService importer, Path file, List<RuleDescriptor> rules, Duration budget,
            UnaryOperator<TraceListener> tap) throws IOException, TraceImportException {
        return importAndRun(importer, file, rules, budget, tap, imported -> {
            // the diagnosis is all the caller needs
        });
    }

    /** @param imported receives the import's result (the trace with its counts, repairs and problems) */
    public static Diagnosis importAndRun(TraceImportService importer, Path file, List<RuleDescriptor> rules, Duration budget,
            UnaryOperator<TraceListener> tap, java.util.function.Consumer<ImportResult> imported)
            throws IOException, TraceImportException {
        ExecutorService workers = BoundedPool.create("test diagnosis rules", 2);
        try {
            RuleEngine engine = new RuleEngine(rules, service(CatalogService.class), budget, workers,
                    ProblemLog.of(ILog.of(Diagnoses.class)));
            ImportResult result = importer.importFile(file, ImportOptions.DEFAULT, tap.apply(engine), null);
            imported.accept(result);
            return engine.finish(result.trace());
        } finally {
            BoundedPool.shutdown(workers, 0);
        }
    }

    /** @return the determined findings with that cause id */
    public static List<Finding> withCause(Diagnosis d, String causeId) {
        return d.getFindings().stream().filter(f -> f.isDetermined() && f.getCause() != null && causeId.equals(f.getCause().getId())).toList();
    }

    /** @return the single finding with that cause id (fails with a description of all findings otherwise) */
    public static Finding single(Diagnosis d, String causeId) {
        List<Finding> found = withCause(d, causeId);
        assertEquals(1, found.size(), () -> "one finding " + causeId + " expected in:\n" + describe(d));
        return found.get(0);
    }

    public static List<Integer> evidenceLines(Finding f) {
        return f.getEvidence().stream().map(Evidence::getFirstLine).toList();
    }

    public static List<String> evidenceTexts(Finding f) {
        return f.getEvidence().stream().map(Evidence::getText).toList();
    }

    public static List<Finding> determined(Diagnosis d) {
        return d.getFindings().stream().filter(Finding::isDetermined).toList();
    }

    public static Predicate<Finding> cause(String id) {
        return f -> f.getCause() != null && id.equals(f.getCause().getId());
    }

    public static String describe(Diagnosis d) {
        return d.getFindings().stream()
                .map(f -> String.format("  %s %s [%s] determined=%s conf=%.2f lines=%s: %s", f.getRuleId(),
                        f.getCause() == null ? "-" : f.getCause().getId(), f.getCategory(), f.isDetermined(), f.getConfidence(),
                        evidenceLines(f), f.getSummary()))
                .collect(Collectors.joining("\n"))
                + d.getRuleFailures().stream().map(r -> "\n  FAILURE " + r.getRuleId() + " (" + r.getContributor() + "): " + r.getMessage())
                        .collect(Collectors.joining());
    }
}
