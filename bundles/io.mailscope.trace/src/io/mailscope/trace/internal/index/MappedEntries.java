package io.mailscope.trace.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import io.mailscope.trace.internal.source.TempFiles;

/**
 * Fixed-size entries in a temporary memory-mapped file, appended by one thread and read by any: the file is mapped in
 * windows of {@link #WINDOW_BYTES} as it grows (64-bit positions, so more than 2 GB of entries work), entries never
 * straddle two windows, and an entry is visible to readers once {@link #publish} has counted it. Nothing of it is
 * on the Java heap but the window objects. The file is unlinked at once where the system allows it and deleted on
 * close.
 */
final class MappedEntries implements Closeable {

    static final int WINDOW_BYTES = 1 << 26;

    private final int entryBytes;
    private final int entriesPerWindow;
    private final FileChannel channel;
    private volatile MappedByteBuffer[] windows = new MappedByteBuffer[0];
    private volatile long count;

    MappedEntries(Path directory, String prefix, int entryBytes) throws IOException {
        if (WINDOW_BYTES % entryBytes != 0) {
            throw new IllegalArgumentException("entry size must divide the window size: " + entryBytes); //$NON-NLS-1$
        }
        this.entryBytes = entryBytes;
        this.entriesPerWindow = WINDOW_BYTES / entryBytes;
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, prefix, ".tmp"); //$NON-NLS-1$
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        TempFiles.unlinkWhileOpen(file);
    }

    /** @return entries published so far */
    long count() {
        return count;
    }

    /** Writer only: the window holding entry {@code i} (mapped on first use), for absolute puts at {@link #at}. */
    MappedByteBuffer forWriting(long i) throws IOException {
        int w = (int) (i / entriesPerWindow);
        MappedByteBuffer[] current = windows;
        if (w < current.length) {
            return current[w];
        }
        MappedByteBuffer window = channel.map(FileChannel.MapMode.READ_WRITE, (long) w * WINDOW_BYTES, WINDOW_BYTES);
        MappedByteBuffer[] grown = Arrays.copyOf(current, w + 1);
        grown[w] = window;
        windows = grown;
        return window;
    }

    /**
     * Writer only: writes whole entries starting at entry {@code first} through the channel (no page fault per page of
     * a mapped window that is written for the first time: one buffered write for many entries) and maps the windows
     * they are in for readers; the mapped windows see the written bytes (one page cache).
     *
     * @param bytes the entries, from its position to its limit
     */
    void write(long first, ByteBuffer bytes) throws IOException {
        int entriesWritten = bytes.remaining() / entryBytes;
        long position = first * entryBytes;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        for (long i = first; i < first + entriesWritten; i += entriesPerWindow) {
            forWriting(i); // every window the entries are in, in order
        }
        if (entriesWritten > 0) {
            forWriting(first + entriesWritten - 1);
        }
    }

    /** Writer only: makes entries {@code 0..newCount-1} visible to readers. */
    void publish(long newCount) {
        count = newCount;
    }

    /** @return the window holding published entry {@code i}, for absolute gets at {@link #at} */
    MappedByteBuffer forReading(long i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("entry " + i + " of " + count); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return windows[(int) (i / entriesPerWindow)];
    }

    /** @return the byte position of entry {@code i} within its window */
    int at(long i) {
        return (int) (i % entriesPerWindow) * entryBytes;
    }

    @Override
    public void close() throws IOException {
        windows = new MappedByteBuffer[0];
        count = 0;
        channel.close();
    }
}
