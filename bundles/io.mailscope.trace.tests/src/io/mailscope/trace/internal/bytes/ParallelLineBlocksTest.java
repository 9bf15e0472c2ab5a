package io.mailscope.trace.internal.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.read.DecodedLine;

/** Blocks scanned by several workers come to the consumer in order: every line once, at its offset. */
class ParallelLineBlocksTest {

    @Test
    void everyLineOnceInOrderWithKnownAndUnknownSize() throws IOException {
        Random random = new Random(33);
        for (int round = 0; round < 150; round++) {
            byte[] bytes = LineScannerTest.randomText(random, random.nextInt(300));
            List<DecodedLine> expected = LineScannerTest.reference(bytes);
            int range = 1 + random.nextInt(random.nextBoolean() ? 64 : 5000);
            long size = random.nextBoolean() ? bytes.length : -1;
            int workers = 1 + random.nextInt(3);
            int k = 0;
            try (ParallelLineBlocks blocks = new ParallelLineBlocks(LineAlignedBlockTest.of(bytes, 1 + random.nextInt(4000)), size, range, 1 << 16,
                    workers, block -> block.prepared = Integer.valueOf(block.lines().count()), "test")) {
                ParallelLineBlocks.Scanned block;
                long number = 0;
                while ((block = blocks.next()) != null) {
                    assertEquals(number++, block.number(), "blocks come in order");
                    assertEquals(Integer.valueOf(block.lines().count()), block.prepared, "prepared on the worker");
                    ByteBuffer buffer = block.bytes().buffer();
                    for (int i = 0; i < block.lines().count(); i++, k++) {
                        assertEquals(expected.get(k).offset(), block.bytes().base() + block.lines().start(i),
                                "line " + (k + 1) + ", range " + range + ", size " + size);
                        assertEquals(buffer, block.bytes().buffer());
                    }
                }
            }
            assertEquals(expected.size(), k, "lines, range " + range + ", size " + size + ", workers " + workers);
        }
    }

    @Test
    void smallFirstBlocksThenWholeRanges() throws IOException {
        byte[] bytes = LineScannerTest.randomText(new Random(44), 8000);
        List<DecodedLine> expected = LineScannerTest.reference(bytes);
        int k = 0;
        try (ParallelLineBlocks blocks = new ParallelLineBlocks(LineAlignedBlockTest.of(bytes, 1 << 20), bytes.length, 300_000,
                1 << 16, 2, null, "test")) {
            ParallelLineBlocks.Scanned block;
            while ((block = blocks.next()) != null) {
                for (int i = 0; i < block.lines().count(); i++, k++) {
                    assertEquals(expected.get(k).offset(), block.bytes().base() + block.lines().start(i), "line " + (k + 1));
                }
            }
        }
        assertEquals(expected.size(), k);
    }

    @Test
    void aLineTooLongFailsTheConsumerAtItsBlock() {
        byte[] bytes = ("short\n" + "x".repeat(20_000) + "\nshort\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThrows(LineAlignedBlock.LineTooLongException.class, () -> {
            try (ParallelLineBlocks blocks = new ParallelLineBlocks(LineAlignedBlockTest.of(bytes, 100), bytes.length, 64, 1000, 2, null, "test")) {
                while (blocks.next() != null) {
                    // the block with the long line throws
                }
            }
        });
    }
}
