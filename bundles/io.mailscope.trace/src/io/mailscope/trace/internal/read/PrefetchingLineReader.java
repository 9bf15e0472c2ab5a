package io.mailscope.trace.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LineReader} that runs on its own thread: it reads and decodes lines ahead, in batches, while the caller
 * parses the lines already read (a two-stage pipeline over two cores). The lines, their numbers, offsets and flags
 * are exactly those of a {@link LineReader} on the same input, in the same order; only the work moves to another
 * thread. Memory stays bounded: at most {@link #QUEUED_BATCHES} batches of {@link #BATCH_LINES} lines wait.
 * <p>
 * Not thread-safe for callers: one consumer thread calls {@link #next()}, {@link #position()} and {@link #close()}.
 * {@link #close()} must be called (it stops the reader thread) before the input stream is closed.
 */
public final class PrefetchingLineReader implements AutoCloseable {

    static final int BATCH_LINES = 1024;
    static final int QUEUED_BATCHES = 16;

    private static final class Batch {
        final DecodedLine[] lines = new DecodedLine[BATCH_LINES];
        int count;
        /** The reader's position after the last line of this batch. */
        long position;
        boolean last;
        Throwable error;
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile boolean stopped;
    private Batch current;
    private int index;
    private long position;
    private boolean done;

    public PrefetchingLineReader(InputStream in) {
        this(in, LineReader.DEFAULT_MAX_LINE_BYTES);
    }

    public PrefetchingLineReader(InputStream in, int maxLineBytes) {
        LineReader reader = new LineReader(in, maxLineBytes);
        thread = new Thread(() -> produce(reader), "mailscope-import-reader"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(LineReader reader) {
        Batch batch = new Batch();
        try {
            DecodedLine line;
            while (!stopped && (line = reader.next()) != null) {
                batch.lines[batch.count++] = line;
                if (batch.count == BATCH_LINES) {
                    batch.position = reader.position();
                    if (!hand(batch)) {
                        return;
                    }
                    batch = new Batch();
                }
            }
            batch.position = reader.position();
        } catch (Throwable t) { // handed to the consumer, which rethrows it in its own thread
            batch.error = t;
        }
        batch.last = true;
        hand(batch);
    }

    /** @return false when the consumer stopped */
    private boolean hand(Batch batch) {
        try {
            while (!stopped) {
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** @return the next line, or null at the end of the input */
    public DecodedLine next() throws IOException {
        while (current == null || index == current.count) {
            if (done) {
                return null;
            }
            if (current != null && current.last) {
                finish(current);
                return null;
            }
            current = take();
            index = 0;
        }
        DecodedLine line = current.lines[index];
        current.lines[index++] = null;
        position = index == current.count ? current.position : line.offset() + line.byteLength();
        return line;
    }

    private void finish(Batch batch) throws IOException {
        if (done) {
            return;
        }
        done = true;
        position = batch.position;
        if (batch.error instanceof IOException e) {
            throw e;
        } else if (batch.error instanceof RuntimeException e) {
            throw e;
        } else if (batch.error instanceof Error e) {
            throw e;
        } else if (batch.error != null) {
            throw new UncheckedIOException(new IOException(batch.error));
        }
    }

    private Batch take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading lines"); //$NON-NLS-1$
        }
    }

    /** @return bytes consumed by the lines returned so far (the offset of the next line) */
    public long position() {
        return position;
    }

    /** Stops the reader thread and waits for it. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
