package io.mailscope.trace.internal.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run workers copy their chunks of a plain file from a mapping: the bytes a read gives, at any offset. */
class MappedFileCopyTest {

    @Test
    void copiesTheBytesOfAnyRegionAsAReadGivesThem(@TempDir Path dir) throws IOException {
        // the runtime the product ships (Java 25) has the mapping API: without it the workers would read, silently
        assertTrue(MappedFileCopy.available(), "java.lang.foreign's Arena and FileChannel.map(..., Arena)");
        byte[] bytes = new byte[3 * 4096 + 777];
        new Random(16).nextBytes(bytes);
        Path file = Files.write(dir.resolve("trace.log"), bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // offsets on and around page borders, lengths up to the file's end
            for (int offset : new int[] { 0, 1, 4095, 4096, 4097, 8191, 12_288, bytes.length - 1 }) {
                for (int length : new int[] { 1, 7, 4096, 5000, bytes.length - offset }) {
                    if (offset + length > bytes.length) {
                        continue;
                    }
                    assertCopies(bytes, offset, length, (o, into, n) -> MappedFileCopy.copy(channel, o, into, n));
                }
            }
        }
    }

    @Test
    void aFileCutShortWhileMappedIsAFailedReadNotACrash(@TempDir Path dir) throws IOException {
        byte[] bytes = pagesOfX(5);
        Path file = Files.write(dir.resolve("trace.log"), bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel writer = FileChannel.open(file, StandardOpenOption.WRITE)) {
            writer.truncate(4096); // the log rotated after the import took its size
            byte[] into = new byte[bytes.length];
            // the region no longer lies within the file: the mapping is refused (a read-only channel does not extend
            // the file), the workers leave the chunk to the parse thread
            assertThrows(IOException.class, () -> MappedFileCopy.copy(channel, 0, into, bytes.length));
            MappedFileCopy.copy(channel, 1, into, 4095);
            assertArrayEquals(Arrays.copyOfRange(bytes, 1, 4096), Arrays.copyOf(into, 4095), "what is left is copied");
        }
    }

    @Test
    void aWorkersWindowCopiesEachRegionItHoldsAndMapsAnotherForTheOthers(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[40 * 1000 + 123];
        new Random(17).nextBytes(bytes);
        Path file = Files.write(dir.resolve("trace.log"), bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                MappedFileCopy window = new MappedFileCopy(channel, bytes.length, 8192)) {
            // a worker's chunks in order, overlapping as the look-behind and overlap make them: some within the window
            // mapped for a chunk before, some reaching beyond it, the last ones up to the file's end
            for (int offset = 0; offset < bytes.length; offset += 1000 + offset % 3 * 777) {
                int length = Math.min(bytes.length - offset, 1500 + offset % 5 * 900);
                assertCopies(bytes, offset, length, window::copyFrom);
            }
            // a region before the window mapped now, and one larger than the window
            byte[] into = new byte[bytes.length];
            window.copyFrom(5, into, 100);
            assertArrayEquals(Arrays.copyOfRange(bytes, 5, 105), Arrays.copyOf(into, 100), "a region behind the window");
            window.copyFrom(1, into, bytes.length - 1);
            assertArrayEquals(Arrays.copyOfRange(bytes, 1, bytes.length), Arrays.copyOf(into, bytes.length - 1),
                    "a region larger than the window");
        }
    }

    @Test
    void aFileCutShortWithinTheMappedWindowIsAFailedReadNotACrash(@TempDir Path dir) throws IOException {
        byte[] bytes = pagesOfX(8);
        Path file = Files.write(dir.resolve("trace.log"), bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel writer = FileChannel.open(file, StandardOpenOption.WRITE);
                MappedFileCopy window = new MappedFileCopy(channel, bytes.length, bytes.length)) {
            byte[] into = new byte[2 * 4096];
            window.copyFrom(0, into, 4096); // maps the whole file
            writer.truncate(4096); // the log rotated while the window was mapped
            // the next chunk lies in the window but no longer in the file: the copy faults (SIGBUS), a failed read
            assertThrows(IOException.class, () -> window.copyFrom(3 * 4096, into, 2 * 4096));
            window.copyFrom(1, into, 4095);
            assertArrayEquals(Arrays.copyOfRange(bytes, 1, 4096), Arrays.copyOf(into, 4095), "what is left is copied");
        }
    }

    /** How a test copies a region of its file. */
    private interface RegionCopy {
        void copy(long offset, byte[] into, int length) throws IOException;
    }

    /** Copies {@code bytes[offset..offset + length)} of the file into a larger array: those bytes, nothing after. */
    private static void assertCopies(byte[] bytes, int offset, int length, RegionCopy copy) throws IOException {
        byte[] into = new byte[length + 3];
        Arrays.fill(into, (byte) '#');
        copy.copy(offset, into, length);
        assertArrayEquals(Arrays.copyOfRange(bytes, offset, offset + length), Arrays.copyOf(into, length),
                "offset " + offset + ", length " + length);
        assertArrayEquals(new byte[] { '#', '#', '#' }, Arrays.copyOfRange(into, length, length + 3),
                "nothing written after the region");
    }

    /** @return {@code pages} pages of 'x' */
    private static byte[] pagesOfX(int pages) {
        byte[] bytes = new byte[pages * 4096];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
