package io.mailscope.trace.internal.conversation;

import java.util.Arrays;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.trace.CountedSessions;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.spi.Span;

/**
 * Routine sessions of an Outlook 2000-2002 log ({@link RoutineEntries} with its "Connected to host",
 * {@link RoutineOtherLines} with its "Disconnected from host") that the conversation builder accounts for without a
 * {@code SessionState} or model object, in the order they started, with ids that follow one another: what the listener
 * is to see of them, kept until it is handed over as one stretch ({@link CountedSessions}, overlap 1: a connection's
 * session ends when the connection after the next begins). The records are made only when a listener asks for them.
 * <p>
 * The builder adds to it and then hands it over ({@link #handOver}): from then on it is not changed (the builder goes on
 * with {@link #next()} or a new one), so the listener may read it on another thread. At any time the last two
 * sessions (or as many as it holds) are the open ones: each one added ends the one two before it.
 */
final class CountedConnections implements CountedSessions {

    private static final int CAPACITY = 64;

    /** the id of the first session: set anew while it holds none ({@link #startAt}) */
    private long firstId;
    private final int carried;
    private String[] keys;
    private String[] contexts;
    private Span[] connected;
    private String[] connectedTexts;
    private Span[] disconnected;
    private String[] disconnectedTexts;
    private int[] exchanges;
    private int[] commands;
    private int size;
    /** the sessions handed over (the listener's {@link #count()}), -1 before */
    private int handedOver = -1;

    /** An empty one, whose first session will have the id {@code firstId}. */
    CountedConnections(long firstId) {
        this(firstId, 0, CAPACITY);
    }

    private CountedConnections(long firstId, int carried, int capacity) {
        this.firstId = firstId;
        this.carried = carried;
        keys = new String[capacity];
        contexts = new String[capacity];
        connected = new Span[capacity];
        connectedTexts = new String[capacity];
        disconnected = new Span[capacity];
        disconnectedTexts = new String[capacity];
        exchanges = new int[capacity];
        commands = new int[capacity];
    }

    /** @return the sessions held, carried ones included */
    int size() {
        return size;
    }

    /** The next session gets the id {@code id} (while none is held: the sessions in between had a state of their own). */
    void startAt(long id) {
        if (size != 0 || handedOver >= 0) {
            throw new IllegalStateException("counted sessions whose ids do not follow one another"); //$NON-NLS-1$
        }
        firstId = id;
    }

    /** @return the id the next session gets */
    long nextId() {
        return firstId + size;
    }

    /** @return the sessions (from the first) whose start, connection events and maybe end the stretch does not hold */
    @Override
    public int carried() {
        return carried;
    }

    /**
     * @return true when {@code key} is the very string that is an open session's key ({@link #size()} - 2 on): the
     *         parser names each connection with a string of its own (a name equal to an open session's in another
     *         string would be a connection it began anew, which a counted connection's name never is: see
     *         {@link RoutineEntries#connection()}), and comparing the characters of two names that differ in their last
     *         digits only took a fifth of the importing thread's time once nothing else was left per session
     */
    boolean opens(String key) {
        for (int i = Math.max(0, size - 2); i < size; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the two connection keys are the same (most often the same string: the parser's name) */
    static boolean same(String a, String b) {
        return a == b || a.equals(b);
    }

    String key(int i) {
        return keys[i];
    }

    String context(int i) {
        return contexts[i];
    }

    int exchanges(int i) {
        return exchanges[i];
    }

    int commands(int i) {
        return commands[i];
    }

    /** @return true once session {@code i}'s "Disconnected from host" was added */
    boolean closed(int i) {
        return disconnected[i] != null;
    }

    /**
     * Adds a session: the connection {@code key} began at {@code at} ({@code text} masked), with its routine exchanges
     * and its context.
     */
    void add(String key, String context, Span at, String text, RoutineRun run) {
        if (handedOver >= 0) {
            throw new IllegalStateException("counted sessions changed after they were handed over"); //$NON-NLS-1$
        }
        if (size == keys.length) {
            int n = size * 2;
            keys = Arrays.copyOf(keys, n);
            contexts = Arrays.copyOf(contexts, n);
            connected = Arrays.copyOf(connected, n);
            connectedTexts = Arrays.copyOf(connectedTexts, n);
            disconnected = Arrays.copyOf(disconnected, n);
            disconnectedTexts = Arrays.copyOf(disconnectedTexts, n);
            exchanges = Arrays.copyOf(exchanges, n);
            commands = Arrays.copyOf(commands, n);
        }
        keys[size] = key;
        contexts[size] = context;
        connected[size] = at;
        connectedTexts[size] = text;
        exchanges[size] = run.exchanges();
        commands[size] = run.commands();
        size++;
    }

    /** Session {@code i} was closed by the client (after QUIT) at {@code at} ({@code text} masked). */
    void disconnect(int i, Span at, String text) {
        if (handedOver >= 0) {
            throw new IllegalStateException("counted sessions changed after they were handed over"); //$NON-NLS-1$
        }
        disconnected[i] = at;
        disconnectedTexts[i] = text;
    }

    /**
     * @return this, as the stretch of its sessions before {@code count} (the later ones are not part of it); not to be
     *         changed from now on
     */
    CountedSessions handOver(int count) {
        handedOver = count;
        return this;
    }

    /** @return the next stretch, holding the open sessions of this one as carried (after {@link #handOver}) */
    CountedConnections next() {
        int from = Math.max(0, size - 2);
        CountedConnections next = new CountedConnections(firstId + from, size - from, CAPACITY);
        int n = size - from;
        System.arraycopy(keys, from, next.keys, 0, n);
        System.arraycopy(contexts, from, next.contexts, 0, n);
        System.arraycopy(connected, from, next.connected, 0, n);
        System.arraycopy(connectedTexts, from, next.connectedTexts, 0, n);
        System.arraycopy(disconnected, from, next.disconnected, 0, n);
        System.arraycopy(disconnectedTexts, from, next.disconnectedTexts, 0, n);
        System.arraycopy(exchanges, from, next.exchanges, 0, n);
        System.arraycopy(commands, from, next.commands, 0, n);
        next.size = n;
        return next;
    }

    /** @return session {@code i}'s id */
    long id(int i) {
        return firstId + i;
    }

    // ---- CountedSessions: the records as ConversationBuilder would have made them for a SessionState

    @Override
    public int count() {
        return handedOver;
    }

    @Override
    public int overlap() {
        return 1;
    }

    /** "Connected to host" made the session: no protocol yet, its key as its context id. */
    @Override
    public SessionInfo started(int i) {
        return new SessionInfo(firstId + i, Protocol.UNKNOWN, null, 0, null, TlsState.NONE, keys[i]);
    }

    @Override
    public ConnectionRecord connected(int i) {
        Span at = connected[i];
        return new ConnectionRecord(started(i), ConnectionEventKind.CONNECTED, connectedTexts[i], at.firstLine(), at.lastLine(),
                at.offset(), at.time());
    }

    /** After its routine exchanges: POP3. */
    @Override
    public ConnectionRecord disconnected(int i) {
        Span at = disconnected[i];
        return new ConnectionRecord(new SessionInfo(firstId + i, Protocol.POP3, null, 0, null, TlsState.NONE, keys[i]),
                ConnectionEventKind.CLOSED_BY_CLIENT, disconnectedTexts[i], at.firstLine(), at.lastLine(), at.offset(), at.time());
    }

    /** At its end the context of its protocol lines joins its key (as {@code ConversationBuilder.end} does). */
    @Override
    public SessionEnd ended(int i) {
        // concat rather than +: the quick JIT tier runs an indified concatenation through method handles
        SessionInfo info = new SessionInfo(firstId + i, Protocol.POP3, null, 0, null, TlsState.NONE,
                keys[i].concat(" ".concat(contexts[i]))); //$NON-NLS-1$
        return new SessionEnd(info, exchanges[i], false, true);
    }
}
