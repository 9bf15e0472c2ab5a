package io.mailscope.trace.internal.formats;

import io.mailscope.trace.internal.conversation.RoutineCount;
import io.mailscope.trace.internal.conversation.RoutineRun;
import io.mailscope.trace.internal.conversation.RoutineSessions;
import io.mailscope.trace.spi.TraceSink;

/**
 * A built-in parser that can tell, on the bytes, that the lines after the one it just accepted are the routine
 * exchanges of a session (see {@link io.mailscope.trace.RoutineExchangePolicy}), so that the importer may count them
 * instead of decoding and parsing them. Only the importer's own formats implement it: a contributed parser always
 * sees every line.
 */
public interface RoutineTriage {

    /** Returned by {@link #routineRun} when the bytes given end before the run could be decided. */
    int MORE_BYTES = -2;
    /** Returned by {@link #routineRun} when the lines are not a routine run. */
    int NOT_ROUTINE = -1;

    /**
     * @return true when the line just accepted opened a fresh session (nothing of another connection in between)
     *         whose routine exchanges may follow; {@link #routineRun} is worth asking then
     */
    boolean routineMayFollow();

    /**
     * Decides whether the lines at {@code bytes[from..to)} (from a line start) are the routine exchanges of the
     * session opened by the line just accepted, followed by the line that closes it (which is not part of the run).
     * Changes no state of the parser: the lines of the run leave none behind.
     *
     * @param counts receives, for a run, the number of exchanges, commands and lines
     * @return the offset just after the run's last line, {@link #NOT_ROUTINE}, or {@link #MORE_BYTES}
     */
    int routineRun(byte[] bytes, int from, int to, int[] counts);

    /**
     * @return true when the line just accepted began a fresh POP3 session ("Begin execution" of a new connection):
     *         {@link #routineSession} is worth asking then
     */
    boolean routineSessionMayFollow();

    /**
     * Decides whether the lines at {@code bytes[from..to)} (from a line start) are the rest of a whole routine session
     * begun by the line just accepted, up to and including its "End execution" (see
     * {@link OutlookRoutineSession#matchSession}).
     *
     * @param shape receives what the builder needs to account for the session
     * @return the offset just after the session's last line, {@link #NOT_ROUTINE}, or {@link #MORE_BYTES}
     */
    int routineSession(byte[] bytes, int from, int to, OutlookRoutineSession.SessionShape[] shape);

    /** The importer consumed the routine session {@link #routineSession} matched: the parser notes that it ended. */
    void routineSessionCounted();

    /**
     * @return true when a run {@link #routineRun} matches holds other lines and repairs besides the protocol lines (the
     *         importer counts such runs only once the model holds as many of both as it keeps)
     */
    default boolean routineRunHoldsOtherLines() {
        return false;
    }

    /** @return the physical lines of the run {@link #routineRun} matched last (given its {@code counts}) */
    default int routineRunLines(int[] counts) {
        return counts[2];
    }

    /**
     * The importer consumes the run {@link #routineRun} matched last: the parser hands on what it held back before it
     * (to {@code sink}) and takes on what the run leaves in its state.
     *
     * @param counts what {@link #routineRun} counted
     * @return what the conversation builder accounts for in the run's place
     */
    default RoutineCount routineRunCounted(TraceSink sink, int[] counts) {
        return new RoutineRun(counts[0], counts[1], counts[2]);
    }

    /**
     * @return the prefix {@link #routineSession} matches the session's lines with, while
     *         {@link #routineSessionMayFollow()} (not to be changed), else null
     */
    default byte[] routineSessionPrefix() {
        return null;
    }

    /**
     * @return the stateless form of {@link #routineSession} that worker threads may run on chunks of the input ahead
     *         of the parser, or null when the format has none
     */
    default SessionsAhead sessionsAhead() {
        return null;
    }

    /**
     * Finds routine sessions on the bytes without the parser's state, so that several threads can look at different
     * parts of the input at once. Thread-safe. What it finds is used only where the parser, reading the same lines in
     * order, asks {@link #routineSession} with the same prefix; {@link #routineSession} would have answered the same.
     */
    interface SessionsAhead {
        /**
         * @param lineEnd the end of the line, its LF excluded
         * @return the prefix {@link #routineSession} would match with if the line at {@code bytes[lineStart..lineEnd)}
         *         began a fresh session, or null when it cannot begin a routine session
         */
        byte[] beginPrefix(byte[] bytes, int lineStart, int lineEnd);

        /** {@link #routineSession} of a session begun by a line for which {@link #beginPrefix} gave {@code prefix}. */
        int routineSession(byte[] prefix, byte[] bytes, int from, int to, OutlookRoutineSession.SessionShape[] shape);

        /**
         * @return true when the line at {@code bytes[lineStart..lineEnd)} (its LF excluded), for which
         *         {@link #beginPrefix} gave a prefix, leaves the masking of a fresh session as it is (no fragment of a
         *         credential): a session it begins right after another routine session may then be counted with that
         *         one without the parser reading the line ({@link RoutineTriage#routineSessionContinues})
         */
        default boolean beginLineInert(byte[] bytes, int lineStart, int lineEnd) {
            return false;
        }
    }

    /**
     * Right after a routine session was counted ({@link #routineSessionCounted()}), the next line begins another
     * session with {@code prefix} ({@link SessionsAhead#beginPrefix}) whose rest is routine as well: when the parser,
     * reading that line, would take it as the "Begin execution" of a fresh session of a POP3 or SMTP connection, it
     * takes on what the line and the counted session leave in its state (as if it had read the line and then
     * {@link #routineSessionCounted()} had been called) and says which connection the session is; else nothing changes.
     *
     * @param connection receives the session's connection
     * @return the generation of the connection the session belongs to (its key is {@code base#generation}), or -1
     *         when the parser must read the line itself
     */
    default int routineSessionContinues(byte[] prefix, RoutineSessions.Connection[] connection) {
        return -1;
    }

    /**
     * @return true when the line just accepted completed an entry after which other lines may follow that the parser
     *         would only count once the model is full ({@link #routineOtherLines} is worth asking then)
     */
    default boolean routineOtherLinesMayFollow() {
        return false;
    }

    /**
     * Decides whether the lines at {@code bytes[from..to)} (from a line start) begin with entries that the parser
     * would make other lines and repairs of, leaving the masking and its own state as they are (except the context a
     * header sets). Changes no state of the parser.
     *
     * @param lines receives the physical lines they take
     * @return the offset just after them, {@link #NOT_ROUTINE} when there are none, or {@link #MORE_BYTES}
     */
    default int routineOtherLines(byte[] bytes, int from, int to, int[] lines) {
        return NOT_ROUTINE;
    }

    /**
     * Takes other lines a worker found ahead ({@link RunsAhead}) as the answer of {@link #routineOtherLines} at the same
     * offset, when they are that (not a run); afterwards {@link #routineOtherLinesCounted} goes on as after
     * {@link #routineOtherLines}.
     *
     * @param lines receives, when they are other lines, the physical lines they take
     * @return false when the parser's own triage must decide
     */
    default boolean routineOtherLinesFound(RunAhead found, int[] lines) {
        return false;
    }

    /**
     * The importer consumes the other lines {@link #routineOtherLines} matched last: the parser hands on what it held
     * back before them (to {@code sink}) and takes on the context they set.
     *
     * @return what the conversation builder counts in their place
     */
    default RoutineCount routineOtherLinesCounted(TraceSink sink) {
        throw new IllegalStateException("no other lines were matched"); //$NON-NLS-1$
    }

    /**
     * Right after the importer counted a run ({@link #routineRunCounted}) or other lines ({@link #routineOtherLinesCounted}):
     * whether the line at {@code bytes[from..to)} (from a line start) is one the parser can take without its text being
     * decoded ({@link #routineEntryLineTaken}), as {@code accept} would take it. Changes no state of the parser.
     *
     * @return the offset just after the line (its line end included), {@link #NOT_ROUTINE}, or {@link #MORE_BYTES}
     */
    default int routineEntryLine(byte[] bytes, int from, int to) {
        return NOT_ROUTINE;
    }

    /**
     * {@link #routineEntryLine} decided by worker threads ahead of the parser: whether the line at {@code lineStart} is
     * the entry line that {@code found} (what the workers found next after {@code lineStart}, {@link RunsAhead}) follows
     * and that routineEntryLine accepts. Changes no state of the parser but which line {@link #routineEntryLineTaken}
     * takes.
     *
     * @return the line's length (its line end included), or {@link #NOT_ROUTINE} when the workers did not decide it
     */
    default int routineEntryLineFound(RunAhead found, long lineStart) {
        return NOT_ROUTINE;
    }

    /**
     * The importer consumes the line {@link #routineEntryLine} (or {@link #routineEntryLineFound}) matched last, with
     * this number and offset: the parser
     * takes it as {@code accept} would have taken its decoded text (records go to {@code sink}).
     */
    default void routineEntryLineTaken(int number, long offset, TraceSink sink) {
        throw new IllegalStateException("no entry line was matched"); //$NON-NLS-1$
    }

    /**
     * @return the stateless form of {@link #routineRun} that worker threads may run on chunks of the input ahead of
     *         the parser, or null when the format has none
     */
    default RunsAhead runsAhead() {
        return null;
    }

    /**
     * Takes a run a worker found ahead ({@link RunsAhead}) as the answer of {@link #routineRun} at the same offset,
     * when the parser's state allows (the context it would match with is the run's, and nothing it holds rules the
     * run out); afterwards {@link #routineRunLines} and {@link #routineRunCounted} go on as after {@link #routineRun}.
     *
     * @param counts receives, for a routine run, what {@link #routineRun} would have counted
     * @return false when the parser's own triage must decide
     */
    default boolean routineRunFound(RunAhead run, int[] counts) {
        return false;
    }

    /**
     * What {@link #routineRun} answers for the run after the line that ends just before offset {@code after}, when
     * the parser asks with {@code context}: its length from {@code after} ({@link #NOT_ROUTINE} when it is none), its
     * exchanges, commands and protocol lines, and what the format needs besides ({@code detail}, its own); or, with
     * no context, what {@link #routineOtherLines} answers there (its physical lines as {@code protocolLines}).
     */
    record RunAhead(long after, String context, int length, int exchanges, int commands, int protocolLines, Object detail) {
    }

    /**
     * Finds, on the bytes and without the parser's state, the runs {@link #routineRun} would accept, so that worker
     * threads can look at different parts of the input at once. What they find is used only where the parser asks
     * {@link #routineRun} at the same offset and accepts it ({@link #routineRunFound}).
     */
    interface RunsAhead {
        /** @return a scanner for one worker thread (it keeps the thread's own caches) */
        RunScanner scanner(int window);
    }

    /** The runs ahead, one worker's. */
    interface RunScanner {
        /**
         * Reports ({@code found}, in the order of the input) the runs after the lines that begin in
         * {@code bytes[from..chunkEnd)}; a run may take the bytes up to {@code have}, and at most {@code window}
         * (see {@link RunsAhead#scanner}) after its start. {@code bytes[0]} is at offset {@code readFrom}; the lines
         * from {@code behind} (a line start) to {@code from} come before the chunk, for the context they set.
         */
        void scan(byte[] bytes, long readFrom, int behind, int from, int chunkEnd, int have,
                java.util.function.Consumer<RunAhead> found, java.util.function.BooleanSupplier closed);
    }
}
