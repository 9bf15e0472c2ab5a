import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.mailscope.model.Session;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Imports one file through the product's import code (the built-in formats, format detection, streaming, conversation
 * rebuilding into the EMF model, a listener that counts) and prints MB/s and the peak heap.
 * Usage: {@code java -Xmx256m -cp <bundle jars> ImportBenchmark.java FILE}
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long bytes = Files.size(file);
        AtomicLong exchanges = new AtomicLong();
        AtomicLong statuses = new AtomicLong();
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (f, what, e) -> {
            throw new IllegalStateException(f.id() + " failed in " + what, e);
        });
        long start = System.nanoTime();
        ImportResult result = importer.importFile(file, ImportOptions.DEFAULT, new TraceListener() {
            @Override
            public void exchangeCompleted(ExchangeRecord exchange) {
                exchanges.incrementAndGet();
            }

            @Override
            public void statusEvent(StatusRecord event) {
                statuses.incrementAndGet();
            }
        }, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long kept = result.trace().getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        long sessionsKept = result.trace().getSessions().size();
        System.out.printf("import: format %s, %d lines, %d exchanges (%d kept in %d sessions), %d status events%n",
                result.format().formatId(), result.trace().getLineCount(), exchanges.get(), kept, sessionsKept, statuses.get());
        System.out.printf("import: %.2f s, %.1f MB/s, peak heap (sum of pool peaks) %.1f MB, max heap %.0f MB%n", seconds,
                bytes / 1e6 / seconds, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        result.trace().getProblems().forEach(p -> System.out.println("  problem: " + p.getMessage()));
        if (sessionsKept > 0) {
            Session s = result.trace().getSessions().get(0);
            System.out.printf("  first kept session: %s %s, %d exchanges counted%n", s.getProtocol(), s.getHost(), s.getExchangeCount());
        }
    }
}
