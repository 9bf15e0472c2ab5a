package io.mailscope.trace.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The input stream of the parse thread's line reader when workers read the input in chunks ahead of it
 * ({@link ChunksAhead#keepBytes}): where a worker has read the chunk at the stream's position, the bytes are copied
 * from the worker's array instead of being read from the file again (the kernel's copy and the JDK's copy of every
 * byte, about a fifth of the parse thread's time on the Outlook 2000-2002 log, whose lines the parse thread mostly
 * skips); elsewhere (before the workers start, a chunk they could not read, workers closed or stalled) from the file.
 * <p>
 * A skip moves the position only: with a reader that reads little after a skip ({@link
 * io.mailscope.trace.internal.read.LineReader#shortReadsAfterSkips}) most skipped bytes are never copied. The same
 * bytes in the same order as the file stream gives: the workers read them from the same input.
 */
public final class ChunkedStream extends InputStream {

    private final InputStream file;
    /** the next byte this stream gives, and where {@link #file} is (behind it after skips or reads from chunks) */
    private long position;
    private long filePosition;
    private ChunksAhead<?> chunks;
    private long size;

    public ChunkedStream(InputStream file) {
        this.file = file;
    }

    /**
     * Serves the bytes the workers of {@code ahead} read from now on (from the chunks they read once the parse thread
     * started them). Call before the parse thread asks them for their first chunk.
     */
    public void serveFrom(ChunksAhead<?> ahead) {
        ahead.keepBytes();
        chunks = ahead;
        size = ahead.size();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        ChunksAhead<?> c = chunks;
        if (c != null) {
            ChunksAhead.Found f = c.bytesAt(position);
            if (f != null) {
                long at = position - f.readFrom;
                int n = (int) Math.min(len, f.have - at);
                if (n > 0) {
                    System.arraycopy(f.bytes, (int) at, b, off, n);
                    position += n;
                    return n;
                }
            }
        }
        if (filePosition < position) {
            skipFile(position - filePosition);
            if (filePosition < position) {
                return -1; // the file ended before
            }
        }
        int n = file.read(b, off, len);
        if (n > 0) {
            position += n;
            filePosition = position;
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    /** Moves the position only (the file when it is read from next) once chunks are served, else skips in the file. */
    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        if (chunks == null) {
            skipFile(position + n - filePosition);
            long skipped = filePosition - position;
            position = filePosition;
            return skipped;
        }
        long skipped = Math.min(n, size - position); // within the size the workers read in
        if (skipped <= 0) {
            return 0;
        }
        position += skipped;
        return skipped;
    }

    /** Skips {@code n} bytes of the file (fewer when it ends before). */
    private void skipFile(long n) throws IOException {
        long rest = n;
        while (rest > 0) {
            long s = file.skip(rest);
            if (s <= 0) {
                // skip may skip nothing without being at the end: one byte read tells
                if (file.read() < 0) {
                    return;
                }
                s = 1;
            }
            rest -= s;
            filePosition += s;
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
