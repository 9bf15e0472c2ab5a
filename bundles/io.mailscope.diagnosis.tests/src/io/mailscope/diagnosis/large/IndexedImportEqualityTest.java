package io.mailscope.diagnosis.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.diagnosis.internal.ProblemLog;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.tests.shared.CountingListener;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.RoutineExchangePolicy;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.index.RecordIndex;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.source.TraceSource;

/**
 * A trace opened with a record index, as the workbench opens it (import and diagnosis in one pass behind the index
 * the structural pass built from the bytes), must give exactly what the import without an index gives: the same
 * findings, rule failures and trace (counts, repairs, problems, other lines, kept sessions with their exchanges), with
 * the routine runs of the Outlook 2000-2002 log counted on the run workers as without an index (the rules receive the
 * same, far fewer, exchanges); and its index must be the one the import builds when it parses every record (the
 * reference: {@code io.mailscope.trace.index.structural=false}), record for record, masked texts included. On the
 * generated Outlook 2000-2002 log of the benchmarks (24 MB, the seed faults near its end), also with the faults that
 * look routine planted where the model reaches its bound.
 */
class IndexedImportEqualityTest {

    @ParameterizedTest
    @ValueSource(strings = { "GenerateOutlookLegacyLog", "GenerateOutlookLegacyLog with routine-looking faults" })
    void theIndexedImportFindsWhatTheImportFindsAndKeepsTheImportsIndex(String variant, @TempDir Path dir) throws Exception {
        assertTrue(FastPath.enabled(), "the product's path");
        Path log = FastSlowPathEqualityTest.generate("GenerateOutlookLegacyLog", dir.resolve("legacy.log"));
        if (variant.contains("faults")) {
            FastSlowPathEqualityTest.plantLegacyRoutineLookingFaults(log);
        }
        Trace[] plainTrace = new Trace[1];
        long[] plainExchanges = new long[1];
        Diagnosis plain = FastSlowPathEqualityTest.diagnose(log, true, plainTrace, plainExchanges);

        TraceImportService importer = Diagnoses.service(TraceImportService.class);
        AtomicLong passed = new AtomicLong();
        TraceEnd[] ended = new TraceEnd[1];
        ExecutorService workers = BoundedPool.create("test diagnosis rules", 2);
        List<IndexedRecord> indexed;
        Diagnosis diagnosed;
        Trace indexedTrace;
        try {
            RuleEngine engine = new RuleEngine(Diagnoses.builtInRules(), Diagnoses.service(CatalogService.class),
                    Duration.ofMinutes(2), workers, ProblemLog.of(ILog.of(IndexedImportEqualityTest.class)));
            // what FastSlowPathEqualityTest.diagnose gives the import without an index: the engine, its exchanges counted
            CountingListener listener = new CountingListener(keepingTheEnd(engine, ended), passed, true);
            try (IndexedTrace trace = importer.openIndexed(TraceSource.of(log), ImportOptions.DEFAULT, listener, null)) {
                ImportResult result = trace.result().get(5, TimeUnit.MINUTES);
                indexedTrace = result.trace();
                diagnosed = engine.finish(indexedTrace);
                indexed = everyRecord(trace.index());
            }
        } finally {
            BoundedPool.shutdown(workers, 0);
        }

        assertEquals(FastSlowPathEqualityTest.findings(plain), FastSlowPathEqualityTest.findings(diagnosed),
                Diagnoses.describe(diagnosed));
        assertTrue(Diagnoses.determined(plain).size() >= 2, "the generated faults are found:\n" + Diagnoses.describe(plain));
        assertEquals(plain.getRuleFailures().stream().map(r -> r.getRuleId() + ": " + r.getMessage()).toList(),
                diagnosed.getRuleFailures().stream().map(r -> r.getRuleId() + ": " + r.getMessage()).toList());
        List<String> plainFacts = FastSlowPathEqualityTest.trace(plainTrace[0]);
        List<String> indexedFacts = FastSlowPathEqualityTest.trace(indexedTrace);
        for (int i = 0; i < Math.min(plainFacts.size(), indexedFacts.size()); i++) {
            assertEquals(plainFacts.get(i), indexedFacts.get(i), "trace fact " + i);
        }
        assertEquals(plainFacts.size(), indexedFacts.size(), "facts of the trace");
        // the routine runs were counted, not parsed, as without an index: the rules received far fewer exchanges (how
        // many exactly depends on which runs the workers found ahead in time; the findings do not)
        assertTrue(passed.get() * 2 < ended[0].exchanges() && plainExchanges[0] * 2 < ended[0].exchanges(),
                "routine exchanges counted without decoding: the rules received " + passed.get() + " (without an index "
                        + plainExchanges[0] + ") of " + ended[0].exchanges() + " exchanges");

        List<IndexedRecord> reference = referenceIndex(importer, log);
        assertEquals(reference.size(), indexed.size(), "records in the index");
        for (int i = 0; i < reference.size(); i++) {
            assertEquals(reference.get(i), indexed.get(i), "record " + i);
        }
        if (variant.contains("faults")) {
            assertTrue(indexed.stream().anyMatch(IndexedRecord::masked), "masked records are compared (the password planted in clear)");
        }
    }

    /** The index the import builds alone, parsing every record (no structural pass, no counted runs). */
    private static List<IndexedRecord> referenceIndex(TraceImportService importer, Path log) throws Exception {
        String property = "io.mailscope.trace.index.structural"; //$NON-NLS-1$
        System.setProperty(property, "false");
        try (IndexedTrace trace = importer.openIndexed(TraceSource.of(log), ImportOptions.DEFAULT, null, null)) {
            trace.result().get(5, TimeUnit.MINUTES);
            return everyRecord(trace.index());
        } finally {
            System.clearProperty(property);
        }
    }

    private static List<IndexedRecord> everyRecord(RecordIndex index) throws Exception {
        assertTrue(index.complete(), "the index is complete");
        List<IndexedRecord> records = new ArrayList<>();
        for (long first = 0; first < index.size(); first += 1000) {
            records.addAll(index.page(first, 1000));
        }
        return records;
    }

    /**
     * {@code engine} as the import sees it, keeping the trace's end (the exchanges of the whole trace, counted ones
     * included): every call is passed on.
     */
    private static TraceListener keepingTheEnd(RuleEngine engine, TraceEnd[] ended) {
        return (TraceListener) Proxy.newProxyInstance(IndexedImportEqualityTest.class.getClassLoader(),
                new Class<?>[] { TraceListener.class, RoutineExchangePolicy.class }, (proxy, method, args) -> {
                    if (method.getName().equals("traceEnded")) {
                        ended[0] = (TraceEnd) args[0];
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
