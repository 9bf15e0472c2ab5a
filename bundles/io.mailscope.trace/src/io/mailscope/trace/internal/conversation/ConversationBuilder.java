package io.mailscope.trace.internal.conversation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
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
import io.mailscope.model.Exchange;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.OtherLine;
import io.mailscope.model.Protocol;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Rebuilds conversations from the records parsers report, for every format alike: groups records into sessions,
 * pairs commands with replies (per context when a format interleaves threads), completes multi-line replies (POP3
 * "." terminated responses, SMTP {@code 250-} continuations, IMAP tagged completion with untagged lines), tells
 * client from server by the protocol's grammar when the format does not mark directions, masks secrets before
 * anything is stored, and calls the {@link TraceListener} while it goes.
 * <p>
 * Memory: with {@code keepAllExchanges} false, at most {@link #MAX_KEPT_EXCHANGES} exchanges stay in the model;
 * beyond that an exchange is kept only near a failure (a failed reply, a connection or status event, and
 * {@link #WINDOW} exchanges either side of it). Sessions count every exchange ({@link Session#getExchangeCount()}).
 */
public final class ConversationBuilder implements TraceSink {

    public static final int MAX_KEPT_EXCHANGES = 20_000;
    /** Beyond this many sessions, a session that ended without any failure is not kept (only counted). */
    public static final int MAX_KEPT_SESSIONS = 2_000;
    public static final int MAX_OTHER_LINES = 10_000;
    public static final int MAX_REPAIRS = 10_000;
    public static final int MAX_PROBLEMS = 1_000;
    public static final int MAX_STATUS_EVENTS = 10_000;
    /** Lines of a message body (RETR, TOP, DATA, IMAP literal) kept per exchange; the rest are counted. */
    public static final int MAX_BODY_LINES = 200;
    /** Exchanges kept before and after a failure once the bound is reached. */
    public static final int WINDOW = 8;

    /** Verb of the server's greeting (an exchange without command). */
    public static final String GREETING = "GREETING"; //$NON-NLS-1$
    /** Verb of server lines that answer no command seen in the trace. */
    public static final String UNSOLICITED = "UNSOLICITED"; //$NON-NLS-1$

    private static final MailscopeFactory FACTORY = MailscopeFactory.eINSTANCE;

    private enum Continuation {
        AUTH, DATA, LITERAL
    }

    /** {@link SessionState#literalUserChars}: the next line is a password or SASL literal, masked as a whole. */
    private static final int SECRET_LITERAL = -1;

    private static final class Pending {
        final Exchange exchange;
        final String context;
        final boolean orphan;
        long lastSequence;
        boolean replyStarted;
        boolean body;
        int bodyLines;
        int droppedFirst;
        int droppedLast;
        int dropped;

        Pending(Exchange exchange, String context, boolean orphan, long sequence) {
            this.exchange = exchange;
            this.context = context;
            this.orphan = orphan;
            this.lastSequence = sequence;
        }
    }

    private final class SessionState {
        final Session session;
        final String key;
        final ArrayDeque<Pending> pending = new ArrayDeque<>();
        final ArrayDeque<Exchange> evictable = new ArrayDeque<>();
        final Set<String> contexts = new LinkedHashSet<>();
        /** Masks every line of the session by its syntax (not by the protocol the session was taken for). */
        final MaskingSession masking = CredentialMasking.newSession();
        Pending awaiting;
        Continuation awaitingKind;
        /** A LOGIN/AUTHENTICATE whose command line ended in a literal: the next client lines are its data. */
        Pending literalCommand;
        /** Characters of a user name literal the next line starts with, or {@link #SECRET_LITERAL}. */
        int literalUserChars;
        /** An AUTH/AUTHENTICATE: following client lines that look like SASL data (base64, "*") belong to it. */
        Pending sasl;
        /** How many SASL data lines may still follow (LOGIN: user and password; PLAIN: one). */
        int saslLines;
        boolean imapLiteral;
        boolean closed;
        boolean closedByQuit;
        boolean ended;
        int exchangeCount;
        int commands;
        int keepNext;
        /** A failed reply, a status event or a connection problem happened in this session. */
        boolean eventful;

        SessionState(Session session, String key) {
            this.session = session;
            this.key = key;
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
    private final Set<SessionState> open = new LinkedHashSet<>();
    private int keptSessions;
    private int droppedSessions;
    private long droppedSessionExchanges;
    private SessionState last;
    private long sequence;
    private int keptExchanges;
    private int keptOther;
    private int droppedRepairs;
    private int droppedProblems;
    /** Masks other lines (they may be protocol lines with a prefix a parser did not strip, or follow an AUTH). */
    private final MaskingSession otherMasking = CredentialMasking.newSession();

    /**
     * @param codes resolves an HRESULT to its catalog entry (null when not catalogued)
     */
    public ConversationBuilder(Trace trace, TraceListener listener, IntFunction<ErrorCode> codes, boolean keepAll) {
        this.trace = trace;
        this.listener = listener;
        this.codes = codes;
        this.keepAll = keepAll;
    }

    public Trace trace() {
        return trace;
    }

    @Override
    public void accept(TraceRecord record) {
        switch (record) {
            case TraceRecord.Wire w -> wire(w);
            case TraceRecord.Connection c -> connection(c);
            case TraceRecord.Status s -> status(s);
            case TraceRecord.Endpoint e -> endpoint(e);
            case TraceRecord.Other o -> other(o.span(), o.text());
            case TraceRecord.Repair r -> repair(r.span(), r.kind(), CredentialMasking.maskText(r.description()).text());
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
            trace.getSessions().add(session);
            s = new SessionState(session, key);
            sessions.put(key, s);
            open.add(s);
            keptSessions++;
            listener.sessionStarted(session);
        }
        last = s;
        return s;
    }

    private void end(SessionState s) {
        if (s.ended) {
            return;
        }
        s.ended = true;
        for (Pending p : new ArrayList<>(s.pending)) {
            if (p.orphan) {
                complete(s, p);
            } else {
                s.eventful = true; // a command that never got its (complete) reply
                reportDroppedBody(p);
            }
        }
        s.pending.clear();
        s.session.setExchangeCount(s.exchangeCount);
        if (!s.contexts.isEmpty()) {
            String contexts = String.join(",", s.contexts); //$NON-NLS-1$
            s.session.setContextId(s.key.isEmpty() ? contexts : s.key + " " + contexts); //$NON-NLS-1$
        }
        if (sessions.get(s.key) == s) {
            sessions.remove(s.key);
        }
        open.remove(s);
        listener.sessionEnded(s.session);
        if (!keepAll && !s.eventful && keptSessions > MAX_KEPT_SESSIONS) {
            // a huge trace: an uneventful session was reported to the listener and is now only counted
            EList<Session> list = trace.getSessions();
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i) == s.session) {
                    list.remove(i);
                    keptSessions--;
                    keptExchanges -= s.session.getExchanges().size();
                    droppedSessions++;
                    droppedSessionExchanges += s.exchangeCount;
                    break;
                }
            }
        }
    }

    /** Ends all open sessions and reports the end of the trace. Call once, after the last record. */
    public void finish() {
        for (SessionState s : new ArrayList<>(open)) {
            end(s);
        }
        if (droppedSessions > 0) {
            problem(0, droppedSessions + " sessions without failures (" + droppedSessionExchanges //$NON-NLS-1$
                    + " exchanges) were passed to the listener but not kept in the model"); //$NON-NLS-1$
        }
        if (droppedRepairs > 0) {
            problem(0, droppedRepairs + " further repairs were made but not listed"); //$NON-NLS-1$
        }
        listener.traceEnded(trace);
    }

    private void setProtocol(SessionState s, Protocol protocol) {
        if (protocol != null && protocol != Protocol.UNKNOWN && s.protocol() == Protocol.UNKNOWN) {
            s.session.setProtocol(protocol);
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
            s.contexts.add(w.context());
        }
        String text = w.text();
        Direction direction = w.direction() != null ? w.direction() : inferDirection(s, text);
        if (s.protocol() == Protocol.UNKNOWN) {
            setProtocol(s, direction == Direction.SERVER ? ProtocolGrammar.fromServerLine(text)
                    : ProtocolGrammar.fromClientLine(text));
        }
        if (direction == Direction.SERVER) {
            MaskedLine masked = s.masking.server(text);
            if (masked.changed()) {
                repair(w.span(), RepairKind.MASKED_SECRET, masked.describe() + " credentials masked"); //$NON-NLS-1$
            }
            serverLine(s, w, masked.text());
        } else {
            clientLine(s, w, text, s.masking.client(text));
        }
    }

    private Direction inferDirection(SessionState s, String text) {
        Protocol protocol = s.protocol();
        if (s.awaiting != null) {
            if (s.awaitingKind == Continuation.DATA) {
                return Direction.CLIENT;
            }
            return ProtocolGrammar.looksLikeServer(protocol, text) ? Direction.SERVER : Direction.CLIENT;
        }
        if (ProtocolGrammar.looksLikeServer(protocol, text)) {
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
                if (s.imapLiteral) {
                    return Direction.SERVER;
                }
                String[] tv = ProtocolGrammar.imapTagAndVerb(text);
                if (tv != null && (tv[1].equals("OK") || tv[1].equals("NO") || tv[1].equals("BAD")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        && findTag(s, tv[0]) != null) {
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
     * @param text the line as read, for pairing decisions only: what is stored is {@code masked}
     */
    private void clientLine(SessionState s, TraceRecord.Wire w, String text, MaskedLine masked) {
        if (s.literalCommand != null) {
            literalContinuation(s, w, text, masked);
            return;
        }
        if (s.awaiting != null) {
            Pending p = s.awaiting;
            switch (s.awaitingKind) {
                case AUTH -> {
                    addReplyLine(s, p, Direction.CLIENT, masked, w.span(), false);
                    s.awaiting = null;
                    if (s.sasl == p) {
                        s.saslLines--;
                    }
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
        if (s.sasl != null && s.saslLines > 0 && ProtocolGrammar.looksLikeSaslData(text) && !ProtocolGrammar.isBareVerb(text)) {
            // SASL data of an AUTH whose server challenges (334, "+") the trace does not show: never a new command
            Pending p = s.sasl;
            addReplyLine(s, p, Direction.CLIENT, masked, w.span(), false);
            s.saslLines--;
            p.lastSequence = sequence;
            return;
        }
        s.sasl = null;
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
            setProtocol(s, ProtocolGrammar.fromClientLine(text));
            protocol = s.protocol();
        }
        Exchange exchange = FACTORY.createExchange();
        String verb;
        // tag and verb are stored: read them from the masked line ("PASS x" sent to IMAP is tag PASS, verb X)
        String shown = masked.text();
        if (protocol == Protocol.IMAP) {
            String[] tv = ProtocolGrammar.imapTagAndVerb(shown);
            if (tv != null) {
                exchange.setTag(tv[0]);
                verb = tv[1];
            } else {
                verb = ProtocolGrammar.firstWord(shown);
            }
        } else {
            verb = ProtocolGrammar.firstWord(shown);
        }
        exchange.setVerb(verb);
        exchange.setCommand(line(Direction.CLIENT, masked, w.span()));
        if (masked.changed()) {
            repair(w.span(), RepairKind.MASKED_SECRET, masked.describe() + " credentials masked"); //$NON-NLS-1$
        }
        Pending p = new Pending(exchange, w.context(), false, sequence);
        s.pending.addLast(p);
        s.commands++;
        addExchange(s, exchange);
        // SMTP DATA: the body follows the 354 reply; pipelining clients (msmtp) send it only after reading 354, so
        // waiting for 354 (smtpServerLine) is right for both
        if (verb.equals("LOGIN") || verb.equals("AUTHENTICATE")) { //$NON-NLS-1$ //$NON-NLS-2$
            startLiteral(s, p, verb, text);
        }
        if (verb.equals("AUTH") || verb.equals("AUTHENTICATE")) { //$NON-NLS-1$ //$NON-NLS-2$
            startSasl(s, p, protocol, text);
        }
    }

    /**
     * An IMAP LOGIN or AUTHENTICATE ending in a literal ({@code {n}}, or {@code {n+}} with LITERAL+ where the server
     * sends no "+" first): the following client lines are the literal's data, never new commands. A literal after
     * the user name carries the password.
     */
    private static void startLiteral(SessionState s, Pending p, String verb, String text) {
        int size = literalAtEnd(text);
        if (size < 0) {
            return;
        }
        s.literalCommand = p;
        if (verb.equals("LOGIN") && text.strip().split("\\s+").length == 3) { //$NON-NLS-1$ //$NON-NLS-2$
            s.literalUserChars = size; // "A1 LOGIN {5+}": the user name comes first, then the password
        } else {
            s.literalUserChars = SECRET_LITERAL;
        }
    }

    /** @return n of a literal {@code {n}} or {@code {n+}} the line ends with, or -1 */
    private static int literalAtEnd(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end < 3 || text.charAt(end - 1) != '}') {
            return -1;
        }
        int i = end - 2;
        if (text.charAt(i) == '+') {
            i--;
        }
        int digitsEnd = i + 1;
        while (i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i--;
        }
        if (i < 0 || text.charAt(i) != '{' || digitsEnd - i - 1 < 1 || digitsEnd - i - 1 > 9) {
            return -1;
        }
        return Integer.parseInt(text, i + 1, digitsEnd, 10);
    }

    private void literalContinuation(SessionState s, TraceRecord.Wire w, String text, MaskedLine masked) {
        Pending p = s.literalCommand;
        if (s.awaiting == p) {
            s.awaiting = null; // the server's "+" before a synchronizing literal: this line is the literal
        }
        if (s.literalUserChars == SECRET_LITERAL) {
            if (literalAtEnd(text) < 0) {
                s.literalCommand = null;
            }
        } else {
            int userEnd = Math.min(s.literalUserChars, text.length());
            String rest = text.substring(userEnd);
            if (literalAtEnd(rest) >= 0 && rest.strip().startsWith("{")) { //$NON-NLS-1$
                s.literalUserChars = SECRET_LITERAL; // the user name, then the password's literal announced
            } else {
                s.literalCommand = null;
            }
        }
        addReplyLine(s, p, Direction.CLIENT, masked, w.span(), false);
        p.lastSequence = sequence;
    }

    /**
     * AUTH (SMTP, POP3) or AUTHENTICATE (IMAP) without an initial response, or AUTH LOGIN with the user name: the
     * following client lines that look like SASL data are masked as continuation lines even when the trace shows no
     * server challenge (a client-only log), until the final reply.
     */
    private static void startSasl(SessionState s, Pending p, Protocol protocol, String text) {
        String[] words = text.strip().split("\\s+"); //$NON-NLS-1$
        int mechanism = protocol == Protocol.IMAP ? 2 : 1;
        if (words.length <= mechanism || words.length > mechanism + 2) {
            return;
        }
        boolean initialResponse = words.length == mechanism + 2;
        String m = words[mechanism].toUpperCase(java.util.Locale.ROOT);
        int lines;
        if (m.equals("LOGIN")) { //$NON-NLS-1$
            lines = initialResponse ? 1 : 2;
        } else if (initialResponse) {
            return;
        } else if (m.equals("PLAIN")) { //$NON-NLS-1$
            lines = 1;
        } else {
            lines = Integer.MAX_VALUE;
        }
        s.sasl = p;
        s.saslLines = lines;
    }

    private void serverLine(SessionState s, TraceRecord.Wire w, String text) {
        switch (s.protocol()) {
            case IMAP -> imapServerLine(s, w, text);
            case SMTP -> smtpServerLine(s, w, text);
            default -> pop3ServerLine(s, w, text);
        }
    }

    private Pending oldestPending(SessionState s, String context) {
        for (Pending p : s.pending) {
            if (p.context.equals(context)) {
                return p;
            }
        }
        return null;
    }

    private Pending findTag(SessionState s, String tag) {
        for (Pending p : s.pending) {
            if (tag.equals(p.exchange.getTag())) {
                return p;
            }
        }
        return null;
    }

    private Pending openWithoutCommand(SessionState s, TraceRecord.Wire w) {
        Exchange exchange = FACTORY.createExchange();
        boolean greeting = s.exchangeCount == 0 && isGreeting(w.text());
        exchange.setVerb(greeting ? GREETING : UNSOLICITED);
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

    private void pop3ServerLine(SessionState s, TraceRecord.Wire w, String text) {
        Pending p = oldestPending(s, w.context());
        if (p == null) {
            p = openWithoutCommand(s, w);
            addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), false);
            p.replyStarted = true;
            if (p.orphan) {
                // an answer to a command this trace does not show (e.g. logged by another connection): keep it open
                // so that a following "." or body line joins it; it ends at the next command of its context
                p.body = true;
                if (text.equals(".")) { //$NON-NLS-1$
                    s.pending.remove(p);
                    complete(s, p);
                }
            } else {
                s.pending.remove(p);
                complete(s, p);
            }
            return;
        }
        if (!p.replyStarted) {
            notePairing(s, p, w);
            p.replyStarted = true;
            addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), false);
            String verb = p.exchange.getVerb();
            String commandText = p.exchange.getCommand() == null ? "" : p.exchange.getCommand().getText(); //$NON-NLS-1$
            if (text.startsWith("+OK") && ProtocolGrammar.pop3MultiLine(verb, commandText)) { //$NON-NLS-1$
                p.body = true;
            } else if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
                await(s, p, Continuation.AUTH);
            } else {
                s.pending.remove(p);
                complete(s, p);
            }
            return;
        }
        if (p.body && !p.orphan && (text.startsWith("+OK") || text.startsWith("-ERR")) && hasLaterPending(s, p)) { //$NON-NLS-1$ //$NON-NLS-2$
            // the tool did not log the body (fetchmail -v): this status line answers the next command
            s.pending.remove(p);
            complete(s, p);
            pop3ServerLine(s, w, text);
            return;
        }
        if (p.body) {
            boolean end = text.equals("."); //$NON-NLS-1$
            addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), !end);
            if (end) {
                s.pending.remove(p);
                complete(s, p);
            }
            return;
        }
        addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), false);
        if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
            await(s, p, Continuation.AUTH);
        } else {
            s.pending.remove(p);
            complete(s, p);
        }
    }

    private static boolean hasLaterPending(SessionState s, Pending p) {
        boolean after = false;
        for (Pending q : s.pending) {
            if (after && q.context.equals(p.context)) {
                return true;
            }
            after |= q == p;
        }
        return false;
    }

    private void smtpServerLine(SessionState s, TraceRecord.Wire w, String text) {
        Pending p = oldestPending(s, w.context());
        if (p == null) {
            p = openWithoutCommand(s, w);
        } else if (!p.replyStarted) {
            notePairing(s, p, w);
        }
        p.replyStarted = true;
        boolean inBody = s.awaiting == p && s.awaitingKind == Continuation.DATA;
        if (inBody) {
            s.awaiting = null; // the server answered before the client ended the body
        }
        addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), false);
        if (ProtocolGrammar.isSmtpContinued(text)) {
            return;
        }
        if (ProtocolGrammar.isSmtpReply(text)) {
            if (text.startsWith("334")) { //$NON-NLS-1$
                await(s, p, Continuation.AUTH);
            } else if (text.startsWith("354")) { //$NON-NLS-1$
                await(s, p, Continuation.DATA);
            } else {
                s.pending.remove(p);
                complete(s, p);
            }
        }
    }

    private void imapServerLine(SessionState s, TraceRecord.Wire w, String text) {
        if (!text.startsWith("*") && !text.startsWith("+")) { //$NON-NLS-1$ //$NON-NLS-2$
            String[] tv = ProtocolGrammar.imapTagAndVerb(text);
            Pending tagged = tv == null ? null : findTag(s, tv[0]);
            if (tagged != null && (tv[1].equals("OK") || tv[1].equals("NO") || tv[1].equals("BAD"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (!tagged.replyStarted) {
                    notePairing(s, tagged, w);
                }
                tagged.replyStarted = true;
                s.imapLiteral = false;
                if (s.awaiting == tagged) {
                    s.awaiting = null;
                }
                addReplyLine(s, tagged, Direction.SERVER, plain(text), w.span(), false);
                s.pending.remove(tagged);
                complete(s, tagged);
                return;
            }
        }
        Pending p = s.pending.peekFirst();
        if (p == null) {
            p = openWithoutCommand(s, w);
            addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), false);
            s.pending.remove(p);
            complete(s, p);
            return;
        }
        if (!p.replyStarted) {
            notePairing(s, p, w);
        }
        p.replyStarted = true;
        boolean literalLine = s.imapLiteral && !text.startsWith("* "); //$NON-NLS-1$
        addReplyLine(s, p, Direction.SERVER, plain(text), w.span(), literalLine);
        if (text.endsWith("}") && text.lastIndexOf('{') > 0) { //$NON-NLS-1$
            s.imapLiteral = true;
        } else if (text.startsWith(")")) { //$NON-NLS-1$
            s.imapLiteral = false;
        }
        if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
            String verb = p.exchange.getVerb();
            await(s, p, verb.equals("AUTHENTICATE") || verb.equals("LOGIN") ? Continuation.AUTH : Continuation.LITERAL); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void await(SessionState s, Pending p, Continuation kind) {
        s.awaiting = p;
        s.awaitingKind = kind;
    }

    /** A reply paired with a command across entries of other contexts: say so, so the trace view can show it. */
    private void notePairing(SessionState s, Pending p, TraceRecord.Wire w) {
        if (!w.context().isEmpty() && sequence - p.lastSequence > 1 && p.exchange.getCommand() != null) {
            ProtocolLine command = p.exchange.getCommand();
            repair(w.span(), RepairKind.PAIRED_DISTANT_REPLY, "reply at " + w.span().label() + " paired with " //$NON-NLS-1$ //$NON-NLS-2$
                    + p.exchange.getVerb() + " at L" + command.getFirstLine() + " (same context " + w.context() //$NON-NLS-1$ //$NON-NLS-2$
                    + "); lines of other contexts in between"); //$NON-NLS-1$
        }
        p.lastSequence = sequence;
    }

    private void addReplyLine(SessionState s, Pending p, Direction direction, MaskedLine text, Span span,
            boolean bodyLine) {
        p.lastSequence = sequence;
        if (bodyLine) {
            p.bodyLines++;
            if (p.bodyLines > MAX_BODY_LINES) {
                if (p.dropped++ == 0) {
                    p.droppedFirst = span.firstLine();
                }
                p.droppedLast = span.lastLine();
                return;
            }
        }
        // a new line is in no list yet: addUnique skips the list's linear uniqueness check
        ((InternalEList<ProtocolLine>) p.exchange.getReplyLines()).addUnique(line(direction, text, span));
        if (text.changed()) {
            repair(span, RepairKind.MASKED_SECRET, "authentication data masked"); //$NON-NLS-1$
        }
    }

    private static MaskedLine plain(String text) {
        return MaskedLine.clean(text);
    }

    private static ProtocolLine line(Direction direction, MaskedLine text, Span span) {
        ProtocolLine line = FACTORY.createProtocolLine();
        line.setDirection(direction);
        line.setText(text.text());
        line.setMasked(text.carriesCredential());
        place(line, span);
        return line;
    }

    private static void place(TraceEvent event, Span span) {
        event.setFirstLine(span.firstLine());
        event.setLastLine(span.lastLine());
        event.setOffset(span.offset());
        if (span.time() != null) {
            event.setTime(span.time());
        }
    }

    private void addExchange(SessionState s, Exchange exchange) {
        s.exchangeCount++;
        ((InternalEList<Exchange>) s.session.getExchanges()).addUnique(exchange); // new: in no list yet
        keptExchanges++;
    }

    private void complete(SessionState s, Pending p) {
        Exchange exchange = p.exchange;
        exchange.setComplete(true);
        if (s.awaiting == p) {
            s.awaiting = null;
        }
        if (s.literalCommand == p) {
            s.literalCommand = null;
        }
        if (s.sasl == p) {
            s.sasl = null;
        }
        reportDroppedBody(p);
        EList<ProtocolLine> replies = exchange.getReplyLines();
        String lastReply = replies.isEmpty() ? null : replies.get(replies.size() - 1).getText();
        String verb = exchange.getVerb();
        if (lastReply != null && (verb.equals("STARTTLS") || verb.equals("STLS")) //$NON-NLS-1$ //$NON-NLS-2$
                && ProtocolGrammar.isPositive(s.protocol(), lastReply) && s.session.getTls() == TlsState.NONE) {
            s.session.setTls(TlsState.STARTTLS);
        }
        if ((verb.equals("QUIT") || verb.equals("LOGOUT")) && lastReply != null //$NON-NLS-1$ //$NON-NLS-2$
                && ProtocolGrammar.isPositive(s.protocol(), lastReply)) {
            // the connection ends after QUIT/LOGOUT: a following greeting belongs to a new session
            s.closed = true;
            s.closedByQuit = true;
        }
        listener.exchangeCompleted(exchange);
        boolean failure = exchange.getCommand() != null && ProtocolGrammar.isFailure(s.protocol(), lastReply);
        s.eventful |= failure;
        bound(s, exchange, failure);
    }

    private void reportDroppedBody(Pending p) {
        if (p.dropped > 0) {
            problem(p.droppedFirst, p.dropped + " message body lines not kept (L" + p.droppedFirst + "-L" //$NON-NLS-1$ //$NON-NLS-2$
                    + p.droppedLast + "); they remain in the source"); //$NON-NLS-1$
            p.dropped = 0;
        }
    }

    /** Keeps the model bounded: see the class comment. */
    private void bound(SessionState s, Exchange exchange, boolean failure) {
        if (keepAll) {
            return;
        }
        if (failure) {
            keepNearby(s);
            return;
        }
        if (s.keepNext > 0) {
            s.keepNext--;
            return;
        }
        if (keptExchanges <= MAX_KEPT_EXCHANGES) {
            return;
        }
        s.evictable.addLast(exchange);
        if (s.evictable.size() > WINDOW) {
            Exchange old = s.evictable.removeFirst();
            EList<Exchange> list = s.session.getExchanges();
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i) == old) {
                    list.remove(i);
                    keptExchanges--;
                    break;
                }
            }
        }
    }

    private void keepNearby(SessionState s) {
        s.evictable.clear();
        s.keepNext = WINDOW;
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
        s.session.getConnectionEvents().add(event);
        switch (c.kind()) {
            case TLS_STARTED -> s.session.setTls(s.exchangeCount == 0 ? TlsState.IMPLICIT : TlsState.STARTTLS);
            case TLS_FAILED -> s.session.setTls(TlsState.FAILED);
            default -> {
                // no TLS change
            }
        }
        listener.connectionEvent(s.session, event);
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
            s.literalCommand = null;
            s.sasl = null;
            s.masking.reset();
        }
    }

    private void status(TraceRecord.Status st) {
        SessionState s = st.connection().isEmpty() ? last : sessions.getOrDefault(st.connection(), last);
        if (trace.getStatusEvents().size() >= MAX_STATUS_EVENTS) {
            other(st.span(), st.text());
            return;
        }
        StatusEvent event = FACTORY.createStatusEvent();
        event.setValue(st.value());
        event.setText(CredentialMasking.maskText(st.text()).text());
        place(event, st.span());
        if (st.value() != 0) {
            event.setErrorCode(codes.apply(st.value()));
        }
        if (s != null) {
            event.setSession(s.session);
            keepNearby(s);
            s.eventful = true;
        }
        trace.getStatusEvents().add(event);
        listener.statusEvent(event);
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
    }

    private void other(Span span, String text) {
        trace.setOtherLineCount(trace.getOtherLineCount() + 1);
        // the current session's masking: the line may carry a literal or SASL data its protocol lines announced;
        // also beyond the bound, so that it follows the exchange
        SessionState current = last;
        MaskedLine scrubbed = (current != null && !current.ended ? current.masking : otherMasking).text(text);
        if (keptOther >= MAX_OTHER_LINES) {
            return;
        }
        keptOther++;
        OtherLine line = FACTORY.createOtherLine();
        line.setText(scrubbed.text());
        place(line, span);
        trace.getOtherLines().add(line);
        if (scrubbed.changed()) {
            repair(span, RepairKind.MASKED_SECRET, "credential in a non-protocol line masked"); //$NON-NLS-1$
        }
    }

    private void repair(Span span, RepairKind kind, String description) {
        if (trace.getRepairs().size() >= MAX_REPAIRS) {
            droppedRepairs++;
            return;
        }
        Repair repair = FACTORY.createRepair();
        repair.setKind(kind);
        repair.setFirstLine(span.firstLine());
        repair.setLastLine(span.lastLine());
        repair.setDescription(description);
        trace.getRepairs().add(repair);
    }

    public void problem(int line, String message) {
        if (trace.getProblems().size() >= MAX_PROBLEMS) {
            droppedProblems++;
            return;
        }
        ImportProblem problem = FACTORY.createImportProblem();
        problem.setLine(line);
        problem.setMessage(CredentialMasking.maskText(message).text()); // parsers' messages may quote the line
        trace.getProblems().add(problem);
    }

    /** @return problems that did not fit in the model */
    public int droppedProblems() {
        return droppedProblems;
    }
}
