package io.mailscope.trace.internal.formats;

import java.nio.charset.StandardCharsets;

import io.mailscope.trace.internal.index.InertCache;

/**
 * The byte triage of {@link OutlookFormat}: recognises the routine POP3 conversation of an Outlook 2003+ log
 * (the healthy check for mail; see {@link io.mailscope.trace.RoutineExchangePolicy}) on the bytes after
 * "Connected to host", without decoding them. Every line must be {@code yyyy.mm.dd hh:mm:ss POP3 (host): [rx] ...}
 * or {@code [tx] ...} with the session's host, printable ASCII, an optional CR before the LF; the replies and the user
 * name may hold no fragment of a credential ({@link io.mailscope.trace.internal.masking.CredentialHints}: the session's masking then leaves them and its
 * own state unchanged, so the slow path records no repair for them), the password must be masked already
 * ({@code PASS ****}), and the listings of UIDL and LIST must list exactly the messages STAT counts.
 * The line after the run must be "Disconnected from host" of the same host. Anything else is not routine, and the
 * parser reads it line by line as always: the triage only has to be right when it says yes.
 */
public final class OutlookRoutineSession extends RoutineConversation {

    // the texts of a routine session's lines
    private static final byte[] RX = ascii("[rx] "); //$NON-NLS-1$
    private static final byte[] TX = ascii("[tx] "); //$NON-NLS-1$
    private static final byte[] DISCONNECTED = ascii("Disconnected from host"); //$NON-NLS-1$
    private static final byte[] PORT = ascii("Port: "); //$NON-NLS-1$
    private static final byte[] SECURE_NO = ascii(", Secure: NO"); //$NON-NLS-1$
    private static final byte[] SPA_NO = ascii(", SPA: NO"); //$NON-NLS-1$
    private static final byte[] SPA_YES = ascii(", SPA: YES"); //$NON-NLS-1$
    private static final byte[] FINDING = ascii("Finding host"); //$NON-NLS-1$
    private static final byte[] CONNECTING = ascii("Connecting to host"); //$NON-NLS-1$
    private static final byte[] CONNECTED = ascii("Connected to host"); //$NON-NLS-1$
    private static final byte[] END_EXECUTION = ascii("End execution"); //$NON-NLS-1$
    private static final byte[] BEGIN_EXECUTION = ascii("): Begin execution"); //$NON-NLS-1$
    private static final byte[] POP3 = ascii("POP3"); //$NON-NLS-1$
    private static final byte[] SMTP = ascii("SMTP"); //$NON-NLS-1$
    private static final byte[] IMAP = ascii("IMAP"); //$NON-NLS-1$
    private static final byte[] HTTPMAIL = ascii("HTTPMail"); //$NON-NLS-1$

    /** Reads 8 bytes at a time for the scan of a line's text. */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
            java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class,
            java.nio.ByteOrder.LITTLE_ENDIAN);
    /**
     * The replies of routine sessions repeat (the same words, other numbers): one cache of the credential-free check
     * per thread that triages (the parse thread and the workers that look ahead).
     */
    private static final ThreadLocal<InertCache> INERT = ThreadLocal.withInitial(InertCache::new);

    private byte[] prefix;
    private byte[] bytes;
    /** the inert texts this thread saw before (its own cache: the workers triage at the same time) */
    private InertCache inert;
    private int to;
    private int pos;
    /** the last timestamp found valid, as two longs and an int (a zero long is never one: it holds digits) */
    private long lastStamp0;
    private long lastStamp1;
    private int lastStamp2;

    /**
     * The session's prefix as words for {@link #headAt}, and the last 8 bytes of the prefix followed by "[rx] " and by
     * "[tx] ": a line's head is then one read per 8 bytes compared with a field, not two calls that read both sides.
     * Made from the prefix alone (no copies), again only when a session's prefix differs from the one before.
     */
    private long[] prefixWords;
    private long rxLast;
    private long txLast;

    private OutlookRoutineSession(byte[] prefix, byte[] bytes, int from, int to) {
        this.prefix = prefix;
        this.prefixWords = prefix == null ? null : words(prefix);
        this.rxLast = prefix == null ? 0 : lastWordWith(prefixWords, RX);
        this.txLast = prefix == null ? 0 : lastWordWith(prefixWords, TX);
        this.bytes = bytes;
        this.text = bytes;
        this.pos = from;
        this.to = to;
    }

    /**
     * What a whole routine session holds beyond its exchanges: what {@code ConversationBuilder.routineSession} needs to
     * account for the lines from "Port" to "End execution" as the parser would have reported them. Filled by
     * {@link #matchSession}; line numbers and offsets relative to the line after "Begin execution".
     *
     * @param port the port of the "Port: n, Secure: NO" line
     * @param othersBeforeConnected other lines before "Connected to host" ("Port", "Finding host", "Connecting to host")
     * @param connectedLine index of "Connected to host" (0: the "Port" line)
     * @param connectedOffset its byte offset from the "Port" line
     * @param connectedTime its timestamp
     * @param disconnectedLine index of "Disconnected from host"
     * @param disconnectedOffset its byte offset
     * @param disconnectedTime its timestamp
     * @param lines all lines from "Port" to "End execution"
     * @param wireLines the protocol lines among them
     * @param exchanges the exchanges (the greeting and the commands)
     * @param commands the commands
     */
    public record SessionShape(int port, int othersBeforeConnected, int connectedLine, int connectedOffset, String connectedTime,
            int disconnectedLine, int disconnectedOffset, String disconnectedTime, int lines, int wireLines, int exchanges,
            int commands) {
    }


    /**
     * Matches a whole routine session after its "Begin execution" line: "Port: n, Secure: NO" (with or without the
     * SPA part), "Finding host" and "Connecting to host" in any number and order, "Connected to host", the routine
     * exchanges (as {@link #match}), "Disconnected from host" and "End execution", all with the session's prefix and
     * exactly these texts; then the next line must be the "Begin execution" of a connection (whose session the
     * following records then go to). At the end of the input the session is not routine (the parser reads it).
     *
     * @param shape receives the session's shape when it matches
     * @return the offset just after "End execution", {@link RoutineTriage#NOT_ROUTINE} or {@link RoutineTriage#MORE_BYTES}
     */
    static int matchSession(byte[] prefix, byte[] bytes, int from, int to, SessionShape[] shape) {
        OutlookRoutineSession m = SESSION_MATCHER.get();
        m.begin(prefix, bytes, from, to);
        int end = m.session(from, shape);
        m.bytes = null; // the matcher outlives the session: it must not hold the input's buffer
        m.text = null;
        return m.needMore ? RoutineTriage.MORE_BYTES : end;
    }

    /**
     * One session matcher per thread that triages whole sessions (the workers match one session after another): a
     * matcher per session cost its allocation and its arrays of remembered replies (some 700 bytes zeroed). Reused,
     * it keeps what is only ever a shortcut for checks that look at bytes alone: the prefix's words while the prefix
     * is the same, the last timestamp found valid and the server's replies remembered per state, which then pass
     * without their check in every later session, not only within one.
     */
    private static final ThreadLocal<OutlookRoutineSession> SESSION_MATCHER =
            ThreadLocal.withInitial(() -> new OutlookRoutineSession(null, null, 0, 0));

    /** Makes this matcher read the session at {@code bytes[from..to)} whose lines have {@code prefix}. */
    private void begin(byte[] prefix, byte[] bytes, int from, int to) {
        if (prefix != this.prefix && (this.prefix == null || !java.util.Arrays.equals(prefix, this.prefix))) {
            this.prefix = prefix;
            this.prefixWords = words(prefix);
            this.rxLast = lastWordWith(prefixWords, RX);
            this.txLast = lastWordWith(prefixWords, TX);
        }
        this.bytes = bytes;
        this.text = bytes;
        this.pos = from;
        this.to = to;
        this.needMore = false;
    }

    private int session(int from, SessionShape[] shape) {
        if (!line(0, 0) || !startsWith(PORT)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        int port = portNumber();
        if (port < 0) {
            return RoutineTriage.NOT_ROUTINE;
        }
        int lines = 1;
        int others = 1;
        while (true) {
            int lineStart = pos;
            if (!line(0, 0)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            if (equalsText(FINDING) || equalsText(CONNECTING)) {
                others++;
                lines++;
                continue;
            }
            if (!equalsText(CONNECTED)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            int connectedLine = lines++;
            String connectedTime = timestamp(lineStart);
            int[] counts = new int[3];
            int afterRun = run(counts);
            if (afterRun < 0) {
                return afterRun;
            }
            // run() read "Disconnected from host" already (pos is after it)
            int disconnectedStart = afterRun;
            lines += counts[2];
            int disconnectedLine = lines++;
            if (!line(0, 0) || !equalsText(END_EXECUTION)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines++;
            int end = pos;
            if (!nextBeginsExecution()) {
                return RoutineTriage.NOT_ROUTINE;
            }
            // a session mostly disconnects within the second it connected: then its time is the same string
            String disconnectedTime = sameTimestamp(lineStart, disconnectedStart) ? connectedTime : timestamp(disconnectedStart);
            shape[0] = new SessionShape(port, others, connectedLine, lineStart - from, connectedTime, disconnectedLine,
                    disconnectedStart - from, disconnectedTime, lines, counts[2], counts[0], counts[1]);
            return end;
        }
    }

    /**
     * "Port: n, Secure: NO" with ", SPA: NO" or ", SPA: YES" or nothing after it: @return n, or -1 (also for a number
     * above 65535, which the parser reads as no port, see CommonLines.port)
     */
    private int portNumber() {
        int p = textStart + PORT.length;
        int n = 0;
        int digits = 0;
        while (p < textEnd && bytes[p] >= '0' && bytes[p] <= '9') {
            n = n * 10 + bytes[p++] - '0';
            if (++digits > 5) {
                return -1;
            }
        }
        if (digits == 0 || textEnd - p < SECURE_NO.length || !at(bytes, p, SECURE_NO)) {
            return -1;
        }
        p += SECURE_NO.length;
        int rest = textEnd - p;
        boolean ok = rest == 0 || rest == SPA_NO.length && at(bytes, p, SPA_NO) || rest == SPA_YES.length && at(bytes, p, SPA_YES);
        return ok && n <= 65_535 ? n : -1;
    }

    /** @return true when the lines at {@code a} and {@code b} have the same first 19 bytes (their timestamps) */
    private boolean sameTimestamp(int a, int b) {
        return (long) LONGS.get(bytes, a) == (long) LONGS.get(bytes, b) && (long) LONGS.get(bytes, a + 8) == (long) LONGS.get(bytes, b + 8)
                && (long) LONGS.get(bytes, a + 11) == (long) LONGS.get(bytes, b + 11);
    }

    /** @return the line's timestamp as the parser makes it (its first 19 characters) */
    private String timestamp(int lineStart) {
        return new String(bytes, lineStart, 19, StandardCharsets.ISO_8859_1);
    }

    /** {@link #beginPrefix} and {@link #matchSession} for the workers of the parallel triage. */
    static final RoutineTriage.SessionsAhead AHEAD = new RoutineTriage.SessionsAhead() {
        @Override
        public byte[] beginPrefix(byte[] bytes, int lineStart, int lineEnd) {
            return OutlookRoutineSession.beginPrefix(bytes, lineStart, lineEnd);
        }

        @Override
        public int routineSession(byte[] prefix, byte[] bytes, int from, int to, SessionShape[] shape) {
            return matchSession(prefix, bytes, from, to, shape);
        }

        /** The whole line (the masking of an other line sees it whole), its CR excluded, as the parser decodes it. */
        @Override
        public boolean beginLineInert(byte[] bytes, int lineStart, int lineEnd) {
            int end = lineEnd > lineStart && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            return INERT.get().inert(bytes, lineStart, end);
        }
    };

    /**
     * For workers that triage sessions ahead of the parser ({@link RoutineTriage#sessionsAhead()}): when the line at
     * {@code bytes[lineStart..lineEnd)} (its LF excluded, a CR before it allowed) is a dated
     * "POP3 (host): Begin execution" or "SMTP (host): Begin execution" in printable ASCII, the bytes
     * {@code POP3 (host): } that {@link #matchSession} wants as the session's prefix, else null. Whether that session
     * is a fresh one is the parser's to say: the importer uses what a worker found only when the parser, having
     * accepted the same line, asks for the same prefix.
     */
    static byte[] beginPrefix(byte[] bytes, int lineStart, int lineEnd) {
        int end = lineEnd > lineStart && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        int p = lineStart + 20;
        if (end - p < 4 + 2 + 1 + BEGIN_EXECUTION.length) {
            return null;
        }
        if (!datedAt(bytes, lineStart) || !(at(bytes, p, POP3) || at(bytes, p, SMTP)) || bytes[p + 4] != ' ' || bytes[p + 5] != '(') {
            return null;
        }
        int i = p + 6;
        while (i < end && bytes[i] != ')') {
            byte c = bytes[i];
            if (c < 0x20 || c == 0x7f) { // non-ASCII bytes are negative
                return null;
            }
            i++;
        }
        if (end - i != BEGIN_EXECUTION.length || !at(bytes, i, BEGIN_EXECUTION)) {
            return null;
        }
        return java.util.Arrays.copyOfRange(bytes, p, i + 3); // "WORD (host): "
    }

    /** The line at {@code pos}: a dated "WORD (host): Begin execution" of any connection, with nothing after it. */
    private boolean nextBeginsExecution() {
        int p = pos;
        if (p + 20 + BEGIN_EXECUTION.length + 8 >= to) {
            needMore = true;
            return false;
        }
        if (!timestampAt(p)) {
            return false;
        }
        p += 20;
        int paren = -1;
        for (int i = p; i < p + 9 && i < to; i++) {
            if (bytes[i] == ' ') {
                paren = i;
                break;
            }
        }
        if (paren < 0 || paren + 1 >= to || bytes[paren + 1] != '(') {
            return false;
        }
        int length = paren - p;
        boolean word = length == 4 && (at(bytes, p, POP3) || at(bytes, p, SMTP) || at(bytes, p, IMAP)) || length == 8 && at(bytes, p, HTTPMAIL);
        if (!word) {
            return false;
        }
        int i = paren + 2;
        while (true) {
            if (i >= to) {
                needMore = true;
                return false;
            }
            byte c = bytes[i];
            if (c == ')') {
                break;
            }
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            i++;
        }
        if (i + BEGIN_EXECUTION.length >= to) {
            needMore = true;
            return false;
        }
        if (!at(bytes, i, BEGIN_EXECUTION)) {
            return false;
        }
        i += BEGIN_EXECUTION.length;
        if (bytes[i] == '\r') {
            if (i + 1 >= to) {
                needMore = true;
                return false;
            }
            return bytes[i + 1] == '\n';
        }
        return bytes[i] == '\n';
    }


    /** @param prefix the bytes {@code POP3 (host): } of the session */
    static int match(byte[] prefix, byte[] bytes, int from, int to, int[] counts) {
        OutlookRoutineSession m = new OutlookRoutineSession(prefix, bytes, from, to);
        int end = m.run(counts);
        return m.needMore ? RoutineTriage.MORE_BYTES : end;
    }

    @Override
    protected boolean smtp() {
        return prefix[0] == 'S'; // the session's protocol: SMTP when its prefix starts with "SMTP", else POP3
    }

    @Override
    protected boolean protocolLine(boolean client) {
        return client ? line(txLast, TX.length) : line(rxLast, RX.length);
    }

    @Override
    protected InertCache inertTexts() {
        InertCache cache = inert;
        if (cache == null) {
            inert = cache = INERT.get(); // the cache of the thread that made this matcher, which is the one running it
        }
        return cache;
    }

    /** The line after the run must be "Disconnected from host" of the session (it is read by the parser). */
    @Override
    protected int endOfRun() {
        int end = pos;
        if (!line(0, 0) || !equalsText(DISCONNECTED)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        return end;
    }

    /**
     * Reads one line: date, time, the session's prefix, then the marker ("[rx] " or "[tx] ", none when
     * {@code markerLength} is 0); sets the text's bounds (after the marker) and moves past the line.
     *
     * @param lastWord the last 8 bytes of the prefix and the marker ({@link #lastWordWith}), unused without a marker
     */
    private boolean line(long lastWord, int markerLength) {
        byte[] b = bytes;
        int p = pos;
        int prefixEnd = p + 20 + prefix.length;
        int start = prefixEnd + markerLength;
        if (start >= to) {
            needMore = true;
            return false;
        }
        if (!timestampAt(p) || !headAt(b, p + 20, prefixWords, prefix.length)
                || markerLength != 0 && (long) LONGS.get(b, start - Long.BYTES) != lastWord) {
            return false;
        }
        p = printableLineEnd(b, start, to);
        if (p < 0) {
            needMore = p == -2;
            return false;
        }
        textStart = start;
        textEnd = p;
        pos = nextLineStart(b, p);
        return true;
    }

    /**
     * @return the words of {@code prefix}, 8 bytes each, the last word its last 8 bytes (overlapping the one before);
     *         a prefix {@code WORD (host): } has at least 9
     */
    private static long[] words(byte[] prefix) {
        int n = prefix.length;
        long[] words = new long[(n + Long.BYTES - 1) / Long.BYTES];
        int last = words.length - 1;
        for (int i = 0; i < last; i++) {
            words[i] = (long) LONGS.get(prefix, i * Long.BYTES);
        }
        words[last] = (long) LONGS.get(prefix, n - Long.BYTES);
        return words;
    }

    /**
     * @return the last 8 bytes of the prefix (whose {@link #words} are given) followed by {@code marker} (1-7 bytes),
     *         as a little-endian word: the prefix's last bytes shifted down, the marker's above them
     */
    private static long lastWordWith(long[] prefixWords, byte[] marker) {
        int m = marker.length;
        long markerWord = 0;
        for (int i = m - 1; i >= 0; i--) {
            markerWord = markerWord << 8 | marker[i] & 0xff;
        }
        return prefixWords[prefixWords.length - 1] >>> 8 * m | markerWord << 8 * (Long.BYTES - m);
    }

    /** @return true when the {@code length} bytes at {@code p} are those whose {@link #words} are {@code words} */
    private static boolean headAt(byte[] b, int p, long[] words, int length) {
        int last = words.length - 1;
        for (int i = 0; i < last; i++) {
            if ((long) LONGS.get(b, p + i * Long.BYTES) != words[i]) {
                return false;
            }
        }
        return (long) LONGS.get(b, p + length - Long.BYTES) == words[last];
    }

    /** "yyyy.mm.dd hh:mm:ss " with its digits as '0' ({@link InertCache#digitsAsZero}): bytes 0-7, 8-15 and 12-19. */
    private static final long STAMP_0 = stampWord("0000.00.");
    private static final long STAMP_1 = stampWord("00 00:00");
    private static final long STAMP_2 = stampWord("0:00:00 ");

    /** "yyyy.mm.dd hh:mm:ss " at {@code p}, checked in full (see {@link #timestampAt}) */
    private static boolean datedAt(byte[] bytes, int p) {
        return InertCache.digitsAsZero((long) LONGS.get(bytes, p)) == STAMP_0
                && InertCache.digitsAsZero((long) LONGS.get(bytes, p + 8)) == STAMP_1
                && InertCache.digitsAsZero((long) LONGS.get(bytes, p + 12)) == STAMP_2;
    }

    private static long stampWord(String eight) {
        return (long) LONGS.get(ascii(eight), 0);
    }

    /**
     * "yyyy.mm.dd hh:mm:ss " at {@code p}: all digits and separators where the parser wants them (stricter than it, so
     * every line accepted here is one it reads as dated). The lines of a session mostly repeat the timestamp of the
     * line before: then three comparisons decide; else three words with their digits written as '0' are compared with
     * the pattern (a byte that is no digit stays what it is, so it matches only a separator).
     */
    private boolean timestampAt(int p) {
        long a = (long) LONGS.get(bytes, p);
        long b = (long) LONGS.get(bytes, p + 8);
        int c = (int) INTS.get(bytes, p + 16);
        if (a == lastStamp0 && b == lastStamp1 && c == lastStamp2) {
            return true;
        }
        if (!datedAt(bytes, p)) {
            return false;
        }
        lastStamp0 = a;
        lastStamp1 = b;
        lastStamp2 = c;
        return true;
    }
}
