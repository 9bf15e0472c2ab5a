import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.index.RecordFilter;
import io.mailscope.trace.index.RecordIndex;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;
import io.mailscope.trace.internal.index.RecordIndexFile;
import io.mailscope.trace.source.TraceSource;

/**
 * Opens one file for paging through the product's record index and prints: when the first 200 records can be read
 * after opening; when the whole index is built (every record pageable and filterable: the index is complete) with the
 * process CPU time used until then; pages of 200 records at random places and a filter for one session over the whole
 * file, both while the import (the diagnosis' pass) still runs behind the index; when the import ends; the heap used
 * after a full GC. The import runs with the built-in rules as its listener, as the workbench opens a trace (import and
 * diagnosis in one pass behind the index; {@code -Ddiagnosis=false}: no listener, the import alone).
 * {@code -Dio.mailscope.trace.index.structural=false} builds the index through the import only (the
 * way before the structural pass: the baseline); {@code -DfirstOnly=true} stops after the first page,
 * {@code -DindexOnly=true} after the whole index (many fresh JVMs in little time); {@code -Dwarm=N} then opens the
 * file N times more in the same JVM and prints the whole index of each (a JVM that has indexed before). Usage:
 * {@code java -Xmx256m -cp <bundle jars> IndexBenchmark.java FILE [LABEL]}
 */
public final class IndexBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String label = args.length > 1 ? args[1] : "index";
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (f, what, e) -> {
            throw new IllegalStateException(f.id() + " failed in " + what, e);
        });
        // the workbench's listener: the rule engine of the built-in rules (DiagnosisService.start())
        boolean diagnosis = !"false".equals(System.getProperty("diagnosis"));
        java.util.concurrent.ExecutorService ruleWorkers = BoundedPool.create("benchmark diagnosis rules", 2);
        var catalog = new CatalogServiceComponent(CatalogResources.loadBuiltIn(), List.of());
        java.util.function.Supplier<RuleEngine> engines = () -> !diagnosis ? null
                : new RuleEngine(new BuiltInRules().rules().stream()
                        .map(c -> (RuleDescriptor) new RuleDescriptor.Supplied(c.info(), c.rule())).toList(),
                        catalog, java.time.Duration.ofMinutes(10), ruleWorkers, ProblemLog.stderr());
        try {
            fresh(importer, file, label, engines.get());
            int warm = Integer.getInteger("warm", 0);
            for (int round = 1; round <= warm; round++) {
                warm(importer, file, label + " warm " + round, engines.get());
            }
        } finally {
            BoundedPool.shutdown(ruleWorkers, 1_000);
        }
    }

    /**
     * {@code -Dwarm=N}: after the first trace (the fresh JVM's, {@link #fresh}), N times: open the same file again, wait
     * until the whole index is complete, print when that was and the CPU per thread until then, close it (which stops
     * the import behind the index and waits for its thread) — the workbench's second and later traces, whose index is
     * built by code the JIT compiled for the first. Each round opens the file once the JIT compiled nothing for 300 ms
     * (what the closed trace's import queued is compiled before, as in a workbench whose user opens the next trace).
     */
    private static void warm(TraceImporter importer, Path file, String label, RuleEngine engine) throws Exception {
        long jitWait = untilTheJitIsQuiet();
        Moments m = new Moments();
        try (IndexedTrace trace = importer.openIndexed(TraceSource.of(file), ImportOptions.DEFAULT, engine, m.progress(() -> {
        }))) {
            while (m.completeNanos.get() == 0) {
                if (trace.result().isDone()) {
                    trace.result().get(); // a failed import: its exception, not a wait for ever
                }
                Thread.sleep(1);
            }
            m.printWholeIndex(label, trace.index(), Files.size(file));
            System.out.printf("%s: until the index was complete: first records indexed %.3f s after opening; CPU per thread: %s (opened after %.2f s without compilations)%n",
                    label, (m.firstRecordsNanos.get() - m.open) / 1e9, m.threadTimes.summary(), jitWait / 1e3);
        }
    }

    /**
     * One opened trace: when its first records and its whole index came, the process CPU and each thread's CPU from
     * opening until the whole index.
     */
    static final class Moments {
        final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        final AtomicLong firstRecordsNanos = new AtomicLong();
        final AtomicLong completeNanos = new AtomicLong();
        final AtomicLong completeCpu = new AtomicLong();
        final AtomicLong completeUptime = new AtomicLong();
        final ThreadTimes threadTimes = new ThreadTimes();
        final long cpuAtOpen = os.getProcessCpuTime();
        final long open = System.nanoTime();

        Moments() {
            threadTimes.start();
        }

        /** @param atComplete runs once, when the index is complete, on the thread that completed it */
        io.mailscope.trace.index.IndexProgress progress(Runnable atComplete) {
            return (records, read, complete) -> {
                if (records > 0) {
                    firstRecordsNanos.compareAndSet(0, System.nanoTime());
                }
                if (complete && completeNanos.get() == 0) {
                    completeCpu.set(os.getProcessCpuTime());
                    completeUptime.set(ManagementFactory.getRuntimeMXBean().getUptime());
                    threadTimes.finish();
                    atComplete.run();
                    completeNanos.compareAndSet(0, System.nanoTime());
                }
            };
        }

        void printWholeIndex(String label, RecordIndex index, long bytes) {
            double seconds = (completeNanos.get() - open) / 1e9;
            RecordIndexFile internal = (RecordIndexFile) index;
            System.out.printf("%s: whole index %d records in %.3f s (%.0f MB/s), process CPU %.3f s; built from the bytes: %s%n",
                    label, index.size(), seconds, bytes / 1e6 / seconds, (completeCpu.get() - cpuAtOpen) / 1e9,
                    internal.structuralRecords() < 0 ? "no (the import built it)"
                            : internal.structuralStop() == null ? "yes, every record" : "until " + internal.structuralStop());
        }
    }

    /**
     * Waits (at most 10 s) until the JIT compilers have compiled nothing for 300 ms: the import behind the closed trace
     * queued compilations of its own code, which the workbench's JVM completes before its user opens the next trace.
     *
     * @return milliseconds waited
     */
    private static long untilTheJitIsQuiet() throws InterruptedException {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.currentTimeMillis();
        long compiled = jit.getTotalCompilationTime();
        long quietSince = start;
        while (System.currentTimeMillis() - quietSince < 300 && System.currentTimeMillis() - start < 10_000) {
            Thread.sleep(20);
            long now = jit.getTotalCompilationTime();
            if (now != compiled) {
                compiled = now;
                quietSince = System.currentTimeMillis();
            }
        }
        return System.currentTimeMillis() - start;
    }

    /** The first trace of this JVM: every figure of the class comment. */
    private static void fresh(TraceImporter importer, Path file, String label, RuleEngine engine) throws Exception {
        long bytes = Files.size(file);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        ThreadTimes importTimes = new ThreadTimes(); // from the whole index to the import's end
        Moments m = new Moments();
        long open = m.open;
        AtomicLong completeNanos = m.completeNanos;
        try (IndexedTrace trace = importer.openIndexed(TraceSource.of(file), ImportOptions.DEFAULT, engine,
                m.progress(importTimes::start))) {
            long opened = System.nanoTime();
            RecordIndex index = trace.index();
            while (index.size() < 200 && !trace.result().isDone()) {
                Thread.sleep(0, 200_000);
            }
            long indexed200 = System.nanoTime();
            List<IndexedRecord> first = index.page(0, 200);
            long firstPage = System.nanoTime();
            System.out.printf("%s: first 200 records read %.3f s after opening (openIndexed %.3f s, page(0, 200) %.3f s)%n",
                    label, (firstPage - open) / 1e9, (opened - open) / 1e9, (firstPage - indexed200) / 1e9);
            if (Boolean.getBoolean("firstOnly")) {
                return; // closing the trace stops the import
            }
            while (completeNanos.get() == 0) {
                Thread.sleep(1);
            }
            long n = index.size();
            m.printWholeIndex(label, index, bytes);
            RecordIndexFile internal = (RecordIndexFile) index;
            System.out.printf("%s: until the index was complete (JVM uptime %.3f s): first records indexed %.3f s after opening; CPU per thread: %s%n",
                    label, m.completeUptime.get() / 1e3, (m.firstRecordsNanos.get() - open) / 1e9, m.threadTimes.summary());
            if (Boolean.getBoolean("indexOnly")) {
                return; // -DindexOnly=true: only the whole index (closing the trace stops the import)
            }

            Random random = new Random(42);
            for (int i = 0; i < 30; i++) { // warm-up: JIT, page cache of the index
                index.page(random.nextLong(n - 200), 200);
            }
            PageTimes during = PageTimes.read(index, random, n, 200);
            boolean importRunning = !trace.result().isDone();
            System.out.printf("%s: page of 200 records at %d random places: %s (import still running: %s)%n",
                    label, during.count(), during.summary(), importRunning);
            System.out.printf("%s: where the pages' time went (import %s): %s%n", label,
                    importRunning ? "running" : "ended", during.breakdown());

            int session = index.page(n / 2, 1).get(0).session();
            long t0 = System.nanoTime();
            long kept;
            try (RecordIndex.FilteredRecords filtered = index.filter(RecordFilter.ALL.withSession(session))) {
                kept = filtered.size();
                filtered.page(0, 200);
            }
            System.out.printf("%s: filter session %d over the whole file: %d records kept, %.3f s (first page included)%n",
                    label, session, kept, (System.nanoTime() - t0) / 1e9);

            ImportResult result = trace.result().get(10, TimeUnit.MINUTES);
            Diagnosis diagnosed = engine == null ? null : engine.finish(result.trace());
            long imported = System.nanoTime();
            importTimes.finish();
            System.out.printf("%s: import (diagnosis pass) ended %.2f s after opening (%.2f s after the whole index; JVM CPU %.2f s): format %s, %d lines; entries the import corrected: %d; %s%n",
                    label, (imported - open) / 1e9, (imported - completeNanos.get()) / 1e9, os.getProcessCpuTime() / 1e9,
                    result.format().formatId(), result.trace().getLineCount(),
                    internal.corrections(), diagnosed == null ? "no diagnosis (-Ddiagnosis=false)"
                            : diagnosed.getFindings().size() + " findings of the built-in rules");
            System.out.printf("%s: from the whole index to the import's end, CPU per thread: %s%n", label, importTimes.summary());
            // the same pages once the import ended, same JVM, same minute: the machine's own noise without the import
            for (int i = 0; i < 30; i++) {
                index.page(random.nextLong(n - 200), 200);
            }
            PageTimes quiet = PageTimes.read(index, random, n, 200);
            System.out.printf("%s: page of 200 records at %d random places after the import ended: %s%n", label, quiet.count(),
                    quiet.summary());
            System.out.printf("%s: where the pages' time went (import ended): %s%n", label, quiet.breakdown());
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.out.printf("%s: heap used after GC, everything indexed: %.1f MB (max heap %.0f MB)%n", label,
                    memory.getHeapMemoryUsage().getUsed() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    /**
     * Pages of 200 records at random places, each timed on the calling thread with where its wall time went, from
     * {@code /proc/thread-self/schedstat} (the kernel's CPU time of this thread and its time waiting in the run queue
     * for a core) and, with {@code -DsafepointLog=FILE} (the JVM started with {@code -Xlog:safepoint:file=FILE:tn}: the
     * same clock as {@link System#nanoTime}), the JVM's safepoints (GC pauses, deoptimisation ...) that overlapped the
     * page: the rest of the wall time is time the thread was blocked otherwise (a lock, I/O). {@code
     * -DpagePauseMillis=N}: N ms between pages (a user scrolling) instead of one page after the other.
     */
    record PageTimes(double[] wallMillis, double[] cpuMillis, double[] queuedMillis, double[] safepointMillis) {

        static PageTimes read(RecordIndex index, Random random, long n, int pages) throws java.io.IOException {
            double[] wall = new double[pages];
            double[] cpu = new double[pages];
            double[] queued = new double[pages];
            long[] starts = new long[pages];
            long[] ends = new long[pages];
            long[] stat = new long[2];
            long pause = Long.getLong("pagePauseMillis", 0); // > 0: a user scrolling, not a loop paging without a pause
            for (int i = 0; i < pages; i++) {
                long at = random.nextLong(n - 200);
                if (pause > 0) {
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                schedstat(stat);
                long cpu0 = stat[0];
                long queued0 = stat[1];
                long t0 = System.nanoTime();
                List<IndexedRecord> page = index.page(at, 200);
                long t1 = System.nanoTime();
                schedstat(stat);
                if (page.size() != 200 || page.get(0).index() != at) {
                    throw new IllegalStateException("page " + at + " returned " + page.size());
                }
                starts[i] = t0;
                ends[i] = t1;
                wall[i] = (t1 - t0) / 1e6;
                cpu[i] = (stat[0] - cpu0) / 1e6;
                queued[i] = (stat[1] - queued0) / 1e6;
            }
            return new PageTimes(wall, cpu, queued, safepoints(starts, ends));
        }

        /** CPU time and run-queue wait of the calling thread in ns (0 where the kernel has no schedstat). */
        private static void schedstat(long[] into) {
            try {
                String[] fields = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" ");
                into[0] = Long.parseLong(fields[0]);
                into[1] = Long.parseLong(fields[1]);
            } catch (java.io.IOException | RuntimeException e) {
                into[0] = 0;
                into[1] = 0;
            }
        }

        /** @return per page, the milliseconds of safepoints that overlapped it (NaN without the log) */
        private static double[] safepoints(long[] starts, long[] ends) {
            double[] millis = new double[starts.length];
            String log = System.getProperty("safepointLog");
            if (log == null) {
                Arrays.fill(millis, Double.NaN);
                return millis;
            }
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("^\\[(\\d+)ns\\].*Total: (\\d+) ns");
            try {
                for (String l : Files.readAllLines(Path.of(log))) {
                    java.util.regex.Matcher m = line.matcher(l);
                    if (!m.find()) {
                        continue;
                    }
                    long end = Long.parseLong(m.group(1));
                    long begin = end - Long.parseLong(m.group(2));
                    for (int i = 0; i < starts.length; i++) {
                        long overlap = Math.min(end, ends[i]) - Math.max(begin, starts[i]);
                        if (overlap > 0) {
                            millis[i] += overlap / 1e6;
                        }
                    }
                }
            } catch (java.io.IOException e) {
                Arrays.fill(millis, Double.NaN);
            }
            return millis;
        }

        int count() {
            return wallMillis.length;
        }

        String summary() {
            double[] sorted = wallMillis.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return String.format("median %.2f ms, p95 %.2f ms, max %.2f ms, over 50 ms: %d", sorted[n / 2],
                    sorted[n * 95 / 100], sorted[n - 1], Arrays.stream(sorted).filter(m -> m > 50).count());
        }

        /** The sums over all pages, then the five slowest pages: wall = on a core + queued for one + safepoints + rest. */
        String breakdown() {
            Integer[] order = new Integer[count()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(wallMillis[b], wallMillis[a]));
            double safepoints = nanToZero(sum(safepointMillis));
            StringBuilder out = new StringBuilder(String.format(
                    "all %d pages: wall %.0f ms = on a core %.0f + queued for a core %.0f + safepoints %.0f + other %.0f; slowest [wall = core + queued + safepoints + other]:",
                    count(), sum(wallMillis), sum(cpuMillis), sum(queuedMillis), safepoints,
                    sum(wallMillis) - sum(cpuMillis) - sum(queuedMillis) - safepoints));
            for (int k = 0; k < Math.min(5, order.length); k++) {
                int i = order[k];
                double safepoint = nanToZero(safepointMillis[i]);
                out.append(String.format(" [%.1f = %.1f + %.1f + %.1f + %.1f]", wallMillis[i], cpuMillis[i], queuedMillis[i],
                        safepoint, wallMillis[i] - cpuMillis[i] - queuedMillis[i] - safepoint));
            }
            return out.toString();
        }

        private static double sum(double[] values) {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return s;
        }

        private static double nanToZero(double v) {
            return Double.isNaN(v) ? 0 : v;
        }
    }

    /**
     * CPU time per thread of this process from {@code /proc/self/task} (also the JIT compilers and the GC, which no
     * Java API lists), from {@link #start} (the CPU each thread had used before is subtracted: the main thread's JVM
     * start-up, the compilers' work before) until {@link #finish}, sampled every 50 ms in between: a thread that ends
     * before (the structural pass's workers) keeps its last sample, so up to 50 ms of its end may be missing. Grouped by
     * name: the structural pass's workers, the import thread (which applies the rules), the JIT compilers, GC, the
     * rest; the sampler itself is left out (it costs a few milliseconds).
     */
    static final class ThreadTimes extends Thread {
        private static final String NAME = "cpu sampler";
        private final java.util.Map<String, Long> ticks = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<String, Long> before = new java.util.HashMap<>();
        private volatile boolean running = true;
        private final long hertz = 100; // USER_HZ on Linux

        ThreadTimes() {
            super(NAME);
            setDaemon(true);
        }

        @Override
        public synchronized void start() {
            sample();
            before.putAll(ticks);
            javaBefore.putAll(javaNanos);
            super.start();
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** CPU time per Java thread name (the kernel's names are cut to 15 characters), maximum over the samples. */
        private final java.util.Map<String, Long> javaNanos = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<String, Long> javaBefore = new java.util.HashMap<>();
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        private void sample() {
            for (long id : threads.getAllThreadIds()) {
                java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
                long nanos = threads.getThreadCpuTime(id);
                if (info != null && nanos > 0) {
                    javaNanos.merge(id + " " + info.getThreadName(), nanos, Math::max);
                }
            }
            java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
            if (tasks == null) {
                return;
            }
            for (java.io.File task : tasks) {
                try {
                    byte[] stat = Files.readAllBytes(task.toPath().resolve("stat"));
                    int open = indexOf(stat, (byte) '(', 0);
                    int close = stat.length - 1;
                    while (close > open && stat[close] != ')') {
                        close--;
                    }
                    // fields after the name: state is field 0, utime field 11, stime field 12 (read by hand: String
                    // split and substring here got compiled by C2 while the index was built, on the index's cores)
                    int at = close + 2;
                    for (int field = 0; field < 11; field++) {
                        at = indexOf(stat, (byte) ' ', at) + 1;
                    }
                    long utime = 0;
                    for (; stat[at] != ' '; at++) {
                        utime = utime * 10 + stat[at] - '0';
                    }
                    long stime = 0;
                    for (at++; at < stat.length && stat[at] >= '0' && stat[at] <= '9'; at++) {
                        stime = stime * 10 + stat[at] - '0';
                    }
                    String key = task.getName() + " " + new String(stat, open + 1, close - open - 1,
                            java.nio.charset.StandardCharsets.ISO_8859_1);
                    ticks.merge(key, utime + stime, Math::max);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        }

        private static int indexOf(byte[] b, byte value, int from) {
            for (int i = from; i < b.length; i++) {
                if (b[i] == value) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no field");
        }

        void finish() {
            sample();
            running = false;
        }

        String summary() {
            java.util.Map<String, Long> groups = new java.util.TreeMap<>();
            for (var e : ticks.entrySet()) {
                String name = e.getKey().substring(e.getKey().indexOf(' ') + 1);
                if (name.equals(NAME)) {
                    continue;
                }
                String group = name.startsWith("mailscope-struc") ? "structural workers"
                        : name.startsWith("mailscope-inde") ? "import thread (rules)"
                                : name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler") ? name.substring(0, 2) + " JIT"
                                        : name.startsWith("GC") || name.startsWith("G1") ? "GC"
                                                : name.startsWith("mailscope-impo") || name.startsWith("benchmark diag") ? null : "other";
                if (group != null) { // the import's threads: by their Java names (above)
                    groups.merge(group, e.getValue() - before.getOrDefault(e.getKey(), 0L), Long::sum);
                }
            }
            // the import's threads by their Java names, numbers left out
            java.util.Map<String, Long> javaGroups = new java.util.TreeMap<>();
            for (var e : javaNanos.entrySet()) {
                String name = e.getKey().substring(e.getKey().indexOf(' ') + 1);
                if (name.startsWith("mailscope-import") || name.startsWith("benchmark diagnosis")) {
                    javaGroups.merge(name.replaceAll("[ -]?[0-9]+$", ""), e.getValue() - javaBefore.getOrDefault(e.getKey(), 0L),
                            Long::sum);
                }
            }
            StringBuilder out = new StringBuilder();
            for (var e : javaGroups.entrySet()) {
                if (e.getValue() >= 5_000_000L) {
                    out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                            .append(String.format("%.2f s", e.getValue() / 1e9));
                }
            }
            for (var e : groups.entrySet()) {
                out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format("%.2f s", e.getValue() / (double) hertz));
            }
            return out.toString();
        }
    }
}
