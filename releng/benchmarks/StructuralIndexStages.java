import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

import io.mailscope.trace.internal.bytes.ParallelLineBlocks;
import io.mailscope.trace.internal.index.OutlookLegacyIndexer;
import io.mailscope.trace.internal.index.RecordIndexFile;

/**
 * The CPU time of each stage of the structural record index (issue 15), stage by stage on two worker threads as the
 * pass runs them: {@code read} (the file read into 1 MiB heap arrays, nothing else), {@code split} (read and split into
 * lines: ParallelLineBlocks without a preparation), {@code mark} (and each line marked by the workers, as the pass does)
 * and {@code pass} (the whole pass, with the thread that applies the rules). ROUNDS rounds per stage in one JVM; the
 * first includes the JIT's warm-up. What a stage adds to the one before is its cost; {@code read} is the floor of any
 * design that reads the file into the Java heap. Usage:
 * {@code java -Xmx256m -cp <bundle jars> StructuralIndexStages FILE ROUNDS STAGE...} (class path as in index-benchmark.sh).
 */
public final class StructuralIndexStages {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        // the workers' per-line work, as the pass hands it to ParallelLineBlocks (package-private: reached for measuring
        // only); it finds the lines itself, so "mark" is split and marks together
        java.lang.reflect.Field findAndMark = OutlookLegacyIndexer.class.getDeclaredField("FIND_AND_MARK");
        findAndMark.setAccessible(true);
        ParallelLineBlocks.Preparation marks = (ParallelLineBlocks.Preparation) findAndMark.get(null);
        Path spool = Files.createTempDirectory("mailscope-index-stages");
        for (int s = 2; s < args.length; s++) {
            String stage = args[s];
            StringBuilder line = new StringBuilder(stage + ":");
            for (int round = 1; round <= rounds; round++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    switch (stage) {
                        case "read" -> read(channel);
                        case "split", "mark" -> {
                            try (ParallelLineBlocks blocks = new ParallelLineBlocks((offset, target) -> channel.read(target, offset),
                                    channel.size(), 1 << 20, 65538, 2, stage.equals("mark") ? marks : null, "stage")) {
                                while (blocks.next() != null) {
                                    // the consumer takes each block: nothing else
                                }
                            }
                        }
                        case "pass" -> {
                            try (RecordIndexFile index = new RecordIndexFile(spool, null)) {
                                OutlookLegacyIndexer.index((offset, target) -> channel.read(target, offset), channel.size(), index, 2,
                                        () -> false);
                            }
                        }
                        default -> throw new IllegalArgumentException("stage " + stage + ": read, split, mark or pass");
                    }
                }
                line.append(String.format(" round %d %.3f s wall %.3f s CPU;", round, (System.nanoTime() - start) / 1e9,
                        (os.getProcessCpuTime() - cpu) / 1e9));
            }
            System.out.println(line);
        }
        Files.deleteIfExists(spool);
    }

    /** The file read into 1 MiB heap arrays on two threads, as the pass's workers read it. */
    private static void read(FileChannel channel) throws Exception {
        long size = channel.size();
        AtomicLong next = new AtomicLong();
        Thread[] threads = new Thread[2];
        for (int w = 0; w < threads.length; w++) {
            threads[w] = new Thread(() -> {
                byte[] block = new byte[1 << 20];
                try {
                    for (long at; (at = next.getAndAdd(block.length)) < size;) {
                        ByteBuffer target = ByteBuffer.wrap(block, 0, (int) Math.min(block.length, size - at));
                        while (target.hasRemaining()) {
                            channel.read(target, at + target.position());
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
