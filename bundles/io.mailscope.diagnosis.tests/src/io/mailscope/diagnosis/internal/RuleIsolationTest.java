package io.mailscope.diagnosis.internal;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.evidenceLines;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.diagnosis.tests.stubs.IgnoresInterruptionRule;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.TraceReplay;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.tests.harness.LogEntries;

/**
 * The test bundle's plugin.xml contributes a throwing, a looping, a null-returning and a null-reporting rule. Run
 * together with the built-in rules on the seed 002 trace, they are each reported (rule failure + Error Log entry with
 * this bundle's id) and the built-in finding is intact.
 */
class RuleIsolationTest {

    private static final String TEST_BUNDLE = "io.mailscope.diagnosis.tests";
    private static final Duration BUDGET = Duration.ofMillis(500);

    @RegisterExtension
    final LogEntries log = new LogEntries();

    private static Trace seed002() {
        return Transcripts.parse("seed002", Transcripts.read("pop3-hidden-control-message.txt"));
    }

    @Test
    void brokenRulesAreReportedAndTheOtherFindingsStayIntact() {
        long start = System.nanoTime();
        Diagnosis d = Diagnoses.run(seed002(), Diagnoses.registry().rules(), BUDGET);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        var finding = single(d, CauseIds.HIDDEN_CONTROL_MESSAGE);
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14), evidenceLines(finding));

        Map<String, RuleFailure> failures = d.getRuleFailures().stream()
                .filter(f -> f.getContributor().equals(TEST_BUNDLE))
                .collect(Collectors.toMap(RuleFailure::getRuleId, f -> f));
        assertEquals(4, failures.size(), describe(d));
        assertTrue(failures.get("io.mailscope.diagnosis.tests.throwing").getMessage().startsWith("rule io.mailscope.diagnosis.tests.throwing failed: threw"), describe(d));
        assertTrue(failures.get("io.mailscope.diagnosis.tests.throwing").getMessage().contains("stub rule bug"), describe(d));
        assertTrue(failures.get("io.mailscope.diagnosis.tests.looping").getMessage().contains("time budget of 500 ms"), describe(d));
        assertTrue(failures.get("io.mailscope.diagnosis.tests.null-run").getMessage().contains("returned null"), describe(d));
        assertTrue(failures.get("io.mailscope.diagnosis.tests.null-finding").getMessage().contains("invalid finding: null"), describe(d));

        for (String rule : failures.keySet()) {
            assertTrue(log.any(s -> s.getSeverity() == IStatus.ERROR && s.getPlugin().equals(TEST_BUNDLE)
                    && s.getMessage().contains(rule)), "Error Log entry with the contributor's id for " + rule + ": " + log.all());
        }
        assertTrue(millis < 5_000, "the looping rule is abandoned after its budget, took " + millis + " ms");
    }

    @Test
    void aThrowingRuleDoesNotStopTheRulesAfterIt() {
        List<RuleDescriptor> rules = Diagnoses.registry().rules().stream()
                .filter(r -> r.info().id().equals("io.mailscope.diagnosis.tests.throwing")
                        || r.info().id().equals("io.mailscope.diagnosis.tests.looping")
                        || r.info().contributor().equals(Diagnoses.DIAGNOSIS_BUNDLE))
                .sorted((a, b) -> a.info().contributor().equals(TEST_BUNDLE) ? -1 : b.info().contributor().equals(TEST_BUNDLE) ? 1 : 0)
                .toList();
        assertEquals(TEST_BUNDLE, rules.get(0).info().contributor(), "the broken rules run first");
        Diagnosis d = Diagnoses.run(seed002(), rules, BUDGET);
        single(d, CauseIds.HIDDEN_CONTROL_MESSAGE);
        assertEquals(2, d.getRuleFailures().stream().filter(f -> f.getContributor().equals(TEST_BUNDLE)).count(), describe(d));
    }

    /** @return the live threads whose name starts with {@code prefix}, after letting ending ones finish dying */
    private static long threads(String prefix) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                try {
                    t.join(1_000); // a pool reports termination just before its last thread has ended
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix) && t.isAlive()).count();
    }

    @Test
    void aRuleThatIgnoresInterruptionIsAbandonedWithinItsBudgetAndLeavesNoThreadBehind() {
        String poolName = "isolation-test-rules";
        long before = threads(poolName);
        List<RuleDescriptor> rules = new ArrayList<>();
        rules.add(new RuleDescriptor.Programmatic(new RuleInfo(TEST_BUNDLE + ".ignores-interruption", "ignores interruption",
                Set.of(), CauseCategory.UNKNOWN, TEST_BUNDLE, RuleInfo.Kind.JAVA), new IgnoresInterruptionRule()));
        rules.addAll(Diagnoses.builtInRules());
        ExecutorService pool = BoundedPool.create(poolName, 2);
        long start = System.nanoTime();
        RuleEngine engine = new RuleEngine(rules, Diagnoses.service(CatalogService.class), BUDGET, pool,
                ProblemLog.of(ILog.of(RuleIsolationTest.class)));
        Trace trace = seed002();
        TraceReplay.replay(trace, engine);
        Diagnosis d = engine.finish(trace);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertTrue(millis < IgnoresInterruptionRule.SPIN_MILLIS, "abandoned after its budget of 500 ms, not waited for: " + millis + " ms");
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14), evidenceLines(single(d, CauseIds.HIDDEN_CONTROL_MESSAGE)), describe(d));
        RuleFailure failure = d.getRuleFailures().stream().filter(f -> f.getRuleId().endsWith("ignores-interruption")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(d)));
        assertEquals(TEST_BUNDLE, failure.getContributor());
        assertTrue(failure.getMessage().contains("time budget of 500 ms"), failure.getMessage());
        assertTrue(log.any(s -> s.getSeverity() == IStatus.ERROR && s.getPlugin().equals(TEST_BUNDLE)
                && s.getMessage().contains("ignores-interruption")), "Error Log entry with the contributor's id: " + log.all());

        assertTrue(BoundedPool.shutdown(pool, IgnoresInterruptionRule.SPIN_MILLIS + 3_000), "the pool ends once the rule returns");
        assertEquals(before, threads(poolName), "no worker thread left running");
    }
}
