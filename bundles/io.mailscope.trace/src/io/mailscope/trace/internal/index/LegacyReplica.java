package io.mailscope.trace.internal.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.internal.bytes.LineBlock;
import io.mailscope.trace.internal.bytes.ParallelLineBlocks;
import io.mailscope.trace.internal.bytes.Swar;
import io.mailscope.trace.internal.formats.LegacyLineScan;
import io.mailscope.trace.internal.masking.CredentialHints;
import io.mailscope.trace.internal.masking.SyntaxMaskingSession;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;

import static io.mailscope.trace.internal.bytes.AsciiBytes.endsWithIgnoreCase;
import static io.mailscope.trace.internal.bytes.AsciiBytes.hex;
import static io.mailscope.trace.internal.index.LegacyBytes.*;
import static io.mailscope.trace.internal.index.OutlookLegacyIndexer.*;

/**
 * The consumer of the structural index of Outlook 2000-2002 logs ({@link OutlookLegacyIndexer}): the parser's and the
 * conversation builder's rules, applied in order to the marked lines.
 */
final class LegacyReplica {

    private LegacyReplica() {
    }

    // ---- the consumer: the parser's and the builder's rules

    /** One connection (= session): what the parser and the builder keep of it. */
    static final class Connection {
        int number;
        boolean quit;
        boolean login;
        boolean closed;
        /** A session exists for it in the builder (a protocol or connection line used it). */
        boolean session;
        Protocol protocol = Protocol.UNKNOWN;
        /** Null while the session's masking is fresh. */
        MaskingSession masking;
    }

    static final class Replica {
        private final RecordIndexFile index;
        private byte[] buffer;
        private long base;
        private int line;

        // the entry being read (the parser's "current")
        private boolean current;
        private long entryOffset;
        private int entryFirstLine;
        private int entryLastLine;
        private boolean entryInert;
        /** The THIS key the workers found in the entry's first line ({@link OutlookLegacyIndexer#CONTEXT}), else unknown. */
        private long entryContext = UNKNOWN_CONTEXT;
        /** The entry's first line is a status report's ({@code Callback::ReportStatus[THIS: <hex>]}, the template). */
        private boolean entryStatus;
        private long lineContext = UNKNOWN_CONTEXT;
        /** The line being read holds neither "[THIS:" nor "(flags =" ({@link OutlookLegacyIndexer#WITHOUT_THIS_OR_FLAGS}). */
        private boolean lineWithoutThisOrFlags;
        /** The same of the entry's first line. */
        private boolean entryWithoutThisOrFlags;
        private byte[] text = new byte[1024];
        private int textLength;
        /**
         * Where the text of the entry's first line is in {@link #buffer}, -1 once it is in {@link #text}: it is copied
         * there only when the entry's text is read ({@link #entryText}), at the latest when the block ends; a
         * {@code Callback::LogText} header that cannot change any masking is never read (two thirds of the bytes).
         * {@link #textLength} counts it, later lines are appended behind it.
         */
        private int firstLineFrom = -1;
        private int firstLineLength;
        /**
         * Where the entry's second line (stripped) is in {@link #buffer} while the first is not copied yet, else -1: a
         * task's header is two lines (the flags line follows), and neither is copied unless the entry's text is read.
         * {@link #textLength} counts it and the space before it ({@link #secondLineSpace}).
         */
        private int secondLineFrom = -1;
        private int secondLineTo;
        private boolean secondLineSpace;
        // a ReportStatus entry that another thread's entries cut off (the parser's "cutStatus")
        private boolean cut;
        private byte[] cutText = new byte[256];
        private int cutLength;
        private long headerContext = NO_CONTEXT;

        // connections
        private final LongIntMap connectionOfContext = new LongIntMap();
        private final Connection[] ring = new Connection[8];
        private int connections;
        private int currentConnection;
        /** The builder's latest session (0: none yet); when {@link #lastOther} is not 0 it is one of the two. */
        private int last;
        private int lastOther;
        private final Connection beforeSessions = new Connection();
        private int statusCandidates;
        @SuppressWarnings("unchecked")
        private final java.util.Map<String, String>[] freshMasking = new java.util.Map[] { new java.util.HashMap<>(),
                new java.util.HashMap<>(), new java.util.HashMap<>() };

        Replica(RecordIndexFile index) {
            this.index = index;
            for (int i = 0; i < ring.length; i++) {
                ring[i] = new Connection();
            }
        }

        /** The marks of a task's header line of the template ({@link OutlookLegacyIndexer#templateLine}). */
        private static final byte HEADER = LEADING | INERT | CONTEXT | TEMPLATE;
        /** The marks of a status report's first line of the template. */
        private static final byte STATUS = LEADING | INERT | TEMPLATE;
        /** The marks of a flags line of the template without white space around it. */
        private static final byte FLAGS_LINE = INERT | TEMPLATE;

        void block(ParallelLineBlocks.Scanned block) throws Uncovered, IOException {
            LineBlock lines = block.lines();
            LineMarks prepared = (LineMarks) block.prepared;
            byte[] marks = prepared.marks;
            buffer = block.bytes().array();
            base = block.bytes().base();
            int count = lines.count();
            for (int i = 0; i < count; i++) {
                line++;
                if (marks[i] == HEADER && i + 2 < count && marks[i + 1] == FLAGS_LINE && (marks[i + 2] & LEADING) != 0) {
                    // a task's header of the template, its flags line, and a new entry after them (most tasks): the
                    // entry of these two lines changes nothing but the header's THIS context while the latest
                    // session's masking stays as it is (what flush does for such an entry, without setting it up)
                    flush();
                    if (lastSettled()) {
                        headerContext = prepared.contexts[i];
                        line++;
                        i++;
                        continue;
                    }
                } else if (marks[i] == STATUS && i + 2 < count && (marks[i + 1] & (LEADING | SPLIT | BRACKET_STAR | INERT)) == INERT
                        && (marks[i + 2] & LEADING) != 0) {
                    // a status report's first line of the template, one more line without a timestamp, and a new
                    // entry after them (most reports): settled as flush settles such an entry, without setting it
                    // up (the white space flush strips around the second line holds no parenthesis and no hrStatus)
                    flush();
                    if (statusSettled(lines.start(i + 1), lines.end(i + 1), true)) {
                        line++;
                        i++;
                        continue;
                    }
                }
                int from = lines.start(i);
                int to = lines.end(i);
                if (!lines.plain(i)) {
                    throw new Uncovered("line " + line + " holds bytes other than printable ASCII"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (to - from > MAX_LINE_BYTES - 1) {
                    throw new Uncovered("line " + line + " is longer than " + (MAX_LINE_BYTES - 1) + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                byte m = marks[i];
                if ((m & BRACKET_STAR) != 0 && ANNOTATION.matcher(string(buffer, from, to)).matches()) {
                    flush();
                    other(buffer, from, to, inert(buffer, from, to));
                    continue;
                }
                if ((m & SPLIT) == 0) {
                    lineContext = (m & CONTEXT) != 0 ? prepared.contexts[i] : UNKNOWN_CONTEXT;
                    lineWithoutThisOrFlags = (m & WITHOUT_THIS_OR_FLAGS) != 0;
                    segment(from, to, 0, (m & LEADING) != 0, (m & INERT) != 0, (m & TEMPLATE) != 0);
                } else {
                    lineContext = UNKNOWN_CONTEXT;
                    lineWithoutThisOrFlags = false;
                    splitLine(from, to, (int) prepared.contexts[i]);
                }
            }
            entryText(); // the buffer is reused after the block
        }

        /** @return {@link #text}, with the entry's first line copied into it if it was not yet */
        private byte[] entryText() {
            if (firstLineFrom >= 0) {
                System.arraycopy(buffer, firstLineFrom, text, 0, firstLineLength);
                firstLineFrom = -1;
                if (secondLineFrom >= 0) {
                    int at = firstLineLength;
                    if (secondLineSpace) {
                        text[at++] = ' ';
                    }
                    copyWords(buffer, secondLineFrom, secondLineTo, text, at); // textLength has room for the words
                    secondLineFrom = -1;
                }
            }
            return text;
        }

        /**
         * The parser's loop over the timestamps inside a line: each starts an entry of its own.
         *
         * @param second the column of the first timestamp after column 0 (the workers found it: the parser's first
         *            search finds it, after the leading timestamp if there is one)
         */
        private void splitLine(int from, int to, int second) throws Uncovered, IOException {
            int searchFrom = second + TS;
            int segmentStart = 0;
            int next = second;
            while (true) {
                int segmentEnd = next < 0 ? to - from : next;
                boolean leading = timestampAt(buffer, from + segmentStart, from + segmentEnd);
                int textFrom = from + segmentStart;
                int textTo = from + segmentEnd;
                if (leading) {
                    textFrom += TS + (textFrom + TS < textTo && buffer[textFrom + TS] == ' ' ? 1 : 0);
                } else {
                    while (textFrom < textTo && whitespace(buffer[textFrom])) {
                        textFrom++;
                    }
                    while (textTo > textFrom && whitespace(buffer[textTo - 1])) {
                        textTo--;
                    }
                }
                segment(from + segmentStart, from + segmentEnd, segmentStart, leading, inert(buffer, textFrom, textTo), false);
                if (next < 0) {
                    return;
                }
                segmentStart = next;
                next = -1;
                int found;
                while ((found = nextTimestamp(buffer, from, to, searchFrom)) >= 0) {
                    searchFrom = found - from + TS;
                    if (found - from > segmentStart) {
                        next = found - from;
                        break;
                    }
                }
            }
        }

        /**
         * The parser's {@code segment}: a segment of a line starting at {@code column}.
         *
         * @param template the line is a template's whole ({@link OutlookLegacyIndexer#TEMPLATE}): where its text begins
         *            and ends is known without reading its bytes
         */
        private void segment(int from, int to, int column, boolean leading, boolean inert, boolean template)
                throws Uncovered, IOException {
            if (leading) {
                flush();
                int textFrom = template ? from + TS + 1 : from + TS + (from + TS < to && buffer[from + TS] == ' ' ? 1 : 0);
                current = true;
                entryOffset = base + from;
                entryFirstLine = line;
                entryLastLine = line;
                entryInert = inert;
                entryContext = lineContext;
                entryWithoutThisOrFlags = lineWithoutThisOrFlags;
                // a template line with a leading timestamp and no THIS key read is a status report's first line
                entryStatus = template && lineContext == UNKNOWN_CONTEXT;
                firstLineFrom = textFrom;
                secondLineFrom = -1;
                firstLineLength = to - textFrom;
                textLength = firstLineLength;
                text = ensure(text, textLength + Long.BYTES);
                return;
            }
            if (from == to && column == 0 && !current) {
                other(buffer, from, to, true);
                return;
            }
            int stripFrom = from;
            int stripTo = to;
            while (!template && stripFrom < stripTo && whitespace(buffer[stripFrom])) {
                stripFrom++;
            }
            while (!template && stripTo > stripFrom && whitespace(buffer[stripTo - 1])) {
                stripTo--;
            }
            if (current && cut && stripFrom < stripTo && buffer[stripFrom] == ','
                    && lastNonWhitespace(entryText(), textLength) == ')') {
                // the rest of a ReportStatus entry that another thread's entries cut off: appended as it is
                cut = false;
                cutText = ensure(cutText, cutLength + (to - from));
                System.arraycopy(buffer, from, cutText, cutLength, to - from);
                cutLength += to - from;
                statusEntry(cutText, 0, cutLength, CredentialHints.inertAscii(cutText, 0, cutLength));
                return;
            }
            if (!current) {
                other(buffer, from, to, inert(buffer, from, to));
                return;
            }
            boolean space = textLength > 0 && to > from;
            if (firstLineFrom >= 0 && secondLineFrom < 0) {
                // the entry's second line: copied with the first, if ever (a header's flags line never is)
                secondLineFrom = stripFrom;
                secondLineTo = stripTo;
                secondLineSpace = space;
                textLength += (space ? 1 : 0) + stripTo - stripFrom;
                text = ensure(text, textLength + Long.BYTES);
            } else {
                entryText(); // the lines before in place first: a copy of eight bytes at a time may write past its end
                if (space) {
                    text = ensure(text, textLength + 1);
                    text[textLength++] = ' ';
                }
                appendText(stripFrom, stripTo);
            }
            entryLastLine = line;
            entryInert &= inert;
        }

        private void appendText(int from, int to) {
            text = ensure(text, textLength + (to - from) + Long.BYTES);
            copyWords(buffer, from, to, text, textLength);
            textLength += to - from;
        }

        void finish() throws Uncovered, IOException {
            flush();
            if (cut) {
                cut = false;
                otherBytes(cutText, cutLength);
            }
        }

        /** The parser's {@code flush}: the entry read is complete. */
        private void flush() throws Uncovered, IOException {
            if (!current) {
                return;
            }
            current = false;
            if (firstLineFrom >= 0 && entryContext != UNKNOWN_CONTEXT) {
                // a Callback::LogText header whose THIS key the workers read (so its text starts with LOG_TEXT): what
                // the branch below does for it, without its text while the text cannot change any masking
                headerContext = entryContext;
                if (entryInert && lastSettled()) {
                    firstLineFrom = -1;
                    secondLineFrom = -1;
                    return;
                }
            }
            // the entry's text is t[s..s+n-1]: an entry of one line (most: a quoted text) is read where it is, in the
            // block, not copied first
            if (entryStatus && firstLineFrom >= 0 && statusSettled(secondLineFrom >= 0 ? secondLineFrom : 0,
                    secondLineFrom >= 0 ? secondLineTo : 0, entryInert)) {
                firstLineFrom = -1;
                secondLineFrom = -1;
                return;
            }
            byte[] t;
            int s;
            int n = textLength;
            boolean oneLine = firstLineFrom >= 0 && secondLineFrom < 0;
            if (oneLine) {
                t = buffer;
                s = firstLineFrom;
                firstLineFrom = -1;
            } else {
                t = entryText();
                s = 0;
            }
            byte first = n > 0 ? t[s] : 0;
            if (first == '"') {
                loggedText(t, s, n, oneLine && entryWithoutThisOrFlags);
            } else if (first == 'C' && startsWith(t, s, s + n, LOG_TEXT)) {
                // the first complete THIS value of the first line is the entry's (one cut by the line's end is not found)
                headerContext = entryContext != UNKNOWN_CONTEXT ? entryContext : findThis(t, s, s + n);
                other(t, s, s + n, entryInert);
            } else if (first == 'C' && startsWith(t, s, s + n, REPORT_STATUS)) {
                if (indexOf(t, s, s + n, HR_STATUS) < 0 && unbalanced(t, s, s + n)) {
                    if (cut) {
                        otherBytes(cutText, cutLength);
                    }
                    cut = true;
                    cutText = ensure(cutText, n);
                    System.arraycopy(t, s, cutText, 0, n);
                    cutLength = n;
                    return;
                }
                statusEntry(t, s, n, entryInert);
            } else {
                other(t, s, s + n, entryInert);
            }
        }

        /**
         * A status report of its first line (the template) and at most one more, neither copied yet: what the branch
         * of {@link #flush} for ReportStatus entries does, when that needs no text. The first line holds no
         * parenthesis and no {@code hrStatus} (nor can one begin in it: it ends with {@code ']'}), so the text's
         * parentheses and its {@code hrStatus = 0x<hex>} are the second line's.
         *
         * @param from where the second line's text (stripped) is in {@link #buffer}, {@code to == from} without one
         * @param inert neither line can carry a credential
         * @return true when the entry is done with (a status event, or an other line that leaves every masking as it
         *         is), false when the general branch must read it (a report another thread's entries cut, a line to
         *         mask)
         */
        private boolean statusSettled(int from, int to, boolean inert) throws Uncovered {
            boolean hrStatus = indexOf(buffer, from, to, HR_STATUS) >= 0;
            if (!hrStatus && unbalanced(buffer, from, to)) {
                return false; // cut: kept for the rest
            }
            if (hrStatus && hrStatusNonZero(buffer, from, to)) {
                statusEvent();
                return true;
            }
            return inert && lastSettled();
        }

        /** A ReportStatus entry {@code t[s..s+n-1]}: a status event when its hrStatus is not 0, else an other line. */
        private void statusEntry(byte[] t, int s, int n, boolean inert) throws Uncovered {
            if (hrStatusNonZero(t, s, s + n)) {
                statusEvent();
            } else {
                other(t, s, s + n, inert);
            }
        }

        /**
         * A status event: kept in the model (no masking) while the model has room; beyond that an other line, masked
         * with the latest session's masking: the pass stops before the bound is reached.
         */
        private void statusEvent() throws Uncovered {
            if (++statusCandidates >= MAX_STATUS_EVENTS) {
                throw new Uncovered("more than " + MAX_STATUS_EVENTS + " status events"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        private void otherBytes(byte[] t, int n) throws Uncovered {
            other(t, 0, n, CredentialHints.inertAscii(t, 0, n));
        }

        /**
         * The parser's {@code loggedText}: a quoted text entry {@code t[from..from+n-1]}.
         *
         * @param withoutThisOrFlags the text is known to hold neither "[THIS:" nor "(flags =" (the workers' mark of its
         *            only line): they are not looked for
         */
        private void loggedText(byte[] t, int from, int n, boolean withoutThisOrFlags) throws Uncovered, IOException {
            // text = raw.substring(1), without the closing quote and parenthesis
            int s = from + 1;
            int e = from + n;
            if (e - s >= 2 && t[e - 2] == '"' && t[e - 1] == ')') {
                e -= 2;
            } else if (e - s >= 1 && t[e - 1] == '"') {
                e -= 1;
            }
            // one pass for "[THIS:" (the context written into the text) and the first "(flags ="
            int flags = -1;
            for (int at = withoutThisOrFlags ? -1 : indexOfEither(t, s, e, (byte) '[', (byte) '('); at >= 0; at = indexOfEither(t, at + 1, e, (byte) '[',
                    (byte) '(')) {
                if (t[at] == '[' ? startsWith(t, at, e, THIS_OPEN) : flags < 0 && startsWith(t, at, e, FLAGS)) {
                    if (t[at] == '[') {
                        loggedTextWithContext(t, from, n);
                        return;
                    }
                    flags = at;
                }
            }
            if (flags > s) {
                e = flags;
            }
            if (wire(t, s, e, headerContext)) {
                return;
            }
            if (endsWithIgnoreCase(t, s, e, CONNECTED) && !endsWithIgnoreCase(t, s, e, DISCONNECTED)) {
                connectionEvent(connectionFor(headerContext, VERB_NONE, true, true), false);
            } else if (endsWithIgnoreCase(t, s, e, DISCONNECTED)) {
                int connection = connectionFor(headerContext, VERB_NONE, false, false);
                connection(connection).closed = true;
                connectionEvent(connection, true);
            } else if ((indexOf(t, s, e, HEX_LOWER) >= 0 || indexOf(t, s, e, HEX_UPPER) >= 0)
                    && HRESULT.matcher(new String(t, s, e - s, StandardCharsets.ISO_8859_1)).find()) {
                statusEvent(); // an HRESULT in the text: a status event, which is not masked
            } else {
                other(t, from, from + n, entryInert);
            }
        }

        private static final byte[] HEX_LOWER = ascii("0x"); //$NON-NLS-1$
        private static final byte[] HEX_UPPER = ascii("0X"); //$NON-NLS-1$

        /** A text entry whose context is written into the text ("[THIS: …]"): the parser's steps on a String. */
        private void loggedTextWithContext(byte[] t, int from, int n) throws Uncovered, IOException {
            String raw = new String(t, from, n, StandardCharsets.ISO_8859_1);
            String s = raw.substring(1);
            if (s.endsWith("\")")) { //$NON-NLS-1$
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("\"")) { //$NON-NLS-1$
                s = s.substring(0, s.length() - 1);
            }
            long context = headerContext;
            int[] inline = LegacyLineScan.findThis(s);
            if (inline != null) {
                context = contextKey(s.substring(inline[2], inline[3]).toLowerCase(Locale.ROOT));
                s = (s.substring(0, inline[0]) + s.substring(inline[1])).strip();
            }
            int flags = s.indexOf("(flags ="); //$NON-NLS-1$
            if (flags > 0) {
                s = s.substring(0, flags);
            }
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            if (wire(b, 0, b.length, context)) {
                return;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.endsWith("connected to host") && !lower.endsWith("disconnected from host")) { //$NON-NLS-1$ //$NON-NLS-2$
                connectionEvent(connectionFor(context, VERB_NONE, true, true), false);
            } else if (lower.endsWith("disconnected from host")) { //$NON-NLS-1$
                int connection = connectionFor(context, VERB_NONE, false, false);
                connection(connection).closed = true;
                connectionEvent(connection, true);
            } else if (HRESULT.matcher(s).find()) {
                statusEvent();
            } else {
                other(t, from, from + n, entryInert);
            }
        }

        /**
         * The WIRE pattern on {@code t[s..e-1]}: a protocol line becomes an index entry.
         *
         * @return false when the text is no protocol line
         */
        private boolean wire(byte[] t, int s, int e, long context) throws Uncovered, IOException {
            if (e - s < WIRE_MIN_BYTES) {
                return false;
            }
            // the protocol word told by the text's first eight bytes, one load and a compare per word
            long first = (long) LONGS.get(t, s);
            long six = first & SIX_BYTES;
            int word = six == WIRE_POP3 ? 0
                    : six == WIRE_SMTP ? 1
                            : six == WIRE_IMAP ? 2
                                    : six == WIRE_NNTP ? 3 : first == WIRE_HTTPMAIL && startsWith(t, s, e, WIRE_WORDS[4]) ? 4 : -1;
            if (word < 0) {
                return false;
            }
            int m = s + WIRE_WORDS[word].length;
            if (e < m + 4) {
                return false;
            }
            byte open = t[m];
            byte d = t[m + 1];
            byte close = t[m + 3];
            if (!(open == '[' && close == ']' || open == '<' && close == '>') || t[m + 2] != 'x' || d != 't' && d != 'r') {
                return false;
            }
            int payload = m + 4;
            if (payload < e && t[payload] == ' ') {
                payload++;
            }
            boolean client = d == 't';
            int verb = client ? verb(t, payload, e) : VERB_NONE;
            int number = connectionFor(context, verb, true, true);
            Connection c = startSession(number);
            if (c.protocol == Protocol.UNKNOWN) {
                c.protocol = WIRE_PROTOCOLS[word];
            }
            // the payload cannot carry a credential when the entry cannot, unless it begins with an option the
            // entry's text had after another character ("-u", "-ap" count at the start of a text)
            boolean inert = entryInert && !(e - payload >= 2 && t[payload] == '-'
                    && ((t[payload + 1] | 0x20) == 'u' || (t[payload + 1] | 0x20) == 'a'));
            String masked = null;
            if (c.masking != null || !inert) {
                masked = mask(c, client ? CLIENT : SERVER, new String(t, payload, e - payload, StandardCharsets.ISO_8859_1));
            }
            index.stage(entryOffset, entryFirstLine, entryLastLine, number, client ? Direction.CLIENT : Direction.SERVER,
                    c.protocol, masked);
            return true;
        }

        /** The shortest protocol line's text: a protocol word of four letters, ": " and a direction ("[tx]"). */
        private static final int WIRE_MIN_BYTES = "POP3: [tx]".length(); //$NON-NLS-1$
        private static final long SIX_BYTES = -1L >>> 16;
        private static final long WIRE_POP3 = Swar.getLong(Arrays.copyOf(WIRE_WORDS[0], Long.BYTES), 0);
        private static final long WIRE_SMTP = Swar.getLong(Arrays.copyOf(WIRE_WORDS[1], Long.BYTES), 0);
        private static final long WIRE_IMAP = Swar.getLong(Arrays.copyOf(WIRE_WORDS[2], Long.BYTES), 0);
        private static final long WIRE_NNTP = Swar.getLong(Arrays.copyOf(WIRE_WORDS[3], Long.BYTES), 0);
        /** The first eight bytes of "HTTPMail: ". */
        private static final long WIRE_HTTPMAIL = Swar.getLong(WIRE_WORDS[4], 0);

        /** @return the kind of the first word of the stripped command (the parser's {@code verb}) */
        private static int verb(byte[] t, int s, int e) {
            while (s < e && whitespace(t[s])) {
                s++;
            }
            while (e > s && whitespace(t[e - 1])) {
                e--;
            }
            if (s == e) {
                return VERB_NONE; // blank: no verb
            }
            int space = s;
            while (space < e && t[space] != ' ') {
                space++;
            }
            if (space - s != 4) {
                return VERB_OTHER;
            }
            int w = (t[s] | 0x20) << 24 | (t[s + 1] | 0x20) << 16 | (t[s + 2] | 0x20) << 8 | t[s + 3] | 0x20;
            // toUpperCase(ROOT) of ASCII: letters only; a non-letter that becomes a letter with 0x20 is no letter
            boolean letters = true;
            for (int k = s; k < s + 4; k++) {
                int c = t[k] | 0x20;
                letters &= c >= 'a' && c <= 'z';
            }
            if (!letters) {
                return VERB_OTHER;
            }
            return switch (w) {
                case 'q' << 24 | 'u' << 16 | 'i' << 8 | 't' -> VERB_QUIT;
                case 'u' << 24 | 's' << 16 | 'e' << 8 | 'r', 'a' << 24 | 'p' << 16 | 'o' << 8 | 'p' -> VERB_LOGIN;
                default -> VERB_OTHER;
            };
        }

        /**
         * The parser's {@code connectionFor}.
         *
         * @param verb the client command's kind; VERB_NONE for a server line or a connection event
         * @param command false where the parser passes no command (status, "Disconnected"): contexts are not bound
         * @param sink false where the parser passes no sink (no End of an older connection)
         */
        private int connectionFor(long context, int verb, boolean command, boolean sink) {
            int known = context == NO_CONTEXT ? 0 : connectionOfContext.get(context);
            int connection = known != 0 ? known : currentConnection;
            if (connection == 0) {
                connection = newConnection(sink);
            } else if (known == 0 && (verb == VERB_QUIT && connection(connection).quit
                    || verb == VERB_LOGIN && connection(connection).login)) {
                connection = newConnection(sink);
            } else if (known == 0 && context != NO_CONTEXT && verb == VERB_NONE && command
                    && (connection(connection).quit || connection(connection).closed)) {
                connection = newConnection(sink);
            }
            if (context != NO_CONTEXT && known == 0 && command) {
                connectionOfContext.put(context, connection);
            }
            if (verb == VERB_QUIT) {
                connection(connection).quit = true;
            } else if (verb == VERB_LOGIN) {
                connection(connection).login = true;
            }
            return connection;
        }

        private int newConnection(boolean sink) {
            currentConnection = ++connections;
            Connection c = ring[currentConnection & ring.length - 1];
            c.number = currentConnection;
            c.quit = c.login = c.closed = c.session = false;
            c.protocol = Protocol.UNKNOWN;
            c.masking = null;
            if (sink && connections > 2) {
                // the End of connection n-2: the builder ends its session; the parser forgets it
                connectionOfContext.removeValue(connections - 2);
            }
            return currentConnection;
        }

        private Connection connection(int number) {
            Connection c = ring[number & ring.length - 1];
            if (c.number != number) {
                throw new IllegalStateException("connection " + number + " was ended"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return c;
        }

        /** A protocol line of connection {@code number}: the builder's sessionFor, which makes it the latest. */
        private Connection startSession(int number) {
            Connection c = connection(number);
            c.session = true;
            last = number;
            lastOther = 0;
            return c;
        }

        /**
         * A connection event: the builder takes the session it already has for the connection without making it the
         * latest in some states it keeps (no command yet, closed by QUIT), else through sessionFor; a closing event
         * resets the session's masking.
         */
        private void connectionEvent(int number, boolean closing) {
            Connection c = connection(number);
            if (!c.session) {
                startSession(number);
            } else if (last != number || lastOther != 0) {
                // the builder's latest is now this session or still the one before: either, until a protocol line
                if (last == number || lastOther == number || lastOther == 0) {
                    lastOther = last == number ? lastOther : last;
                    last = number;
                } else {
                    lastOther = UNKNOWN_LAST; // three candidates: no other line that masking could change is covered
                    last = number;
                }
            }
            if (closing && c.masking != null) {
                c.masking.reset();
                if (fresh(c.masking)) {
                    c.masking = null;
                }
            }
        }

        /**
         * @return true when an inert other line leaves the masking of the builder's latest session (of each candidate)
         *         as it is
         */
        private boolean lastSettled() {
            return lastOther != UNKNOWN_LAST && settled(session(last)) && (lastOther == 0 || settled(session(lastOther)));
        }

        private static boolean settled(Connection c) {
            return c.masking == null || c.masking instanceof SyntaxMaskingSession s && s.settled();
        }

        /** @return the connection of the builder's session {@code number}, or the masking of other lines before any */
        private Connection session(int number) {
            return number == 0 ? beforeSessions : connection(number);
        }

        /** An other line: the builder masks it with its latest session's masking (stateful). */
        private void other(byte[] b, int from, int to, boolean inert) throws Uncovered {
            if (inert && lastSettled()) {
                return; // the masking stays as it is (what it makes of the line is no part of the index)
            }
            if (lastOther != 0) {
                throw new Uncovered("line " + line + ": the latest session is not known for masking an other line"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            mask(session(last), TEXT, string(b, from, to));
        }

        /**
         * Masks a line with the session's masking, a new one while it is fresh (and keeps it once it is not).
         *
         * @return the masked text when masking changed the line, else null
         */
        private String mask(Connection c, int kind, String line) {
            if (c.masking == null) {
                // a fresh masking gives the same for the same line: remembered while it stays fresh
                java.util.Map<String, String> memo = freshMasking[kind];
                String known = memo.get(line);
                if (known != null) {
                    return known == UNCHANGED ? null : known;
                }
                MaskingSession session = CredentialMasking.newSession();
                String masked = masked(session, kind, line);
                if (fresh(session)) {
                    if (memo.size() >= MEMO_SIZE) {
                        memo.clear();
                    }
                    memo.put(line, masked == null ? UNCHANGED : masked);
                } else {
                    c.masking = session;
                }
                return masked;
            }
            String masked = masked(c.masking, kind, line);
            if (fresh(c.masking)) {
                c.masking = null;
            }
            return masked;
        }

        private static String masked(MaskingSession session, int kind, String line) {
            MaskedLine result = switch (kind) {
                case CLIENT -> session.client(line);
                case SERVER -> session.server(line);
                default -> session.text(line);
            };
            return result.text().equals(line) ? null : result.text();
        }

        private boolean inert(byte[] b, int from, int to) {
            return CredentialHints.inertAscii(b, from, to);
        }

        private static boolean fresh(MaskingSession session) {
            return session instanceof SyntaxMaskingSession s && s.fresh();
        }

        private long contextKey(String hex) throws Uncovered {
            if (hex.length() > 14) {
                throw new Uncovered("line " + line + ": a THIS value of more than 14 digits"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return (long) hex.length() << 56 | Long.parseUnsignedLong(hex, 16);
        }

        /** {@code LegacyLineScan.findThis} on bytes: the first THIS value's key, or NO_CONTEXT. */
        private long findThis(byte[] t, int from, int to) throws Uncovered {
            long key = thisKey(t, from, to);
            if (key == THIS_TOO_LONG) {
                throw new Uncovered("line " + line + ": a THIS value of more than 14 digits"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return key;
        }


        /** {@code LegacyLineScan.findHrStatus} on bytes {@code t[from..to-1]}, and its value not 0. */
        private static boolean hrStatusNonZero(byte[] t, int from, int to) {
            int at = indexOf(t, from, to, HR_STATUS_VALUE);
            while (at >= 0) {
                int digits = at + HR_STATUS_VALUE.length;
                int end = digits;
                long value = 0;
                while (end < to && end - digits < 8 && hex(t[end])) {
                    value = value << 4 | hexValue(t[end]);
                    end++;
                }
                if (end > digits) {
                    return value != 0;
                }
                at = indexOf(t, at + 1, to, HR_STATUS_VALUE);
            }
            return false;
        }

        /** @return true when {@code t[from..to-1]} opens more parentheses than it closes */
        private static boolean unbalanced(byte[] t, int from, int to) {
            int n = to;
            int depth = 0;
            int i = from;
            for (; i + Long.BYTES <= n; i += Long.BYTES) {
                long w = (long) LONGS.get(t, i);
                depth += Long.bitCount(Swar.matches(w, OPEN_PARENS)) - Long.bitCount(Swar.matches(w, CLOSE_PARENS));
            }
            for (; i < n; i++) {
                if (t[i] == '(') {
                    depth++;
                } else if (t[i] == ')') {
                    depth--;
                }
            }
            return depth > 0;
        }

        private static int lastNonWhitespace(byte[] t, int n) {
            int i = n - 1;
            while (i >= 0 && whitespace(t[i])) {
                i--;
            }
            return i < 0 ? -1 : t[i];
        }
    }

}
