package io.mailscope.trace.internal.conversation;

import java.util.Arrays;

import io.mailscope.model.Protocol;

/**
 * A stretch of routine sessions of an Outlook 2003+ log that follow one another directly, counted on bytes instead of
 * parsed, "Begin execution" lines included: each session begins on the line after the "End execution" of the one
 * before, and the parser would have taken each "Begin execution" as the start of a fresh session of its connection
 * (see {@code io.mailscope.trace.internal.formats.RoutineTriage#routineSessionContinues}). It comes right after the
 * {@link RoutineSession} of the stretch's first session, whose "Begin execution" was parsed.
 * {@link ConversationBuilder#routine(RoutineCount)} accounts for each session as the parsed "Begin execution" line
 * and the {@link RoutineSession} after it would have been accounted for: a new session of the connection, its start,
 * connection events and end to the listener, the counts.
 */
public final class RoutineSessions implements RoutineCount {

    /**
     * A connection as the Outlook 2003+ parser names it.
     *
     * @param base {@code WORD (host)}; a session's connection key is {@code base#generation}
     * @param protocol POP3 or SMTP
     * @param host the host between the parentheses
     * @param clientProduct the client the log names (its "Begin execution" line's endpoint)
     */
    public record Connection(String base, Protocol protocol, String host, String clientProduct) {
    }

    private Connection[] connections = new Connection[16];
    private int[] generations = new int[16];
    private RoutineSession[] sessions = new RoutineSession[16];
    private int count;

    /** Adds the next session of the stretch. */
    public void add(Connection connection, int generation, RoutineSession session) {
        if (count == sessions.length) {
            int n = count * 2;
            connections = Arrays.copyOf(connections, n);
            generations = Arrays.copyOf(generations, n);
            sessions = Arrays.copyOf(sessions, n);
        }
        connections[count] = connection;
        generations[count] = generation;
        sessions[count] = session;
        count++;
    }

    /** @return the number of sessions */
    public int count() {
        return count;
    }

    /** @return session {@code i}'s connection */
    public Connection connection(int i) {
        return connections[i];
    }

    /** @return the generation of session {@code i}'s connection (its key is {@code base#generation}) */
    public int generation(int i) {
        return generations[i];
    }

    /** @return session {@code i} after its "Begin execution" line */
    public RoutineSession session(int i) {
        return sessions[i];
    }
}
