package io.mailscope.trace.internal;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

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
 * {@link ChunksAhead#CHUNKS_AHEAD} chunks ahead of the parse thread.
 */
public final class RoutineSessionsAhead implements AutoCloseable {

    /** {@link #find} answers: the session was not found routine; the workers cannot tell (ask the triage). */
    public static final int NOT_ROUTINE = -1;
    public static final int UNKNOWN = -2;

    /** the chunks and their workers ({@link ChunksAhead}: at most {@link ChunksAhead#CHUNKS_AHEAD} ahead) */
    private final ChunksAhead<Found> chunks;
    /** what the parse thread reads now: the found sessions of a chunk, and how far it got in them */
    private Found current;
    private int cursor;

    /** The routine sessions of one chunk, by the offset of the line after their first line. */
    private static final class Found extends ChunksAhead.Found {
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
        /**
         * The offset of the first session's "Begin execution" line, and whether that line is inert for the masking: the
         * parse thread joins that session to the last one of the chunk before when it begins where that one ends
         * ({@link #continuesInNextChunk})
         */
        long firstBegin = -1;
        boolean firstBeginInert;

        Found(int chunk) {
            super(chunk);
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
        ChunksAhead<Found> chunks = ChunksAhead.of(input, overlap(window), 0, () -> new SessionScanner(triage, window),
                "mailscope-import-triage-"); //$NON-NLS-1$
        return chunks == null ? null : new RoutineSessionsAhead(chunks);
    }

    private RoutineSessionsAhead(ChunksAhead<Found> chunks) {
        this.chunks = chunks;
    }

    /**
     * Sets the chunk size of the imports that begin afterwards (tests put chunk borders everywhere with small ones);
     * 0 turns the workers off (the parse thread triages alone). The same size holds for every format's workers
     * ({@link ChunksAhead#chunkBytes}).
     *
     * @return the size before
     */
    public static int chunkBytes(int bytes) {
        return ChunksAhead.chunkBytes(bytes);
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
        if (prefix == null) {
            return UNKNOWN;
        }
        Found f = chunks.chunk(lineStart);
        if (f == null) {
            return UNKNOWN;
        }
        if (f != current) {
            current = f;
            cursor = 0;
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

    /**
     * After the parse thread counted the routine session found last in the current chunk (the one {@link #find}
     * answered or, when it had {@code joined} sessions after it, the last of those): whether the first routine session
     * found in the chunk of {@code end} begins right where that one ended ({@code end}) with an inert "Begin execution"
     * line, as the sessions of a chunk that {@link #joined} counts. If so it becomes the current session: joined session
     * 0, with {@link #joined} sessions after it. So a stretch goes on across the chunks' borders, and the parse thread
     * reads no line of its own at each border.
     *
     * @return false when the chunk's sessions were not all counted, the next does not begin at {@code end} or its begin
     *         line is not inert, or the workers have nothing to say (the parse thread reads on as always)
     */
    public boolean continuesInNextChunk(int joined, long end) {
        Found f = current;
        if (f == null || cursor + joined != f.count - 1) {
            return false;
        }
        Found next = chunks.chunk(end);
        if (next == null || next == f || next.count == 0 || next.firstBegin != end || !next.firstBeginInert) {
            return false;
        }
        current = next;
        cursor = 0;
        return true;
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

    /** Bytes read beyond a chunk: a session that begins in the chunk is matched on as many as the parse thread allows. */
    private static int overlap(int window) {
        return window + 16 * 1024;
    }

    /** Finds the routine sessions whose first line begins in a chunk (one per worker). */
    private static final class SessionScanner implements ChunksAhead.Scanner<Found> {
        private final RoutineTriage.SessionsAhead triage;
        /** bytes after the session's first line a session may need, as the parse thread's own triage allows */
        private final int window;
        private final SessionShape[] shape = new SessionShape[1];

        SessionScanner(RoutineTriage.SessionsAhead triage, int window) {
            this.triage = triage;
            this.window = window;
        }

        @Override
        public Found newFound(int k) {
            return new Found(k);
        }

        @Override
        public void scan(byte[] buffer, long readFrom, int behind, int from, int chunkEnd, int have, Found found,
                BooleanSupplier closed) {
            int p = from;
            byte[] lastPrefix = null;
            int lastEnd = -1; // where the last session found ends
            while (p < chunkEnd && !closed.getAsBoolean()) {
                int eol = ChunksAhead.indexOfNewline(buffer, p, have);
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
                        } else if (found.count == 0) {
                            found.firstBegin = readFrom + p;
                            found.firstBeginInert = triage.beginLineInert(buffer, p, eol);
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
    }

    @Override
    public void close() {
        chunks.close();
    }
}
