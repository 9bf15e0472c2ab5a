import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import io.mailscope.trace.internal.index.OutlookLegacyIndexer;
import io.mailscope.trace.internal.index.RecordIndexFile;

/**
 * The structural pass (issue 15) of an Outlook 2000-2002 log alone, in this JVM (run it fresh): wall, process CPU, the
 * replica's (this thread's) CPU, the JIT's compile time, and the wall time per percent of the file, timed when the
 * replica starts a block (1 MiB): the first 94 %, 95-97 % and the last 3 % (where the generated log's seed faults are,
 * planted at 97 %: uncommon traps in the pass's compiled code show there). {@code -Dall=true} prints every percent;
 * p95at = the wall clock (ms) at 95 %, to tell late JIT events (JFR) from early ones. Compile it first (javac in the
 * measured JVM adds its own compilations): {@code javac -d DIR -cp <trace and model jars> StructuralIndexPercents.java;
 * java -Xmx256m -cp DIR:<jars, emf, equinox.common> StructuralIndexPercents FILE [ROUNDS]}
 */
public final class StructuralIndexPercents {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int r = 0; r < rounds; r++) {
            Path spool = Files.createTempDirectory("mailscope-index-percents");
            long[] times = new long[1 << 14];
            int[] n = { 0 };
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                    RecordIndexFile index = new RecordIndexFile(spool, null)) {
                long cpu0 = os.getProcessCpuTime();
                long own0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long jit0 = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long start = System.nanoTime();
                long epochAtStart = System.currentTimeMillis();
                OutlookLegacyIndexer.Outcome outcome = OutlookLegacyIndexer.index((offset, target) -> channel.read(target, offset),
                        channel.size(), index, 2, () -> { times[n[0]++] = System.nanoTime(); return false; });
                long end = System.nanoTime();
                long cpu = os.getProcessCpuTime() - cpu0;
                double own = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - own0) / 1e9;
                long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
                int blocks = n[0];
                StringBuilder sb = new StringBuilder();
                double prev = 0;
                double[] pct = new double[101];
                for (int p = 1; p <= 100; p++) {
                    int b = Math.min(blocks - 1, (int) ((long) p * blocks / 100) - 1);
                    double t = p == 100 ? (end - start) / 1e9 : (times[b] - start) / 1e9;
                    pct[p] = t - prev; prev = t;
                }
                double first90 = 0; for (int p = 1; p <= 94; p++) first90 += pct[p];
                double last3 = pct[98] + pct[99] + pct[100];
                sb.append(String.format("round %d: %d records complete=%s wall %.3f s cpu %.3f s replica %.3f s jit %.3f s; 1-94%%: %.3f s (%.4f/%%); 95-97%%: %.3f %.3f %.3f; 98-100%%: %.3f %.3f %.3f = %.3f s%n",
                    r, outcome.records(), outcome.complete(), (end - start) / 1e9, cpu / 1e9, own, jit / 1e3, first90, first90 / 94, pct[95], pct[96], pct[97], pct[98], pct[99], pct[100], last3));
                if (Boolean.getBoolean("all")) { for (int p = 1; p <= 100; p++) sb.append(String.format("%d:%.3f ", p, pct[p])); sb.append('\n'); }
                int b95 = (int) (95L * blocks / 100) - 1;
                sb.append(String.format("p95at=%d%n", epochAtStart + (times[b95] - start) / 1_000_000));
                System.out.print(sb);
            } finally {
                Files.deleteIfExists(spool);
            }
        }
    }
}
