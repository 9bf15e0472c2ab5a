package io.mailscope.trace.internal.index;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import io.mailscope.model.Protocol;
import io.mailscope.trace.internal.bytes.LineAlignedBlock;
import io.mailscope.trace.internal.bytes.LineBlock;
import io.mailscope.trace.internal.bytes.LineScanner;
import io.mailscope.trace.internal.bytes.ParallelLineBlocks;
import io.mailscope.trace.internal.bytes.PositionalInput;
import io.mailscope.trace.internal.bytes.Swar;
import io.mailscope.trace.internal.masking.CredentialHints;
import io.mailscope.trace.internal.masking.SyntaxMaskingSession;
import io.mailscope.trace.internal.read.LineReader;
import io.mailscope.trace.masking.MaskingSession;

import static io.mailscope.trace.internal.index.LegacyBytes.*;

/**
 * Builds the record index of an Outlook 2000-2002 log from its bytes, without the import: the lines are found and
 * marked by worker threads ({@link ParallelLineBlocks}), and one thread applies, on bytes, exactly the rules that
 * decide the index's entries in a sequential import: the parser's ({@code OutlookLegacyFormat}: wrapped lines joined,
 * interleaved entries split at timestamps, the rest of a cut ReportStatus entry given back, the THIS context of each
 * text, connections told apart by QUIT / USER / APOP, "Connected" / "Disconnected" and new tasks, connection n-2 ended
 * when n begins) and the conversation builder's (one session per connection, numbered in the order they begin, the
 * session's protocol from its first protocol line, and credential masking: each session's {@link MaskingSession}
 * fed the protocol lines, and the other lines while it is the builder's latest session).
 * <p>
 * Masking costs nothing for lines that cannot carry a credential: a session whose masking is
 * {@linkplain SyntaxMaskingSession#fresh() fresh} is represented by no object, and a line proven
 * {@linkplain CredentialHints#inertAscii inert} leaves a fresh session fresh and unchanged.
 * <p>
 * What the rules do not cover stops the pass, keeping the records indexed before it (they are final): a line that is
 * not printable ASCII (decoding, binary lines), a line longer than {@link LineReader#DEFAULT_MAX_LINE_BYTES} (cut by
 * the import), a THIS value of more than 14 hex digits, more status events than the conversation model keeps (they
 * would be masked as other lines), and the rare moment where the builder's latest session cannot be told from the
 * bytes and it would matter for masking. The import that follows takes the index over from there.
 */
public final class OutlookLegacyIndexer {

    /** System property: bytes per block (tests choose small blocks so that borders fall everywhere). */
    public static final String RANGE_PROPERTY = "io.mailscope.trace.index.rangeBytes"; //$NON-NLS-1$
    static final int RANGE_BYTES = 1 << 20;
    public static final int MAX_LINE_BYTES = LineReader.DEFAULT_MAX_LINE_BYTES;
    /** Status events the conversation model keeps before further ones become (masked) other lines. */
    static final int MAX_STATUS_EVENTS = io.mailscope.trace.internal.conversation.ConversationBuilder.MAX_STATUS_EVENTS;
    /** An HRESULT in a logged text makes it a status event (the expression of the formats' CommonLines.hresult). */
    static final Pattern HRESULT = Pattern.compile("(?i)\\b0x(8[0-9a-f]{7})\\b"); //$NON-NLS-1$
    /** The annotation lines the parser keeps as other lines (the same expression as OutlookLegacyFormat's). */
    static final Pattern ANNOTATION = Pattern.compile("^\\[\\*+.*\\*+\\]\\s*$"); //$NON-NLS-1$

    // marks per line, set by the workers
    public static final byte LEADING = 1;
    public static final byte SPLIT = 2;
    static final byte BRACKET_STAR = 4;
    /** The line's text (its only segment, stripped, or after the leading timestamp) cannot carry a credential. */
    static final byte INERT = 8;
    /**
     * The line has a leading timestamp, no other, its text is a {@code Callback::LogText} header and holds a complete
     * THIS value of at most 14 digits: its key is in {@link LineMarks#contexts}. (For a {@link #SPLIT} line that entry
     * holds the column of its first timestamp after column 0.)
     */
    public static final byte CONTEXT = 16;
    /**
     * The line is one of the three templates whole ({@link LegacyBytes#headerKey} with {@link #CONTEXT},
     * {@link LegacyBytes#statusLine} with {@link #LEADING}, {@link LegacyBytes#flagsLine} without): its text begins one
     * space after the leading timestamp, or, without one, at the line's first byte, and ends at its last. The consumer
     * then knows the line's text without reading its bytes (a header's and its flags line's are never read).
     */
    public static final byte TEMPLATE = 32;
    /**
     * The line holds no second timestamp and its text (as for {@link #INERT}) holds neither {@code "[THIS:"} nor
     * {@code "(flags ="} ({@link InertCache#WITHOUT_THIS_OR_FLAGS}): the consumer reads a quoted text of this line
     * alone without looking for them.
     */
    static final byte WITHOUT_THIS_OR_FLAGS = 64;

    static final byte[] LOG_TEXT = ascii("Callback::LogText"); //$NON-NLS-1$
    static final byte[] REPORT_STATUS = ascii("Callback::ReportStatus"); //$NON-NLS-1$
    static final byte[] HR_STATUS = ascii("hrStatus"); //$NON-NLS-1$
    static final byte[] HR_STATUS_VALUE = ascii("hrStatus = 0x"); //$NON-NLS-1$
    static final byte[] THIS_OPEN = ascii("[THIS:"); //$NON-NLS-1$
    static final byte[] FLAGS = ascii("(flags ="); //$NON-NLS-1$
    static final byte[] CONNECTED = ascii("connected to host"); //$NON-NLS-1$
    static final byte[] DISCONNECTED = ascii("disconnected from host"); //$NON-NLS-1$
    static final byte[][] WIRE_WORDS = { ascii("POP3: "), ascii("SMTP: "), ascii("IMAP: "), ascii("NNTP: "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ascii("HTTPMail: ") }; //$NON-NLS-1$
    static final Protocol[] WIRE_PROTOCOLS = { Protocol.POP3, Protocol.SMTP, Protocol.IMAP, Protocol.NNTP,
            Protocol.HTTPMAIL };
    static final long NO_CONTEXT = -1;
    static final long OPEN_PARENS = Swar.broadcast((byte) '(');
    static final long CLOSE_PARENS = Swar.broadcast((byte) ')');
    static final int CLIENT = 0;
    static final int SERVER = 1;
    static final int TEXT = 2;
    static final int MEMO_SIZE = 4096;
    /** What a fresh masking left unchanged (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String UNCHANGED = new String("unchanged"); //$NON-NLS-1$
    /** More than two sessions may be the builder's latest. */
    static final int UNKNOWN_LAST = -1;
    /** A client command that is no QUIT, USER or APOP. */
    static final int VERB_OTHER = 1;
    static final int VERB_QUIT = 2;
    static final int VERB_LOGIN = 3;
    static final int VERB_NONE = 0;

    /** How the pass ended. */
    public record Outcome(long records, boolean complete, String stoppedBecause) {
    }

    /** Stops the pass: the rules do not cover what comes next. */
    static final class Uncovered extends Exception {
        private static final long serialVersionUID = 1L;

        Uncovered(String why) {
            super(why, null, false, false);
        }
    }

    private OutlookLegacyIndexer() {
    }

    /**
     * Indexes {@code input} into {@code index} (which must be empty) on this thread and {@code workers} more.
     *
     * @param size the input's size, -1 when unknown (a source still arriving: read until it ends)
     * @return how far it got
     * @throws IOException when the input cannot be read or the index cannot be written
     */
    public static Outcome index(PositionalInput input, long size, RecordIndexFile index, int workers,
            BooleanSupplier cancelled) throws IOException {
        LegacyReplica.Replica replica = new LegacyReplica.Replica(index);
        int range = Integer.getInteger(RANGE_PROPERTY, RANGE_BYTES).intValue();
        String stoppedBecause = null;
        try (ParallelLineBlocks blocks = new ParallelLineBlocks(input, size, range, MAX_LINE_BYTES + 2, workers,
                FIND_AND_MARK, "mailscope-structural-index")) { //$NON-NLS-1$
            ParallelLineBlocks.Scanned block;
            while ((block = blocks.next()) != null) {
                if (cancelled.getAsBoolean()) {
                    stoppedBecause = "cancelled"; //$NON-NLS-1$
                    break;
                }
                replica.block(block);
                index.structuralProgress();
            }
            if (stoppedBecause == null) {
                replica.finish();
            }
        } catch (LineAlignedBlock.LineTooLongException | Uncovered e) {
            stoppedBecause = e.getMessage();
        } finally {
            // the records staged before a stop are final: they are written whatever ended the pass
            index.flushStructural();
        }
        return new Outcome(index.size(), stoppedBecause == null, stoppedBecause);
    }

    // ---- the workers: marks per line

    /** What the workers found per line of a block, for the consumer; reused with the block. */
    public static final class LineMarks {
        byte[] marks = new byte[1024];
        /** Per line: the THIS key of a {@link #CONTEXT} line, the column of the second timestamp of a {@link #SPLIT} line. */
        long[] contexts = new long[1024];

        /** @return the marks of the block's line {@code i} */
        public byte mark(int i) {
            return marks[i];
        }

        /** @return the THIS key of the block's line {@code i} when it is marked {@link #CONTEXT}, the column of its
         *         second timestamp when it is marked {@link #SPLIT} */
        public long context(int i) {
            return contexts[i];
        }

        /** Makes room for {@code lines} lines, keeping the marks before. */
        void room(int lines) {
            if (marks.length < lines) {
                marks = java.util.Arrays.copyOf(marks, lines * 5 / 4);
                contexts = java.util.Arrays.copyOf(contexts, lines * 5 / 4);
            }
        }
    }

    /** The workers' work per block: its lines found and marked in one pass ({@link #findAndMark}). */
    public static final ParallelLineBlocks.Preparation FIND_AND_MARK = new ParallelLineBlocks.Preparation() {
        @Override
        public void prepare(ParallelLineBlocks.Scanned block) {
            findAndMark(block);
        }

        @Override
        public boolean findsLines() {
            return true;
        }
    };

    /** The first eight bytes of both templates a task's header and a status report begin with. */
    private static final long CALLBACK = Swar.getLong(ascii("Callback"), 0); //$NON-NLS-1$

    static final ThreadLocal<InertCache> INERT_CACHES = ThreadLocal.withInitial(InertCache::new);

    /**
     * Finds the lines of a block and marks them, line after line: the two lines of a task's header and the first of a
     * status report (two thirds of the lines) are recognised by their shape from the first byte to the line's end
     * ({@link #templateLine}), which finds where they end without looking at each byte for a line feed; the other lines
     * are found as {@link LineScanner#scan} finds them ({@link LineScanner#scanLine}) and marked by {@link #markLine}.
     * The same lines as a scan, each marked as {@link #markLine} marks it.
     */
    static void findAndMark(ParallelLineBlocks.Scanned block) {
        InertCache inertCache = INERT_CACHES.get();
        LineAlignedBlock bytes = block.bytes();
        byte[] b = bytes.array();
        int to = bytes.to();
        boolean endOfInput = block.endOfInput();
        LineBlock lines = block.lines();
        LineMarks prepared = block.prepared instanceof LineMarks p ? p : new LineMarks();
        block.prepared = prepared;
        lines.clear();
        int start = bytes.first();
        while (start < to) {
            int i = lines.count();
            prepared.room(i + 1);
            int next = templateLine(b, start, to, lines, prepared, i);
            if (next < 0) {
                next = LineScanner.scanLine(b, start, to, endOfInput, lines);
                if (next < 0) {
                    break; // the rest is no line of this block
                }
                int from = lines.start(i);
                int end = lines.end(i);
                prepared.marks[i] = lines.plain(i) && end - from <= MAX_LINE_BYTES - 1
                        ? markLine(b, from, end, i, prepared.contexts, inertCache)
                        : 0; // the consumer stops at a line that is not plain or too long
            }
            start = next;
        }
        lines.nextStartsAt(start);
    }

    private static final int HEADER_VALUE = ascii("Callback::LogText[THIS: ").length; //$NON-NLS-1$
    private static final int HEADER_AFTER_VALUE = ascii("] (flags =").length; //$NON-NLS-1$
    private static final int STATUS_VALUE = ascii("Callback::ReportStatus[THIS: ").length; //$NON-NLS-1$
    private static final int FLAGS_LINE_LENGTH = ascii("LTF_TRACE, hr = 00000000, code = 00000000,").length; //$NON-NLS-1$

    /**
     * A task's header line ({@code <timestamp> Callback::LogText[THIS: <hex>] (flags =}), the flags line that follows
     * it, or a status report's first line ({@code <timestamp> Callback::ReportStatus[THIS: <hex>]}), each followed by
     * CR LF or LF, recognised from {@code start}: where it ends follows from its shape (the end of the hex value), and
     * the line and its marks are what {@link LineScanner#scan} and {@link #markLine} give it (all its bytes are
     * printable; {@link LegacyBytes#headerKey}, {@link LegacyBytes#statusLine} and {@link LegacyBytes#flagsLine} decide,
     * as in {@code markLine}).
     *
     * @return where the next line starts, or -1 when the line is none of them (nothing added)
     */
    private static int templateLine(byte[] b, int start, int to, LineBlock lines, LineMarks prepared, int i) {
        int text = start + TS + 1;
        if (to - text >= Long.BYTES && b[start + TS] == ' ' && Swar.getLong(b, text) == CALLBACK && timestampAt(b, start, to)) {
            // the value's digits are found once: hexRun's run of digits is the value headerKey and statusLine read
            int end = hexRun(b, text + HEADER_VALUE, to) + HEADER_AFTER_VALUE;
            int next = terminated(b, end, to);
            if (next >= 0) {
                long key = headerKeyOfHexRun(b, text, end);
                if (key != NOT_THE_TEMPLATE) {
                    lines.add(start, end, true);
                    prepared.contexts[i] = key;
                    prepared.marks[i] = LEADING | INERT | CONTEXT | TEMPLATE;
                    return next;
                }
            }
            end = hexRun(b, text + STATUS_VALUE, to) + 1;
            next = terminated(b, end, to);
            if (next >= 0 && statusLineOfHexRun(b, text, end)) {
                lines.add(start, end, true);
                prepared.marks[i] = LEADING | INERT | TEMPLATE;
                return next;
            }
            return -1;
        }
        if (b[start] == 'L') {
            int end = start + FLAGS_LINE_LENGTH;
            int next = terminated(b, end, to);
            if (next >= 0 && flagsLine(b, start, end)) {
                lines.add(start, end, true);
                prepared.marks[i] = INERT | TEMPLATE;
                return next;
            }
        }
        return -1;
    }

    /** @return the index after a CR LF or an LF at {@code at}, or -1 when there is none before {@code to} */
    private static int terminated(byte[] b, int at, int to) {
        if (at < to && b[at] == '\n') {
            return at + 1;
        }
        return at + 1 < to && b[at] == '\r' && b[at + 1] == '\n' ? at + 2 : -1;
    }

    /** @return the first index at or after {@code from} (and before {@code to}) of a byte that is no hex digit, else {@code to} */
    private static int hexRun(byte[] b, int from, int to) {
        int k = from;
        while (k < to) {
            long digits = Swar.hexDigits(Swar.partialWord(b, k, Math.min(to, k + Long.BYTES)));
            if (digits != HIGH_BITS || k + Long.BYTES > to) {
                // the bytes beyond to are 0 in the word: no digits
                return Math.min(to, k + Swar.firstByte(~digits & HIGH_BITS));
            }
            k += Long.BYTES;
        }
        return Math.max(k, from);
    }

    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The marks of one line (its THIS key or second timestamp's column into {@code contexts[i]}). A method of its own,
     * called per line, rather than the body of a loop over a block's lines: the JIT compiles it once, as soon as it is hot
     * (millions of calls), where the body of a loop over a block's lines (a thousand calls) was compiled twice, first
     * for the running loop (on-stack replacement) and again for the later calls, each time with everything it inlines.
     */
    public static byte markLine(byte[] b, int from, int to, int i, long[] contexts, InertCache inertCache) {
        byte m = 0;
        boolean leading = timestampAt(b, from, to);
        if (leading) {
            m |= LEADING;
        }
        if (to - from >= 2 && b[from] == '[' && b[from + 1] == '*') {
            m |= BRACKET_STAR;
        }
        // the text as the consumer takes it when the line holds no second timestamp
        int textFrom;
        int textTo = to;
        if (leading) {
            textFrom = from + TS + (from + TS < to && b[from + TS] == ' ' ? 1 : 0);
        } else {
            textFrom = from;
            while (textFrom < textTo && whitespace(b[textFrom])) {
                textFrom++;
            }
            while (textTo > textFrom && whitespace(b[textTo - 1])) {
                textTo--;
            }
        }
        // the two lines of a task's header and the first of a status report, more than half of the lines, are
        // recognised whole: no credential, no dot (so no second timestamp) and, in a header, the THIS key
        if (leading) {
            byte whole = textFrom == from + TS + 1 ? TEMPLATE : 0; // the text where the consumer takes a template's
            // both templates begin with the same word: one compare for the lines that are neither
            if (textTo - textFrom >= Long.BYTES && Swar.getLong(b, textFrom) == CALLBACK) {
                long header = headerKey(b, textFrom, textTo);
                if (header != NOT_THE_TEMPLATE) {
                    contexts[i] = header;
                    return (byte) (m | INERT | CONTEXT | whole);
                }
                if (statusLine(b, textFrom, textTo)) {
                    return (byte) (m | INERT | whole);
                }
            }
        } else if (flagsLine(b, textFrom, textTo)) {
            return (byte) (m | INERT | (textFrom == from && textTo == to ? TEMPLATE : 0));
        }
        // one pass for both: a second timestamp has its first '.' inside that text (at or after column 4, or 4
        // after the leading one; stripped white space holds none), so a text without a dot needs no search
        int classes = inertCache.classify(b, textFrom, textTo);
        int second = (classes & InertCache.DOT) != 0 ? nextTimestamp(b, from, to, leading ? TS : 0) : -1;
        if (second >= 0) {
            m |= SPLIT; // the consumer splits the line there and checks each segment itself
            contexts[i] = second - from;
        } else {
            // the cache's bits moved to the marks' places, without a branch per bit
            m |= (byte) ((classes & InertCache.INERT) * INERT | (classes & InertCache.WITHOUT_THIS_OR_FLAGS) * (WITHOUT_THIS_OR_FLAGS / InertCache.WITHOUT_THIS_OR_FLAGS));
            if (leading && startsWith(b, textFrom, textTo, LOG_TEXT)) {
                // "[THIS:" starts with a '[', which the header's first 17 bytes do not hold
                long key = thisKey(b, textFrom + LOG_TEXT.length, textTo);
                if (key >= 0) {
                    contexts[i] = key;
                    m |= CONTEXT;
                }
            }
        }
        return m;
    }

}
