package io.mailscope.trace.internal.formats;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import io.mailscope.trace.internal.ChunksAhead;

/**
 * The work of the Outlook 2000-2002 import's run workers alone (issue 16): one thread runs the run scanner
 * ({@link OutlookLegacyRoutineRun.Scanner}, what each worker of {@code RoutineRunsAhead} runs) over the whole file in
 * chunks of 1 MiB read with the look-behind and overlap {@code ChunksAhead} reads, PASSES times in one JVM, and prints
 * the thread's CPU time per pass and a checksum of every run and other-line count found (equal before and after a change
 * that must not change them). Thread CPU time of one thread, without the parse thread, the importing thread and the rule
 * worker on the same two cores: the steadier figure for the workers' cost per byte on a loaded machine.
 * In this package to reach the scanner (package-private); usage: {@code releng/benchmarks/legacy-run-scan-benchmark.sh}.
 */
public final class LegacyRunScan {
    /** {@code TraceImporter}'s window for a run and what decides it, and {@code RoutineRunsAhead}'s look-behind */
    private static final int WINDOW = 64 * 1024;
    private static final int LOOK_BEHIND = 4096;
    private static final int CHUNK = 1 << 20;

    public static void main(String[] args) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        int overlap = WINDOW + 16 * 1024;
        int passes = Integer.parseInt(args[1]);
        double best = Double.MAX_VALUE;
        try (FileChannel channel = FileChannel.open(Path.of(args[0]))) {
            long size = channel.size();
            byte[] buffer = new byte[LOOK_BEHIND + CHUNK + 1 + overlap];
            for (int pass = 0; pass < passes; pass++) {
                OutlookLegacyRoutineRun.Scanner scanner = new OutlookLegacyRoutineRun.Scanner(WINDOW);
                long[] found = new long[3]; // found, routine, checksum
                long cpu = mx.getCurrentThreadCpuTime();
                for (long start = 0; start < size; start += CHUNK) {
                    long end = Math.min(size, start + CHUNK);
                    long readFrom = start == 0 ? 0 : Math.max(0, start - 1 - LOOK_BEHIND);
                    int want = (int) Math.min(size - readFrom, end - readFrom + overlap);
                    int have = 0;
                    while (have < want) {
                        int n = channel.read(ByteBuffer.wrap(buffer, have, want - have), readFrom + have);
                        if (n < 0) {
                            break;
                        }
                        have += n;
                    }
                    int p = 0;
                    if (start > 0) {
                        p = ChunksAhead.indexOfNewline(buffer, (int) (start - readFrom) - 1, have) + 1;
                        if (p == 0) {
                            continue;
                        }
                    }
                    int behind = readFrom == 0 ? 0 : Math.min(p, ChunksAhead.indexOfNewline(buffer, 0, have) + 1);
                    scanner.scan(buffer, readFrom, behind, p, (int) (end - readFrom), have, r -> {
                        found[0]++;
                        found[1] += r.length() >= 0 ? 1 : 0;
                        int detail = r.detail() instanceof OutlookLegacyRoutineRun.Ahead a
                                ? a.match().hashCode() ^ java.util.Arrays.hashCode(a.unbound())
                                : java.util.Objects.hashCode(r.detail());
                        found[2] = found[2] * 31 + r.after() * 7 + r.length() * 5 + r.exchanges() * 3 + r.commands() * 11
                                + r.protocolLines() + detail + java.util.Objects.hashCode(r.context());
                    }, () -> false);
                }
                double seconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
                best = Math.min(best, seconds);
                System.out.printf("pass %d: thread CPU %.3f s, %d asked, %d counted, checksum %d%n", pass, seconds, found[0], found[1],
                        found[2]);
            }
        }
        System.out.printf("best %.3f s%n", best);
    }
}
