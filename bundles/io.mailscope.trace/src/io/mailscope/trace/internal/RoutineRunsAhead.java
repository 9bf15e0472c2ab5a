package io.mailscope.trace.internal;

import java.util.Arrays;

import io.mailscope.trace.internal.formats.RoutineTriage;
import io.mailscope.trace.internal.formats.RoutineTriage.RunAhead;
import io.mailscope.trace.source.ReadableTrace;

/**
 * The byte triage of routine runs (the exchanges after a connection's start, {@link RoutineTriage#routineRun}) on
 * worker threads ahead of the parse thread, for formats whose sessions are not whole blocks of lines (Outlook
 * 2000-2002: wrapped entries of several tasks interleaved). The workers ({@link ChunksAhead}) read the input in
 * chunks and find the runs after the lines that begin in each ({@link RoutineTriage.RunsAhead}); the parse thread
 * takes a run where its parser asks for one at the same offset ({@link #find}), and its parser decides whether the run
 * holds in its state ({@link RoutineTriage#routineRunFound}: the same context, nothing it holds ruling it out).
 * Where the workers found nothing at that offset (another reading of the lines, a chunk that failed, workers closed
 * or stalled), the parse thread's own triage answers, on the same bytes the same.
 */
public final class RoutineRunsAhead implements AutoCloseable {

    /** bytes before a chunk the scanner reads: a run's context is set by the lines before it, maybe in the chunk before */
    static final int LOOK_BEHIND = 4096;
    private final ChunksAhead<Found> chunks;
    /** the chunk the parse thread reads now, and how far it got in its runs */
    private Found current;
    private int cursor;

    /** The runs of one chunk, in the order of the input. */
    private static final class Found extends ChunksAhead.Found {
        RunAhead[] runs = new RunAhead[256];
        int count;

        Found(int chunk) {
            super(chunk);
        }

        void add(RunAhead run) {
            if (count == runs.length) {
                runs = Arrays.copyOf(runs, count * 2);
            }
            runs[count++] = run;
        }
    }

    /**
     * @param window the bytes after a run's start that the run and what decides it may take, at most
     * @return workers for {@code input} (they start at the first {@link #find}), or null when they are turned off or
     *         the input's size is not known
     */
    public static RoutineRunsAhead of(ReadableTrace input, RoutineTriage.RunsAhead triage, int window) {
        ChunksAhead<Found> chunks = ChunksAhead.of(input, window + 16 * 1024, LOOK_BEHIND, () -> scanner(triage.scanner(window)),
                "mailscope-import-runs-"); //$NON-NLS-1$
        return chunks == null ? null : new RoutineRunsAhead(chunks);
    }

    private RoutineRunsAhead(ChunksAhead<Found> chunks) {
        this.chunks = chunks;
    }

    private static ChunksAhead.Scanner<Found> scanner(RoutineTriage.RunScanner runs) {
        return new ChunksAhead.Scanner<>() {
            @Override
            public Found newFound(int k) {
                return new Found(k);
            }

            @Override
            public void scan(byte[] bytes, long readFrom, int behind, int from, int chunkEnd, int have, Found found,
                    java.util.function.BooleanSupplier closed) {
                runs.scan(bytes, readFrom, behind, from, chunkEnd, have, found::add, closed);
            }
        };
    }

    /**
     * The run the workers found after the line that starts at {@code lineStart} and ends just before {@code after}.
     * Calls come in the order of the input; the workers start at the first, from its chunk on.
     *
     * @return the run, or null when the workers found none there (the parse thread's triage decides)
     */
    public RunAhead find(long lineStart, long after) {
        RunAhead run = firstFrom(lineStart, after);
        return run != null && run.after() == after ? run : null;
    }

    /**
     * @return the first run at or after {@code after} among those after the lines that begin in {@code lineStart}'s
     *         chunk, or null when there is none (or no findings of that chunk); moves the cursor to it
     */
    private RunAhead firstFrom(long lineStart, long after) {
        Found f = chunks.chunk(lineStart);
        if (f == null) {
            return null;
        }
        if (f != current) {
            current = f;
            cursor = 0;
        }
        while (cursor < f.count && f.runs[cursor].after() < after) {
            cursor++;
        }
        return cursor < f.count ? f.runs[cursor] : null;
    }

    /**
     * The first run the workers found after {@code lineStart} among those after the lines that begin in its chunk (the
     * parse thread asks whether the line at {@code lineStart} is the one it follows, {@link
     * io.mailscope.trace.internal.formats.RoutineTriage#routineEntryLineFound}). Calls come in the order of the input,
     * with those of {@link #find}.
     *
     * @return the run, or null when the workers found none after it there
     */
    public RunAhead next(long lineStart) {
        return firstFrom(lineStart, lineStart + 1);
    }

    /** Has {@code stream} serve the parse thread's reader the bytes the workers read ({@link ChunkedStream#serveFrom}). */
    void serveBytesTo(ChunkedStream stream) {
        stream.serveFrom(chunks);
    }

    @Override
    public void close() {
        chunks.close();
    }
}
