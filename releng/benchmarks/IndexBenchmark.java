import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.index.RecordFilter;
import io.mailscope.trace.index.RecordIndex;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;
import io.mailscope.trace.source.TraceSource;

/**
 * Opens one file for paging through the product's record index (the same import as {@code diagnose}, with the index
 * built in a temporary memory-mapped file) and prints: when the first 200 records can be read after opening, when the
 * whole index is built, the time of pages of 200 records at random places, the time of a filter for one session over
 * the whole file, and the heap used after a full GC once everything is indexed.
 * Usage: {@code java -Xmx256m -cp <bundle jars> IndexBenchmark.java FILE}
 */
public final class IndexBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long bytes = Files.size(file);
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (f, what, e) -> {
            throw new IllegalStateException(f.id() + " failed in " + what, e);
        });
        AtomicLong firstProgressNanos = new AtomicLong();
        long open = System.nanoTime();
        try (IndexedTrace trace = importer.openIndexed(TraceSource.of(file), ImportOptions.DEFAULT, null,
                (records, read, complete) -> {
                    if (records >= 200) {
                        firstProgressNanos.compareAndSet(0, System.nanoTime());
                    }
                })) {
            long opened = System.nanoTime();
            RecordIndex index = trace.index();
            while (index.size() < 200 && !trace.result().isDone()) {
                Thread.sleep(0, 200_000);
            }
            long indexed200 = System.nanoTime();
            List<IndexedRecord> first = index.page(0, 200);
            long firstPage = System.nanoTime();
            if (Boolean.getBoolean("firstOnly")) {
                // only the time to the first page (-DfirstOnly=true): closing the trace stops the import
                System.out.printf("index: first 200 records read %.3f s after opening (openIndexed %.3f s, page(0, 200) %.3f s)%n",
                        (firstPage - open) / 1e9, (opened - open) / 1e9, (firstPage - indexed200) / 1e9);
                return;
            }
            ImportResult result = trace.result().get(10, TimeUnit.MINUTES);
            long complete = System.nanoTime();
            long n = index.size();
            System.out.printf("index: format %s, %d lines, %d records%n", result.format().formatId(),
                    result.trace().getLineCount(), n);
            System.out.printf("index: first 200 records read %.3f s after opening (%d records, first: L%d %s)%n",
                    (firstPage - open) / 1e9, first.size(), first.get(0).firstLine(), first.get(0).text());
            System.out.printf("  of which: openIndexed returned %.3f s, 200 records indexed %.3f s, page(0, 200) %.3f s%n",
                    (opened - open) / 1e9, (indexed200 - open) / 1e9, (firstPage - indexed200) / 1e9);
            double seconds = (complete - open) / 1e9;
            System.out.printf("index: whole file indexed in %.2f s, %.1f MB/s%n", seconds, bytes / 1e6 / seconds);

            Random random = new Random(42);
            for (int i = 0; i < 30; i++) { // warm-up: JIT, page cache of the index
                index.page(random.nextLong(n - 200), 200);
            }
            int pages = 200;
            double[] millis = new double[pages];
            for (int i = 0; i < pages; i++) {
                long at = random.nextLong(n - 200);
                long t0 = System.nanoTime();
                List<IndexedRecord> page = index.page(at, 200);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (page.size() != 200 || page.get(0).index() != at) {
                    throw new IllegalStateException("page " + at + " returned " + page.size());
                }
            }
            Arrays.sort(millis);
            System.out.printf("page of 200 records at %d random places: median %.2f ms, p95 %.2f ms, max %.2f ms%n", pages,
                    millis[pages / 2], millis[pages * 95 / 100], millis[pages - 1]);

            int session = index.page(n / 2, 1).get(0).session();
            long t0 = System.nanoTime();
            long kept;
            try (RecordIndex.FilteredRecords filtered = index.filter(RecordFilter.ALL.withSession(session))) {
                kept = filtered.size();
                filtered.page(0, 200);
            }
            System.out.printf("filter session %d over the whole file: %d records kept, %.3f s (first page included)%n",
                    session, kept, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            try (RecordIndex.FilteredRecords filtered = index.filter(RecordFilter.ALL.withText("-ERR"))) {
                kept = filtered.size();
            }
            System.out.printf("filter text '-ERR' over the whole file (re-parses it): %d records kept, %.2f s%n", kept,
                    (System.nanoTime() - t0) / 1e9);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.out.printf("heap used after GC, everything indexed: %.1f MB (max heap %.0f MB)%n",
                    memory.getHeapMemoryUsage().getUsed() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }
}
