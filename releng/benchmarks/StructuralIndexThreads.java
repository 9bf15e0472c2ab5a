import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the CPU time of the structural record index goes (issue 15): indexes an Outlook 2000-2002 log from its bytes
 * (the pass {@code openIndexed} runs before the import, without the import) ROUNDS times in one JVM and prints, per
 * round, the wall time, the process CPU time and the CPU time of the thread that applies the parser's and the
 * builder's rules; at the end the CPU time of each thread of the pass (the worker threads that read blocks, split them
 * into lines and check each line for credentials). The first round includes the JIT's warm-up, as a fresh
 * {@code openIndexed} does; later rounds show the steady state. CPU times are the steadier figure on a loaded machine.
 * Usage: {@code java -Xmx256m -cp <bundle jars> StructuralIndexThreads.java FILE [ROUNDS]} (class path as in
 * index-benchmark.sh; the pass itself is {@code StructuralIndexRound}, in the same folder).
 */
public final class StructuralIndexThreads {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
        for (int round = 1; round <= rounds; round++) {
            double[] x = StructuralIndexRound.round(file);
            System.out.printf("round %d: %.0f records (complete: %s) in %.3f s wall, process CPU %.3f s, rules thread CPU %.3f s%n",
                    round, x[3], x[4] != 0, x[0], x[1], x[2]);
        }
        Thread.sleep(50);
        sampler.interrupt();
        Map<String, Long> sorted = new TreeMap<>(cpuByThread);
        long workers = 0;
        for (long cpu : sorted.values()) {
            workers += cpu;
        }
        System.out.printf("worker threads (all rounds): %d threads, %.3f s CPU%n", sorted.size(), workers / 1e9);
    }
}
