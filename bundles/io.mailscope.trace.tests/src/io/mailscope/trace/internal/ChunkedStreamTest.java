package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.internal.formats.LegacyLogEntries;
import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;

/**
 * The parse thread's reader gets the bytes the workers read ahead ({@link ChunkedStream}): whatever it reads and skips,
 * and wherever the chunk borders are, it must get exactly the file's bytes, from the workers' arrays once they started
 * (not from the file again), from the file before that and where a worker could not read its chunk; and an array must
 * not go back to the workers while the reader still copies from it (the reader here dawdles inside each chunk while the
 * workers run ahead and reuse the arrays given back). The whole imports through it: OutlookLegacyCountedEventsTest,
 * FastSlowPathEqualityTest (io.mailscope.diagnosis.tests).
 */
class ChunkedStreamTest {

    /** Findings that hold nothing: only the chunks' bytes are looked at. */
    private static final class Nothing extends ChunksAhead.Found {
        Nothing(int chunk) {
            super(chunk);
        }
    }

    private static ChunksAhead.Scanner<Nothing> scanner() {
        return new ChunksAhead.Scanner<>() {
            @Override
            public Nothing newFound(int k) {
                return new Nothing(k);
            }

            @Override
            public void scan(byte[] bytes, long readFrom, int behind, int from, int chunkEnd, int have, Nothing found,
                    BooleanSupplier closed) {
                // nothing to find
            }
        };
    }

    /** @return workers that find nothing, with the look-behind and overlap the tests read with */
    private static ChunksAhead<Nothing> workersFor(ReadableTrace input) {
        return ChunksAhead.of(input, 1024, 64, ChunkedStreamTest::scanner, "test-chunks-");
    }

    /** @return the parse thread's reader of {@code file}, served by {@code workers} once they started */
    private static ChunkedStream servedBy(InputStream file, ChunksAhead<Nothing> workers) {
        ChunkedStream stream = new ChunkedStream(file);
        stream.serveFrom(workers);
        return stream;
    }

    /** Counts the bytes read from the file itself. */
    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }

    /**
     * Reads the whole input as the parse thread does: lines read in reads of random lengths, runs skipped, and the
     * findings of the chunk where the parser is asked for first (which starts the workers there, at {@code startAt}).
     * Checks that the bytes read are the log's.
     */
    private static void readThrough(ChunkedStream stream, ChunksAhead<Nothing> ahead, long startAt, byte[] log, Random random,
            boolean dawdle, String where) throws IOException {
        byte[] got = new byte[log.length];
        byte[] want = log.clone();
        byte[] buffer = new byte[8192];
        int position = 0;
        boolean started = false;
        long dawdledIn = -1;
        while (true) {
            if (position >= startAt) {
                ahead.chunk(Math.min(position, log.length - 1)); // the parser at (or behind) the reader's position
                started = true;
            }
            if (started && random.nextInt(3) == 0) {
                int skip = random.nextInt(3 * ahead.chunkSize() / 2 + 1);
                long skipped = stream.skip(skip);
                assertEquals(Math.min(skip, log.length - position), skipped, "skipped at " + position + ", " + where);
                Arrays.fill(want, position, position + (int) skipped, (byte) 0);
                position += (int) skipped;
                continue;
            }
            int n = stream.read(buffer, 0, 1 + random.nextInt(buffer.length));
            if (n < 0) {
                break;
            }
            System.arraycopy(buffer, 0, got, position, n);
            position += n;
            long chunk = position / ahead.chunkSize();
            if (dawdle && chunk != dawdledIn) {
                // the workers fill every slot ahead meanwhile, with the arrays given back to them
                dawdledIn = chunk;
                LockSupport.parkNanos(2_000_000);
            }
        }
        assertEquals(log.length, position, where);
        assertArrayEquals(want, got, where);
    }

    @Test
    void theReaderGetsTheFilesBytesFromTheWorkersArrays(@TempDir Path dir) throws IOException {
        byte[] log = LegacyLogEntries.faultyLog();
        Path file = Files.write(dir.resolve("outlook.txt"), log);
        for (int chunk : List.of(613, 4093, 65_536, log.length, log.length + 1)) {
            for (long startAt : List.of(0L, (long) log.length / 3)) {
                for (boolean dawdle : List.of(false, true)) {
                    if (dawdle && chunk > 4093) {
                        continue;
                    }
                    int before = ChunksAhead.chunkBytes(chunk);
                    try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                            CountingStream fileStream = new CountingStream(Files.newInputStream(file));
                            ChunksAhead<Nothing> ahead = workersFor(input)) {
                        ChunkedStream stream = servedBy(fileStream, ahead);
                        String where = "chunks of " + chunk + ", workers from " + startAt + (dawdle ? ", dawdling" : "");
                        readThrough(stream, ahead, startAt, log, new Random(chunk * 31L + startAt), dawdle, where);
                        // from the file: only what was read before the workers started
                        assertTrue(fileStream.read <= startAt + 8192, fileStream.read + " bytes read from the file, " + where);
                    } finally {
                        ChunksAhead.chunkBytes(before);
                    }
                }
            }
        }
    }

    /**
     * The parser moves into the next chunk before the reader asks for that chunk's bytes (the reader skipped to it),
     * and a worker publishes the chunk that takes the served chunk's slot meanwhile: the served chunk's array must
     * still go back to the workers once the reader asks for a later chunk, so that the arrays made stay as many as the
     * chunks ahead need, however long the input.
     */
    @Test
    void theServedChunksArrayGoesBackAfterAWorkerTookItsSlot(@TempDir Path dir) throws IOException {
        byte[] log = LegacyLogEntries.faultyLog();
        Path file = Files.write(dir.resolve("outlook.txt"), log);
        int chunk = 613;
        int chunks = log.length / chunk;
        int ahead = 8; // ChunksAhead.CHUNKS_AHEAD
        int before = ChunksAhead.chunkBytes(chunk);
        try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                CountingStream fileStream = new CountingStream(Files.newInputStream(file));
                ChunksAhead<Nothing> workers = workersFor(input)) {
            ChunkedStream stream = servedBy(fileStream, workers);
            workers.chunk(0);
            byte[] one = new byte[1];
            for (int k = 0; k + ahead < chunks; k++) {
                // the reader copies from chunk k, then skips to the next chunk without reading on
                assertEquals(1, stream.read(one, 0, 1));
                assertEquals(log[k * chunk], one[0], "the first byte of chunk " + k);
                // the parser moves on into chunk k + 1: a worker may take the slot of the chunk the reader is served from
                workers.chunk((long) (k + 1) * chunk);
                long waited = System.nanoTime();
                while (!workers.published(k + ahead)) {
                    assertTrue(System.nanoTime() - waited < 30_000_000_000L, "chunk " + (k + ahead) + " never published");
                    LockSupport.parkNanos(100_000);
                }
                assertEquals(chunk - 1, stream.skip(chunk - 1));
            }
            assertEquals(0, fileStream.read, "bytes read from the file");
            // the slots, the chunk served, one per worker being read, one given back before a worker takes it
            int bound = ahead + 4;
            assertTrue(workers.arraysMade() <= bound, workers.arraysMade() + " arrays made for " + chunks + " chunks, at most " + bound + " expected");
        } finally {
            ChunksAhead.chunkBytes(before);
        }
    }

    @Test
    void aChunkTheWorkersCannotReadIsReadFromTheFile(@TempDir Path dir) throws IOException {
        byte[] log = LegacyLogEntries.faultyLog();
        Path file = Files.write(dir.resolve("outlook.txt"), log);
        int chunk = 4093;
        long failing = 7;
        int before = ChunksAhead.chunkBytes(chunk);
        try (ReadableTrace plain = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                CountingStream fileStream = new CountingStream(Files.newInputStream(file));
                ChunksAhead<Nothing> ahead = ChunksAhead.of(new FailingChunk(plain, failing * chunk), 1024, 64,
                        ChunkedStreamTest::scanner, "test-chunks-")) {
            ChunkedStream stream = servedBy(fileStream, ahead);
            readThrough(stream, ahead, 0, log, new Random(5), false, "a failing chunk");
            // the failing chunk and the one before it, whose overlap reaches into it
            assertTrue(fileStream.read > 0 && fileStream.read <= 2 * chunk + 8192, fileStream.read + " bytes read from the file");
        } finally {
            ChunksAhead.chunkBytes(before);
        }
    }

    /** A trace whose bytes from {@code from} on cannot be read at any offset (the workers'), for one chunk. */
    private record FailingChunk(ReadableTrace trace, long from) implements ReadableTrace {
        @Override
        public int read(long offset, ByteBuffer target) throws IOException {
            if (offset <= from && offset + target.remaining() > from) {
                throw new IOException("unreadable bytes at " + from);
            }
            return trace.read(offset, target);
        }

        @Override
        public String name() {
            return trace.name();
        }

        @Override
        public String decoding() {
            return trace.decoding();
        }

        @Override
        public InputStream openStream() throws IOException {
            return trace.openStream();
        }

        @Override
        public long size() {
            return trace.size();
        }

        @Override
        public long expectedSize() {
            return trace.expectedSize();
        }

        @Override
        public void close() throws IOException {
            trace.close();
        }
    }
}
