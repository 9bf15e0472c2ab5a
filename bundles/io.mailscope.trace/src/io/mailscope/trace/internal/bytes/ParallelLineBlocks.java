package io.mailscope.trace.internal.bytes;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An input cut into ranges of a fixed size (the first few smaller), each read and split into lines ({@link LineAlignedBlock},
 * {@link LineScanner}) by one of several worker threads, handed to one consumer in input order: the consumer sees
 * every line of the input once, in order, while the workers read and scan ahead on the other cores. A
 * {@link Preparation} lets the workers do more per block (what the consumer would otherwise do per line). Memory is
 * bounded: a few blocks of the range size, off the heap, reused.
 */
public final class ParallelLineBlocks implements AutoCloseable {

    /** Work done on a worker thread on each block after its lines are found. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(Scanned block);

        /**
         * @return true when {@link #prepare} finds the block's lines itself (into {@link Scanned#lines()}, exactly as
         *         {@link LineScanner#scan} would, {@link Scanned#endOfInput()} telling whether an unterminated last line
         *         counts): the block is not scanned before
         */
        default boolean findsLines() {
            return false;
        }
    }

    /** One range's bytes and lines, and what the preparation added. */
    public static final class Scanned {
        private final LineAlignedBlock bytes;
        private final LineBlock lines = new LineBlock();
        private long number;
        private boolean endOfInput;
        private IOException failure;
        /** For the {@link Preparation}: anything it wants to hand the consumer, reused with the block. */
        public Object prepared;

        Scanned(int capacity, int maxLineBytes) {
            bytes = new LineAlignedBlock(capacity, maxLineBytes);
        }

        public LineAlignedBlock bytes() {
            return bytes;
        }

        public LineBlock lines() {
            return lines;
        }

        /** @return true when the block ends the input (an unterminated last line is a line then) */
        public boolean endOfInput() {
            return endOfInput;
        }

        /** @return the block's number (blocks come in input order) */
        public long number() {
            return number;
        }
    }

    private final PositionalInput input;
    private final long size;
    private final int rangeBytes;
    private final int smallBytes;
    /** Blocks of {@link #smallBytes} at the start of the input. */
    private static final int SMALL_BLOCKS = 4;
    private final Preparation preparation;
    private final BlockingQueue<Scanned> free;
    private final Scanned[] slots;
    private final Thread[] workers;
    private final AtomicLong nextRange = new AtomicLong();
    private final Object handOver = new Object();
    /** The number of the block that reaches the end of the input, once a worker read it. */
    private volatile long lastBlock = Long.MAX_VALUE;
    private volatile boolean closed;
    private long nextForConsumer;
    private Scanned previous;
    private boolean ended;

    /**
     * Starts the workers.
     *
     * @param size the input's size when known, else -1 (read until a read says the input ends)
     * @param rangeBytes bytes per block (a line longer than {@code maxLineBytes} fails its block)
     * @param workers worker threads
     * @param preparation runs on the workers for each block, or null
     */
    public ParallelLineBlocks(PositionalInput input, long size, int rangeBytes, int maxLineBytes, int workers,
            Preparation preparation, String threadName) {
        this.input = input;
        this.size = size;
        this.rangeBytes = rangeBytes;
        this.smallBytes = Math.max(1, Math.min(rangeBytes, 64 * 1024));
        this.preparation = preparation;
        int blocks = 2 * workers + 2;
        this.free = new ArrayBlockingQueue<>(blocks);
        this.slots = new Scanned[blocks];
        for (int i = 0; i < blocks; i++) {
            free.add(new Scanned(rangeBytes + 1 + 4096, maxLineBytes));
        }
        this.workers = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(this::work, threadName + " " + (w + 1)); //$NON-NLS-1$
            t.setDaemon(true);
            this.workers[w] = t;
            t.start();
        }
    }

    private void work() {
        try {
            while (!closed) {
                Scanned block = free.poll(20, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (block == null) {
                    continue;
                }
                long number = nextRange.getAndIncrement();
                long start = start(number);
                if (number > lastBlock || size >= 0 && start >= size && number > 0) {
                    free.add(block);
                    return;
                }
                block.number = number;
                block.failure = null;
                try {
                    long end = size >= 0 ? Math.min(size, start(number + 1)) : start(number + 1);
                    LineAlignedBlock bytes = block.bytes.read(input, start, end);
                    boolean endOfInput = bytes.endOfInput() || size >= 0 && end >= size && bytes.to() >= size - bytes.base();
                    block.endOfInput = endOfInput;
                    if (preparation == null || !preparation.findsLines()) {
                        LineScanner.scan(bytes.buffer(), bytes.first(), bytes.to(), endOfInput, block.lines);
                    }
                    if (endOfInput) {
                        lastBlock = Math.min(lastBlock, number);
                    }
                    if (preparation != null) {
                        preparation.prepare(block);
                    }
                } catch (IOException | RuntimeException e) {
                    block.failure = e instanceof IOException io ? io : new IOException(e);
                    lastBlock = Math.min(lastBlock, number);
                }
                synchronized (handOver) {
                    slots[(int) (number % slots.length)] = block;
                    handOver.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the thread ends
        }
    }

    /**
     * @return where block {@code number} starts: the first {@link #SMALL_BLOCKS} blocks are small, so that the consumer
     *         has its first lines (the first page of a trace) before the workers have read a whole range
     */
    private long start(long number) {
        long small = Math.min(number, SMALL_BLOCKS);
        return small * smallBytes + (number - small) * rangeBytes;
    }

    /**
     * @return the next block in input order (the one returned before is reused from now on), or null after the last
     * @throws IOException what reading or scanning the block failed with (a line too long, an unreadable input)
     */
    public Scanned next() throws IOException {
        if (previous != null) {
            free.add(previous);
            previous = null;
        }
        if (ended) {
            return null;
        }
        long number = nextForConsumer;
        int slot = (int) (number % slots.length);
        Scanned block;
        synchronized (handOver) {
            while ((block = slots[slot]) == null || block.number != number) {
                if (closed) {
                    throw new InterruptedIOException("closed"); //$NON-NLS-1$
                }
                try {
                    handOver.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for block " + number); //$NON-NLS-1$
                }
            }
            slots[slot] = null;
        }
        nextForConsumer++;
        previous = block;
        if (block.failure != null) {
            ended = true;
            throw block.failure;
        }
        if (number >= lastBlock) {
            ended = true;
        }
        return block;
    }

    /** @return true when the block is the input's last (its last line may lack a terminator) */
    public boolean last(Scanned block) {
        return block.number >= lastBlock;
    }

    /**
     * Stops the workers. They are not interrupted: an interrupt closes the file channel a worker may be reading (an
     * interruptible channel), which the input's owner still reads; a worker ends after the read it is in.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (handOver) {
            handOver.notifyAll();
        }
    }
}
