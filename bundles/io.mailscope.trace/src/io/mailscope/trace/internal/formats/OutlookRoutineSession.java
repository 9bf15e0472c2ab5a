package io.mailscope.trace.internal.formats;

import java.nio.charset.StandardCharsets;

import io.mailscope.trace.internal.index.InertCache;
import io.mailscope.trace.internal.masking.CredentialHints;

/**
 * The byte triage of {@link OutlookFormat}: recognises the routine POP3 conversation of an Outlook 2003+ log
 * (the healthy check for mail; see {@link io.mailscope.trace.RoutineExchangePolicy}) on the bytes after
 * "Connected to host", without decoding them. Every line must be {@code yyyy.mm.dd hh:mm:ss POP3 (host): [rx] ...}
 * or {@code [tx] ...} with the session's host, printable ASCII, an optional CR before the LF; the replies and the user
 * name may hold no fragment of a credential ({@link CredentialHints}: the session's masking then leaves them and its
 * own state unchanged, so the slow path records no repair for them), the password must be masked already
 * ({@code PASS ****}), and the listings of UIDL and LIST must list exactly the messages STAT counts.
 * The line after the run must be "Disconnected from host" of the same host. Anything else is not routine, and the
 * parser reads it line by line as always: the triage only has to be right when it says yes.
 */
public final class OutlookRoutineSession {

    // the texts of a routine session's lines
    private static final byte[] RX = ascii("[rx] "); //$NON-NLS-1$
    private static final byte[] TX = ascii("[tx] "); //$NON-NLS-1$
    private static final byte[] OK = ascii("+OK"); //$NON-NLS-1$
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
    private static final byte[] AUTH_LOGIN_PLAIN = ascii("250-AUTH LOGIN PLAIN"); //$NON-NLS-1$
    private static final byte[] RCPT_TO = ascii("RCPT TO:"); //$NON-NLS-1$
    private static final byte[] POP3 = ascii("POP3"); //$NON-NLS-1$
    private static final byte[] SMTP = ascii("SMTP"); //$NON-NLS-1$
    private static final byte[] IMAP = ascii("IMAP"); //$NON-NLS-1$
    private static final byte[] HTTPMAIL = ascii("HTTPMail"); //$NON-NLS-1$

    private static final byte[] COMMAND_DATA = ascii("DATA"); //$NON-NLS-1$
    private static final byte[] COMMAND_EHLO = ascii("EHLO "); //$NON-NLS-1$
    private static final byte[] COMMAND_MAIL_FROM = ascii("MAIL FROM:"); //$NON-NLS-1$
    private static final byte[] COMMAND_PASS = ascii("PASS "); //$NON-NLS-1$
    private static final byte[] COMMAND_QUIT = ascii("QUIT"); //$NON-NLS-1$
    private static final byte[] COMMAND_STAT = ascii("STAT"); //$NON-NLS-1$
    private static final byte[] COMMAND_USER = ascii("USER "); //$NON-NLS-1$
    private static final byte[] REPLY_220 = ascii("220 "); //$NON-NLS-1$
    private static final byte[] REPLY_221 = ascii("221 "); //$NON-NLS-1$
    private static final byte[] REPLY_250 = ascii("250 "); //$NON-NLS-1$
    private static final byte[] REPLY_250_CONTINUED = ascii("250-"); //$NON-NLS-1$
    private static final byte[] REPLY_354 = ascii("354 "); //$NON-NLS-1$
    private static final byte[] COMMAND_UIDL = ascii("UIDL"); //$NON-NLS-1$
    private static final byte[] COMMAND_LIST = ascii("LIST"); //$NON-NLS-1$

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

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
    /** More listed messages than this: not routine (the session is read line by line). */
    private static final int MAX_MESSAGES = 10_000;

    private final byte[] prefix;
    private final byte[] bytes;
    /** {@link CredentialHints#inertAscii} of the texts this thread saw before */
    private InertCache inert;
    private final int to;
    private int pos;
    /** start and end (exclusive, CR and LF excluded) of the current line's text after the marker */
    private int textStart;
    private int textEnd;
    private boolean needMore;
    /** the last timestamp found valid, as two longs and an int (a zero long is never one: it holds digits) */
    private long lastStamp0;
    private long lastStamp1;
    private int lastStamp2;

    private OutlookRoutineSession(byte[] prefix, byte[] bytes, int from, int to) {
        this.prefix = prefix;
        this.bytes = bytes;
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
        OutlookRoutineSession m = new OutlookRoutineSession(prefix, bytes, from, to);
        int end = m.session(from, shape);
        return m.needMore ? RoutineTriage.MORE_BYTES : end;
    }

    private int session(int from, SessionShape[] shape) {
        if (!line(null) || !startsWith(PORT)) {
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
            if (!line(null)) {
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
            if (!line(null) || !equalsText(END_EXECUTION)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines++;
            int end = pos;
            if (!nextBeginsExecution()) {
                return RoutineTriage.NOT_ROUTINE;
            }
            shape[0] = new SessionShape(port, others, connectedLine, lineStart - from, connectedTime, disconnectedLine,
                    disconnectedStart - from, timestamp(disconnectedStart), lines, counts[2], counts[0], counts[1]);
            return end;
        }
    }

    private boolean startsWith(byte[] expected) {
        return textEnd - textStart >= expected.length && at(textStart, expected);
    }

    /** "Port: n, Secure: NO" with ", SPA: NO" or ", SPA: YES" or nothing after it: @return n, or -1 */
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
        if (digits == 0 || textEnd - p < SECURE_NO.length || !at(p, SECURE_NO)) {
            return -1;
        }
        p += SECURE_NO.length;
        int rest = textEnd - p;
        boolean ok = rest == 0 || rest == SPA_NO.length && at(p, SPA_NO) || rest == SPA_YES.length && at(p, SPA_YES);
        return ok ? n : -1;
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
        OutlookRoutineSession m = new OutlookRoutineSession(null, bytes, lineStart, end);
        if (!m.timestampAt(lineStart) || !(m.at(p, POP3) || m.at(p, SMTP)) || bytes[p + 4] != ' ' || bytes[p + 5] != '(') {
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
        if (end - i != BEGIN_EXECUTION.length || !m.at(i, BEGIN_EXECUTION)) {
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
        boolean word = length == 4 && (at(p, POP3) || at(p, SMTP) || at(p, IMAP)) || length == 8 && at(p, HTTPMAIL);
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
        if (!at(i, BEGIN_EXECUTION)) {
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

    /** the session's protocol: SMTP when its prefix starts with "SMTP", else POP3 */
    private boolean smtp() {
        return prefix[0] == 'S';
    }

    /** The routine exchanges of the session's protocol, then "Disconnected from host". */
    private int run(int[] counts) {
        return smtp() ? smtpRun(counts) : pop3Run(counts);
    }

    /**
     * SMTP's routine send: a 220 greeting; EHLO answered 250 (continuation lines "250-", the last "250 "); MAIL FROM
     * and one or more RCPT TO each answered 250; DATA answered 354 and then 250 (the log holds no message body);
     * QUIT answered 221; then "Disconnected from host". Every text must be inert (or the capability line
     * "250-AUTH LOGIN PLAIN", whose masking analysis changes neither the line nor the session's masking, as
     * FastSlowPathEqualityTest compares).
     */
    private int smtpRun(int[] counts) {
        int lines = 0;
        if (!line(RX) || !reply(REPLY_220)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines++;
        if (!command(COMMAND_EHLO) || !plainText(textStart, textEnd)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines++;
        while (true) {
            if (!line(RX)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines++;
            if (reply(REPLY_250)) {
                break;
            }
            if (!reply(REPLY_250_CONTINUED) && !equalsText(AUTH_LOGIN_PLAIN)) {
                return RoutineTriage.NOT_ROUTINE;
            }
        }
        if (!command(COMMAND_MAIL_FROM) || !plainText(textStart, textEnd) || !line(RX) || !reply(REPLY_250)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 2;
        int recipients = 0;
        while (true) {
            int lineStart = pos;
            if (!line(TX)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            if (!startsWith(RCPT_TO)) {
                pos = lineStart; // DATA: read again below
                break;
            }
            if (!plainText(textStart, textEnd) || !line(RX) || !reply(REPLY_250)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines += 2;
            recipients++;
        }
        if (recipients == 0 || !command(COMMAND_DATA) || textEnd != textStart + 4 || !line(RX) || !reply(REPLY_354) || !line(RX)
                || !reply(REPLY_250)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 3;
        if (!command(COMMAND_QUIT) || textEnd != textStart + 4 || !line(RX) || !reply(REPLY_221)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 2;
        int end = pos;
        if (!line(null) || !equalsText(DISCONNECTED)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        counts[1] = 4 + recipients; // EHLO, MAIL, the RCPTs, DATA, QUIT
        counts[0] = counts[1] + 1; // and the greeting
        counts[2] = lines;
        return end;
    }

    /** The line's text starts with {@code code} (e.g. "250 ") and is inert. */
    private boolean reply(byte[] code) {
        return startsWith(code) && plainText(textStart, textEnd);
    }

    private int pop3Run(int[] counts) {
        int lines = 0;
        // greeting
        if (!line(RX) || !positive()) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines++;
        if (!command(COMMAND_USER) || !userName() || !line(RX) || !positive()) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 2;
        if (!command(COMMAND_PASS) || !maskedPassword() || !line(RX) || !positive()) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 2;
        if (!command(COMMAND_STAT) || textEnd != textStart + 4 || !line(RX)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        int messages = statCount();
        if (messages < 0) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 2;
        for (int listing = 0; listing < 2; listing++) {
            boolean list = listing == 1;
            if (!command(list ? COMMAND_LIST : COMMAND_UIDL) || textEnd != textStart + 4 || !line(RX) || !positive()) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines += 2;
            for (int m = 0; m < messages; m++) {
                if (!line(RX) || !listingLine(list)) {
                    return RoutineTriage.NOT_ROUTINE;
                }
                lines++;
            }
            if (!line(RX) || textEnd != textStart + 1 || bytes[textStart] != '.') {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines++;
        }
        if (!command(COMMAND_QUIT) || textEnd != textStart + 4 || !line(RX) || !positive()) {
            return RoutineTriage.NOT_ROUTINE;
        }
        lines += 2;
        int end = pos;
        // the next line closes the session (it is read by the parser, not part of the run)
        if (!line(null) || !equalsText(DISCONNECTED)) {
            return RoutineTriage.NOT_ROUTINE;
        }
        counts[0] = 7; // the greeting and six commands
        counts[1] = 6;
        counts[2] = lines;
        return end;
    }

    /** Reads the next client line and checks that its text starts with {@code verb}. */
    private boolean command(byte[] verb) {
        return line(TX) && startsWith(verb);
    }

    /**
     * Reads one line: date, time, the session's prefix, then {@code marker} (or, when null, the text right after the
     * prefix); sets the text's bounds and moves past the line.
     */
    private boolean line(byte[] marker) {
        byte[] b = bytes;
        int p = pos;
        int head = 20 + prefix.length + (marker == null ? 0 : marker.length);
        if (p + head >= to) {
            needMore = true;
            return false;
        }
        if (!timestampAt(p) || !at(p + 20, prefix)) {
            return false;
        }
        p += 20 + prefix.length;
        if (marker != null) {
            if (!at(p, marker)) {
                return false;
            }
            p += marker.length;
        }
        int start = p;
        // 8 bytes at a time while all are printable ASCII (0x20-0x7F): no line end among them
        while (p + 8 <= to) {
            long x = (long) LONGS.get(b, p);
            if (((x - 0x2020202020202020L | x) & 0x8080808080808080L) != 0) {
                break;
            }
            p += 8;
        }
        while (true) {
            if (p >= to) {
                needMore = true;
                return false;
            }
            byte c = b[p];
            if (c == '\n') {
                break;
            }
            if (c < 0x20) { // non-ASCII bytes are negative
                if (c == '\r' && p + 1 < to && b[p + 1] == '\n') {
                    break;
                }
                if (c == '\r' && p + 1 >= to) {
                    needMore = true;
                }
                return false;
            }
            p++;
        }
        textStart = start;
        textEnd = p;
        pos = b[p] == '\r' ? p + 2 : p + 1;
        return true;
    }

    /** Compares 8 bytes at a time (the caller made sure the bytes are there). */
    private boolean at(int p, byte[] expected) {
        int n = expected.length;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(bytes, p + i) != (long) LONGS.get(expected, i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (bytes[p + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "yyyy.mm.dd hh:mm:ss " at {@code p}: all digits and separators where the parser wants them (stricter than it, so
     * every line accepted here is one it reads as dated). The lines of a session mostly repeat the timestamp of the
     * line before: then three comparisons decide.
     */
    private boolean timestampAt(int p) {
        long a = (long) LONGS.get(bytes, p);
        long b = (long) LONGS.get(bytes, p + 8);
        int c = (int) INTS.get(bytes, p + 16);
        if (a == lastStamp0 && b == lastStamp1 && c == lastStamp2) {
            return true;
        }
        for (int i = 0; i < 20; i++) {
            byte x = bytes[p + i];
            boolean ok = switch (i) {
                case 4, 7 -> x == '.';
                case 10, 19 -> x == ' ';
                case 13, 16 -> x == ':';
                default -> x >= '0' && x <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        lastStamp0 = a;
        lastStamp1 = b;
        lastStamp2 = c;
        return true;
    }

    private boolean equalsText(byte[] expected) {
        return textEnd - textStart == expected.length && at(textStart, expected);
    }

    /** "+OK", alone or followed by a space and plain words. */
    private boolean positive() {
        if (textEnd - textStart < 3 || !at(textStart, OK)) {
            return false;
        }
        if (textEnd == textStart + 3) {
            return true;
        }
        return bytes[textStart + 3] == ' ' && plainText(textStart, textEnd);
    }

    /**
     * Text the masking leaves as it is, and unchanged: no fragment of a credential ({@link CredentialHints}), so the
     * session's masking neither changes the line nor its own state.
     */
    private boolean plainText(int from, int end) {
        InertCache cache = inert;
        if (cache == null) {
            inert = cache = INERT.get();
        }
        return cache.inert(bytes, from, end);
    }

    /** USER's argument: letters, digits, {@code . _ @}. */
    private boolean userName() {
        int from = textStart + 5;
        if (from >= textEnd) {
            return false;
        }
        for (int i = from; i < textEnd; i++) {
            byte c = bytes[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '@')) {
                return false;
            }
        }
        return plainText(textStart, textEnd);
    }

    /** PASS's argument: asterisks only (masked by the client already, so masking changes nothing). */
    private boolean maskedPassword() {
        int from = textStart + 5;
        if (from >= textEnd) {
            return false;
        }
        for (int i = from; i < textEnd; i++) {
            if (bytes[i] != '*') {
                return false;
            }
        }
        return true;
    }

    /** "+OK n size" exactly: @return n, or -1 */
    private int statCount() {
        int p = textStart;
        if (textEnd - p < 7 || !at(p, OK) || bytes[p + 3] != ' ') {
            return -1;
        }
        p += 4;
        int n = 0;
        int digits = 0;
        while (p < textEnd && bytes[p] >= '0' && bytes[p] <= '9') {
            n = n * 10 + bytes[p] - '0';
            p++;
            if (++digits > 5) {
                return -1;
            }
        }
        if (digits == 0 || p >= textEnd || bytes[p] != ' ' || n > MAX_MESSAGES) {
            return -1;
        }
        p++;
        int sizeDigits = 0;
        while (p < textEnd && bytes[p] >= '0' && bytes[p] <= '9') {
            p++;
            sizeDigits++;
        }
        return sizeDigits > 0 && sizeDigits <= 12 && p == textEnd ? n : -1; // digits only: nothing to mask
    }

    /** "n uid" (UIDL: letters and digits) or "n size" (LIST: digits). */
    private boolean listingLine(boolean list) {
        int p = textStart;
        int digits = 0;
        while (p < textEnd && bytes[p] >= '0' && bytes[p] <= '9') {
            p++;
            digits++;
        }
        if (digits == 0 || digits > 6 || p >= textEnd || bytes[p] != ' ' || p + 1 >= textEnd) {
            return false;
        }
        for (int i = p + 1; i < textEnd; i++) {
            byte c = bytes[i];
            boolean ok = c >= '0' && c <= '9' || !list && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
            if (!ok) {
                return false;
            }
        }
        return list || plainText(textStart, textEnd); // a unique id could spell a credential's fragment
    }
}
