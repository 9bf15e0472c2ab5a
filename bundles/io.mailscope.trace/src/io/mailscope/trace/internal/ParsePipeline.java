package io.mailscope.trace.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import io.mailscope.trace.internal.conversation.RoutineCount;
import io.mailscope.trace.internal.conversation.RoutineSessions;

import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Two stages over two cores for large inputs: a producer thread reads, decodes and parses lines into records, the
 * calling thread rebuilds conversations from them ({@link #drain}). The records reach the target sink in exactly
 * the order the producer emitted them, so the result is that of a single thread; the listener is called on the
 * calling thread only. Memory stays bounded: at most {@link #QUEUED_BATCHES} batches of about
 * {@link #BATCH_RECORDS} records wait. {@link #close()} stops the producer (after an error or a cancellation) and
 * must be called before the input is closed.
 * <p>
 * Budget: the producer marks the time it enters the (contributed) parser ({@link Sink#parserEntered}); while
 * draining, a parser call that has not returned within the budget (it loops or blocks) ends the drain with
 * {@link ParserStuck}. The records drained until then are kept; the producer thread is interrupted and left to end
 * by itself (it stops at its next hand-over, or when its input is closed).
 */
final class ParsePipeline implements AutoCloseable {

    /**
     * Records per batch, and batches that may wait. Small on purpose: the consumer should read the records while they
     * are still in the caches the producer wrote them to. With 16 batches of 2048 (some megabytes of records in
     * flight) the conversation-building thread spent most of its time waiting for memory on the first touch of each
     * record; with 8 of 256 it needs about half the CPU time on the Outlook 2000-2002 log (and the young collections
     * copy fewer live records).
     */
    static final int BATCH_RECORDS = 256;
    static final int QUEUED_BATCHES = 8;
    /**
     * The first batch is handed over after this many records, each next one after twice as many up to
     * {@link #BATCH_RECORDS}: the first records of a large trace (the editor's first rows, the index's first page)
     * reach the consumer while the producer is still warming up, and the steady state keeps its large batches.
     */
    static final int FIRST_BATCH_RECORDS = 64;

    /** Runs on the producer thread: feeds every line, calls {@link Sink#lineDone} after each, returns the lines read. */
    @FunctionalInterface
    interface Producer {
        int produce(Sink sink) throws IOException;
    }

    private static final class Batch {
        /** records, and the {@link RoutineCount}s of the byte triage in their place among them */
        Object[] records = new Object[BATCH_RECORDS + 64];
        /**
         * which of {@link #records} are {@link RoutineCount}s: told apart by this flag rather than by a type test, as
         * an {@code instanceof} of an interface that fails is never cached (the quick JIT tier calls out to a slow
         * check for every count then)
         */
        boolean[] counts = new boolean[BATCH_RECORDS + 64];
        int count;
        /**
         * the sessions of the stretches of counted routine sessions among the records ({@link RoutineSessions}): each
         * weighs as a record, so that a batch of stretches (hundreds of sessions each) is handed over as soon as one
         * of records would be, and as many sessions are in flight at most
         */
        int stretched;
        /** The reader's position after the last line whose records are in this batch. */
        long position;
        boolean last;
        int lines;
        Throwable error;
        /** records of completed lines, for the consumer when the parser gets stuck before the batch is handed */
        volatile int published;
        long publishedPosition;

        void grow() {
            records = java.util.Arrays.copyOf(records, records.length * 2);
            counts = java.util.Arrays.copyOf(counts, records.length);
        }
    }

    /** Collects the producer's records into batches. */
    final class Sink implements TraceSink {
        private volatile Batch batch = new Batch();
        private int handAt = FIRST_BATCH_RECORDS;

        @Override
        public void accept(TraceRecord record) {
            Batch b = batch;
            if (b.count == b.records.length) {
                // a line with very many records: grow (handing over here would run inside the guarded parser)
                b.grow();
            }
            b.records[b.count++] = record;
        }

        /** Routine exchanges the byte triage counted, in their place among the records. */
        void routine(RoutineCount run) {
            Batch b = batch;
            if (b.count == b.records.length) {
                b.grow();
            }
            b.counts[b.count] = true;
            b.records[b.count++] = run;
            if (run instanceof RoutineSessions stretch) {
                b.stretched += stretch.count();
            }
        }

        /** The producer calls into the parser now (for the line with this number). */
        void parserEntered(int line) {
            parserLine = line;
            parserSince = System.nanoTime();
        }

        /** The parser returned. */
        void parserLeft() {
            parserSince = 0;
        }

        /** @return true once the consumer gave up (the parser was abandoned, or the import ended early) */
        boolean stopped() {
            return stopped;
        }

        /** Called after each line with the reader's position after it; hands a full batch to the consumer. */
        void lineDone(long readerPosition) {
            Batch b = batch;
            b.position = readerPosition;
            b.publishedPosition = readerPosition;
            b.published = b.count;
            if (b.count + b.stretched >= handAt) {
                hand(batch);
                batch = new Batch();
                batch.position = readerPosition;
                handAt = Math.min(BATCH_RECORDS, handAt * 2);
            }
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Sink sink;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long parserSince;
    private volatile int parserLine;
    private final long budgetNanos;
    private long position;

    /** The parser did not return from one call within the budget. */
    static final class ParserStuck extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        ParserStuck(int line, long millis) {
            super("did not return within " + millis + " ms at line " + line); //$NON-NLS-1$ //$NON-NLS-2$
            this.line = line;
        }

        /** @return the line the parser was given when it got stuck (0: in finish) */
        int line() {
            return line;
        }
    }

    ParsePipeline(Producer producer) {
        this(producer, Long.MAX_VALUE);
    }

    /** @param budgetNanos how long one parser call may take before the drain gives up on it */
    ParsePipeline(Producer producer, long budgetNanos) {
        this.budgetNanos = budgetNanos;
        Sink sink = new Sink();
        this.sink = sink;
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
    int drain(TraceSink target, LongConsumer progress) throws IOException, ParserStuck {
        return drain(target, run -> {
            throw new IllegalStateException("routine exchanges without a conversation builder"); //$NON-NLS-1$
        }, progress);
    }

    /** @param routines receives the routine runs of the byte triage, in their place among the records */
    int drain(TraceSink target, Consumer<RoutineCount> routines, LongConsumer progress) throws IOException, ParserStuck {
        long poll = Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(TimeUnit.MILLISECONDS.toNanos(50), budgetNanos / 10));
        while (true) {
            Batch batch;
            try {
                batch = queue.poll(poll, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while importing"); //$NON-NLS-1$
            }
            if (batch == null) {
                long since = parserSince;
                if (since != 0 && System.nanoTime() - since > budgetNanos) {
                    // the line is read before the interrupt: a parser that returns when interrupted lets the producer
                    // run on to later lines (and to finish) while the records are kept, and the report would name those
                    int stuckLine = parserLine;
                    stopped = true;
                    // what the lines before the stuck one published, taken before the interrupt: a parser that
                    // returns when interrupted goes on to the next lines and publishes them into the same batch
                    Batch filling = sink.batch;
                    int published = filling.published;
                    long publishedPosition = filling.publishedPosition;
                    thread.interrupt(); // a blocking parser wakes up; a looping one ends at its next hand-over
                    keepCompletedLines(target, routines, filling, published, publishedPosition);
                    throw new ParserStuck(stuckLine, TimeUnit.NANOSECONDS.toMillis(budgetNanos));
                }
                continue;
            }
            feed(batch.records, batch.counts, batch.count, target, routines);
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

    /**
     * The parser is stuck: feeds what it emitted for the lines before, the batches already handed and then the
     * completed lines of the batch being filled (published by a volatile count, so reading them is safe while the
     * producer thread is still inside the parser). The producer hands nothing more once {@code stopped} is set.
     */
    private static void feed(Object[] records, boolean[] counts, int count, TraceSink target,
            Consumer<RoutineCount> routines) {
        for (int i = 0; i < count; i++) {
            if (counts[i]) {
                routines.accept((RoutineCount) records[i]);
            } else {
                target.accept((TraceRecord) records[i]);
            }
        }
    }

    private void keepCompletedLines(TraceSink target, Consumer<RoutineCount> routines, Batch filling, int published,
            long publishedPosition) {
        Batch handed;
        Batch last = null;
        while ((handed = queue.poll()) != null) {
            feed(handed.records, handed.counts, handed.count, target, routines);
            position = handed.position;
            last = handed;
        }
        if (filling != last) {
            feed(filling.records, filling.counts, published, target, routines);
            if (published > 0) {
                position = publishedPosition;
            }
        }
    }

    /** @return the reader's position after the records drained so far */
    long position() {
        return position;
    }

    /** @return true while the producer thread runs (an abandoned parser may hold it for a while) */
    boolean producerAlive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        boolean abandoned = stopped;
        stopped = true;
        queue.clear();
        try {
            if (abandoned) {
                // the parser was abandoned: do not wait for it longer than for a well-behaved producer
                thread.join(TimeUnit.NANOSECONDS.toMillis(Math.min(budgetNanos, TimeUnit.SECONDS.toNanos(1))) + 1);
            } else {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
