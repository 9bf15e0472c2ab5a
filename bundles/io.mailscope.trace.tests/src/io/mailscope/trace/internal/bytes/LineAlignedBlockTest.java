package io.mailscope.trace.internal.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.internal.read.DecodedLine;

/** Blocks read by ranges give every line of the input once, whole, at its offset. */
class LineAlignedBlockTest {

    @TempDir
    Path dir;

    /** An input that hands out at most {@code maxPerRead} bytes per read, as a spool still arriving does. */
    static PositionalInput of(byte[] bytes, int maxPerRead) {
        return (offset, target) -> {
            if (offset >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(Math.min(target.remaining(), maxPerRead), bytes.length - offset);
            target.put(bytes, (int) offset, n);
            return n;
        };
    }

    /** @return {offset, end of text} of every line, block by block */
    private static List<long[]> linesByBlocks(PositionalInput input, long size, int range, int capacity, int max)
            throws IOException {
        LineAlignedBlock block = new LineAlignedBlock(capacity, max);
        LineBlock lines = new LineBlock();
        List<long[]> result = new ArrayList<>();
        for (long start = 0; start < size; start += range) {
            block.read(input, start, Math.min(size, start + range));
            LineScanner.scan(block.buffer(), block.first(), block.to(), block.endOfInput(), lines);
            assertEquals(block.to(), lines.next(), "a block ends after a whole line");
            assertTrue(!block.endOfInput() || block.base() + block.to() >= size, "only the last block reaches the end");
            for (int i = 0; i < lines.count(); i++) {
                long offset = block.base() + lines.start(i);
                assertTrue(offset >= start && offset < start + range, "line at " + offset + " belongs to " + start);
                result.add(new long[] { offset, block.base() + lines.end(i) });
            }
        }
        return result;
    }

    @Test
    void everyLineOnceAtEveryChunkBorder() throws IOException {
        Random random = new Random(22);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = LineScannerTest.randomText(random, random.nextInt(40));
            List<DecodedLine> expected = LineScannerTest.reference(bytes);
            int range = 1 + random.nextInt(random.nextBoolean() ? 16 : 600); // borders inside CR LF, at LF, mid-line
            int capacity = range + 1 + random.nextInt(8);
            List<long[]> got = linesByBlocks(of(bytes, 1 + random.nextInt(50)), bytes.length, range, capacity, 1 << 20);
            assertEquals(expected.size(), got.size(), "range " + range);
            for (int i = 0; i < got.size(); i++) {
                DecodedLine line = expected.get(i);
                assertEquals(line.offset(), got.get(i)[0]);
                int end = (int) line.offset() + line.byteLength();
                if (end > line.offset() && bytes[end - 1] == '\n') {
                    end--;
                }
                if (end > line.offset() && bytes[end - 1] == '\r') {
                    end--;
                }
                assertEquals(end, got.get(i)[1], "end of line " + (i + 1));
            }
        }
    }

    @Test
    void aLineLongerThanTheBufferGrowsItUpToTheLimit() throws IOException {
        String longLine = "x".repeat(10_000);
        byte[] bytes = ("a\n" + longLine + "\r\nb\n").getBytes(StandardCharsets.US_ASCII);
        List<long[]> lines = linesByBlocks(of(bytes, 300), bytes.length, 100, 101, 64 * 1024);
        assertEquals(3, lines.size());
        assertEquals(2 + 10_000, lines.get(1)[1]);
        assertThrows(LineAlignedBlock.LineTooLongException.class,
                () -> linesByBlocks(of(bytes, 300), bytes.length, 100, 101, 4096));
    }

    /** A sparse file of 5 GiB: lines around the 2 GiB and 4 GiB marks are read at their 64-bit offsets. */
    @Test
    void offsetsBeyondTwoAndFourGigabytes() throws IOException {
        Path file = dir.resolve("sparse.log");
        long[] marks = { (1L << 31) - 7, (1L << 32) + 3, 5L << 30 };
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength((5L << 30) + 64);
            for (long mark : marks) {
                raf.seek(mark - 1);
                raf.write(("\nline at " + mark + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            PositionalInput input = (offset, target) -> channel.read(target, offset);
            LineAlignedBlock block = new LineAlignedBlock(1 << 16, 1 << 16);
            LineBlock lines = new LineBlock();
            for (long mark : marks) {
                block.read(input, mark - 10, mark + 10);
                LineScanner.scan(block.buffer(), block.first(), block.to(), block.endOfInput(), lines);
                assertEquals(1, lines.count(), "the line at " + mark);
                assertEquals(mark, block.base() + lines.start(0));
                byte[] text = new byte[lines.end(0) - lines.start(0)];
                block.buffer().get(lines.start(0), text);
                assertEquals("line at " + mark, new String(text, StandardCharsets.US_ASCII));
            }
        }
    }
}
