package io.mailscope.diagnosis.perf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;

/**
 * What the built-in rules cost per exchange, without an importer: a healthy POP3 session's exchanges are fed to the
 * engine a million times (the same objects, so the measurement is the rules and the engine, not allocation by an
 * importer). Prints the figure used in docs/benchmarks.md; fails only if it is grossly off.
 */
class EngineThroughputTest {

    private static final int EXCHANGES = 1_000_000;

    @Test
    void builtInRulesCostWellUnderAMicrosecondPerExchange() {
        Trace trace = Transcripts.parse("healthy", Transcripts.read("pop3-healthy.txt"));
        Session session = trace.getSessions().get(0);
        List<Exchange> exchanges = List.copyOf(session.getExchanges().subList(1, session.getExchanges().size() - 1));
        CatalogService catalog = Diagnoses.service(CatalogService.class);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            RuleEngine engine = new RuleEngine(Diagnoses.builtInRules(), catalog, Duration.ofMinutes(5), ILog.of(getClass()));
            long start = System.nanoTime();
            engine.sessionStarted(session);
            for (int i = 0; i < EXCHANGES; i++) {
                engine.exchangeCompleted(exchanges.get(i % exchanges.size()));
            }
            engine.sessionEnded(session);
            Diagnosis d = engine.finish(trace);
            double nanosPerExchange = (System.nanoTime() - start) / (double) EXCHANGES;
            best = Math.min(best, nanosPerExchange);
            assertTrue(d.getRuleFailures().isEmpty() || d.getRuleFailures().stream().allMatch(f -> f.getMessage().contains("catalog")),
                    Diagnoses.describe(d));
        }
        System.out.printf(Locale.ROOT, "EngineThroughputTest: %d built-in rules, best of 3: %.0f ns per exchange (%.1f M exchanges/s)%n",
                Diagnoses.builtInRules().size(), best, 1000 / best);
        assertTrue(best < 5_000, "ns per exchange: " + best);
    }
}
