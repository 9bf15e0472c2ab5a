package io.mailscope.trace.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Two stages over two cores for large inputs: a producer thread reads, decodes and parses lines into records, the
 * calling thread rebuilds conversations from them ({@link #drain}). The records reach the target sink in exactly
 * the order the producer emitted them, so the result is that of a single thread; the listener is called on the
 * calling thread only. Memory stays bounded: at most {@link #QUEUED_BATCHES} batches of about
 * {@link #BATCH_RECORDS} records wait. {@link #close()} stops the producer (after an error or a cancellation) and
 * must be called before the input is closed.
 */
final class ParsePipeline implements AutoCloseable {

    static final int BATCH_RECORDS = 2048;
    static final int QUEUED_BATCHES = 16;

    /** Runs on the producer thread: feeds every line, calls {@link Sink#lineDone} after each, returns the lines read. */
    @FunctionalInterface
    interface Producer {
        int produce(Sink sink) throws IOException;
    }

    private static final class Batch {
        TraceRecord[] records = new TraceRecord[BATCH_RECORDS + 64];
        int count;
        /** The reader's position after the last line whose records are in this batch. */
        long position;
        boolean last;
        int lines;
        Throwable error;
    }

    /** Collects the producer's records into batches. */
    final class Sink implements TraceSink {
        private Batch batch = new Batch();

        @Override
        public void accept(TraceRecord record) {
            Batch b = batch;
            if (b.count == b.records.length) {
                // a line with very many records: grow (handing over here would run inside the guarded parser)
                b.records = java.util.Arrays.copyOf(b.records, b.records.length * 2);
            }
            b.records[b.count++] = record;
        }

        /** Called after each line with the reader's position after it; hands a full batch to the consumer. */
        void lineDone(long readerPosition) {
            batch.position = readerPosition;
            if (batch.count >= BATCH_RECORDS) {
                hand(batch);
                batch = new Batch();
                batch.position = readerPosition;
            }
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile boolean stopped;
    private long position;

    ParsePipeline(Producer producer) {
        Sink sink = new Sink();
        thread = new Thread(() -> run(producer, sink), "mailscope-import-parser"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Producer producer, Sink sink) {
        int lines = 0;
        Throwable error = null;
        try {
            lines = producer.produce(sink);
        } catch (Stopped e) {
            return;
        } catch (Throwable t) { // handed to the calling thread, which rethrows it
            error = t;
        }
        Batch last = sink.batch;
        last.last = true;
        last.lines = lines;
        last.error = error;
        try {
            hand(last);
        } catch (Stopped e) {
            // the consumer is gone
        }
    }

    /** Thrown on the producer thread when the consumer stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private void hand(Batch batch) {
        try {
            while (!stopped) {
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    /**
     * Feeds all records to {@code target}, in order, calling {@code progress} with the reader's position after each
     * batch; rethrows what the producer threw.
     *
     * @return the number of lines read
     */
    int drain(TraceSink target, LongConsumer progress) throws IOException {
        while (true) {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while importing"); //$NON-NLS-1$
            }
            TraceRecord[] records = batch.records;
            for (int i = 0, n = batch.count; i < n; i++) {
                target.accept(records[i]);
            }
            position = batch.position;
            progress.accept(batch.position);
            if (batch.last) {
                Throwable error = batch.error;
                if (error instanceof IOException e) {
                    throw e;
                } else if (error instanceof RuntimeException e) {
                    throw e;
                } else if (error instanceof Error e) {
                    throw e;
                } else if (error != null) {
                    throw new IOException(error);
                }
                return batch.lines;
            }
        }
    }

    /** @return the reader's position after the records drained so far */
    long position() {
        return position;
    }

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
