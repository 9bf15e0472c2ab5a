package io.mailscope.trace.internal.conversation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.OtherLine;
import io.mailscope.model.Protocol;
import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.internal.index.RecordObserver;
import io.mailscope.trace.internal.masking.InertTextMemo;
import io.mailscope.trace.internal.masking.SyntaxMaskingSession;
import io.mailscope.trace.protocol.CommandLine;
import io.mailscope.trace.protocol.CommandTrait;
import io.mailscope.trace.protocol.LineKind;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;
import io.mailscope.trace.protocol.SessionGrammar;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Rebuilds conversations from the records parsers report, for every format alike: groups records into sessions,
 * pairs commands with replies (per context when a format interleaves threads), completes multi-line replies (POP3
 * "." terminated responses, SMTP {@code 250-} continuations, IMAP tagged completion with untagged lines), tells
 * client from server by the protocol's grammar when the format does not mark directions, masks secrets before
 * anything is stored, and passes immutable records to the {@link TraceListener} while it goes.
 * <p>
 * Two tiers: every exchange is built as a compact {@link ExchangeDraft} and passed on as an {@link ExchangeRecord};
 * the {@link ModelKeeper} decides which become EMF objects of the model (all of a normal trace; beyond
 * {@link #MAX_KEPT_EXCHANGES}, only those near failures). Sessions count every exchange
 * ({@link Session#getExchangeCount()}). Credential tracking (SASL, IMAP literals) is in {@link CredentialTracking}.
 */
public final class ConversationBuilder implements TraceSink {

    public static final int MAX_KEPT_EXCHANGES = ModelKeeper.MAX_KEPT_EXCHANGES;
    /** Beyond this many sessions, a session that ended without any failure is not kept (only counted). */
    public static final int MAX_KEPT_SESSIONS = 2_000;
    public static final int MAX_OTHER_LINES = 10_000;
    public static final int MAX_REPAIRS = 10_000;
    public static final int MAX_PROBLEMS = 1_000;
    public static final int MAX_STATUS_EVENTS = 10_000;
    /** Lines of a message body (RETR, TOP, DATA, IMAP literal) kept per exchange; the rest are counted. */
    public static final int MAX_BODY_LINES = 200;
    /** Exchanges kept before and after a failure once the bound is reached. */
    public static final int WINDOW = ModelKeeper.WINDOW;

    /** Verb of the server's greeting (an exchange without command). */
    public static final String GREETING = ExchangeRecord.GREETING;
    /** Verb of server lines that answer no command seen in the trace. */
    public static final String UNSOLICITED = ExchangeRecord.UNSOLICITED;

    private static final MailscopeFactory FACTORY = MailscopeFactory.eINSTANCE;

    enum Continuation {
        AUTH, DATA, LITERAL
    }

    static final class Pending {
        final ExchangeDraft exchange;
        final String context;
        final boolean orphan;
        long lastSequence;
        boolean replyStarted;
        boolean body;
        int bodyLines;
        int droppedFirst;
        int droppedLast;
        int dropped;

        Pending(ExchangeDraft exchange, String context, boolean orphan, long sequence) {
            this.exchange = exchange;
            this.context = context;
            this.orphan = orphan;
            this.lastSequence = sequence;
        }
    }

    static final class SessionState {
        final Session session;
        final String key;
        /** small at first: most sessions have one command pending at a time, and one is made per connection */
        final ArrayDeque<Pending> pending = new ArrayDeque<>(2);
        final ModelKeeper.Window window = new ModelKeeper.Window();
        /** the first context of the session's protocol lines (most sessions have one), null before */
        private String context;
        /** every context in the order they came, made with the second one; null before */
        private Set<String> contexts;
        Pending awaiting;
        Continuation awaitingKind;
        /*
         * The three below are made when the session first needs them (a routine session counted on bytes needs none):
         * until then they would be in their first state, which is also what a reset leaves them in.
         */
        private CredentialTracking<Pending> credentials;
        /** Masks every line of the session by its syntax (not by the protocol the session was taken for). */
        private MaskingSession masking;
        /**
         * The protocol's line grammar: tells commands from literal data, bodies, chunks and continuations. Its protocol
         * is the session's from the start ({@link ConversationBuilder#setProtocol} keeps them the same, and it runs
         * before each line the grammar reads).
         */
        private SessionGrammar grammar;
        /** The last command: literal data, a message body or a BDAT chunk the grammar finds belongs to it. */
        Pending lastCommand;
        boolean closed;
        boolean closedByQuit;
        boolean ended;
        int exchangeCount;
        int commands;
        /** A failed reply, a status event or a connection problem happened in this session. */
        boolean eventful;
        /** started when the model already held its sessions: dropped at its end unless eventful */
        boolean beyondBound;
        /** the session is in the model's list; false while its joining is deferred (see {@link ModelKeeper.Window#defer}) */
        boolean inModel;

        final long id;
        /** the snapshot passed to the listener; null after something it shows changed */
        SessionInfo info;

        /** the open sessions before and after this one while it is open, in the order they started (see {@link #open}) */
        SessionState previousOpen;
        SessionState nextOpen;

        SessionState(Session session, String key, long id) {
            this.session = session;
            this.key = key;
            this.id = id;
        }

        CredentialTracking<Pending> credentials() {
            if (credentials == null) {
                credentials = new CredentialTracking<>();
            }
            return credentials;
        }

        MaskingSession masking() {
            if (masking == null) {
                masking = CredentialMasking.newSession();
            }
            return masking;
        }

        SessionGrammar grammar() {
            if (grammar == null) {
                grammar = new SessionGrammar(session.getProtocol());
            }
            return grammar;
        }

        /** The connection is over: no literal, SASL exchange, body or continuation outlives it. */
        void connectionOver() {
            if (credentials != null) {
                credentials.reset();
            }
            if (masking != null) {
                masking.reset();
            }
            if (grammar != null) {
                grammar.reset();
            }
        }

        /** Adds a context of the session's protocol lines (each once, in the order they came). */
        void addContext(String c) {
            if (context == null) {
                context = c;
            } else if (contexts == null) {
                if (!context.equals(c)) {
                    contexts = new LinkedHashSet<>();
                    contexts.add(context);
                    contexts.add(c);
                }
            } else {
                contexts.add(c);
            }
        }

        /** @return the session's contexts joined by commas, or null when it has none */
        String contextsText() {
            return contexts != null ? String.join(",", contexts) : context; //$NON-NLS-1$
        }

        SessionInfo info() {
            SessionInfo i = info;
            if (i == null) {
                i = new SessionInfo(id, session.getProtocol(), session.getHost(), session.getPort(),
                        session.getClientProduct(), session.getTls(), session.getContextId());
                info = i;
            }
            return i;
        }

        void changed() {
            info = null;
        }

        Protocol protocol() {
            return session.getProtocol();
        }
    }

    private final Trace trace;
    private final TraceListener listener;
    private final IntFunction<ErrorCode> codes;
    private final boolean keepAll;
    private final Map<String, SessionState> sessions = new HashMap<>();
    /**
     * The sessions not yet ended, in the order they started: a list through the sessions themselves (no hash of a
     * new object per session, as a set would take).
     */
    private SessionState firstOpen;
    private SessionState lastOpen;
    private final ModelKeeper keeper;
    private final ReplyCompletion replies = new ReplyCompletion(this);
    private long sessionCount;
    private long exchangeTotal;
    private int keptSessions;
    private int droppedSessions;
    private long droppedSessionExchanges;
    private SessionState last;
    /**
     * Set once the model holds {@link #MAX_KEPT_SESSIONS} sessions; it stays set (sessions are dropped only beyond
     * that number), and from then on a session without failure is dropped at its end. Read by the parse thread: a
     * routine session's exchanges may be counted instead of parsed only then ({@link #routine}).
     */
    private volatile boolean sessionsFull;
    /** Set once the model holds {@link #MAX_OTHER_LINES} other lines (read by the parse thread, like {@link #sessionsFull}). */
    private volatile boolean otherLinesFull;
    /** set once the model holds as many repairs as it keeps */
    private volatile boolean repairsFull;
    private long sequence;
    private int keptOther;
    private int droppedRepairs;
    private int droppedProblems;
    /** Masks other lines outside sessions (they may be protocol lines with a prefix a parser did not strip). */
    private final MaskingSession otherMasking = CredentialMasking.newSession();
    private RecordObserver observer = RecordObserver.NONE;
    /** The masked text of the wire line being handled, when masking changed it (for the record index). */
    private String wireMasked;

    /**
     * @param codes resolves an HRESULT to its catalog entry (null when not catalogued)
     */
    public ConversationBuilder(Trace trace, TraceListener listener, IntFunction<ErrorCode> codes, boolean keepAll) {
        this.trace = trace;
        this.listener = listener;
        this.codes = codes;
        this.keepAll = keepAll;
        this.keeper = new ModelKeeper(keepAll);
    }

    public Trace trace() {
        return trace;
    }

    /** Tells {@code observer} every protocol record with its session and direction (the record index). */
    public ConversationBuilder observer(RecordObserver recordObserver) {
        this.observer = recordObserver;
        return this;
    }

    @Override
    public void accept(TraceRecord record) {
        if (counting.size() != 0) {
            settle(); // the record may concern a counted session: from now on the sessions are the ones it may see
        }
        if (record instanceof TraceRecord.Wire w) {
            wire(w); // most records: one type test instead of the switch's bootstrap
            return;
        }
        if (record instanceof TraceRecord.Other o) {
            other(o.span(), o.text()); // the next most (LogText headers, statuses): likewise
            return;
        }
        if (record instanceof TraceRecord.Repair r) {
            repair(r); // a wrapped entry's (every LogText header's): likewise
            return;
        }
        switch (record) {
            case TraceRecord.Wire w -> wire(w);
            case TraceRecord.Connection c -> connection(c);
            case TraceRecord.Status s -> status(s);
            case TraceRecord.Endpoint e -> endpoint(e);
            case TraceRecord.Other o -> other(o.span(), o.text());
            case TraceRecord.Repair r -> repair(r);
            case TraceRecord.Problem p -> problem(p.line(), p.message());
            case TraceRecord.End e -> {
                SessionState s = sessions.get(e.connection());
                if (s != null) {
                    end(s);
                }
            }
        }
    }

    // ---- sessions

    private SessionState sessionFor(String key, Protocol protocol, boolean connecting) {
        SessionState recent = last;
        if (recent != null && recent.key == key && !recent.ended && !key.isEmpty()) {
            // the same connection as the previous record (most records): an open session is the one mapped to its key
            return recent;
        }
        SessionState s = sessions.get(key);
        if (s != null && key.equals(TraceRecord.CURRENT)) {
            boolean protocolChanged = protocol != null && protocol != Protocol.UNKNOWN
                    && s.protocol() != Protocol.UNKNOWN && protocol != s.protocol();
            boolean reconnect = connecting && (s.commands > 0 || s.closed);
            if (s.closed || protocolChanged || reconnect) {
                end(s);
                s = null;
            }
        }
        if (s == null) {
            Session session = FACTORY.createSession();
            session.setProtocol(protocol == null ? Protocol.UNKNOWN : protocol);
            session.setTls(TlsState.NONE);
            if (!key.isEmpty()) {
                session.setContextId(key);
            }
            s = new SessionState(session, key, ++sessionCount);
            if (!keepAll && keptSessions >= MAX_KEPT_SESSIONS && FastPath.enabled()) {
                // the model holds as many sessions as it keeps: this one stays only if it has a failure, so it joins
                // the model's list, and its exchanges and connection events become model objects, only then (the
                // same objects, in the same order: see keepDeferred)
                s.window.defer();
            } else {
                // a new object is in no list yet: addUnique skips the list's linear uniqueness check (thousands of
                // kept sessions, once per session of the trace)
                ((InternalEList<Session>) trace.getSessions()).addUnique(session);
                s.inModel = true;
            }
            sessions.put(key, s);
            opened(s);
            if (!keepAll && keptSessions >= MAX_KEPT_SESSIONS) {
                // this session and every later one without failure are dropped at their end
                s.beyondBound = true;
                if (!sessionsFull) {
                    sessionsFull = true;
                }
            }
            keptSessions++;
            listener.sessionStarted(s.info());
        }
        last = s;
        return s;
    }

    private void end(SessionState s) {
        if (s.ended) {
            return;
        }
        s.ended = true;
        String contexts = s.contextsText();
        if (contexts != null) {
            // concat rather than +: the quick JIT tier runs an indified concatenation through method handles
            s.session.setContextId(s.key.isEmpty() ? contexts : s.key.concat(" ".concat(contexts))); //$NON-NLS-1$
            s.changed();
        }
        boolean commandPending = false;
        if (!s.pending.isEmpty()) { // most sessions end with nothing pending
            // a copy: completing an orphan may change the list
            for (Pending p : new ArrayList<>(s.pending)) {
                if (p.orphan) {
                    complete(s, p);
                } else {
                    s.eventful = true; // a command that never got its (complete) reply
                    commandPending = true;
                    reportDroppedBody(p);
                    keeper.abandoned(s.session, s.window, p.exchange);
                    listener.exchangeAbandoned(p.exchange.toRecord(s.info()));
                }
            }
            s.pending.clear();
        }
        s.session.setExchangeCount(s.exchangeCount);
        sessions.remove(s.key, s); // only when the key still maps to this session
        closed(s);
        listener.sessionEnded(new SessionEnd(s.info(), s.exchangeCount, commandPending, s.closed));
        if (!keepAll && !s.eventful && keptSessions > MAX_KEPT_SESSIONS) {
            // a huge trace: an uneventful session was reported to the listener and is now only counted
            if (!s.inModel) {
                keptSessions--;
                keeper.sessionDropped(s.session, s.window);
                droppedSessions++;
                droppedSessionExchanges += s.exchangeCount;
                return;
            }
            EList<Session> list = trace.getSessions();
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i) == s.session) {
                    list.remove(i);
                    keptSessions--;
                    keeper.sessionDropped(s.session, s.window);
                    droppedSessions++;
                    droppedSessionExchanges += s.exchangeCount;
                    return;
                }
            }
        }
        if (!s.inModel) {
            keepDeferred(s);
        }
        keeper.sessionKept(s.session, s.window);
    }

    /** Sessions that joined the model's list at their end ({@link #keepDeferred}), with their number in the trace. */
    private final Map<Session, Long> keptAtEnd = new IdentityHashMap<>();

    /**
     * Adds a session whose joining the model was deferred to the model's list where it would be had it joined at its
     * start: the list holds the sessions in the order they started, and every session that started after the first
     * deferred one is deferred too (the model stays full), so it goes before the deferred ones kept already that
     * started after it.
     */
    private void keepDeferred(SessionState s) {
        EList<Session> list = trace.getSessions();
        int at = list.size();
        while (at > 0) {
            Long started = keptAtEnd.get(list.get(at - 1));
            if (started == null || started.longValue() < s.id) {
                break;
            }
            at--;
        }
        ((InternalEList<Session>) list).addUnique(at, s.session); // new: in no list yet
        keptAtEnd.put(s.session, Long.valueOf(s.id));
        s.inModel = true;
    }

    /**
     * @return true once every session that starts from now on is dropped from the model at its end unless it has a
     *         failure (so a routine session's exchanges may be counted instead of parsed); never false again after
     *         true
     */
    public boolean sessionsFull() {
        return sessionsFull;
    }

    /**
     * Accounts for the exchanges of a routine session that were counted on bytes instead of parsed ({@link RoutineRun}):
     * the session the last record opened ("Connected to host" just before them) gets them as if its lines had been
     * parsed one by one, and the listener does not receive them (it declared it does not need them). The caller (a
     * format's byte triage) guarantees what that takes: the session started after {@link #sessionsFull()} became
     * true, it is fresh (no exchange, nothing pending) and nothing of another connection came in between; the run
     * ends with {@code QUIT} answered {@code +OK}, so the session is closed by the client, and since none of its
     * replies failed, it is dropped at its end like every uneventful session beyond the model's bound. What the
     * parsed lines would have left behind is therefore only counted: the exchanges (of the session and of the trace),
     * the commands, the wire lines' sequence numbers, and the close after QUIT; their model objects would have been
     * deferred and dropped with the session ({@code ModelKeeper.Window.defer}).
     */
    public void routine(RoutineCount count) {
        // type tests of the (final) record classes, the Outlook 2000-2002 log's two counts per session first: a pattern
        // switch runs through its bootstrap's generated type switch, a call the quick JIT tier does not inline
        if (count instanceof RoutineEntries entries) {
            routine(entries);
            return;
        }
        if (count instanceof RoutineOtherLines others) {
            routine(others);
            return;
        }
        if (counting.size() != 0) {
            settle();
        }
        if (count instanceof RoutineSessions stretch) {
            routine(stretch);
        } else if (count instanceof RoutineSession session) {
            routine(session);
        } else if (count instanceof RoutineRun run) {
            routine(run);
        } else {
            throw new IllegalArgumentException("no such count: " + count); //$NON-NLS-1$
        }
    }

    /**
     * Counts the other lines and repairs of entries counted on bytes instead of parsed (see {@link RoutineOtherLines}):
     * as the parsed ones are counted once the model is full. The caller guarantees {@link #otherLinesFull()} and
     * {@link #repairsFull()}, and that each text is one the masking leaves as it is.
     */
    private void routine(RoutineOtherLines others) {
        if (keptOther < MAX_OTHER_LINES || trace.getRepairs().size() < MAX_REPAIRS) {
            throw new IllegalStateException("other lines counted before the model is full"); //$NON-NLS-1$
        }
        if (others.disconnected() != null && !countedDisconnection(others)) {
            settle();
            SessionState s = sessions.get(others.connection());
            if (s != null && s.closedByQuit && !s.ended && s.beyondBound && !s.eventful) {
                // what connection() does for the close of the session that sent QUIT, without the model's event object:
                // the session (beyond the bound, without failure) is dropped at its end with the events it holds
                routineConnection(s, others.disconnected(), ConnectionEventKind.CLOSED_BY_CLIENT, masked(others.disconnectedText()));
            } else {
                connection(new TraceRecord.Connection(others.disconnected(), ConnectionEventKind.CLOSED_BY_CLIENT,
                        others.disconnectedText(), others.connection()));
            }
        }
        trace.setOtherLineCount(trace.getOtherLineCount() + others.otherLines());
        droppedRepairs += others.repairs();
        CountedConnections c = counting;
        if (c.size() - c.carried() >= STRETCH_SESSIONS && c.closed(c.size() - 1)) {
            handOverCounted();
        }
    }

    /**
     * Accounts for a stretch of routine sessions that follow the one just counted ({@link RoutineSessions}), each as
     * its parsed "Begin execution" line and {@link #routine(RoutineSession)} would have been accounted for, without
     * the objects that would have been made and dropped with it: the line's {@code Endpoint} record made a new session
     * of the connection {@code base#generation} (a key no open session has: the parser took the line as a fresh
     * session's start), with the protocol, the next id, no host and port yet; then the endpoint's host and client
     * product, the other lines (all beyond the model's bound, only counted: the caller checked that the "Begin
     * execution" texts leave the masking unchanged, so no repair), the connection events, the exchanges and the end,
     * at which the session (beyond the bound, without failure) was dropped from the model. The listener gets the
     * sessions' starts, connection events and ends in one call ({@code TraceListener.routineSessions}). What stays is
     * the same: the counts, the ids of later sessions, and that the last session is one that ended.
     */
    private void routine(RoutineSessions stretch) {
        SessionState before = last;
        if (before == null || !before.ended || keepAll || !sessionsFull || keptOther < MAX_OTHER_LINES
                || keptSessions < MAX_KEPT_SESSIONS) {
            throw new IllegalStateException("routine sessions that do not follow a counted one beyond the model's bound"); //$NON-NLS-1$
        }
        int other = trace.getOtherLineCount();
        long firstId = sessionCount + 1;
        for (int i = 0, n = stretch.count(); i < n; i++) {
            RoutineSession run = stretch.session(i);
            // "Begin execution", the lines before "Connected to host" and "End execution"
            other += 2 + run.othersBeforeConnected();
            RoutineRun exchanges = run.exchanges();
            sequence += exchanges.lines();
            exchangeTotal += exchanges.exchanges();
            droppedSessionExchanges += exchanges.exchanges();
        }
        sessionCount += stretch.count();
        droppedSessions += stretch.count();
        // the start, connection events and end of each session, in one call (see TraceListener.routineSessions)
        listener.routineSessions(new CountedSessionEvents(stretch, firstId, masked(CONNECTED), masked(DISCONNECTED)));
        trace.setOtherLineCount(other);
    }

    /**
     * Accounts for the routine exchanges of an Outlook 2000-2002 connection and the entries between them, counted on
     * bytes instead of parsed (see {@link RoutineEntries}): as {@link RoutineRun}, and the session gets the protocol
     * and the context its protocol lines would have given it; the other lines and repairs are counted as the parsed
     * ones would be once the model is full. The caller guarantees what that takes: {@link #otherLinesFull()} and
     * {@link #repairsFull()} besides what {@link RoutineRun} needs, and nothing but other lines and the session's
     * close reach the session before it ends.
     */
    private void routine(RoutineEntries run) {
        if (run.connected() != null && countedConnection(run)) {
            return;
        }
        settle();
        if (run.ended() != null) {
            SessionState over = sessions.get(run.ended()); // as accept() ends it for its End record
            if (over != null) {
                end(over);
            }
        }
        if (run.connected() != null) {
            if (sessions.get(run.connection()) == null && sessionsFull) {
                // what connection() does for "Connected to host" of a new connection (a new session, beyond the bound),
                // without the model's event object: the run's checks below hold for it, and it is dropped at its end
                routineConnection(sessionFor(run.connection(), null, true), run.connected(), ConnectionEventKind.CONNECTED,
                        masked(run.connectedText()));
            } else {
                connection(new TraceRecord.Connection(run.connected(), ConnectionEventKind.CONNECTED, run.connectedText(),
                        run.connection()));
            }
        }
        SessionState s = last;
        if (s == null || keptOther < MAX_OTHER_LINES || trace.getRepairs().size() < MAX_REPAIRS
                || s.protocol() != Protocol.UNKNOWN && s.protocol() != Protocol.POP3) {
            throw new IllegalStateException("routine entries outside a fresh session of a full model"); //$NON-NLS-1$
        }
        setProtocol(s, Protocol.POP3);
        s.addContext(run.context());
        routine(run.exchanges());
        trace.setOtherLineCount(trace.getOtherLineCount() + run.otherLines());
        droppedRepairs += run.repairs();
    }

    /**
     * Accounts for the rest of a routine session counted on bytes instead of parsed (see {@link RoutineSession}): the
     * session the "Begin execution" line just began gets the port, the connection events (to the model and the
     * listener, through the same code as parsed lines) and the routine exchanges, and then ends; its other lines are
     * only counted. The caller guarantees what that takes: the session is fresh, started after
     * {@link #sessionsFull()} and {@link #otherLinesFull()} became true, and nothing of another connection came in
     * between.
     */
    private void routine(RoutineSession run) {
        SessionState s = last;
        if (s == null || s.ended || !s.beyondBound || s.eventful || !s.pending.isEmpty() || s.exchangeCount != 0
                || s.commands != 0 || keptOther < MAX_OTHER_LINES || s.protocol() != Protocol.POP3 && s.protocol() != Protocol.SMTP) {
            throw new IllegalStateException("a routine session that did not just begin"); //$NON-NLS-1$
        }
        // "Port: n, Secure: NO": the endpoint's port, and an other line beyond the model's bound
        s.session.setPort(run.port());
        s.changed();
        trace.setOtherLineCount(trace.getOtherLineCount() + run.othersBeforeConnected());
        routineConnection(s, run.connected(), ConnectionEventKind.CONNECTED, masked(CONNECTED));
        routine(run.exchanges());
        routineConnection(s, run.disconnected(), ConnectionEventKind.CLOSED_BY_CLIENT, masked(DISCONNECTED));
        trace.setOtherLineCount(trace.getOtherLineCount() + 1); // "End execution"
        end(s);
    }

    private static final String CONNECTED = "Connected to host"; //$NON-NLS-1$
    private static final String DISCONNECTED = "Disconnected from host"; //$NON-NLS-1$
    /**
     * the texts of counted sessions' connection events {@link #masked} masked last, and their masked forms: two, as
     * a connection's "Connected" and "Disconnected" alternate (the fixed texts of Outlook 2003+ logs, the logged ones
     * of Outlook 2000-2002 logs)
     */
    private final String[] maskedFrom = new String[2];
    private final String[] maskedTo = new String[2];

    /**
     * @return {@code text} masked, as {@link #connection} masks an event's text (the masking of a text depends on
     *         nothing else): the masked form of one of the last two texts again when it repeats
     */
    private String masked(String text) {
        for (int i = 0; i < maskedFrom.length; i++) {
            if (text.equals(maskedFrom[i])) {
                return maskedTo[i];
            }
        }
        maskedFrom[1] = maskedFrom[0];
        maskedTo[1] = maskedTo[0];
        maskedFrom[0] = text;
        return maskedTo[0] = CredentialMasking.maskText(text).text();
    }

    /**
     * What {@link #connection} does for "Connected to host" and "Disconnected from host" of a routine session (which
     * {@link #sessions} maps its connection to, fresh when it connects and closed by QUIT when it disconnects), without
     * the model's event object: the session is dropped at its end with every event it holds (beyond the model's bound,
     * without failure), and its events are never read before.
     */
    private void routineConnection(SessionState s, Span span, ConnectionEventKind kind, String maskedText) {
        listener.connectionEvent(new ConnectionRecord(s.info(), kind, maskedText, span.firstLine(), span.lastLine(), span.offset(),
                span.time()));
        if (kind == ConnectionEventKind.CLOSED_BY_CLIENT) {
            s.closed = true;
            s.awaiting = null;
            s.connectionOver();
        }
    }

    /**
     * @return true once the model holds as many other lines as it keeps (later ones are only counted); never false
     *         again after true
     */
    public boolean otherLinesFull() {
        return otherLinesFull;
    }

    /**
     * @return true once a repair was only counted because the model holds as many as it keeps (every later one is);
     *         never false again after true
     */
    public boolean repairsFull() {
        return repairsFull;
    }

    private void routine(RoutineRun run) {
        SessionState s = last;
        if (s == null || s.ended || !s.beyondBound || s.eventful || !s.pending.isEmpty() || s.exchangeCount != 0) {
            throw new IllegalStateException("routine exchanges outside a fresh session"); //$NON-NLS-1$
        }
        sequence += run.lines();
        observer.countedRecords((int) s.id, s.protocol(), run.lines()); // every line counted is a wire line of s
        s.exchangeCount += run.exchanges();
        exchangeTotal += run.exchanges();
        s.commands += run.commands();
        s.closed = true; // QUIT answered +OK
        s.closedByQuit = true;
    }

    // ---- Outlook 2000-2002 routine sessions without a SessionState

    /**
     * the sessions a stretch handed to the listener starts at most (its carried ones aside): a stretch holds some 200
     * bytes per session until the rules have read it, and the rule engine holds up to 9 batches of 128 events
     * (stretches of 256 sessions: some 60 MB at the most, only if a rule takes a stretch's calls one by one slower than
     * they come)
     */
    static final int STRETCH_SESSIONS = 256;

    /**
     * Routine sessions of an Outlook 2000-2002 log accounted for without a {@link SessionState} or a model object: each
     * one's start and "Connected to host" ({@link RoutineEntries}), routine exchanges and "Disconnected from host"
     * ({@link RoutineOtherLines}) and its end (when the connection after the next begins, as its {@code End} record
     * would have ended it), for as long as nothing else concerns them (at most the last two are open); handed to the
     * listener as one stretch ({@code TraceListener.overlappingRoutineSessions}), or as a {@link SessionState} each
     * ({@link #settle}) when something else comes.
     */
    private CountedConnections counting = new CountedConnections(1);

    /**
     * Accounts for a routine connection's start and exchanges as a counted session, when what that takes holds (else
     * returns false having done nothing): it is the same as what {@link #routine(RoutineEntries)} does with a session
     * that ends as routine, dropped at its end (beyond the model's bound, no failure), except that the listener gets
     * the records later, with the others of its stretch, in the same order. The connection two before it ends now,
     * or, when it was no counted one, a session in {@link #sessions} (after the counted sessions before it were
     * handed over) or none.
     */
    private boolean countedConnection(RoutineEntries run) {
        if (keepAll || !sessionsFull || !FastPath.enabled() || keptSessions < MAX_KEPT_SESSIONS || keptOther < MAX_OTHER_LINES
                || trace.getRepairs().size() < MAX_REPAIRS || run.context() == null) {
            return false;
        }
        CountedConnections c = counting;
        int i = c.size();
        String key = run.connection();
        if (i > 0 && !c.closed(i - 1) || c.opens(key) || !sessions.isEmpty() && sessions.containsKey(key)) {
            return false; // the last one still open, or not a fresh connection: as its records would be
        }
        String ended = run.ended();
        SessionState over = null;
        if (i >= 2) {
            // the session two before is the one the new connection ends (else not a stretch's order); dropped at its end
            if (ended == null || !CountedConnections.same(c.key(i - 2), ended) || keptSessions <= MAX_KEPT_SESSIONS) {
                return false;
            }
        } else if (ended != null) {
            if (i > 0 && CountedConnections.same(c.key(i - 1), ended)) {
                return false;
            }
            over = sessions.isEmpty() ? null : sessions.get(ended);
        }
        if (over != null) {
            // the end of a session the listener saw one by one comes as a call of its own, after what came before it
            handOverCounted();
            end(over);
            c = counting;
        } else if (i >= 2) {
            // what end() does for a routine session beyond the bound; its record goes with the stretch
            keptSessions--;
            droppedSessions++;
            droppedSessionExchanges += c.exchanges(i - 2);
        }
        // what sessionFor() does for a new connection beyond the bound, and routine(RoutineRun) for its exchanges
        long id = ++sessionCount;
        if (c.nextId() != id) {
            c.startAt(id); // sessions with a state of their own came since the last counted one
        }
        keptSessions++;
        RoutineRun exchanges = run.exchanges();
        c.add(key, run.context(), run.connected(), masked(run.connectedText()), exchanges);
        sequence += exchanges.lines();
        observer.countedRecords((int) id, Protocol.POP3, exchanges.lines());
        exchangeTotal += exchanges.exchanges();
        trace.setOtherLineCount(trace.getOtherLineCount() + run.otherLines());
        droppedRepairs += run.repairs();
        return true;
    }

    /** @return true when the close is that of the last counted session (which it then gets), false else */
    private boolean countedDisconnection(RoutineOtherLines others) {
        CountedConnections c = counting;
        int last = c.size() - 1;
        if (last < c.carried() || c.closed(last) || !CountedConnections.same(c.key(last), others.connection())) {
            return false;
        }
        c.disconnect(last, others.disconnected(), masked(others.disconnectedText()));
        return true;
    }

    /** Hands the counted sessions to the listener as one stretch; the open ones stay, carried by the next. */
    private void handOverCounted() {
        CountedConnections c = counting;
        if (c.size() > c.carried()) {
            counting = c.next();
            listener.overlappingRoutineSessions(c.handOver(c.size()));
        }
    }

    /**
     * Something else comes: the counted sessions become what {@link #routine(RoutineEntries)} and
     * {@link #routine(RoutineOtherLines)} would have left. The listener gets what it has not seen yet, in order: the
     * sessions that are over as one stretch, the open ones (the last two) with calls of their own, since other events
     * may reach them now; those get a {@link SessionState}, as a routine session's is when its close was passed, and the
     * last of them is the builder's last session.
     */
    private void settle() {
        CountedConnections c = counting;
        int size = c.size();
        if (size == 0) {
            return;
        }
        counting = new CountedConnections(c.nextId());
        int openFrom = Math.max(0, size - 2); // each session ends when the one two after it begins
        int first = Math.max(c.carried(), openFrom);
        if (first > c.carried()) {
            listener.overlappingRoutineSessions(c.handOver(first));
        }
        for (int i = first; i < size; i++) {
            if (i >= 2) {
                listener.sessionEnded(c.ended(i - 2));
            }
            listener.sessionStarted(c.started(i));
            listener.connectionEvent(c.connected(i));
            if (c.closed(i)) {
                listener.connectionEvent(c.disconnected(i));
            }
        }
        for (int i = openFrom; i < size; i++) {
            String key = c.key(i);
            Session session = FACTORY.createSession();
            session.setProtocol(Protocol.POP3);
            session.setTls(TlsState.NONE);
            session.setContextId(key);
            SessionState s = new SessionState(session, key, c.id(i));
            s.window.defer();
            s.beyondBound = true;
            sessions.put(key, s);
            opened(s);
            s.addContext(c.context(i));
            s.exchangeCount = c.exchanges(i);
            s.commands = c.commands(i);
            s.closed = true; // QUIT answered +OK
            s.closedByQuit = true;
            last = s;
        }
    }

    /** A new session is open: the last of the open ones. */
    private void opened(SessionState s) {
        s.previousOpen = lastOpen;
        if (lastOpen == null) {
            firstOpen = s;
        } else {
            lastOpen.nextOpen = s;
        }
        lastOpen = s;
    }

    /** An open session ended (once: see {@link #end}). */
    private void closed(SessionState s) {
        if (s.previousOpen == null) {
            firstOpen = s.nextOpen;
        } else {
            s.previousOpen.nextOpen = s.nextOpen;
        }
        if (s.nextOpen == null) {
            lastOpen = s.previousOpen;
        } else {
            s.nextOpen.previousOpen = s.previousOpen;
        }
        s.previousOpen = null;
        s.nextOpen = null;
    }

    /** Ends all open sessions and reports the end of the trace. Call once, after the last record. */
    public void finish() {
        settle();
        List<SessionState> open = new ArrayList<>();
        for (SessionState s = firstOpen; s != null; s = s.nextOpen) {
            open.add(s);
        }
        for (SessionState s : open) {
            end(s);
        }
        if (droppedSessions > 0) {
            problem(0, droppedSessions + " sessions without failures (" + droppedSessionExchanges //$NON-NLS-1$
                    + " exchanges) were counted but not kept in the model"); //$NON-NLS-1$
        }
        if (droppedRepairs > 0) {
            problem(0, droppedRepairs + " further repairs were made but not listed"); //$NON-NLS-1$
        }
        listener.traceEnded(new TraceEnd(trace.getSource(), trace.getFormatId(), sessionCount, exchangeTotal));
    }

    private void setProtocol(SessionState s, Protocol protocol) {
        if (protocol != null && protocol != Protocol.UNKNOWN && s.protocol() == Protocol.UNKNOWN) {
            s.session.setProtocol(protocol);
            s.changed();
        }
        if (s.grammar != null) {
            s.grammar().protocol(s.protocol());
        }
    }

    // ---- wire lines

    private void wire(TraceRecord.Wire w) {
        sequence++;
        if (w.direction() == null && w.text().isBlank()) {
            SessionState existing = sessions.get(w.connection());
            if (existing == null || existing.awaiting == null
                    && (existing.pending.isEmpty() || !existing.pending.peekFirst().body)) {
                other(w.span(), w.text()); // a blank line outside a message body is not a command
                return;
            }
        }
        SessionState s = sessionFor(w.connection(), w.protocol(), false);
        setProtocol(s, w.protocol());
        if (!w.context().isEmpty()) {
            s.addContext(w.context());
        }
        String text = w.text();
        Direction direction = w.direction() != null ? w.direction() : inferDirection(s, text);
        if (s.protocol() == Protocol.UNKNOWN) {
            setProtocol(s, direction == Direction.SERVER ? ProtocolVocabulary.protocolOfReply(text)
                    : ProtocolVocabulary.protocolOfCommand(text));
        }
        // every line goes through the session's masking first, by its syntax, whatever the protocol: nothing below
        // stores, shows or indexes the raw text
        MaskedLine masked = direction == Direction.SERVER ? s.masking().server(text) : s.masking().client(text);
        wireMasked = masked.text().equals(text) ? null : masked.text();
        if (direction == Direction.SERVER) {
            if (masked.changed()) {
                repair(w.span(), RepairKind.MASKED_SECRET, masked.describe() + " credentials masked"); //$NON-NLS-1$
            }
            serverLine(s, w, masked.text());
        } else {
            clientLine(s, w, text, masked);
        }
        observer.protocolRecord(w.span(), (int) s.id, direction, s.protocol(), wireMasked);
    }

    private Direction inferDirection(SessionState s, String text) {
        Protocol protocol = s.protocol();
        if (s.grammar().expectsServerData()) {
            return Direction.SERVER; // an IMAP literal or a POP3 multi-line response: whatever the line looks like
        }
        if (s.grammar().expectsClientData()) {
            if (s.grammar().awaitsLiteralContinuation()) {
                // the client waits for "+" (or a refusal) before it sends a synchronising literal
                ReplyLine.Kind kind = ReplyLine.parse(Protocol.IMAP, text).kind();
                if (kind == ReplyLine.Kind.CONTINUATION || kind == ReplyLine.Kind.IMAP_TAGGED || kind == ReplyLine.Kind.IMAP_UNTAGGED) {
                    return Direction.SERVER;
                }
            }
            // a literal's octets are the client's; a message body ends early when the server answers
            return protocol == Protocol.SMTP && looksLikeServer(protocol, text) ? Direction.SERVER : Direction.CLIENT;
        }
        if (s.awaiting != null) {
            if (s.awaitingKind == Continuation.DATA) {
                return Direction.CLIENT;
            }
            return looksLikeServer(protocol, text) ? Direction.SERVER : Direction.CLIENT;
        }
        if (looksLikeServer(protocol, text)) {
            return Direction.SERVER;
        }
        Pending head = s.pending.peekFirst();
        switch (protocol) {
            case POP3 -> {
                if (head != null && head.body) {
                    return Direction.SERVER;
                }
            }
            case SMTP -> {
                // everything that is not a reply code is the client's
            }
            case IMAP -> {
                ReplyLine reply = ReplyLine.parse(Protocol.IMAP, text);
                if (reply.kind() == ReplyLine.Kind.IMAP_TAGGED && findTag(s, reply.tag()) != null) {
                    return Direction.SERVER;
                }
            }
            default -> {
                // unknown protocol: a line that is no reply is a command
            }
        }
        return Direction.CLIENT;
    }

    /**
     * @param text the line as read, for the grammar and pairing decisions only: what is stored is {@code masked}
     */
    private void clientLine(SessionState s, TraceRecord.Wire w, String text, MaskedLine masked) {
        LineKind kind = s.grammar().client(text);
        Pending literal = s.credentials().literalOwner();
        if (literal != null && kind == LineKind.LITERAL_DATA) {
            if (s.awaiting == literal) {
                s.awaiting = null; // the server's "+" before a synchronizing literal: this line is the literal
            }
            s.credentials().literalLine(text);
            addReplyLine(s, literal, Direction.CLIENT, masked, w.span(), false);
            literal.lastSequence = sequence;
            return;
        }
        s.credentials().literalOver();
        if (kind != LineKind.COMMAND && kind != LineKind.CONTINUATION && kind != LineKind.NOT_A_COMMAND
                && s.lastCommand != null && !s.lastCommand.exchange.complete()) {
            commandData(s, w, text, masked, kind);
            return;
        }
        if (kind == LineKind.COMMAND && s.awaiting != null) {
            s.awaiting = null; // the grammar knows the continuation or body is over: this line is a new command
        }
        if (kind == LineKind.CONTINUATION && s.awaiting == null && s.lastCommand != null
                && !s.lastCommand.exchange.complete()) {
            await(s, s.lastCommand, Continuation.AUTH);
        }
        if (s.awaiting != null) {
            Pending p = s.awaiting;
            switch (s.awaitingKind) {
                case AUTH -> {
                    addReplyLine(s, p, Direction.CLIENT, masked, w.span(), false);
                    s.awaiting = null;
                    s.credentials().challengeAnswered(p);
                }
                case DATA -> {
                    if (text.equals(".")) { //$NON-NLS-1$
                        addReplyLine(s, p, Direction.CLIENT, masked, w.span(), false);
                        s.awaiting = null;
                    } else {
                        addReplyLine(s, p, Direction.CLIENT, masked, w.span(), true);
                    }
                }
                case LITERAL -> {
                    addReplyLine(s, p, Direction.CLIENT, masked, w.span(), true);
                    s.awaiting = null;
                }
            }
            p.lastSequence = sequence;
            return;
        }
        Pending sasl = s.credentials().saslData(text);
        if (sasl != null) {
            // SASL data of an AUTH whose server challenges (334, "+") the trace does not show: never a new command
            addReplyLine(s, sasl, Direction.CLIENT, masked, w.span(), false);
            sasl.lastSequence = sequence;
            return;
        }
        if (kind == LineKind.NOT_A_COMMAND) {
            keepOther(w.span(), masked); // an empty line, or an IMAP line without a tag; masked by the session already
            return;
        }
        // a new command: an open-ended orphan reply in the same context ends here
        for (Iterator<Pending> it = s.pending.iterator(); it.hasNext();) {
            Pending p = it.next();
            if (p.orphan && p.context.equals(w.context())) {
                it.remove();
                complete(s, p);
            }
        }
        Protocol protocol = s.protocol();
        if (protocol == Protocol.UNKNOWN) {
            setProtocol(s, ProtocolVocabulary.protocolOfCommand(text));
            protocol = s.protocol();
        }
        // tag and verb are kept: read them from the masked line ("PASS x" sent to IMAP is tag PASS, verb X)
        CommandLine parsed = CommandLine.parse(protocol, masked.text());
        String verb = parsed == null ? "" : parsed.verb(); //$NON-NLS-1$
        String tag = parsed == null ? null : parsed.tag();
        ExchangeDraft exchange = new ExchangeDraft(verb, tag, line(Direction.CLIENT, masked, w.span()));
        if (masked.changed()) {
            repair(w.span(), RepairKind.MASKED_SECRET, masked.describe() + " credentials masked"); //$NON-NLS-1$
        }
        Pending p = new Pending(exchange, w.context(), false, sequence);
        s.pending.addLast(p);
        s.lastCommand = p;
        s.commands++;
        addExchange(s, exchange);
        if (verb.equals("LOGIN") || verb.equals("AUTHENTICATE")) { //$NON-NLS-1$ //$NON-NLS-2$
            s.credentials().startLiteral(p, verb, text);
        }
        if (verb.equals("AUTH") || verb.equals("AUTHENTICATE")) { //$NON-NLS-1$ //$NON-NLS-2$
            s.credentials().startSasl(p, protocol, text);
        }
    }

    /**
     * Data the grammar assigns to the last command: IMAP literal octets (APPEND's message, SETMETADATA's value), the
     * SMTP DATA body and its ".", a BDAT chunk. Kept as lines of that command's exchange (bounded like a message
     * body), never as commands.
     */
    private void commandData(SessionState s, TraceRecord.Wire w, String text, MaskedLine masked, LineKind kind) {
        Pending p = s.lastCommand;
        boolean end = kind == LineKind.MESSAGE_BODY && text.equals("."); //$NON-NLS-1$
        addReplyLine(s, p, Direction.CLIENT, masked, w.span(), !end);
        if (end && s.awaiting == p) {
            s.awaiting = null;
        }
        if (s.awaiting == p && s.awaitingKind == Continuation.LITERAL && !s.grammar().expectsClientData()) {
            s.awaiting = null; // the literal is complete
        }
        p.lastSequence = sequence;
    }

    private void serverLine(SessionState s, TraceRecord.Wire w, String text) {
        LineKind kind = s.grammar().server(text);
        switch (s.protocol()) {
            case IMAP -> replies.imapServerLine(s, w, text, kind == LineKind.REPLY_DATA);
            case SMTP -> replies.smtpServerLine(s, w, text);
            default -> replies.pop3ServerLine(s, w, text);
        }
    }

    Pending oldestPending(SessionState s, String context) {
        for (Pending p : s.pending) {
            if (p.context.equals(context)) {
                return p;
            }
        }
        return null;
    }

    Pending findTag(SessionState s, String tag) {
        for (Pending p : s.pending) {
            if (tag.equals(p.exchange.tag)) {
                return p;
            }
        }
        return null;
    }

    Pending openWithoutCommand(SessionState s, TraceRecord.Wire w) {
        boolean greeting = s.exchangeCount == 0 && isGreeting(w.text());
        ExchangeDraft exchange = new ExchangeDraft(greeting ? GREETING : UNSOLICITED, null, null);
        Pending p = new Pending(exchange, w.context(), !greeting, sequence);
        addExchange(s, exchange);
        s.pending.addLast(p);
        return p;
    }

    private static boolean isGreeting(String text) {
        return text.startsWith("+OK") || text.startsWith("-ERR") || text.startsWith("220") || text.startsWith("421") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || text.startsWith("554") || text.startsWith("* OK") || text.startsWith("* PREAUTH") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || text.startsWith("* BYE"); //$NON-NLS-1$
    }

    /** @return true when the line has the form of the server's in {@code protocol} (IMAP tagged lines aside) */
    private static boolean looksLikeServer(Protocol protocol, String text) {
        if (protocol == Protocol.UNKNOWN) {
            return ProtocolVocabulary.protocolOfReply(text) != Protocol.UNKNOWN;
        }
        ReplyLine.Kind kind = ReplyLine.parse(protocol, text).kind();
        return kind != ReplyLine.Kind.OTHER && kind != ReplyLine.Kind.IMAP_TAGGED;
    }

    /** @return true when the session's protocol (any, while it is unknown) defines the verb with that trait */
    private static boolean has(SessionState s, String verb, CommandTrait trait) {
        return ProtocolVocabulary.hasTrait(s.protocol(), verb, trait);
    }

    void await(SessionState s, Pending p, Continuation kind) {
        s.awaiting = p;
        s.awaitingKind = kind;
    }

    /** A reply paired with a command across entries of other contexts: say so, so the trace view can show it. */
    void notePairing(SessionState s, Pending p, TraceRecord.Wire w) {
        if (!w.context().isEmpty() && sequence - p.lastSequence > 1 && p.exchange.command != null) {
            Line command = p.exchange.command;
            repair(w.span(), RepairKind.PAIRED_DISTANT_REPLY, "reply at " + w.span().label() + " paired with " //$NON-NLS-1$ //$NON-NLS-2$
                    + p.exchange.verb + " at L" + command.firstLine() + " (same context " + w.context() //$NON-NLS-1$ //$NON-NLS-2$
                    + "); lines of other contexts in between"); //$NON-NLS-1$
        }
        p.lastSequence = sequence;
    }

    void addReplyLine(SessionState s, Pending p, Direction direction, MaskedLine text, Span span,
            boolean bodyLine) {
        p.lastSequence = sequence;
        if (bodyLine) {
            p.bodyLines++;
            if (p.bodyLines > MAX_BODY_LINES) {
                if (p.dropped++ == 0) {
                    p.droppedFirst = span.firstLine();
                }
                p.droppedLast = span.lastLine();
                p.exchange.bodyLineDropped();
                return;
            }
        }
        p.exchange.addReply(line(direction, text, span));
        if (text.changed()) {
            repair(span, RepairKind.MASKED_SECRET, "authentication data masked"); //$NON-NLS-1$
        }
    }

    static MaskedLine plain(String text) {
        return MaskedLine.clean(text);
    }

    private static Line line(Direction direction, MaskedLine text, Span span) {
        return Line.of(direction, text.text(), text.carriesCredential(), span);
    }

    private static void place(TraceEvent event, Span span) {
        event.setFirstLine(span.firstLine());
        event.setLastLine(span.lastLine());
        event.setOffset(span.offset());
        if (span.time() != null) {
            event.setTime(span.time());
        }
    }

    private void addExchange(SessionState s, ExchangeDraft exchange) {
        s.exchangeCount++;
        exchangeTotal++;
        keeper.opened(s.session, s.window, exchange);
    }

    void complete(SessionState s, Pending p) {
        ExchangeDraft exchange = p.exchange;
        exchange.markComplete();
        if (s.awaiting == p) {
            s.awaiting = null;
        }
        s.credentials().completed(p);
        reportDroppedBody(p);
        String lastReply = exchange.lastReply();
        String verb = exchange.verb;
        // the last reply line is read when one of the tests below needs it, and then once (the protocol cannot change)
        ReplyLine reply = null;
        if (lastReply != null && has(s, verb, CommandTrait.STARTS_TLS)) {
            reply = ReplyLine.parse(s.protocol(), lastReply);
            if (reply.positive() && s.session.getTls() == TlsState.NONE) {
                s.session.setTls(TlsState.STARTTLS);
                s.changed();
            }
        }
        if (has(s, verb, CommandTrait.CLOSES) && lastReply != null
                && (reply != null ? reply : (reply = ReplyLine.parse(s.protocol(), lastReply))).positive()) {
            // the connection ends after QUIT/LOGOUT: a following greeting belongs to a new session
            s.closed = true;
            s.closedByQuit = true;
        }
        listener.exchangeCompleted(exchange.toRecord(s.info()));
        boolean failure = exchange.command != null
                && (lastReply == null || (reply != null ? reply : ReplyLine.parse(s.protocol(), lastReply)).failure());
        s.eventful |= failure;
        keeper.completed(s.session, s.window, exchange, failure);
    }

    private void reportDroppedBody(Pending p) {
        if (p.dropped > 0) {
            problem(p.droppedFirst, p.dropped + " message body lines not kept (L" + p.droppedFirst + "-L" //$NON-NLS-1$ //$NON-NLS-2$
                    + p.droppedLast + "); they remain in the source"); //$NON-NLS-1$
            p.dropped = 0;
        }
    }

    private void keepNearby(SessionState s) {
        keeper.nearFailure(s.session, s.window);
    }

    // ---- other records

    private void connection(TraceRecord.Connection c) {
        boolean connecting = c.kind() == ConnectionEventKind.CONNECTING || c.kind() == ConnectionEventKind.CONNECTED;
        SessionState s;
        if (connecting) {
            SessionState existing = sessions.get(c.connection());
            boolean alreadyConnecting = existing != null && !existing.closed && existing.commands == 0;
            s = alreadyConnecting ? existing : sessionFor(c.connection(), null, true);
        } else {
            SessionState existing = sessions.get(c.connection());
            // "connection closed" after QUIT belongs to the session that sent QUIT, not to a new one
            s = existing != null && existing.closedByQuit && !existing.ended ? existing
                    : sessionFor(c.connection(), null, false);
        }
        ConnectionEvent event = FACTORY.createConnectionEvent();
        event.setKind(c.kind());
        event.setText(CredentialMasking.maskText(c.text()).text());
        place(event, c.span());
        keeper.connectionEvent(s.session, s.window, event);
        switch (c.kind()) {
            case TLS_STARTED -> {
                s.session.setTls(s.exchangeCount == 0 ? TlsState.IMPLICIT : TlsState.STARTTLS);
                s.changed();
            }
            case TLS_FAILED -> {
                s.session.setTls(TlsState.FAILED);
                s.changed();
            }
            default -> {
                // no TLS change
            }
        }
        listener.connectionEvent(new ConnectionRecord(s.info(), c.kind(), event.getText(), event.getFirstLine(),
                event.getLastLine(), event.getOffset(), event.getTime()));
        if (c.kind() != ConnectionEventKind.CONNECTING && c.kind() != ConnectionEventKind.CONNECTED
                && c.kind() != ConnectionEventKind.TLS_STARTED && c.kind() != ConnectionEventKind.CLOSED_BY_CLIENT) {
            keepNearby(s);
            s.eventful = true;
        }
        boolean closing = switch (c.kind()) {
            case CLOSED_BY_CLIENT, CLOSED_BY_SERVER, REFUSED, TIMEOUT, DNS_FAILED -> true;
            default -> false;
        };
        if (closing) {
            s.closed = true;
            s.awaiting = null;
            s.connectionOver();
        }
    }

    private void status(TraceRecord.Status st) {
        SessionState s = st.connection().isEmpty() ? last : sessions.getOrDefault(st.connection(), last);
        String text = CredentialMasking.maskText(st.text()).text();
        Span span = st.span();
        if (s != null) {
            keepNearby(s);
            s.eventful = true;
        }
        if (trace.getStatusEvents().size() >= MAX_STATUS_EVENTS) {
            other(span, st.text()); // the model is full: kept as an other line; the listener still gets the status
        } else {
            StatusEvent event = FACTORY.createStatusEvent();
            event.setValue(st.value());
            event.setText(text);
            place(event, span);
            if (st.value() != 0) {
                event.setErrorCode(codes.apply(st.value()));
            }
            if (s != null) {
                event.setSession(s.session);
            }
            ((InternalEList<StatusEvent>) trace.getStatusEvents()).addUnique(event);
        }
        listener.statusEvent(new StatusRecord(s == null ? null : s.info(), st.value(), text, span.firstLine(),
                span.lastLine(), span.offset(), span.time()));
    }

    private void endpoint(TraceRecord.Endpoint e) {
        SessionState s = sessionFor(e.connection(), e.protocol(), false);
        setProtocol(s, e.protocol());
        Session session = s.session;
        if (e.host() != null) {
            session.setHost(e.host());
        }
        if (e.port() > 0) {
            session.setPort(e.port());
        }
        if (e.clientProduct() != null) {
            session.setClientProduct(e.clientProduct());
        }
        if (e.tls() != null) {
            session.setTls(e.tls());
        }
        s.changed();
    }

    private void other(Span span, String text) {
        // the current session's masking: the line may carry a literal or SASL data its protocol lines announced;
        // also beyond the bound, so that it follows the exchange
        SessionState current = last;
        MaskingSession masking = current != null && !current.ended ? current.masking() : otherMasking;
        keepOther(span, masking instanceof SyntaxMaskingSession syntax ? syntax.text(text, inertOthers) : masking.text(text));
    }

    /**
     * The other lines' texts proved free of credential fragments last: a format whose parser hands a repeated text as
     * the same object (Outlook 2000-2002's LogText headers) has it read once, not once per line.
     */
    private final InertTextMemo inertOthers = new InertTextMemo();

    /** Counts an other line already masked, and keeps it while the bound allows. */
    private void keepOther(Span span, MaskedLine scrubbed) {
        trace.setOtherLineCount(trace.getOtherLineCount() + 1);
        if (keptOther >= MAX_OTHER_LINES) {
            return;
        }
        keptOther++;
        if (keptOther == MAX_OTHER_LINES) {
            otherLinesFull = true;
        }
        OtherLine line = FACTORY.createOtherLine();
        line.setText(scrubbed.text());
        place(line, span);
        ((InternalEList<OtherLine>) trace.getOtherLines()).addUnique(line); // new: see sessionFor
        if (scrubbed.changed()) {
            repair(span, RepairKind.MASKED_SECRET, "credential in a non-protocol line masked"); //$NON-NLS-1$
        }
    }

    private void repair(TraceRecord.Repair r) {
        if (trace.getRepairs().size() >= MAX_REPAIRS) {
            droppedRepairs++; // beyond the bound only counted: its description is not masked for nothing
            repairsFull = true;
        } else {
            repair(r.span(), r.kind(), CredentialMasking.maskText(r.description()).text());
        }
    }

    private void repair(Span span, RepairKind kind, String description) {
        if (trace.getRepairs().size() >= MAX_REPAIRS) {
            droppedRepairs++;
            repairsFull = true;
            return;
        }
        Repair repair = FACTORY.createRepair();
        repair.setKind(kind);
        repair.setFirstLine(span.firstLine());
        repair.setLastLine(span.lastLine());
        repair.setDescription(description);
        ((InternalEList<Repair>) trace.getRepairs()).addUnique(repair);
    }

    public void problem(int line, String message) {
        if (trace.getProblems().size() >= MAX_PROBLEMS) {
            droppedProblems++;
            return;
        }
        ImportProblem problem = FACTORY.createImportProblem();
        problem.setLine(line);
        problem.setMessage(CredentialMasking.maskText(message).text()); // parsers' messages may quote the line
        ((InternalEList<ImportProblem>) trace.getProblems()).addUnique(problem);
    }

    /** @return problems that did not fit in the model */
    public int droppedProblems() {
        return droppedProblems;
    }
}
