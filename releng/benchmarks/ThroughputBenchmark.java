import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import io.mailscope.diagnosis.internal.ProblemLog;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.internal.rules.BuiltInRules;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.internal.catalog.CatalogResources;
import io.mailscope.model.internal.catalog.CatalogServiceComponent;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Import plus diagnosis (the built-in rules, in one pass, as {@code DiagnosisService.diagnose(Path, ...)} does) of
 * one file, several rounds in one JVM with a warm page cache: prints each round's time, MB/s and process CPU time, the
 * best and the median round, the findings of the last round, and the heap used after a full GC at the end (the GC log
 * the script passes gives the heap after every collection). Usage:
 * {@code java -Xmx256m -cp <bundle jars> ThroughputBenchmark.java FILE [ROUNDS]}
 */
public final class ThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double mb = Files.size(file) / 1e6;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var catalog = new CatalogServiceComponent(CatalogResources.loadBuiltIn(), List.of());
        List<RuleDescriptor> rules = new BuiltInRules().rules().stream()
                .map(c -> (RuleDescriptor) new RuleDescriptor.Supplied(c.info(), c.rule())).toList();
        ExecutorService workers = BoundedPool.create("benchmark diagnosis rules", 2);
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (f, what, e) -> {
            throw new IllegalStateException(f.id() + " failed in " + what, e);
        });
        List<Double> times = new ArrayList<>();
        Diagnosis last = null;
        for (int round = 1; round <= rounds; round++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            RuleEngine engine = new RuleEngine(rules, catalog, Duration.ofMinutes(10), workers, ProblemLog.stderr());
            ImportResult result = importer.importFile(file, ImportOptions.DEFAULT, engine, null);
            last = engine.finish(result.trace());
            double seconds = (System.nanoTime() - t0) / 1e9;
            times.add(seconds);
            System.out.printf("round %d: import + diagnosis %.2f s, %.1f MB/s, process CPU %.2f s, %d findings%n", round, seconds,
                    mb / seconds, (os.getProcessCpuTime() - c0) / 1e9, last.getFindings().size());
        }
        BoundedPool.shutdown(workers, 1_000);
        List<Double> sorted = times.stream().sorted().toList();
        double best = sorted.get(0);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf("best %.2f s (%.1f MB/s), median %.2f s (%.1f MB/s)%n", best, mb / best, median, mb / median);
        // the findings by cause: how many, and the first and last evidence line
        java.util.Map<String, int[]> causes = new java.util.TreeMap<>();
        for (Finding f : last.getFindings()) {
            int line = f.getEvidence().isEmpty() ? 0 : f.getEvidence().get(0).getFirstLine();
            int[] c = causes.computeIfAbsent((f.isDetermined() ? "" : "undetermined ") + (f.getCause() == null ? "-" : f.getCause().getId()),
                    k -> new int[] { 0, line, line });
            c[0]++;
            c[2] = line;
        }
        causes.forEach((cause, c) -> System.out.printf("  %d x %s (L%d ... L%d)%n", c[0], cause, c[1], c[2]));
        last = null;
        System.gc();
        Thread.sleep(200);
        System.gc();
        System.out.printf("heap used after a full GC at the end: %.1f MB (max heap %.0f MB)%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
