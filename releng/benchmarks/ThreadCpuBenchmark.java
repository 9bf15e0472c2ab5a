import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.mailscope.diagnosis.internal.ProblemLog;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.internal.rules.BuiltInRules;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.internal.catalog.CatalogResources;
import io.mailscope.model.internal.catalog.CatalogServiceComponent;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * CPU time per thread (parse thread, the importing thread that rebuilds conversations, the rule worker) of import plus
 * diagnosis with the built-in rules, sampled with ThreadMXBean every 20 ms, for ROUNDS rounds (system property
 * rounds, default 3) in one JVM: a measure of the work each stage does that moves far less with the machine's load
 * than wall times. Usage: {@code THREAD_CPU=1 releng/benchmarks/throughput-benchmark.sh FILE}
 */
public final class ThreadCpuBenchmark {
    public static void main(String[] args) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var catalog = new CatalogServiceComponent(CatalogResources.loadBuiltIn(), List.of());
        List<RuleDescriptor> rules = new BuiltInRules().rules().stream()
                .map(c -> (RuleDescriptor) new RuleDescriptor.Supplied(c.info(), c.rule())).toList();
        ExecutorService workers = BoundedPool.create("rules", 2);
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (f, what, e) -> { throw new IllegalStateException(e); });
        int rounds = Integer.getInteger("rounds", 3);
        for (int round = 0; round < rounds; round++) {
            Map<Long, long[]> cpu = new ConcurrentHashMap<>();
            Map<Long, String> names = new ConcurrentHashMap<>();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (long id : mx.getAllThreadIds()) {
                        long t = mx.getThreadCpuTime(id);
                        var info = mx.getThreadInfo(id);
                        if (t > 0 && info != null) { cpu.computeIfAbsent(id, k -> new long[] { t, t })[1] = t; names.put(id, info.getThreadName()); }
                    }
                    try { Thread.sleep(20); } catch (InterruptedException e) { return; }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            Thread.sleep(50);
            long t0 = System.nanoTime();
            RuleEngine engine = new RuleEngine(rules, catalog, Duration.ofMinutes(10), workers, ProblemLog.stderr());
            ImportResult r = importer.importFile(Path.of(args[0]), ImportOptions.DEFAULT, engine, null);
            Diagnosis d = engine.finish(r.trace());
            double wall = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(50);
            sampler.interrupt();
            sampler.join();
            StringBuilder b = new StringBuilder();
            double total = 0;
            Map<String, Double> byName = new java.util.TreeMap<>();
            cpu.forEach((id, v) -> { String n = names.get(id).replaceAll("\\d+$", ""); if (!n.equals("Thread-")) byName.merge(n, (v[1] - v[0]) / 1e9, Double::sum); });
            for (var e : byName.entrySet()) { if (e.getValue() > 0.05) { b.append(String.format(" %s=%.2f", e.getKey(), e.getValue())); total += e.getValue(); } }
            System.out.printf("round %d: wall %.2f s, %d findings, cpu %.2f:%s%n", round, wall, d.getFindings().size(), total, b);
        }
        BoundedPool.shutdown(workers, 1000);
    }
}
