package io.mailscope.trace.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import io.mailscope.trace.internal.formats.OutlookRoutineSession.SessionShape;
import io.mailscope.trace.internal.formats.RoutineTriage;
import io.mailscope.trace.source.ReadableTrace;

/**
 * The byte triage of routine sessions on several cores: worker threads cut the input into chunks and look, in each
 * chunk, for the lines that could begin a routine session ({@link RoutineTriage.SessionsAhead#beginPrefix}) and for
 * the routine session after each ({@link RoutineTriage.SessionsAhead#routineSession}), while the parse thread reads
 * the input in order and only asks what they found ({@link #find}) where its parser, in the state only it has, would
 * ask the triage itself. A chunk holds the lines that <em>begin</em> in it; a session that begins in it is matched
 * on the bytes after the chunk as well (each worker reads as many beyond its chunk as a session may take), so nothing
 * depends on where the chunks are cut. A line inside a routine session is never one that could begin one, so the
 * worker of the next chunk, which starts at its first line start and goes on line by line, finds the same session
 * starts.
 * <p>
 * What a worker finds is the answer {@link RoutineTriage#routineSession} gives on the same bytes with the same
 * prefix; the parse thread uses it only when its parser asks with exactly that prefix, and otherwise (the prefix
 * differs, the workers failed or were closed) asks the triage itself. Memory stays bounded: the workers run at most
 * {@link #CHUNKS_AHEAD} chunks ahead of the parse thread.
 */
public final class RoutineSessionsAhead implements AutoCloseable {

    /** Chunk size: large enough that a chunk costs far more than handing it over. */
    static final int DEFAULT_CHUNK_BYTES = 1 << 20;
    /** System property: the chunk size in bytes (tests make it small, to put chunk borders everywhere). */
    static final String CHUNK_BYTES_PROPERTY = "io.mailscope.trace.triageChunkBytes"; //$NON-NLS-1$
    private static volatile int chunkBytes = Integer.getInteger(CHUNK_BYTES_PROPERTY, DEFAULT_CHUNK_BYTES).intValue();
    /** Chunks the workers may have done or be doing beyond the one the parse thread reads. */
    static final int CHUNKS_AHEAD = 8;
    /** {@link #find} answers: the session was not found routine; the workers cannot tell (ask the triage). */
    public static final int NOT_ROUTINE = -1;
    public static final int UNKNOWN = -2;

    private final ReadableTrace input;
    private final long size;
    private final int chunk;
    private final int chunks;
    /** bytes after the session's first line a session may need, as the parse thread's own triage allows */
    private final int window;
    private final RoutineTriage.SessionsAhead triage;
    private final Thread[] workers;
    private final Object lock = new Object();
    /** what the workers found, by chunk index modulo {@link #CHUNKS_AHEAD} (guarded by {@link #lock}) */
    private final Found[] slots = new Found[CHUNKS_AHEAD];
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
    /** A chunk takes milliseconds; this long without it, the parse thread stops waiting for the workers. */
    private static final long STALL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    /** what the parse thread reads now: the found sessions of chunk {@link #reading}, and how far it got in them */
    private Found current;
    private int cursor;

    /** The routine sessions of one chunk, by the offset of the line after their first line. */
    private static final class Found {
        final int chunk;
        long[] after = new long[64];
        int[] length = new int[64];
        SessionShape[] shape = new SessionShape[64];
        byte[][] prefix = new byte[64][];
        /**
         * {@code joined[i]}: session {@code i + 1} begins on the line right after session {@code i}'s last line, and that
         * "Begin execution" line is inert for the masking ({@link RoutineTriage.SessionsAhead#beginLineInert})
         */
        boolean[] joined = new boolean[64];
        int count;
        /** the chunk could not be read: the parse thread asks the triage itself */
        Throwable failure;

        Found(int chunk) {
            this.chunk = chunk;
        }

        void add(long at, int bytes, SessionShape s, byte[] p) {
            if (count == after.length) {
                int n = count * 2;
                after = Arrays.copyOf(after, n);
                length = Arrays.copyOf(length, n);
                shape = Arrays.copyOf(shape, n);
                prefix = Arrays.copyOf(prefix, n);
                joined = Arrays.copyOf(joined, n);
            }
            after[count] = at;
            length[count] = bytes;
            shape[count] = s;
            prefix[count] = p;
            count++;
        }
    }

    /**
     * @param input the input, readable at any offset
     * @param window the bytes after a session's first line that the session may take, at most
     * @return workers for {@code input} (they start at the first {@link #find}), or null when they are turned off or
     *         the input's size is not known
     */
    public static RoutineSessionsAhead of(ReadableTrace input, RoutineTriage.SessionsAhead triage, int window) {
        int chunk = chunkBytes;
        long size = input.size();
        if (chunk == 0 || size < 0) {
            return null;
        }
        return new RoutineSessionsAhead(input, size, triage, window, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                chunk);
    }

    private RoutineSessionsAhead(ReadableTrace input, long size, RoutineTriage.SessionsAhead triage, int window, int threads,
            int chunk) {
        this.input = input;
        this.size = size;
        this.chunk = chunk;
        this.chunks = (int) Math.min(Integer.MAX_VALUE, (size + chunk - 1) / chunk);
        this.window = window;
        this.triage = triage;
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

    /**
     * What the workers found for the session whose first line starts at {@code lineStart} and ends at {@code after}
     * (the parser just accepted it and asks for the routine session after it, with {@code prefix}). Calls come in the
     * order of the input. The workers start at the first call, from its chunk on.
     *
     * @param shape receives the session's shape when it is routine
     * @return the session's length in bytes from {@code after}, {@link #NOT_ROUTINE}, or {@link #UNKNOWN}
     */
    public int find(long lineStart, long after, byte[] prefix, SessionShape[] shape) {
        if (prefix == null || closed || stalled) {
            return UNKNOWN;
        }
        int k = (int) (lineStart / chunk);
        if (current == null || current.chunk != k) {
            current = await(k);
            cursor = 0;
            if (current == null) {
                return UNKNOWN;
            }
        }
        Found f = current;
        if (f.failure != null) {
            return UNKNOWN;
        }
        while (cursor < f.count && f.after[cursor] < after) {
            cursor++;
        }
        if (cursor == f.count || f.after[cursor] != after) {
            return NOT_ROUTINE;
        }
        if (!Arrays.equals(f.prefix[cursor], prefix)) {
            return UNKNOWN; // the parser reads the line differently: its own triage decides
        }
        shape[0] = f.shape[cursor];
        return f.length[cursor];
    }

    /**
     * After {@link #find} answered a routine session: how many of the routine sessions found after it follow it
     * directly, one after the other (each begins on the line after the one before ends, with an inert "Begin execution"
     * line), in the same chunk. Session {@code k} of them (from 1) is read with {@link #joinedAfter},
     * {@link #joinedLength}, {@link #joinedShape} and {@link #joinedPrefix}.
     */
    public int joined() {
        Found f = current;
        int n = 0;
        while (cursor + n < f.count - 1 && f.joined[cursor + n]) {
            n++;
        }
        return n;
    }

    /** @return the offset of the line after the "Begin execution" line of joined session {@code k} */
    public long joinedAfter(int k) {
        return current.after[cursor + k];
    }

    /** @return the length in bytes of joined session {@code k} from {@link #joinedAfter} */
    public int joinedLength(int k) {
        return current.length[cursor + k];
    }

    public SessionShape joinedShape(int k) {
        return current.shape[cursor + k];
    }

    /** @return the prefix of joined session {@code k}'s "Begin execution" line ({@link RoutineTriage.SessionsAhead#beginPrefix}) */
    public byte[] joinedPrefix(int k) {
        return current.prefix[cursor + k];
    }

    /** @return chunk {@code k} once a worker has done it, or null when the workers were closed */
    private Found await(int k) {
        synchronized (lock) {
            if (k >= chunks || k < reading) {
                return null;
            }
            reading = k;
            if (!started) {
                started = true;
                next = k;
                for (int i = 0; i < workers.length; i++) {
                    Thread t = new Thread(this::work, "mailscope-import-triage-" + (i + 1)); //$NON-NLS-1$
                    t.setDaemon(true);
                    workers[i] = t;
                    t.start();
                }
            }
            lock.notifyAll(); // workers waiting for the parse thread to move on
            long since = System.nanoTime();
            while (true) {
                Found f = slots[k % CHUNKS_AHEAD];
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
    }

    private boolean allWorkersEnded() {
        for (Thread t : workers) {
            if (t != null && t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    private void work() {
        byte[] buffer = new byte[chunk + 1 + overlap(window)];
        SessionShape[] shape = new SessionShape[1];
        while (true) {
            int k;
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
            }
            Found f = new Found(k);
            try {
                scan(k, buffer, shape, f);
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

    private void publish(int k, Found f) {
        synchronized (lock) {
            // a chunk the parse thread went past while it was being read is not needed; and a worker that was slower
            // than the other must not overwrite the chunk its slot holds now
            Found held = slots[k % CHUNKS_AHEAD];
            if (k >= reading && (held == null || held.chunk < k)) {
                slots[k % CHUNKS_AHEAD] = f;
            }
            lock.notifyAll();
        }
    }

    /** Bytes read beyond a chunk: a session that begins in the chunk is matched on as many as the parse thread allows. */
    private static int overlap(int window) {
        return window + 16 * 1024;
    }

    /** Finds the routine sessions whose first line begins in chunk {@code k}. */
    private void scan(int k, byte[] buffer, SessionShape[] shape, Found found) throws IOException {
        long start = (long) k * chunk;
        long end = Math.min(size, start + chunk);
        // from the byte before the chunk: a line begins at the chunk's start when that byte ends a line
        long readFrom = k == 0 ? 0 : start - 1;
        int want = (int) Math.min(size - readFrom, end - readFrom + overlap(window));
        int have = 0;
        while (have < want) {
            int n = input.read(readFrom + have, ByteBuffer.wrap(buffer, have, want - have));
            if (n < 0) {
                break;
            }
            have += n;
        }
        int chunkEnd = (int) (end - readFrom);
        int p = 0;
        if (k > 0) {
            p = indexOfNewline(buffer, 0, have) + 1;
            if (p == 0) {
                return; // one line longer than the chunk and the overlap: it begins no session here
            }
        }
        byte[] lastPrefix = null;
        int lastEnd = -1; // where the last session found ends
        while (p < chunkEnd && !closed) {
            int eol = indexOfNewline(buffer, p, have);
            if (eol < 0) {
                return; // the last line, without a line end: no session follows it
            }
            int lineAfter = eol + 1;
            byte[] prefix = triage.beginPrefix(buffer, p, eol);
            if (prefix != null) {
                int end2 = triage.routineSession(prefix, buffer, lineAfter, Math.min(have, lineAfter + window), shape);
                if (end2 >= 0) {
                    if (Arrays.equals(prefix, lastPrefix)) {
                        prefix = lastPrefix; // one array for the many sessions of one host
                    }
                    lastPrefix = prefix;
                    if (p == lastEnd && triage.beginLineInert(buffer, p, eol)) {
                        found.joined[found.count - 1] = true;
                    }
                    found.add(readFrom + lineAfter, end2 - lineAfter, shape[0], prefix);
                    p = end2; // the next session's first line
                    lastEnd = end2;
                    continue;
                }
            }
            p = lineAfter;
        }
    }

    private static int indexOfNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
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
