import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.mailscope.trace.internal.index.OutlookLegacyIndexer;
import io.mailscope.trace.internal.index.RecordIndexFile;

/**
 * Where the CPU time of the structural record index goes (issue 15): indexes an Outlook 2000-2002 log from its bytes
 * (the pass {@code openIndexed} runs before the import, without the import) ROUNDS times in one JVM and prints, per
 * round, the wall time, the process CPU time and the CPU time of the thread that applies the parser's and the
 * builder's rules; at the end the CPU time of each thread of the pass (the worker threads that read blocks, split them
 * into lines and check each line for credentials). The first round includes the JIT's warm-up, as a fresh
 * {@code openIndexed} does; later rounds show the steady state. CPU times are the steadier figure on a loaded machine.
 * Usage: {@code java -Xmx256m -cp <bundle jars> StructuralIndexThreads.java FILE [ROUNDS]} (class path as in
 * index-benchmark.sh).
 */
public final class StructuralIndexThreads {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        // the workers end with the pass: their CPU time is sampled while they run
        Map<String, Long> cpuByThread = new ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    long cpu = threads.getThreadCpuTime(t.threadId());
                    if (cpu > 0 && t.getName().startsWith("mailscope-structural-index")) {
                        cpuByThread.merge(t.getName() + " #" + t.threadId(), cpu, Math::max);
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu sampler");
        sampler.setDaemon(true);
        sampler.start();
        Path spool = Files.createTempDirectory("mailscope-index-threads");
        for (int round = 1; round <= rounds; round++) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                    RecordIndexFile index = new RecordIndexFile(spool, null)) {
                long cpu = os.getProcessCpuTime();
                long own = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                OutlookLegacyIndexer.Outcome outcome = OutlookLegacyIndexer.index((offset, target) -> channel.read(target, offset),
                        channel.size(), index, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), () -> false);
                System.out.printf("round %d: %d records (complete: %s) in %.3f s wall, process CPU %.3f s, rules thread CPU %.3f s%n",
                        round, outcome.records(), outcome.complete(), (System.nanoTime() - start) / 1e9,
                        (os.getProcessCpuTime() - cpu) / 1e9, (threads.getCurrentThreadCpuTime() - own) / 1e9);
            }
        }
        Thread.sleep(50);
        sampler.interrupt();
        Map<String, Long> sorted = new TreeMap<>(cpuByThread);
        long workers = 0;
        for (long cpu : sorted.values()) {
            workers += cpu;
        }
        System.out.printf("worker threads (all rounds): %d threads, %.3f s CPU%n", sorted.size(), workers / 1e9);
        Files.deleteIfExists(spool);
    }
}
