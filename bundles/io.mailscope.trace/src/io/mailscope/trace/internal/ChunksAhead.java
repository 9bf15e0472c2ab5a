package io.mailscope.trace.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.mailscope.trace.internal.bytes.MappedFileCopy;
import io.mailscope.trace.internal.source.MappableTrace;
import io.mailscope.trace.source.ReadableTrace;

/**
 * Worker threads that read the input in chunks ahead of the parse thread and find, in each chunk, what a format's
 * byte triage would answer there ({@link Scanner}); the parse thread reads the input in order and takes a chunk's
 * findings ({@link #chunk}) where it reaches it. The scheduling of the byte triages that run ahead (Outlook 2003+
 * sessions in {@link RoutineSessionsAhead}):
 * <ul>
 * <li>chunks of {@link #chunkBytes} bytes (1 MiB), each read with {@code overlap} bytes after it, so that what begins
 * in a chunk can be matched on the bytes after it, whatever the cut;</li>
 * <li>at most {@link #CHUNKS_AHEAD} chunks done or being done beyond the one the parse thread reads (memory stays
 * bounded), two workers at most (the machine's cores, the parse thread being one);</li>
 * <li>a chunk a worker could not read, workers closed or interrupted, or the parse thread waiting more than
 * {@link #STALL_NANOS} (whatever held the workers up) all give no findings: the parse thread's own triage answers,
 * slower but the same.</li>
 * <li>once {@link #keepBytes} was called, each chunk's bytes stay with its findings until the parse thread's reader
 * has gone past the chunk ({@link #bytesAt}): the reader copies the lines it needs from them instead of reading the
 * file again. Ownership of a chunk's array: the worker's while it reads and scans the chunk, the parse thread's once
 * published, back to the workers' spare arrays only when the parse thread asks for the bytes of a later chunk (or
 * when nobody will ask for the chunk: it was published after the parse thread went past it). A worker never writes
 * into an array the parse thread may still read.</li>
 * </ul>
 *
 * @param <F> the findings of one chunk
 */
public final class ChunksAhead<F extends ChunksAhead.Found> implements AutoCloseable {

    /** Chunk size: large enough that a chunk costs far more than handing it over. */
    static final int DEFAULT_CHUNK_BYTES = 1 << 20;
    /** System property: the chunk size in bytes (tests make it small, to put chunk borders everywhere). */
    static final String CHUNK_BYTES_PROPERTY = "io.mailscope.trace.triageChunkBytes"; //$NON-NLS-1$
    private static volatile int chunkBytes = Integer.getInteger(CHUNK_BYTES_PROPERTY, DEFAULT_CHUNK_BYTES).intValue();
    /** Chunks the workers may have done or be doing beyond the one the parse thread reads. */
    static final int CHUNKS_AHEAD = 8;
    /** A chunk takes milliseconds; this long without it, the parse thread stops waiting for the workers. */
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** What the workers found in one chunk. */
    public abstract static class Found {
        final int chunk;
        /** the chunk could not be read: the parse thread asks the triage itself */
        Throwable failure;
        /**
         * The chunk's bytes as the worker read them ({@code have} of them, the first at offset {@code readFrom}) while
         * they are kept for the parse thread's reader ({@link #bytesAt}); null when they are not, or no longer (the
         * array went back to the workers).
         */
        byte[] bytes;
        long readFrom;
        int have;

        protected Found(int chunk) {
            this.chunk = chunk;
        }

        /** @return the chunk's index */
        public final int chunk() {
            return chunk;
        }
    }

    /** Finds what begins in one chunk; one per worker thread (it may keep the worker's own buffers and caches). */
    public interface Scanner<F> {
        /** @return the findings of chunk {@code k}, empty */
        F newFound(int k);

        /**
         * Finds what begins in {@code bytes[from..chunkEnd)} (from the chunk's first line start on), reading on up to
         * {@code have} beyond it. {@code bytes[0]} is at offset {@code readFrom} of the input.
         *
         * @param behind the first line start of the look-behind before the chunk ({@code from} when there is none)
         * @param closed true once the workers are closed: the scan may stop
         */
        void scan(byte[] bytes, long readFrom, int behind, int from, int chunkEnd, int have, F found,
                java.util.function.BooleanSupplier closed) throws IOException;
    }

    private final ReadableTrace input;
    private final long size;
    private final int chunk;
    private final int chunks;
    private final int overlap;
    /** bytes read before a chunk, for what the scanner needs to know of the lines before it */
    private final int lookBehind;
    private final Supplier<? extends Scanner<F>> scanners;
    private final Thread[] workers;
    private final String threadName;
    private final Object lock = new Object();
    /** what the workers found, by chunk index modulo {@link #CHUNKS_AHEAD} (guarded by {@link #lock}) */
    private final Object[] slots = new Object[CHUNKS_AHEAD];
    /** the next chunk a worker takes; the chunk the parse thread reads (guarded by {@link #lock}) */
    private int next;
    private int reading = -1;
    private boolean started;
    private volatile boolean closed;
    /**
     * Set when the parse thread waited {@link #STALL_NANOS} for a chunk: from then on it triages alone (slower, the
     * same result) rather than wait on, whatever held the workers up.
     */
    private volatile boolean stalled;
    /** the chunk the parse thread took last */
    private F current;
    /** the chunks' bytes are kept for the parse thread's reader ({@link #bytesAt}); set before the workers start */
    private volatile boolean keepBytes;
    /** the first chunk the workers took (guarded by {@link #lock}) */
    private int first;
    /** the chunk whose bytes the parse thread's reader copies from now (written by the parse thread under {@link #lock}) */
    private Found served;
    /** arrays of chunks the parse thread is done with, for the workers' next chunks (guarded by {@link #lock}) */
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    /** the arrays the workers made for their chunks (guarded by {@link #lock}) */
    private int arraysMade;

    /**
     * @param overlap bytes read beyond a chunk (what begins in it may take as many)
     * @param lookBehind bytes read before a chunk (the scanner sees the lines that end in them)
     * @param scanners makes each worker's scanner
     * @param threadName the workers' name, numbered
     * @return workers for {@code input} (they start at the first {@link #chunk}), or null when they are turned off or
     *         the input's size is not known
     */
    public static <F extends Found> ChunksAhead<F> of(ReadableTrace input, int overlap, int lookBehind,
            Supplier<? extends Scanner<F>> scanners, String threadName) {
        int chunk = chunkBytes;
        long size = input.size();
        if (chunk == 0 || size < 0) {
            return null;
        }
        return new ChunksAhead<>(input, size, overlap, lookBehind, scanners, threadName,
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), chunk);
    }

    private ChunksAhead(ReadableTrace input, long size, int overlap, int lookBehind, Supplier<? extends Scanner<F>> scanners,
            String threadName, int threads, int chunk) {
        this.input = input;
        this.size = size;
        this.chunk = chunk;
        this.chunks = (int) Math.min(Integer.MAX_VALUE, (size + chunk - 1) / chunk);
        this.overlap = overlap;
        this.lookBehind = lookBehind;
        this.scanners = scanners;
        this.threadName = threadName;
        this.workers = new Thread[threads];
    }

    /**
     * Sets the chunk size of the imports that begin afterwards (tests put chunk borders everywhere with small ones);
     * 0 turns the workers off (the parse thread triages alone).
     *
     * @return the size before
     */
    public static int chunkBytes(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("chunk size " + bytes); //$NON-NLS-1$
        }
        int before = chunkBytes;
        chunkBytes = bytes;
        return before;
    }

    /** @return the input's size the workers read within */
    long size() {
        return size;
    }

    /** @return the chunk size of these workers */
    public int chunkSize() {
        return chunk;
    }

    /**
     * The findings of the chunk that holds {@code offset}. Calls come in the order of the input; the workers start at
     * the first call, from its chunk on.
     *
     * @return the chunk's findings, or null when there are none to use: the parse thread asks its own triage
     */
    public F chunk(long offset) {
        if (closed || stalled) {
            return null;
        }
        int k = (int) (offset / chunk);
        F f = current;
        if (f == null || f.chunk != k) {
            f = await(k);
            current = f;
            if (f == null) {
                return null;
            }
        }
        return f.failure != null ? null : f;
    }

    /** @return chunk {@code k} once a worker has done it, or null when the workers were closed */
    private F await(int k) {
        synchronized (lock) {
            if (k >= chunks || k < reading) {
                return null;
            }
            reading = k;
            if (!started) {
                started = true;
                next = k;
                first = k;
                for (int i = 0; i < workers.length; i++) {
                    Thread t = new Thread(this::work, threadName + (i + 1));
                    t.setDaemon(true);
                    workers[i] = t;
                    t.start();
                }
            }
            lock.notifyAll(); // workers waiting for the parse thread to move on
            return awaitSlot(k);
        }
    }

    /** @return chunk {@code k} once a worker has done it, or null (workers closed or stalled); holding {@link #lock} */
    @SuppressWarnings("unchecked")
    private F awaitSlot(int k) {
        long since = System.nanoTime();
        while (true) {
            F f = (F) slots[k % CHUNKS_AHEAD];
            if (f != null && f.chunk == k) {
                return f;
            }
            if (closed || next <= k && allWorkersEnded()) {
                return null;
            }
            if (System.nanoTime() - since > STALL_NANOS) {
                stalled = true;
                return null;
            }
            try {
                lock.wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null; // the import is being stopped: the parse thread's own triage answers from now on
            }
        }
    }

    private boolean allWorkersEnded() {
        for (Thread t : workers) {
            if (t != null && t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps each chunk's bytes for the parse thread's reader ({@link #bytesAt}). To be called before the first
     * {@link #chunk} (the workers start there).
     */
    public void keepBytes() {
        keepBytes = true;
    }

    /**
     * The bytes a worker read for the chunk that holds {@code offset}, for the parse thread's reader: waits for the
     * chunk as {@link #chunk} does, but only once the workers were started (by {@link #chunk}), and only for chunks
     * from the one they started at on. The findings of the chunk before stay for {@link #chunk} (the reader reads
     * ahead of the lines the parser is at). Taking a chunk's bytes gives the arrays of the chunks before back to the
     * workers: the reader must not read them afterwards. Parse thread only.
     *
     * @return the chunk's findings with its bytes ({@link Found#bytes}, {@link Found#readFrom}, {@link Found#have}),
     *         or null when the reader must read the input itself
     */
    Found bytesAt(long offset) {
        int k = (int) (offset / chunk);
        Found s = served;
        if (s != null && s.chunk == k) {
            return s.bytes != null && s.failure == null ? s : null;
        }
        if (!keepBytes || closed || stalled) {
            return null;
        }
        synchronized (lock) {
            if (!started || k < first || k >= chunks || k < reading) {
                return null;
            }
            if (s != null && s.bytes != null && s.chunk < k) {
                // the chunk served before: its slot may hold a later chunk already (a worker published one there while
                // the reader was still in it, and left its array alone), so the loop below would not find it
                spare.push(s.bytes);
                s.bytes = null;
            }
            for (Object o : slots) {
                if (o instanceof Found f && f.chunk < k && f.bytes != null) {
                    spare.push(f.bytes);
                    f.bytes = null;
                }
            }
            reading = Math.max(reading, k - 1);
            lock.notifyAll(); // workers waiting for the parse thread to move on
            Found f = awaitSlot(k);
            served = f;
            return f != null && f.bytes != null && f.failure == null ? f : null;
        }
    }

    /**
     * @return the arrays the workers made for their chunks so far: with {@link #keepBytes}, bounded by the chunks ahead
     *         and the workers whatever the input's length, as long as the arrays go back to them (public for the tests)
     */
    public int arraysMade() {
        synchronized (lock) {
            return arraysMade;
        }
    }

    /** @return true when a worker has published chunk {@code k}'s findings and they are still in its slot (tests) */
    public boolean published(int k) {
        synchronized (lock) {
            return slots[k % CHUNKS_AHEAD] instanceof Found f && f.chunk == k;
        }
    }

    private void work() {
        // the worker's mapping of a window of the file, unmapped when it ends (one unmapping per window)
        try (MappedFileCopy mapping = input instanceof MappableTrace file && MappedFileCopy.available()
                ? new MappedFileCopy(file.channel(), size, MappedFileCopy.WINDOW_BYTES)
                : null) {
            work(mapping);
        }
    }

    private void work(MappedFileCopy mapping) {
        byte[] own = null;
        Scanner<F> scanner = scanners.get();
        while (true) {
            int k;
            byte[] buffer;
            synchronized (lock) {
                while (!closed && next < chunks && next >= reading + CHUNKS_AHEAD) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return; // closed
                    }
                }
                if (closed || next >= chunks) {
                    lock.notifyAll();
                    return;
                }
                k = next++;
                buffer = keepBytes ? spare.poll() : own;
                if (buffer == null) {
                    arraysMade++;
                }
            }
            if (buffer == null) {
                buffer = new byte[lookBehind + chunk + 1 + overlap];
                if (!keepBytes) {
                    own = buffer;
                }
            }
            F f = scanner.newFound(k);
            if (keepBytes) {
                f.bytes = buffer; // the parse thread's once published (see the class comment)
            }
            try {
                scan(k, buffer, scanner, f, mapping);
            } catch (IOException | RuntimeException e) {
                // the parse thread reads these bytes itself and meets the same problem, or finds them readable again
                f.failure = e;
            } catch (Error e) {
                f.failure = e;
                publish(k, f); // the parse thread triages alone from this chunk on
                throw e;
            }
            publish(k, f);
        }
    }

    private void publish(int k, F f) {
        synchronized (lock) {
            // a chunk the parse thread went past while it was being read is not needed; and a worker that was slower
            // than the other must not overwrite the chunk its slot holds now
            Found held = (Found) slots[k % CHUNKS_AHEAD];
            if (k >= reading && (held == null || held.chunk < k)) {
                slots[k % CHUNKS_AHEAD] = f;
                if (held != null && held != served && held.bytes != null) {
                    spare.push(held.bytes); // a chunk the reader went past without asking for its bytes
                    held.bytes = null;
                }
            } else if (f.bytes != null) {
                spare.push(f.bytes); // nobody asks for this chunk any more
                f.bytes = null;
            }
            lock.notifyAll();
        }
    }

    /**
     * Reads chunk {@code k} with the look-behind before it and the overlap after it, and has the scanner look at the
     * lines that begin in it.
     */
    private void scan(int k, byte[] buffer, Scanner<F> scanner, F found, MappedFileCopy mapping) throws IOException {
        long start = (long) k * chunk;
        long end = Math.min(size, start + chunk);
        // from the byte before the chunk on (a line begins at the chunk's start when that byte ends a line), and as
        // many before it as the scanner wants to look back
        long readFrom = k == 0 ? 0 : Math.max(0, start - 1 - lookBehind);
        int want = (int) Math.min(size - readFrom, end - readFrom + overlap);
        int have = mappedCopy(mapping, readFrom, want, buffer) ? want : read(readFrom, want, buffer);
        found.readFrom = readFrom;
        found.have = have;
        int chunkStart = (int) (start - readFrom);
        int chunkEnd = (int) (end - readFrom);
        int p = 0;
        if (k > 0) {
            p = indexOfNewline(buffer, chunkStart - 1, have) + 1;
            if (p == 0) {
                return; // one line longer than the chunk and the overlap: nothing begins here
            }
        }
        int behind = readFrom == 0 ? 0 : Math.min(p, indexOfNewline(buffer, 0, have) + 1);
        scanner.scan(buffer, readFrom, behind, p, chunkEnd, have, found, () -> closed);
    }

    /**
     * Copies the chunk from the worker's mapping of a plain file: one copy instead of the read's two (the kernel into a
     * direct buffer, the JDK from there into the array). The chunk lies within the size the file had when the import
     * began.
     *
     * @return false when the input is no plain file, or the mapping failed (a file system that cannot map, the file cut
     *         short meanwhile): then the chunk is read, which meets the same problem or reads what is there
     */
    private boolean mappedCopy(MappedFileCopy mapping, long readFrom, int want, byte[] buffer) {
        if (mapping == null) {
            return false;
        }
        try {
            mapping.copyFrom(readFrom, buffer, want);
            return true;
        } catch (IOException e) {
            return false; // the read reports its own failure, if any
        }
    }

    /** @return the bytes read from {@code readFrom} on into {@code buffer}, {@code want} or fewer at the input's end */
    private int read(long readFrom, int want, byte[] buffer) throws IOException {
        int have = 0;
        while (have < want) {
            int n = input.read(readFrom + have, ByteBuffer.wrap(buffer, have, want - have));
            if (n < 0) {
                break;
            }
            have += n;
        }
        return have;
    }

    /** @return the index of the first LF in {@code b[from..to)}, or -1 */
    public static int indexOfNewline(byte[] b, int from, int to) {
        return io.mailscope.trace.internal.bytes.Swar.indexOf(b, from, to, (byte) '\n');
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        for (Thread t : workers) {
            if (t != null) {
                try {
                    t.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
