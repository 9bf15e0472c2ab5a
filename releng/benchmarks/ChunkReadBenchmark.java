import java.lang.foreign.Arena;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Issue 16: what the run workers pay to get their chunks of a plain file (ChunksAhead: 1 MiB, 4 KiB before it and
 * 80 KiB after it), one thread, thread CPU: a positional read into the array (the kernel copies into a direct buffer,
 * the JDK copies that into the array) against a copy from a mapping unmapped after each chunk (MappedFileCopy).
 * Alternating, ROUNDS times each.
 * usage: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC releng/benchmarks/ChunkReadBenchmark.java FILE ROUNDS
 */
public class ChunkReadBenchmark {
    private static final int CHUNK = 1 << 20;
    private static final int LOOK_BEHIND = 4096;
    private static final int OVERLAP = 80 * 1024;

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] buffer = new byte[LOOK_BEHIND + CHUNK + 1 + OVERLAP];
        try (FileChannel channel = FileChannel.open(Path.of(args[0]))) {
            long size = channel.size();
            for (int round = 0; round < Integer.parseInt(args[1]); round++) {
                for (boolean mapped : new boolean[] { false, true }) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    long check = 0;
                    for (long start = 0; start < size; start += CHUNK) {
                        long from = start == 0 ? 0 : Math.max(0, start - 1 - LOOK_BEHIND);
                        int want = (int) Math.min(size - from, Math.min(size, start + CHUNK) - from + OVERLAP);
                        if (mapped) {
                            try (Arena arena = Arena.ofConfined()) {
                                channel.map(FileChannel.MapMode.READ_ONLY, from, want, arena).asByteBuffer().get(0, buffer, 0, want);
                            }
                        } else {
                            for (int have = 0; have < want;) {
                                int n = channel.read(ByteBuffer.wrap(buffer, have, want - have), from + have);
                                if (n < 0) {
                                    throw new IllegalStateException("the file got shorter");
                                }
                                have += n;
                            }
                        }
                        check += buffer[want - 1] + buffer[want / 2];
                    }
                    System.out.printf("%-6s thread CPU %.3f s, wall %.3f s (check %d)%n", mapped ? "map" : "read",
                            (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, check);
                }
            }
        }
    }
}
