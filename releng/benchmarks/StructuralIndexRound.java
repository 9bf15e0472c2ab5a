import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.mailscope.trace.internal.index.OutlookLegacyIndexer;
import io.mailscope.trace.internal.index.RecordIndexFile;

/**
 * One structural pass of an Outlook 2000-2002 log (the record index from its bytes, issue 15), for
 * {@code StructuralIndexThreads} and {@code StructuralIndexAB} (which loads it once per jar set: compiled against one
 * set, it runs against either, the API it calls being the same).
 */
public final class StructuralIndexRound {

    private StructuralIndexRound() {
    }

    /**
     * @return wall time, process CPU time and this (the replica's) thread's CPU time in seconds, the records, and 1 when
     *         the pass was complete (else 0)
     */
    public static double[] round(Path file) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        Path spool = Files.createTempDirectory("mailscope-index-ab");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                RecordIndexFile index = new RecordIndexFile(spool, null)) {
            long cpu = os.getProcessCpuTime();
            long own = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            OutlookLegacyIndexer.Outcome outcome = OutlookLegacyIndexer.index((offset, target) -> channel.read(target, offset),
                    channel.size(), index, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), () -> false);
            return new double[] { (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                    (threads.getCurrentThreadCpuTime() - own) / 1e9, outcome.records(), outcome.complete() ? 1 : 0 };
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
