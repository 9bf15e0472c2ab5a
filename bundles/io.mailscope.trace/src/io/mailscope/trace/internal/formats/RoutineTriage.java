package io.mailscope.trace.internal.formats;

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
    }
}
