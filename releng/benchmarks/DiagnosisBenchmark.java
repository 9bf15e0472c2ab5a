import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import io.mailscope.diagnosis.internal.ProblemLog;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.internal.rules.BuiltInRules;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.internal.catalog.CatalogResources;
import io.mailscope.model.internal.catalog.CatalogServiceComponent;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * What diagnosis adds to import: imports one file alternately with a listener that only counts exchanges (import
 * alone) and with the diagnosis engine running the seven built-in rules (import + diagnosis in one pass, as
 * {@code DiagnosisService.diagnose(Path, ...)} does), five times each (system property rounds) in one JVM, and prints the best times and the
 * overhead. Usage: {@code java -Xmx256m -cp <bundle jars> DiagnosisBenchmark.java FILE}
 */
public final class DiagnosisBenchmark {

    private static final ProblemLog STDERR_LOG = ProblemLog.stderr();

    private static final int ROUNDS = Integer.getInteger("rounds", 5);

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        double mb = Files.size(file) / 1e6;
        var catalog = new CatalogServiceComponent(CatalogResources.loadBuiltIn(), List.of());
        List<RuleDescriptor> rules = new BuiltInRules().rules().stream()
                .map(c -> (RuleDescriptor) new RuleDescriptor.Supplied(c.info(), c.rule())).toList();
        ExecutorService workers = BoundedPool.create("benchmark diagnosis rules", 2);
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (f, what, e) -> {
            throw new IllegalStateException(f.id() + " failed in " + what, e);
        });
        double bestImport = Double.MAX_VALUE;
        double bestDiagnose = Double.MAX_VALUE;
        // wall time varies a lot on a shared 2-core VM; process CPU time is the steadier measure of the work added
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<Double> importWall = new java.util.ArrayList<>(), diagnoseWall = new java.util.ArrayList<>();
        List<Double> importCpu = new java.util.ArrayList<>(), diagnoseCpu = new java.util.ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            AtomicLong exchanges = new AtomicLong();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            importer.importFile(file, ImportOptions.DEFAULT, new TraceListener() {
                @Override
                public void exchangeCompleted(ExchangeRecord exchange) {
                    exchanges.incrementAndGet();
                }
            }, null);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            importCpu.add((os.getProcessCpuTime() - c0) / 1e9);
            importWall.add(importSeconds);
            bestImport = Math.min(bestImport, importSeconds);
            System.out.printf("round %d import only:        %6.2f s  %6.1f MB/s  (%d exchanges)%n", round, importSeconds, mb / importSeconds,
                    exchanges.get());

            if (System.getProperty("emptyEngine") != null) {
                RuleEngine empty = new RuleEngine(List.of(), catalog, Duration.ofMinutes(10), workers, STDERR_LOG);
                long te = System.nanoTime();
                ImportResult r = importer.importFile(file, ImportOptions.DEFAULT, empty, null);
                empty.finish(r.trace());
                double s = (System.nanoTime() - te) / 1e9;
                System.out.printf("round %d import + engine without rules: %6.2f s%n", round, s);
            }

            RuleEngine engine = new RuleEngine(rules, catalog, Duration.ofMinutes(10), workers, STDERR_LOG);
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            ImportResult result = importer.importFile(file, ImportOptions.DEFAULT, engine, null);
            Diagnosis diagnosis = engine.finish(result.trace());
            double diagnoseSeconds = (System.nanoTime() - t1) / 1e9;
            diagnoseCpu.add((os.getProcessCpuTime() - c1) / 1e9);
            diagnoseWall.add(diagnoseSeconds);
            bestDiagnose = Math.min(bestDiagnose, diagnoseSeconds);
            long determined = diagnosis.getFindings().stream().filter(f -> f.isDetermined()).count();
            System.out.printf("round %d import + diagnosis: %6.2f s  %6.1f MB/s  (%d findings, %d undetermined, %d rule failures)%n", round,
                    diagnoseSeconds, mb / diagnoseSeconds, determined, diagnosis.getFindings().size() - determined,
                    diagnosis.getRuleFailures().stream().filter(f -> !f.getMessage().contains("not in the catalog")).count());
        }
        BoundedPool.shutdown(workers, 1_000);
        System.out.printf("best: import %.2f s, import + diagnosis %.2f s: diagnosis adds %.1f %% (limit 30 %%)%n", bestImport, bestDiagnose,
                100 * (bestDiagnose - bestImport) / bestImport);
        double mi = median(importWall), md = median(diagnoseWall), ci = median(importCpu), cd = median(diagnoseCpu);
        System.out.printf("median wall: import %.2f s, import + diagnosis %.2f s: diagnosis adds %.1f %%%n", mi, md, 100 * (md - mi) / mi);
        System.out.printf("median process CPU: import %.2f s, import + diagnosis %.2f s: diagnosis adds %.1f %%%n", ci, cd, 100 * (cd - ci) / ci);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
