package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.internal.bytes.MappedFileCopy;
import io.mailscope.trace.internal.formats.LegacyLogEntries;
import io.mailscope.trace.internal.formats.OutlookLegacyFormat;
import io.mailscope.trace.internal.formats.RoutineTriage;
import io.mailscope.trace.internal.source.MappableTrace;
import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.TraceParser;

/**
 * The workers that match the routine runs of an Outlook 2000-2002 log ahead of the parse thread, chunk by chunk, must
 * give, wherever the parser asks and takes their answer, exactly what the parser's own triage answers on the same bytes
 * in the parser's state: with chunk borders everywhere (inside runs, on a "Connected to host" line and one byte before
 * and after it, on the LogText header before it, so that the run's context is set in the chunk before), around faults
 * that make a run not routine (a failing status, a late entry of a connection, a late reply after a connection's close
 * that the lookahead of the connection before passes and the connection's own may not, interleaved connections, a password in
 * clear, a context the parser has bound where the workers cannot know it), with LF and CR LF line ends, with one chunk larger than the log, and when the workers cannot read a chunk.
 * (FastSlowPathEqualityTest in io.mailscope.diagnosis.tests compares whole imports with such chunks.)
 */
class RoutineRunsAheadTest {

    /** What the importer lets a run and its lookahead take. */
    private static final int WINDOW = 64 * 1024;
    /**
     * Where the parser asked for a run (after the "Connected to host" line at {@code lineStart}), or for other lines
     * (after a "Disconnected from host" line; {@code lines} -2).
     */
    private record Asked(long lineStart, long after, int expected, int[] counts, int lines) {
    }

    /**
     * Feeds the whole log to a parser as the importer does once the model is full: line by line, and at each line after
     * which it would ask for a routine run or for other lines, asks its triage on the bytes (the answer the parse
     * thread gives without workers), then {@code ahead} (when given): what the workers found that the parser takes must
     * be exactly the triage's answer. Runs and other lines the triage accepts are counted and their lines skipped, so the
     * parser is in the state of an import that counts them.
     *
     * @return where the parser asked, and what its own triage answered
     */
    private static List<Asked> parse(byte[] log, RoutineRunsAhead ahead, int[] used) {
        return parse(log, ahead, used, new int[1], new ArrayList<>());
    }

    /**
     * {@link #parse(byte[], RoutineRunsAhead, int[])}, and with {@code ahead}, the line after each count taken as the
     * importer takes it where the workers decided it ({@link RoutineTriage#routineEntryLineFound}, counted in
     * {@code taken}): it must be the line the parser's {@link RoutineTriage#routineEntryLine} accepts on its bytes.
     * The records the parser gives go to {@code records}.
     */
    private static List<Asked> parse(byte[] log, RoutineRunsAhead ahead, int[] used, int[] taken, List<Object> records) {
        TraceParser parser = new OutlookLegacyFormat().newParser();
        RoutineTriage triage = (RoutineTriage) parser;
        List<Asked> asked = new ArrayList<>();
        List<Object> counted = records;
        int offset = 0;
        int number = 1;
        boolean afterCount = false;
        while (offset < log.length) {
            int lf = offset;
            while (log[lf] != '\n') {
                lf++;
            }
            int end = lf > offset && log[lf - 1] == '\r' ? lf - 1 : lf;
            int decided = RoutineTriage.NOT_ROUTINE;
            if (afterCount && ahead != null) {
                // the parser's answer on the bytes first, so that the line taken is what the workers' decision made it
                int onBytes = triage.routineEntryLine(log, offset, Math.min(log.length, offset + 256));
                RoutineTriage.RunAhead next = ahead.next(offset);
                decided = next == null || next.length() < 0 ? RoutineTriage.NOT_ROUTINE : triage.routineEntryLineFound(next, offset);
                // decided wherever the importer took the line on its bytes: an entry line with a count found after it
                RoutineTriage.RunAhead after = onBytes < 0 ? null : ahead.find(offset, onBytes);
                assertEquals(after != null && after.length() >= 0, decided >= 0, "the line at offset " + offset + " decided");
                if (decided >= 0) {
                    assertEquals(onBytes, offset + decided, "the entry line at offset " + offset);
                    triage.routineEntryLineTaken(number++, offset, counted::add);
                    taken[0]++;
                }
            }
            if (decided < 0) {
                parser.accept(new SourceLine(number++, offset, new String(log, offset, end - offset, StandardCharsets.ISO_8859_1)),
                        counted::add);
            }
            afterCount = false;
            int after = lf + 1;
            int next = after;
            if (triage.routineOtherLinesMayFollow()) {
                // after the "Disconnected from host" of a counted run: the other lines up to the next entry that is none
                int[] lines = new int[1];
                int others = triage.routineOtherLines(log, after, Math.min(log.length, after + WINDOW), lines);
                int expected = others >= 0 ? others - after : others;
                asked.add(new Asked(offset, after, expected, new int[] { lines[0] }, -2));
                if (ahead != null) {
                    RoutineTriage.RunAhead found = ahead.find(offset, after);
                    int[] foundLines = new int[1];
                    if (found != null && triage.routineOtherLinesFound(found, foundLines)) {
                        String where = "other lines after the line at offset " + offset;
                        assertEquals(expected < 0 ? RoutineTriage.NOT_ROUTINE : expected, found.length(), where);
                        if (expected >= 0) {
                            assertEquals(lines[0], foundLines[0], where);
                        }
                        used[0]++;
                    }
                    // the parser's own answer is taken on, as the importer takes on the workers' equal one
                    triage.routineOtherLines(log, after, Math.min(log.length, after + WINDOW), lines);
                }
                if (others >= 0) {
                    counted.add(triage.routineOtherLinesCounted(counted::add));
                    next = others;
                    number += lines[0];
                    afterCount = true;
                }
            } else if (triage.routineMayFollow()) {
                int[] counts = new int[3];
                int run = triage.routineRun(log, after, Math.min(log.length, after + WINDOW), counts);
                int expected = run >= 0 ? run - after : run;
                int lines = run >= 0 ? triage.routineRunLines(counts) : -1;
                asked.add(new Asked(offset, after, expected, counts, lines));
                if (ahead != null) {
                    RoutineTriage.RunAhead found = ahead.find(offset, after);
                    int[] foundCounts = new int[3];
                    if (found != null && triage.routineRunFound(found, foundCounts)) {
                        String where = "run after the line at offset " + offset;
                        assertEquals(expected < 0 ? RoutineTriage.NOT_ROUTINE : expected, found.length(), where);
                        if (expected >= 0) {
                            assertArrayEquals(counts, foundCounts, where);
                            assertEquals(lines, triage.routineRunLines(foundCounts), where);
                        }
                        used[0]++;
                    }
                    triage.routineRun(log, after, Math.min(log.length, after + WINDOW), counts);
                }
                if (run >= 0) {
                    counted.add(triage.routineRunCounted(counted::add, counts));
                    next = run;
                    number += lines;
                    afterCount = true;
                }
            }
            offset = next;
        }
        return asked;
    }

    @Test
    void runsTheWorkersFindAreWhatTheParsersTriageAnswersWhereverTheChunksAreCut(@TempDir Path dir) throws IOException {
        byte[] log = timesVaried(LegacyLogEntries.faultyLog());
        Path file = Files.write(dir.resolve("outlook.txt"), log);
        List<Object> expectedRecords = new ArrayList<>();
        List<Asked> asked = parse(log, null, new int[1], new int[1], expectedRecords);
        long counts = asked.stream().filter(a -> a.expected() >= 0).count();
        long routine = asked.stream().filter(a -> a.expected() >= 0 && a.lines() >= 0).count();
        long notRoutine = asked.stream().filter(a -> a.expected() == RoutineTriage.NOT_ROUTINE && a.lines() >= -1).count();
        long otherLines = asked.stream().filter(a -> a.expected() >= 0 && a.lines() == -2).count();
        assertTrue(routine > 150 && notRoutine > 40 && otherLines > 150, routine + " routine runs, " + notRoutine + " not, "
                + otherLines + " other lines after a disconnection");
        List<Integer> chunks = new ArrayList<>(List.of(613, 4093, 65_536, log.length, log.length + 1));
        // borders on the "Connected to host" lines of routine runs and of faults, and on the header line before them
        List<Asked> runs = asked.stream().filter(a -> a.lines() != -2).toList();
        for (int i : List.of(3, 16, 17, 28, 29, 30, 31, 48, 60)) {
            Asked a = runs.get(i);
            int start = (int) a.lineStart();
            int header = lineStartBefore(log, lineStartBefore(log, start));
            for (int border : List.of(start - 1, start, start + 1, (int) a.after() - 1, (int) a.after(), header, header + 1)) {
                chunks.add(border);
            }
        }
        for (int chunk : chunks) {
            int before = ChunksAhead.chunkBytes(chunk);
            try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                    RoutineRunsAhead ahead = RoutineRunsAhead.of(input, triage(), WINDOW)) {
                assertNotNull(ahead, "a plain file of known size");
                // the workers copy its chunks from a mapping (MappedFileCopy), the path of the command's plain files
                assertTrue(input instanceof MappableTrace && MappedFileCopy.available(), "a plain file is mapped");
                int[] used = new int[1];
                int[] taken = new int[1];
                List<Object> records = new ArrayList<>();
                parse(log, ahead, used, taken, records);
                // the workers answer nearly everywhere: only runs whose header is beyond the look-behind before a
                // chunk are left to the parse thread
                assertTrue(used[0] * 10L >= asked.size() * 9L, used[0] + " of " + asked.size() + " answered ahead, chunks of " + chunk);
                // and decide nearly every line after a count, which the parser then takes as it takes the line it reads
                assertTrue(taken[0] * 10L >= counts * 8L, taken[0] + " of " + counts + " lines after a count decided ahead, chunks of " + chunk);
                assertSameRecords(expectedRecords, records, "chunks of " + chunk);
            } finally {
                ChunksAhead.chunkBytes(before);
            }
        }
    }

    @Test
    void aChunkTheWorkersCannotReadIsLeftToTheParseThread(@TempDir Path dir) throws IOException {
        byte[] log = LegacyLogEntries.faultyLog();
        Path file = Files.write(dir.resolve("outlook.txt"), log);
        List<Asked> asked = parse(log, null, new int[1]);
        int chunk = 16_384;
        long failing = asked.get(200).lineStart() / chunk;
        int before = ChunksAhead.chunkBytes(chunk);
        try (ReadableTrace plain = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                RoutineRunsAhead ahead = RoutineRunsAhead.of(new FailingChunk(plain, failing * chunk, chunk), triage(), WINDOW)) {
            for (Asked a : asked) {
                RoutineTriage.RunAhead found = ahead.find(a.lineStart(), a.after());
                if (a.lineStart() / chunk == failing) {
                    assertNull(found, "the chunk that could not be read has no answers");
                } else if (a.expected() >= 0 && a.lineStart() / chunk > failing + 1) {
                    assertNotNull(found, "the chunks after it have theirs, at " + a.lineStart());
                }
            }
        } finally {
            ChunksAhead.chunkBytes(before);
        }
        // with the workers turned off, the parse thread triages alone
        ChunksAhead.chunkBytes(0);
        try (ReadableTrace plain = TraceSources.open(TraceSource.of(file), SourceLimits.defaults())) {
            assertNull(RoutineRunsAhead.of(plain, triage(), WINDOW));
        } finally {
            ChunksAhead.chunkBytes(before);
        }
    }

    @Test
    void aPlainFileThatCannotBeMappedIsRead(@TempDir Path dir) throws IOException {
        byte[] log = LegacyLogEntries.faultyLog();
        Path file = Files.write(dir.resolve("outlook.txt"), log);
        List<Asked> asked = parse(log, null, new int[1]);
        int before = ChunksAhead.chunkBytes(4093);
        try (ReadableTrace plain = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                FileChannel closed = FileChannel.open(file, StandardOpenOption.READ)) {
            closed.close(); // every mapping fails, as on a file system that cannot map
            try (RoutineRunsAhead ahead = RoutineRunsAhead.of(new Unmappable(plain, closed), triage(), WINDOW)) {
                int[] used = new int[1];
                parse(log, ahead, used);
                assertTrue(used[0] * 10L >= asked.size() * 9L, used[0] + " of " + asked.size() + " answered ahead");
            }
        } finally {
            ChunksAhead.chunkBytes(before);
        }
    }

    /** A plain file whose channel cannot map: the workers read its chunks instead. */
    private record Unmappable(ReadableTrace trace, FileChannel channel) implements MappableTrace, DelegatingTrace {
    }

    /**
     * {@code log} with the timestamp at each line's start one second later every third line (the faulty log has one
     * timestamp): the entry lines the workers decide carry their own time, which the records must show.
     */
    private static byte[] timesVaried(byte[] log) {
        byte[] varied = log.clone();
        byte[] stamp = LegacyLogEntries.T.getBytes(StandardCharsets.US_ASCII);
        int line = 0;
        for (int i = 0; i + stamp.length <= varied.length; i = indexAfterLf(varied, i)) {
            if (java.util.Arrays.equals(varied, i, i + stamp.length, stamp, 0, stamp.length)) {
                int seconds = line++ / 3;
                String time = String.format("2003.07.11 %02d:%02d:%02d", 8 + seconds / 3600, seconds / 60 % 60, seconds % 60); //$NON-NLS-1$
                System.arraycopy(time.getBytes(StandardCharsets.US_ASCII), 0, varied, i, stamp.length);
            }
        }
        return varied;
    }

    private static int indexAfterLf(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    /** The same records in the same order, the first that differs named. */
    private static void assertSameRecords(List<Object> expected, List<Object> actual, String where) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "record " + i + ", " + where);
        }
        assertEquals(expected.size(), actual.size(), "records, " + where);
    }

    private static RoutineTriage.RunsAhead triage() {
        RoutineTriage.RunsAhead runs = ((RoutineTriage) new OutlookLegacyFormat().newParser()).runsAhead();
        assertNotNull(runs);
        return runs;
    }

    private static int lineStartBefore(byte[] log, int lineStart) {
        int i = lineStart - 2;
        while (i >= 0 && log[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    /** A trace whose bytes in one chunk cannot be read at any offset (a disk error, a file truncated meanwhile). */
    private record FailingChunk(ReadableTrace trace, long from, int length) implements DelegatingTrace {
        @Override
        public int read(long offset, ByteBuffer target) throws IOException {
            if (offset < from + length && offset + target.remaining() > from) {
                throw new IOException("unreadable bytes at " + from);
            }
            return trace.read(offset, target);
        }
    }

    /** A trace that answers as {@link #trace()} does, but for what a test changes. */
    private interface DelegatingTrace extends ReadableTrace {
        ReadableTrace trace();

        @Override
        default String name() {
            return trace().name();
        }

        @Override
        default String decoding() {
            return trace().decoding();
        }

        @Override
        default InputStream openStream() throws IOException {
            return trace().openStream();
        }

        @Override
        default int read(long offset, ByteBuffer target) throws IOException {
            return trace().read(offset, target);
        }

        @Override
        default long size() {
            return trace().size();
        }

        @Override
        default long expectedSize() {
            return trace().expectedSize();
        }

        @Override
        default void close() throws IOException {
            trace().close();
        }
    }
}
