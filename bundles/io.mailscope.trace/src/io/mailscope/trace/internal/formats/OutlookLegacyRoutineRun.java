package io.mailscope.trace.internal.formats;

import static io.mailscope.trace.internal.bytes.AsciiBytes.endsWithIgnoreCase;
import static io.mailscope.trace.internal.bytes.AsciiBytes.hex;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.mailscope.trace.internal.bytes.Swar;
import io.mailscope.trace.internal.index.InertCache;
import io.mailscope.trace.internal.index.LegacyBytes;
import io.mailscope.trace.internal.masking.CredentialHints;

/**
 * The byte triage of {@link OutlookLegacyFormat}: recognises, on the bytes after a connection's
 * {@code "POP3: Connected to host"} entry, the routine POP3 conversation ({@link RoutineConversation}, the same checks
 * as for Outlook 2003+ logs) spread over the wrapped and interleaved entries of an Outlook 2000-2002 log, without
 * decoding them. It reads the lines as the parser does: entries begin with a timestamp (at a line's start, or inside a
 * line where another thread's entry was written into it), lines without one continue the entry before (joined with a
 * space); LogText headers set the THIS context of the texts that follow. The run is routine when:
 * <ul>
 * <li>every line is printable ASCII (CR LF or LF), no annotation line, every entry's text inert for masking
 * ({@link CredentialHints}), the run ends where a line begins a new entry;</li>
 * <li>its protocol lines are the session's (POP3, with the THIS context of the connection's "Connected to host") and
 * make the routine conversation; the other entries are LogText headers, ReportStatus entries without
 * {@code hrStatus} and with balanced parentheses, and logged texts that are neither protocol lines, connection events
 * nor {@code 0x} codes (the parser makes other lines of all of them);</li>
 * <li>after the run, up to the second "Connected to host" that follows (where the parser ends this connection), nothing
 * can reach the session but other lines and its "Disconnected from host": no protocol line before the next
 * connection, no protocol line of this connection's context, no code that could make a status, no connection reused.
 * A session that turns out to have a failure would be kept with its exchanges, which the counting did not make.</li>
 * </ul>
 * Anything else is not routine, and the parser reads it line by line as always: the triage only has to be right when
 * it says yes. {@link OutlookLegacyFormat} applies what the run leaves in its state (the context of the last header,
 * the connection's login and QUIT) when the importer counts it.
 * <p>
 * Public in its internal package for {@code FixedShapeEntriesTest}, which compares {@link #match} and
 * {@link #otherLines(byte[], int, int, InertCache, Memo, OtherLines[])} with and without the templates of the fixed
 * session shape ({@link Memo#Memo(boolean)}).
 */
public final class OutlookLegacyRoutineRun extends RoutineConversation {

    private static final byte[] LOG_TEXT = ascii("Callback::LogText"); //$NON-NLS-1$
    private static final byte[] REPORT_STATUS = ascii("Callback::ReportStatus"); //$NON-NLS-1$
    private static final byte[] HR_STATUS = ascii("hrStatus"); //$NON-NLS-1$
    private static final byte[] THIS_OPEN = ascii("[THIS:"); //$NON-NLS-1$
    private static final byte[] FLAGS = ascii("(flags ="); //$NON-NLS-1$
    private static final byte[] QUIT = ascii("QUIT"); //$NON-NLS-1$
    /** what an HRESULT in a text starts with (the parser's {@code CommonLines.hresult} looks for nothing else) */
    private static final byte[] HEX_PREFIX = ascii("0x"); //$NON-NLS-1$
    private static final byte[] HEX_PREFIX_UPPER = ascii("0X"); //$NON-NLS-1$
    private static final byte[] HR_STATUS_HEX = ascii("hrStatus = 0x"); //$NON-NLS-1$
    private static final byte[] POP3_WIRE = ascii("POP3: "); //$NON-NLS-1$
    private static final byte[] CONNECTED_TEXT = ascii("\"POP3: Connected to host\")"); //$NON-NLS-1$
    private static final byte[] CONNECTED = ascii("connected to host"); //$NON-NLS-1$
    private static final byte[] DISCONNECTED = ascii("disconnected from host"); //$NON-NLS-1$
    /** protocol words the parser's WIRE pattern knows besides POP3 */
    private static final byte[][] OTHER_WIRE_WORDS = { ascii("SMTP: "), ascii("IMAP: "), ascii("NNTP: "), ascii("HTTPMail: ") }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /**
     * What an entry is, as the parser classifies it: int constants, not an enum, because the compiler makes a switch on
     * an enum call a synthetic method (the switch table) that the quick JIT tier does not inline, once per entry read.
     */
    private static final class Kind {
        /** a LogText header: sets the context of the texts after it */
        static final int HEADER = 0;
        /** an other line (a ReportStatus entry without code, a logged text that is no event) */
        static final int OTHER = 1;
        static final int CLIENT = 2;
        static final int SERVER = 3;
        /** "Connected to host" */
        static final int CONNECTED = 4;
        /** "Disconnected from host" */
        static final int DISCONNECTED = 5;
        /** none read yet */
        static final int NONE = -1;

        private Kind() {
        }
    }

    private byte[] bytes;
    private int to;
    /** the inert texts seen before (the headers and status entries of a log repeat) */
    private InertCache inert;
    /** the THIS context of the connection, lower case */
    private byte[] transport;
    /** {@link #transport} as a word when it has {@link #HEADER_VALUE_LENGTH} bytes (a value of the template), else 0 */
    private long transportWord;
    /** where the next entry begins (a timestamp) */
    private int pos;
    /** the next entry begins inside a line (after another entry's text), not at its start */
    private boolean midLine;
    /** end (CR or LF) of the line {@link #pos} is in, when {@link #midLine} */
    private int lineEnd;
    /**
     * the current entry's text, joined as the parser joins it: the memo's {@link Memo#entryText}, shared by the runs
     * that read one after another (none keeps an entry's text while another reads)
     */
    private byte[] entry;
    private int entryLength;
    private int kind;
    /** the context of the last LogText header (lower case), or none ({@link #headerLength} -1) */
    private final byte[] header = new byte[64];
    private int headerLength;
    /** the run's counts: physical lines, other lines, repairs (joined and separated entries) */
    private int lines;
    private int others;
    private int repairs;
    /** the lines of the run that are not the conversation's are not routine */
    private boolean broken;

    /**
     * A reader of {@code memo}'s thread, reused for one run after another ({@link #start}): a session makes three or
     * four runs (the one asked, its lookahead, the next connection's, the other lines after a disconnection), and
     * each of them nothing but its own state.
     */
    private OutlookLegacyRoutineRun(Memo memo) {
        this.memo = memo;
        this.fixedShapes = memo.fixedShapes;
    }

    /**
     * Sets this reader to read {@code bytes[from..to)} with the context {@code transport}: every field a run reads as it
     * goes back to what a new reader has, but the last timestamp found (a cache of what a timestamp is: it holds none
     * but a checked one).
     *
     * @return this reader
     */
    private OutlookLegacyRoutineRun start(byte[] bytes, int from, int to, byte[] transport, InertCache inert) {
        this.entry = memo.entryText;
        this.bytes = bytes;
        this.inert = inert;
        this.to = to;
        this.transport = transport;
        this.transportWord = transport.length == HEADER_VALUE_LENGTH ? Swar.getLong(transport, 0) : 0;
        this.pos = from;
        System.arraycopy(transport, 0, header, 0, transport.length);
        this.headerLength = transport.length;
        midLine = false;
        lineEnd = 0;
        entryLength = 0;
        kind = Kind.NONE;
        lines = 0;
        others = 0;
        repairs = 0;
        broken = false;
        needMore = false;
        text = null;
        textStart = 0;
        textEnd = 0;
        scannedLine = -1;
        scannedEnd = 0;
        lineDot = -1;
        lineDotKnown = false;
        headerLineChecked = -1;
        headerLineFound = false;
        statusLineChecked = -1;
        statusLineFound = false;
        knownLooked = -1;
        knownInert = -1;
        otherHeader = false;
        return this;
    }

    /** What a matched run leaves behind: for the importer, the builder and the parser's state. */
    public record Match(int lines, int otherLines, int repairs, String lastHeaderContext, String transportContext) {
    }

    /**
     * The run of the next connection, matched while the lookahead after a run passed it (one per parser): when the
     * triage is asked at that connection, bytes equal to those matched give the same run (a run depends on nothing
     * but its bytes and its context), so they are compared instead of read again; only the lookahead after it is new.
     */
    public static final class Memo {
        /**
         * whether the runs of this memo read the entries of a session's fixed shape with templates
         * ({@link OutlookLegacyRoutineRun#sessionHeader}, {@link OutlookLegacyRoutineRun#sessionText},
         * {@link OutlookLegacyRoutineRun#knownStatus}); without, the general reader reads them (what the templates must
         * give, which the tests compare)
         */
        final boolean fixedShapes;

        public Memo() {
            this(true);
        }

        public Memo(boolean fixedShapes) {
            this.fixedShapes = fixedShapes;
        }

        private byte[] region = new byte[4096];
        /** the run's length in bytes, -1 when none is remembered */
        private int length = -1;
        private String transport;
        private final int[] counts = new int[3];
        /** the run's physical lines, other lines, repairs and last header */
        private int runLines;
        private int runOthers;
        private int runRepairs;
        private final byte[] runHeader = new byte[64];
        private int runHeaderLength;
        /**
         * the readers of this memo's thread, one for each run that may be read while another is ({@link #match}'s, the
         * lookahead after it, the next connection's within that lookahead, the other lines the lookahead passes or the
         * scanner asks about): each is read to its end before its next start
         */
        private OutlookLegacyRoutineRun asked;
        private OutlookLegacyRoutineRun lookahead;
        private OutlookLegacyRoutineRun nextConnection;
        private OutlookLegacyRoutineRun otherLinesAfter;

        private OutlookLegacyRoutineRun asked() {
            return asked != null ? asked : (asked = new OutlookLegacyRoutineRun(this));
        }

        private OutlookLegacyRoutineRun lookahead() {
            return lookahead != null ? lookahead : (lookahead = new OutlookLegacyRoutineRun(this));
        }

        private OutlookLegacyRoutineRun nextConnection() {
            return nextConnection != null ? nextConnection : (nextConnection = new OutlookLegacyRoutineRun(this));
        }

        private OutlookLegacyRoutineRun otherLinesAfter() {
            return otherLinesAfter != null ? otherLinesAfter : (otherLinesAfter = new OutlookLegacyRoutineRun(this));
        }
        /**
         * the chunk the run was matched in when it was the one whose tails are remembered ({@link #tailsIn}), and
         * where in it: the bytes there are the run's while that chunk is scanned. Their copy in {@link #region} is made
         * only when the scan of the chunk ends ({@link #tailsIn}), for the asks in the chunk after it: within the chunk
         * the run is recalled at its offset, and copying each session's run (most of the input's bytes) cost more than
         * the comparisons it served.
         */
        private byte[] regionChunk;
        private int regionFrom;

        void remember(byte[] bytes, int from, int end, String context, int[] runCounts, OutlookLegacyRoutineRun matched) {
            length = end - from;
            if (bytes == tailChunk) {
                regionChunk = bytes; // copied when the chunk's scan ends
            } else {
                copyRegion(bytes, from);
                regionChunk = null;
            }
            regionFrom = from;
            transport = context;
            System.arraycopy(runCounts, 0, counts, 0, 3);
            runLines = matched.lines;
            runOthers = matched.others;
            runRepairs = matched.repairs;
            runHeaderLength = matched.headerLength;
            if (matched.headerLength > 0) {
                System.arraycopy(matched.header, 0, runHeader, 0, matched.headerLength);
            }
        }

        /**
         * @param runCounts receives the remembered run's exchanges, commands and protocol lines
         * @return true when the remembered run is the run at {@code bytes[from..to)} of {@code context}
         */
        boolean recall(byte[] bytes, int from, int to, String context, int[] runCounts) {
            int n = length;
            if (n < 0 || !context.equals(transport) || n > to - from) {
                return false;
            }
            // the same offset of the chunk it was matched in, while that chunk is scanned: the same bytes; elsewhere in it
            // they are compared with the bytes there, after it with their copy
            if (regionChunk != null ? (bytes != regionChunk || from != regionFrom) && !Swar.equal(bytes, from, regionChunk, regionFrom, n)
                    : !Swar.equal(bytes, from, region, 0, n)) {
                return false;
            }
            System.arraycopy(counts, 0, runCounts, 0, 3);
            return true;
        }

        /** @return the remembered run's length in bytes */
        int length() {
            return length;
        }

        /**
         * The chunk whose tails may be remembered: a worker's buffer while it scans one chunk (the bytes at an offset
         * stay the same until the scan ends), null otherwise (the parse thread's triage keeps none).
         */
        private byte[] tailChunk;
        /**
         * The tail after the next connection's run, as the lookahead after a run read it ({@link #quietUntilEnded}):
         * from the run's end ({@link #tailFrom}, a line's start, with the run's last header) only other lines and
         * "Disconnected from host" entries up to a "Connected to host" entry, read to {@link #tailTo}. The lookahead
         * after that next run reads the same tail first, in the same chunk: it takes where the reading got instead.
         * Reading entries depends on nothing but their bytes and where they begin, and the header before them only
         * where none of them is a header; a reading that got to its end looked at no byte at or after {@link #tailTo}.
         */
        private int tailFrom = -1;
        private int tailTo;
        private final byte[] tailHeaderBefore = new byte[64];
        private int tailHeaderLengthBefore;
        /** where the reading got: after the "Connected to host" entry, with the header before it */
        private int tailPos;
        private boolean tailMidLine;
        private int tailLineEnd;
        private final byte[] tailHeader = new byte[64];
        private int tailHeaderLength;
        /** {@link #quietUntilEnded}'s copy of the header before the tail it reads, until it remembers the tail */
        private final byte[] tailHeaderRead = new byte[64];

        private void copyRegion(byte[] bytes, int from) {
            if (region.length < length) {
                region = new byte[Math.max(length, region.length * 2)];
            }
            System.arraycopy(bytes, from, region, 0, length);
        }

        /**
         * Tails are remembered in {@code chunk} from now on (none of an earlier chunk is kept), or in none when null;
         * the run remembered in the chunk before is copied (its buffer is read into next). Public for
         * {@code FixedShapeEntriesTest}, which asks as a worker does.
         */
        public void tailsIn(byte[] chunk) {
            if (regionChunk != null && length >= 0) {
                copyRegion(regionChunk, regionFrom);
            }
            tailChunk = chunk;
            regionChunk = null;
            tailFrom = -1;
            otherLinesFrom[0] = otherLinesFrom[1] = -1;
        }

        /**
         * The other lines after the "Disconnected from host" of the next connection and of the one after it, as the
         * lookahead counted them when it passed them ({@link #quietUntilEnded}), before the scanner gets there (it gets
         * there after the lookahead of the connection in between passed the next one): where they begin, the end of the
         * bytes they were counted in, and what {@link OutlookLegacyRoutineRun#otherLines(byte[], int, int, InertCache,
         * Memo, OtherLines[])} gave there.
         */
        private final int[] otherLinesFrom = { -1, -1 };
        private final int[] otherLinesTo = new int[2];
        private final int[] otherLinesEnd = new int[2];
        private final OtherLines[] otherLinesFound = new OtherLines[2];

        private void rememberOtherLines(byte[] bytes, int from, int to, int end, OtherLines found) {
            if (bytes != tailChunk) {
                return;
            }
            int slot = otherLinesFrom[0] <= otherLinesFrom[1] ? 0 : 1; // the earlier: the scanner is past it
            otherLinesFrom[slot] = from;
            otherLinesTo[slot] = to;
            otherLinesEnd[slot] = end;
            otherLinesFound[slot] = found;
        }

        /**
         * @param found receives what the other lines remembered at {@code from} hold
         * @return what {@code otherLines(bytes, from, to, ...)} gives, remembered, or {@link RoutineTriage#MORE_BYTES}
         *         when none is remembered there (counted in bytes that ended no later than {@code to})
         */
        int recallOtherLines(byte[] bytes, int from, int to, OtherLines[] found) {
            if (bytes == tailChunk) {
                for (int k = 0; k < 2; k++) {
                    if (otherLinesFrom[k] == from && otherLinesTo[k] <= to) {
                        found[0] = otherLinesFound[k];
                        return otherLinesEnd[k];
                    }
                }
            }
            return RoutineTriage.MORE_BYTES;
        }

        /**
         * Remembers that {@code run} read a tail from {@code from} (where its header was {@code headerBefore}) to its
         * position, just after a "Connected to host" entry.
         */
        void rememberTail(OutlookLegacyRoutineRun run, int from, byte[] headerBefore, int headerLengthBefore) {
            if (run.bytes != tailChunk) {
                return;
            }
            tailFrom = from;
            tailTo = run.to;
            tailHeaderLengthBefore = headerLengthBefore;
            if (headerLengthBefore > 0) {
                System.arraycopy(headerBefore, 0, tailHeaderBefore, 0, headerLengthBefore);
            }
            tailPos = run.pos;
            tailMidLine = run.midLine;
            tailLineEnd = run.lineEnd;
            tailHeaderLength = run.headerLength;
            if (run.headerLength > 0) {
                System.arraycopy(run.header, 0, tailHeader, 0, run.headerLength);
            }
        }

        /**
         * Moves {@code run} (at a run's end, with that run's last header) past the tail remembered there, as reading
         * it would: after its "Connected to host" entry, with the header before that.
         *
         * @return false when none is remembered there (the run reads the tail)
         */
        boolean recallTail(OutlookLegacyRoutineRun run) {
            if (run.bytes != tailChunk || run.pos != tailFrom || run.midLine || run.to < tailTo
                    || run.headerLength != tailHeaderLengthBefore || run.headerLength > 0
                            && !Swar.equal(run.header, 0, tailHeaderBefore, 0, run.headerLength)) {
                return false;
            }
            run.pos = tailPos;
            run.midLine = tailMidLine;
            run.lineEnd = tailLineEnd;
            run.headerLength = tailHeaderLength;
            if (tailHeaderLength > 0) {
                System.arraycopy(tailHeader, 0, run.header, 0, tailHeaderLength);
            }
            run.kind = Kind.CONNECTED;
            return true;
        }

        /**
         * The text of the entry being read, shared by the runs of one thread: they read one after another (a run's
         * lookahead after it, the next connection's run within the lookahead), and none looks at the text of an entry
         * it read before another run read on. Allocated once, not for each run (a run is matched per session).
         */
        private byte[] entryText = new byte[256];
        /** {@link OutlookLegacyRoutineRun#otherLines()}'s copy of the context before the entry it reads */
        private final byte[] headerBefore = new byte[64];
        /** {@link OutlookLegacyRoutineRun#nextRun}'s counts of the run it matches, before {@link #remember} copies them */
        private final int[] runCounts = new int[3];

        /**
         * The contexts made into Strings last, with their bytes (lower case, never changed): a connection's context is
         * made into one where the lookahead asks whether it is bound, for the run it remembers, for the header its
         * other lines end with and for the match asked at it; bytes equal to one of them give the String made before.
         */
        private final byte[][] contextBytes = new byte[4][];
        private final String[] contextStrings = new String[contextBytes.length];
        private int nextContext;

        /** @return the context {@code b[from..from+n)} as a String (ISO 8859-1) */
        String context(byte[] b, int from, int n) {
            for (int k = 0; k < contextBytes.length; k++) {
                byte[] c = contextBytes[k];
                // the last byte first: the contexts of consecutive sessions differ in it
                if (c != null && c.length == n && (n == 0 || c[n - 1] == b[from + n - 1]) && Swar.equal(b, from, c, 0, n)) {
                    return contextStrings[k];
                }
            }
            int slot = nextContext;
            nextContext = (slot + 1) % contextBytes.length;
            byte[] c = Arrays.copyOfRange(b, from, from + n);
            contextBytes[slot] = c;
            return contextStrings[slot] = new String(c, StandardCharsets.ISO_8859_1);
        }

        /** @return the bytes of {@code context} (ISO 8859-1), not to be changed: those it was made of when it was made here */
        byte[] contextBytes(String context) {
            for (int k = 0; k < contextStrings.length; k++) {
                if (contextStrings[k] == context) {
                    return contextBytes[k];
                }
            }
            return context.getBytes(StandardCharsets.ISO_8859_1);
        }

        /** the last reply to USER in which the masking found no credential (servers repeat theirs) */
        private byte[] credentialFree;

        /**
         * An entry read before at a line's start, not a protocol line (a task's header repeats before each of its
         * texts, a session's events and task texts repeat from session to session): its bytes after the timestamp up
         * to the start of the line after it, and what reading it gave.
         */
        static final class KnownEntry {
            final byte[] raw = new byte[MAX_KNOWN_ENTRY];
            int length;
            int lines;
            int repairs;
            int kind;
            final byte[] header = new byte[64];
            int headerLength;
            boolean inert;
            long used;
            /** the word at {@link #KEY_AT} of {@link #raw} */
            long key;
        }

        /** where the word that tells remembered entries apart is read */
        private static final int KEY_AT = 16;

        private static final int MAX_KNOWN_ENTRY = 192;
        /**
         * the entries remembered: headers other than the template's ({@link #HEADERS}, the first four), and the single-line
         * texts of a session that are no protocol line (the four after them: "Connected to host", "CPOPQuitTask: Begin
         * execution", "Disconnecting from host", "Disconnected from host" repeat from session to session, and the
         * first and last are read twice in each, by the run or other lines they end and by the lookahead)
         */
        private final KnownEntry[] entries = { new KnownEntry(), new KnownEntry(), new KnownEntry(), new KnownEntry(),
                new KnownEntry(), new KnownEntry(), new KnownEntry(), new KnownEntry() };
        /** the slots of {@link #entries} for headers; the rest are for texts */
        static final int HEADERS = 4;
        /**
         * the {@link KnownEntry#key} of each of {@link #entries}, side by side: most entries looked up (a text, a
         * status) are none of them, which four comparisons in one array show
         */
        private final long[] keys = new long[entries.length];
        /** changes whenever an entry is remembered (a look-up kept by a run holds while it is the same) */
        int version;
        private long uses;

        /** @return the remembered entry whose bytes after the timestamp are those at {@code bytes[from..to)}, or null */
        KnownEntry knownEntry(byte[] bytes, int from, int to) {
            if (to - from < KEY_AT + Long.BYTES) {
                return null;
            }
            // the words from the 17th byte on tell a header from a text or a status, and most headers of other tasks
            long key = Swar.getLong(bytes, from + KEY_AT);
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] != key) {
                    continue;
                }
                KnownEntry e = entries[k];
                int n = e.length;
                if (n > 0 && n <= to - from && Swar.equal(bytes, from, e.raw, 0, n)) {
                    e.used = ++uses;
                    return e;
                }
            }
            return null;
        }

        /**
         * The second lines of statuses of the template ({@link OutlookLegacyRoutineRun#statusLineAt}) the general reader
         * found other lines the masking leaves as they are, with their line ends: a status's phase and progress
         * ("(ulAsynchPhase = RSF_INPROGRESS) Progress = 2/6") repeat from session to session.
         */
        private final byte[][] statuses = new byte[8][];
        /** the word at {@link #KEY_AT} of each of {@link #statuses} */
        private final long[] statusKeys = new long[statuses.length];
        /**
         * the last word of each of {@link #statuses}: the progress ("= 2/6" CR LF) that tells the statuses of one phase
         * apart, compared before their bytes are
         */
        private final long[] statusTails = new long[statuses.length];
        private int nextStatus;

        void rememberStatus(byte[] bytes, int from, int end) {
            if (end - from < KEY_AT + Long.BYTES || end - from > MAX_KNOWN_ENTRY) {
                return;
            }
            int slot = nextStatus;
            nextStatus = (slot + 1) % statuses.length;
            statuses[slot] = Arrays.copyOfRange(bytes, from, end);
            statusKeys[slot] = Swar.getLong(bytes, from + KEY_AT);
            statusTails[slot] = Swar.getLong(bytes, end - Long.BYTES);
        }

        /** @return the end of the status line remembered whose bytes are those at {@code bytes[from..]}, or -1 */
        int knownStatus(byte[] bytes, int from, int to) {
            if (to - from < KEY_AT + Long.BYTES) {
                return -1;
            }
            long key = Swar.getLong(bytes, from + KEY_AT);
            for (int k = 0; k < statusKeys.length; k++) {
                byte[] known = statuses[k];
                if (statusKeys[k] == key && known != null && known.length <= to - from
                        && Swar.getLong(bytes, from + known.length - Long.BYTES) == statusTails[k]
                        && Swar.equal(bytes, from, known, 0, known.length)) {
                    return from + known.length;
                }
            }
            return -1;
        }

        /**
         * Remembers the entry {@code run} just read from {@code start} (at a line's start) up to its position, in the
         * slots of headers or of texts ({@code header}), in place of the one of them used longest ago.
         */
        void rememberEntry(OutlookLegacyRoutineRun run, int start, int lines, int repairs, boolean header) {
            int from = start + LegacyLineScan.TIMESTAMP_LENGTH;
            int n = run.pos - from;
            if (n < KEY_AT + Long.BYTES || n > MAX_KNOWN_ENTRY) {
                return;
            }
            int first = header ? 0 : HEADERS;
            int end = header ? HEADERS : entries.length;
            int slot = first;
            for (int k = first + 1; k < end; k++) {
                if (entries[k].used < entries[slot].used) {
                    slot = k;
                }
            }
            KnownEntry e = entries[slot];
            version++;
            System.arraycopy(run.bytes, from, e.raw, 0, n);
            e.length = n;
            e.lines = lines;
            e.repairs = repairs;
            e.kind = run.kind;
            e.headerLength = run.headerLength;
            if (run.kind == Kind.HEADER && run.headerLength > 0) {
                System.arraycopy(run.header, 0, e.header, 0, run.headerLength);
            }
            e.inert = run.inert.inert(run.entry, 0, run.entryLength);
            e.key = Swar.getLong(e.raw, KEY_AT);
            keys[slot] = e.key;
            e.used = ++uses;
        }
    }

    /**
     * Matches a routine run at {@code bytes[from..to)}, the line after a {@code "POP3: Connected to host"} entry whose
     * context is {@code transport}.
     *
     * @param bound tells whether a context (lower case) is bound to a connection of the parser already
     * @param inert the parser's memory of inert texts
     * @param counts receives the exchanges, commands and protocol lines
     * @param match receives the rest of what the run holds
     * @return the offset after the run, {@link RoutineTriage#NOT_ROUTINE} or {@link RoutineTriage#MORE_BYTES}
     */
    public static int match(byte[] bytes, int from, int to, String transport, Predicate<String> bound, InertCache inert, Memo memo,
            int[] counts, Match[] match) {
        if (transport.length() > 64) {
            return RoutineTriage.NOT_ROUTINE;
        }
        OutlookLegacyRoutineRun m = memo.asked().start(bytes, from, to, memo.contextBytes(transport), inert);
        int end = m.runAndAfter(counts, bound, transport);
        if (m.needMore) {
            return RoutineTriage.MORE_BYTES;
        }
        if (end < 0) {
            return end;
        }
        // the run's last header is mostly the connection's own: its context is the one asked with
        String last = m.headerLength < 0 ? null
                : m.sameContext(m.transport) ? transport : memo.context(m.header, 0, m.headerLength);
        match[0] = new Match(m.lines, m.others, m.repairs, last, transport);
        return end;
    }

    /**
     * What a worker found ahead for a run beyond its counts: the rest of the match, and the contexts the lookahead
     * after the run took for new ones (the parser checks that none of them is bound to one of its connections); and
     * the {@code "POP3: Connected to host"} line the run follows: {@code lineLength} bytes from its start, its line
     * end included, and its timestamp (see {@link OtherLinesAhead}).
     */
    record Ahead(Match match, String[] unbound, int lineLength, String lineTime) {
    }

    /**
     * What a worker found ahead for the other lines after a {@code "POP3: Disconnected from host"} line: the other
     * lines, and that line: {@code lineLength} bytes from its start, its line end included, and its timestamp. The
     * worker reports runs and other lines only after a line that is a timestamp followed by exactly the entry's text
     * and CR LF or LF ({@link Scanner}), which is what the parser's {@code routineEntryLine} accepts (the same text,
     * the same timestamp check): the parse thread may take the line without reading its bytes.
     */
    public record OtherLinesAhead(OtherLines lines, int lineLength, String lineTime) {
    }

    /**
     * The runs of a chunk, matched on a worker thread ahead of the parser ({@link RoutineTriage.RunsAhead}): after each
     * line that is a {@code "POP3: Connected to host"} entry of its own, with the context of the last LogText header
     * that began a line before it, the run {@link #match} finds with that context; after each line that is a
     * {@code "POP3: Disconnected from host"} entry of its own, the {@link #otherLines} after it (reported without a
     * context: they depend on their bytes alone). A run depends on nothing but its
     * bytes, its context and which contexts the parser has bound: the worker takes every context for unbound and
     * reports the ones the lookahead needed unbound, so a run it finds is the parser's answer when the parser asks at
     * the same offset with the same context and has bound none of them ({@code OutlookLegacyFormat.Parser
     * .routineRunFound}); a run it finds not routine is not routine whatever the parser has bound. One per worker:
     * its own memo of the next run and its own inert texts.
     */
    static final class Scanner implements RoutineTriage.RunScanner {
        private static final byte[] CONNECTED_ENTRY = ascii(" \"POP3: Connected to host\")"); //$NON-NLS-1$
        private static final byte[] HEADER_ENTRY = ascii(" Callback::LogText["); //$NON-NLS-1$
        private static final byte[] DISCONNECTED_ENTRY = ascii(" \"POP3: Disconnected from host\")"); //$NON-NLS-1$
        private final OtherLines[] others = new OtherLines[1];
        private final int window;
        private final InertCache inert = new InertCache();
        private final Memo memo = new Memo();
        private final int[] counts = new int[3];
        private final Match[] match = new Match[1];
        /** the contexts the lookahead took for unbound, in the run being matched */
        private final String[] tested = new String[2];
        private int testedCount;
        /** the lookahead asked about more contexts than {@link #tested} holds: the run is left to the parser */
        private boolean overflow;
        private final Predicate<String> unbound = context -> {
            if (testedCount == tested.length) {
                overflow = true;
                return true;
            }
            tested[testedCount++] = context;
            return false;
        };
        /** the last context found, reused while it repeats (as the parser's are) */
        private String lastContext;

        Scanner(int window) {
            this.window = window;
        }

        @Override
        public void scan(byte[] b, long readFrom, int behind, int from, int chunkEnd, int have,
                Consumer<RoutineTriage.RunAhead> found, BooleanSupplier closed) {
            memo.tailsIn(b);
            try {
                scanChunk(b, readFrom, behind, from, chunkEnd, have, found, closed);
            } finally {
                memo.tailsIn(null);
            }
        }

        private void scanChunk(byte[] b, long readFrom, int behind, int from, int chunkEnd, int have,
                Consumer<RoutineTriage.RunAhead> found, BooleanSupplier closed) {
            context = null;
            int p = behind;
            while (p >= 0 && p < chunkEnd && !closed.getAsBoolean()) {
                p = scanLine(b, readFrom, p, from, have, found);
            }
        }

        /** the context of the last LogText header that began a line before the one {@link #scanLine} looks at */
        private String context;

        /**
         * One line of {@link #scanChunk}'s loop, in a method of its own: the loop runs once per chunk, so the JIT
         * compiles it only once its back branches have been counted (in the command, some 80 chunks into the file), and
         * until then the body ran in the interpreter; a method called once per line is compiled within the first
         * chunk.
         *
         * @return where the scan goes on: after the line, or after the run or other lines that follow it; -1 at the
         *         last line, which has no line end (no run follows it)
         */
        private int scanLine(byte[] b, long readFrom, int p, int from, int have, Consumer<RoutineTriage.RunAhead> found) {
            int eol = Swar.indexOf(b, p, have, (byte) '\n');
            if (eol < 0) {
                return -1;
            }
            int lineEnd = eol > p && b[eol - 1] == '\r' ? eol - 1 : eol;
            int after = eol + 1;
            int text = p + LegacyLineScan.TIMESTAMP_LENGTH;
            if (lineEnd - text == CONNECTED_ENTRY.length && at(b, text, CONNECTED_ENTRY) && timestampAt(b, p, lineEnd)) {
                if (context != null && p >= from) {
                    testedCount = 0;
                    overflow = false;
                    int end = match(b, after, Math.min(have, after + window), context, unbound, inert, memo, counts, match);
                    if (end != RoutineTriage.MORE_BYTES && !overflow) {
                        boolean routine = end >= 0;
                        found.accept(new RoutineTriage.RunAhead(readFrom + after, context, routine ? end - after : RoutineTriage.NOT_ROUTINE,
                                counts[0], counts[1], counts[2],
                                routine ? new Ahead(match[0], testedContexts(), after - p, lineTime(b, p)) : null));
                    }
                    if (end >= 0 && !overflow) {
                        context = match[0].lastHeaderContext(); // the run's last header sets the context after it
                        return end;
                    }
                }
            } else if (lineEnd - text > HEADER_ENTRY.length && at(b, text, HEADER_ENTRY) && timestampAt(b, p, lineEnd)) {
                context = headerContext(b, text + 1, lineEnd);
            } else if (p >= from && lineEnd - text == DISCONNECTED_ENTRY.length && at(b, text, DISCONNECTED_ENTRY)
                    && timestampAt(b, p, lineEnd)) {
                // the other lines after it depend on nothing but their bytes: mostly counted by the lookahead
                int to = Math.min(have, after + window);
                int end = memo.recallOtherLines(b, after, to, others);
                if (end == RoutineTriage.MORE_BYTES) {
                    end = otherLines(b, after, to, inert, memo, others);
                }
                if (end != RoutineTriage.MORE_BYTES) {
                    boolean counted = end >= 0;
                    found.accept(new RoutineTriage.RunAhead(readFrom + after, null, counted ? end - after : RoutineTriage.NOT_ROUTINE,
                            0, 0, counted ? others[0].lines() : 0,
                            counted ? new OtherLinesAhead(others[0], after - p, lineTime(b, p)) : null));
                }
                if (end >= 0) {
                    if (others[0].header()) {
                        context = others[0].headerContext();
                    }
                    return end;
                }
            }
            return after;
        }

        /** the timestamp of the last entry line reported ({@link #lineTime}), as its three words and as a String */
        private long time0;
        private long time1;
        private long time2;
        private String time;

        /**
         * @return the timestamp at {@code b[p..]} (checked by {@link #scanLine}) as a String, the one made before when the
         *         line before repeated it (a session's lines mostly do)
         */
        private String lineTime(byte[] b, int p) {
            long w0 = Swar.getLong(b, p);
            long w1 = Swar.getLong(b, p + 8);
            long w2 = Swar.getLong(b, p + STAMP_LAST_WORD);
            if (time == null || w0 != time0 || w1 != time1 || w2 != time2) {
                time = new String(b, p, LegacyLineScan.TIMESTAMP_LENGTH, StandardCharsets.ISO_8859_1);
                time0 = w0;
                time1 = w1;
                time2 = w2;
            }
            return time;
        }

        /**
         * @return the contexts the lookahead took for unbound, as an array of their own: mostly none (one array shared),
         *         and not {@code Arrays.copyOf}, which makes a {@code String[]} through reflection (a native call per run)
         */
        private String[] testedContexts() {
            if (testedCount == 0) {
                return NO_CONTEXTS;
            }
            String[] contexts = new String[testedCount];
            System.arraycopy(tested, 0, contexts, 0, testedCount);
            return contexts;
        }

        private static final String[] NO_CONTEXTS = {};

        /** the THIS value of a LogText header line, lower case, as the parser's headerContext; null when none */
        private String headerContext(byte[] b, int from, int end) {
            long span = LegacyBytes.thisValueSpan(b, from, end);
            if (span < 0) {
                return null;
            }
            int value = (int) (span >>> 32);
            int valueEnd = (int) span;
            String last = lastContext;
            if (last != null && last.length() == valueEnd - value) {
                int i = 0;
                while (i < last.length() && lower(b[value + i]) == last.charAt(i)) {
                    i++;
                }
                if (i == last.length()) {
                    return last;
                }
            }
            char[] c = new char[valueEnd - value];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) lower(b[value + i]);
            }
            return lastContext = new String(c);
        }

        private static int lower(byte c) {
            return c >= 'A' && c <= 'Z' ? c | 0x20 : c & 0xff;
        }
    }

    /** the parser's memo of the next connection's run (and of the entries read before) */
    private final Memo memo;

    private int runAndAfter(int[] counts, Predicate<String> bound, String context) {
        int end;
        boolean remembered = memo.recall(bytes, pos, to, context, counts);
        if (remembered && !entryBeginsAt(pos + memo.length())) {
            remembered = false; // the same bytes, but not followed by an entry as where they were matched
        }
        if (remembered) {
            // matched while the lookahead after the connection before passed it
            lines = memo.runLines;
            others = memo.runOthers;
            repairs = memo.runRepairs;
            headerLength = memo.runHeaderLength;
            if (headerLength > 0) {
                System.arraycopy(memo.runHeader, 0, header, 0, headerLength);
            }
            end = pos + memo.length();
        } else {
            end = runAlone(counts);
            if (end < 0) {
                return end;
            }
        }
        // the lookahead reads on from the run's end, with the context of its last header, leaving the run's counts
        OutlookLegacyRoutineRun after = memo.lookahead().start(bytes, end, to, transport, inert);
        after.takeHeaderOf(this);
        if (!after.quietUntilEnded(bound)) {
            needMore = after.needMore;
            return RoutineTriage.NOT_ROUTINE;
        }
        return end;
    }

    /**
     * @return true when the line at {@code p} is the first of a header or of a status of the template (with the
     *         templates on): printable ASCII up to its CR LF, a timestamp at its start, what
     *         {@code printableLineEnd} and {@code timestampAt} would find
     */
    private boolean templateLineAt(int p) {
        return fixedShapes && (headerLineAt(p) || statusLineAt(p));
    }

    /** @return true when a printable line that begins with a timestamp starts at {@code p} (before {@link #to}) */
    private boolean entryBeginsAt(int p) {
        if (p >= to) {
            return false;
        }
        if (headerLineAt(p)) {
            return true;
        }
        // a status's first line of the template (five in a session, mostly after a logged text): printable, CR LF, its
        // timestamp checked; before the look-up of remembered entries, which misses for a status, and the scan
        if (fixedShapes && p + STATUS_LINE_LENGTH <= to && Swar.getLong(bytes, p + LegacyLineScan.TIMESTAMP_LENGTH) == STATUS_OPEN_0
                && statusLineAt(p)) {
            return true;
        }
        // an entry remembered there (mostly a session's text after its header): its bytes after the timestamp are
        // those of an entry read at a line's start, its first line printable to its end; the look-up is kept for the
        // entry's own reading (knownEntry), the line not scanned
        if (fixedShapes && knownAt(p) != null) {
            return knownStampAt(p);
        }
        int end = scanLine(p);
        return end >= 0 && stampAt(p, end);
    }

    /** where {@link #knownAt} looked last, with the memo's {@link Memo#version} then, and what it found */
    private int knownLooked = -1;
    private int knownVersion;
    private Memo.KnownEntry knownFound;

    /** @return the entry remembered whose bytes after the timestamp are those after {@code p + TIMESTAMP_LENGTH}, or null */
    private Memo.KnownEntry knownAt(int p) {
        if (p == knownLooked && knownVersion == memo.version) {
            return knownFound;
        }
        knownLooked = p;
        knownVersion = memo.version;
        return knownFound = memo.knownEntry(bytes, p + LegacyLineScan.TIMESTAMP_LENGTH, to);
    }

    private void takeHeaderOf(OutlookLegacyRoutineRun run) {
        headerLength = run.headerLength;
        if (headerLength > 0) {
            System.arraycopy(run.header, 0, header, 0, headerLength);
        }
    }

    /** The run alone, without what follows it. */
    private int runAlone(int[] counts) {
        // the run begins with an entry at a line's start: there the parser ends the "Connected to host" entry (mostly a
        // header of the template, which the run's first look checks anyway: no scan of the line)
        if (!templateLineAt(pos)) {
            int first = RoutineConversation.printableLineEnd(bytes, pos, to);
            if (first == -2) {
                needMore = true;
                return RoutineTriage.NOT_ROUTINE;
            }
            if (first < 0 || !timestampAt(bytes, pos, first)) {
                return RoutineTriage.NOT_ROUTINE;
            }
        }
        int end = run(counts);
        return end < 0 || broken ? RoutineTriage.NOT_ROUTINE : end;
    }

    /**
     * After the next connection's "Connected to host" (its context {@code next}): matches its run, as the triage will
     * be asked there, and remembers it; then the lookahead goes on after it, where the run's protocol lines are all of
     * that context and its QUIT was sent.
     *
     * @return true when the run matched (the lookahead is after it)
     */
    private boolean nextRun(byte[] next) {
        if (midLine) {
            return false;
        }
        OutlookLegacyRoutineRun run = memo.nextConnection().start(bytes, pos, to, next, inert);
        int[] runCounts = memo.runCounts; // copied by remember
        int end = run.runAlone(runCounts);
        if (end < 0) {
            return false;
        }
        memo.remember(bytes, pos, end, memo.context(next, 0, next.length), runCounts, run);
        pos = end;
        midLine = false;
        takeHeaderOf(run);
        return true;
    }

    /** The masking's answer for a reply equal to the last one it found free of credentials is remembered. */
    @Override
    protected boolean noCredentialIn(int from, int end) {
        byte[] known = memo.credentialFree;
        if (known != null && known.length == end - from && Swar.equal(text, from, known, 0, known.length)) {
            return true;
        }
        if (!super.noCredentialIn(from, end)) {
            return false;
        }
        memo.credentialFree = Arrays.copyOfRange(text, from, end);
        return true;
    }

    @Override
    protected InertCache inertTexts() {
        return inert; // the parser's: this triage runs on the parse thread only
    }

    @Override
    protected boolean smtp() {
        return false; // the logs of this format that reach support check mail; a send is read line by line
    }

    @Override
    protected boolean protocolLine(boolean client) {
        while (true) {
            if (fixedShapes && !midLine && templatePair(client)) {
                return true;
            }
            if (!nextEntry()) {
                return false;
            }
            switch (kind) {
                case Kind.HEADER, Kind.OTHER -> {
                    // an other line: the session's masking must leave it and its own state as they are
                    if (!(knownInert >= 0 ? knownInert == 1 : inert.inert(entry, 0, entryLength))) {
                        broken = true;
                        return false;
                    }
                    others++;
                }
                case Kind.CLIENT, Kind.SERVER -> {
                    if (!sameContext(transport)) {
                        broken = true;
                        return false;
                    }
                    if ((kind == Kind.CLIENT) != client) {
                        return false;
                    }
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /**
     * The run ends with the entry of the reply to QUIT, and the other lines after it (usually the header of the
     * connection's "Disconnected from host"), where a line begins the next entry that is none.
     */
    @Override
    protected int endOfRun() {
        if (midLine) {
            return RoutineTriage.NOT_ROUTINE;
        }
        if (pos >= to) {
            needMore = true;
            return RoutineTriage.NOT_ROUTINE;
        }
        int end = otherLines();
        if (end == RoutineTriage.MORE_BYTES) {
            needMore = true;
            return RoutineTriage.NOT_ROUTINE;
        }
        return end;
    }

    /** a LogText header was among the {@link #otherLines} */
    private boolean otherHeader;

    /**
     * Reads on, from {@link #pos} (a line's start where an entry begins), the entries that are other lines the masking
     * leaves as they are (LogText headers, ReportStatus entries without a failure, logged texts that are no event), each
     * ending where a line begins the next entry; counts them with their lines and repairs, and stops before the first
     * entry that is none (or that ends inside a line), which the parser reads.
     *
     * @return the offset of that entry's line, or {@link RoutineTriage#MORE_BYTES} when the bytes end first
     */
    private int otherLines() {
        byte[] headerBefore = memo.headerBefore; // no other run reads while this one reads its other lines
        while (true) {
            int p = pos;
            int linesBefore = lines;
            int repairsBefore = repairs;
            int headerLengthBefore = headerLength;
            if (headerLengthBefore > 0) {
                System.arraycopy(header, 0, headerBefore, 0, headerLengthBefore);
            }
            boolean read = nextEntry();
            if (!read && needMore) {
                return RoutineTriage.MORE_BYTES;
            }
            if (read && !midLine && (kind == Kind.HEADER || kind == Kind.OTHER)
                    && (knownInert >= 0 ? knownInert == 1 : inert.inert(entry, 0, entryLength))) {
                others++;
                otherHeader |= kind == Kind.HEADER;
                continue;
            }
            // not an other line: the entry is the parser's
            pos = p;
            midLine = false;
            lines = linesBefore;
            repairs = repairsBefore;
            headerLength = headerLengthBefore;
            if (headerLengthBefore > 0) {
                System.arraycopy(headerBefore, 0, header, 0, headerLengthBefore);
            }
            needMore = false;
            return p;
        }
    }

    /** What {@link #otherLines(byte[], int, int, InertCache, Memo, int[])} found besides its counts. */
    public record OtherLines(int lines, int otherLines, int repairs, boolean header, String headerContext) {
    }

    /**
     * The other lines at {@code bytes[from..to)} (a line's start, after an entry that leaves nothing open: the parser's
     * "Disconnected from host"), up to the next entry that is none: see {@link #otherLines()}.
     *
     * @param found receives what they hold
     * @return the offset after them, {@link RoutineTriage#NOT_ROUTINE} when there are none, or
     *         {@link RoutineTriage#MORE_BYTES}
     */
    public static int otherLines(byte[] bytes, int from, int to, InertCache inert, Memo memo, OtherLines[] found) {
        OutlookLegacyRoutineRun m = memo.otherLinesAfter().start(bytes, from, to, NO_CONTEXT, inert);
        // mostly a status of the template (the connection's last), which reading it checks anyway: no scan of the line
        if (!m.templateLineAt(from)) {
            int first = RoutineConversation.printableLineEnd(bytes, from, to);
            if (first == -2) {
                return RoutineTriage.MORE_BYTES;
            }
            if (first < 0 || !timestampAt(bytes, from, first)) {
                return RoutineTriage.NOT_ROUTINE;
            }
        }
        int end = m.otherLines();
        if (end < 0) {
            return end;
        }
        if (end == from) {
            return RoutineTriage.NOT_ROUTINE;
        }
        found[0] = new OtherLines(m.lines, m.others, m.repairs, m.otherHeader,
                m.headerLength < 0 ? null : memo.context(m.header, 0, m.headerLength));
        return end;
    }

    private static final byte[] NO_CONTEXT = {};

    /**
     * After the run, up to the second "Connected to host" that follows: only other lines, the connection's
     * "Disconnected from host", protocol lines of later connections, and the two "Connected to host" of contexts that
     * are new (so each begins a connection; the parser ends this one when the second begins, once the first had a
     * QUIT).
     */
    private boolean quietUntilEnded(Predicate<String> bound) {
        int connected = 0;
        boolean nextHadQuit = false;
        byte[] next = null;
        // the tail up to the next "Connected to host", read by the lookahead after the run before when it matched this run
        boolean recalled = memo.recallTail(this);
        // where the tail after the next connection's run begins, while it holds only what the lookahead remembers
        int tailFrom = -1;
        int tailHeaderLengthBefore = 0;
        while (true) {
            int entryStart = midLine ? -1 : pos;
            if (recalled) {
                recalled = false;
            } else if (!nextEntry()) {
                return false;
            }
            switch (kind) {
                case Kind.HEADER, Kind.OTHER -> {
                    // other lines
                }
                case Kind.DISCONNECTED -> {
                    // a close: CLOSED_BY_CLIENT after the QUIT when it is this connection's; the scanner counts the
                    // other lines after it when it is a line of its own, which this lookahead passes first
                    if (connected > 0 && entryStart >= 0 && memo.tailChunk == bytes && !passOtherLines(entryStart)) {
                        return false;
                    }
                }
                case Kind.CLIENT, Kind.SERVER -> {
                    tailFrom = -1; // the lookahead after the next run does not get past it: it reads it itself
                    if (connected == 0 || sameContext(transport) || !sameContext(next)) {
                        return false; // could reach this connection, or another context than the next connection's
                    }
                    if (kind == Kind.CLIENT && textEnd - textStart == QUIT.length && at(text, textStart, QUIT)) {
                        nextHadQuit = true; // the parser notes the QUIT of the next connection
                    }
                }
                case Kind.CONNECTED -> {
                    if (tailFrom >= 0) {
                        memo.rememberTail(this, tailFrom, memo.tailHeaderRead, tailHeaderLengthBefore);
                    }
                    if (headerLength < 0 || sameContext(transport)) {
                        return false;
                    }
                    String context = memo.context(header, 0, headerLength);
                    if (bound.test(context)) {
                        return false;
                    }
                    connected++;
                    if (connected == 2) {
                        return nextHadQuit;
                    }
                    next = memo.contextBytes(context);
                    if (nextRun(next)) {
                        nextHadQuit = true; // its run ends with the reply to its QUIT, all its protocol lines its own
                        tailFrom = pos;
                        tailHeaderLengthBefore = headerLength;
                        if (headerLength > 0) {
                            System.arraycopy(header, 0, memo.tailHeaderRead, 0, headerLength);
                        }
                    }
                }
            }
        }
    }

    private final OtherLines[] otherLinesPassed = new OtherLines[1];

    /**
     * After the "Disconnected from host" entry that began at {@code entryStart} (a line's start): when it is the line's
     * only entry (where the scanner counts the other lines after it), counts them as the scanner would
     * ({@link #otherLines(byte[], int, int, InertCache, Memo, OtherLines[])}, remembered for it in the memo) and moves
     * past them as reading them one by one would (each is an other line, the last header sets the context).
     *
     * @return false when the bytes end first ({@link #needMore})
     */
    private boolean passOtherLines(int entryStart) {
        if (midLine) {
            return true;
        }
        int text = entryStart + LegacyLineScan.TIMESTAMP_LENGTH;
        int eol = text + Scanner.DISCONNECTED_ENTRY.length;
        if (eol >= to || bytes[eol] != '\n' && !(bytes[eol] == '\r' && eol + 1 < to && bytes[eol + 1] == '\n')
                || !at(bytes, text, Scanner.DISCONNECTED_ENTRY)) {
            return true;
        }
        int after = bytes[eol] == '\r' ? eol + 2 : eol + 1;
        if (pos != after) {
            return true; // the scanner finds no entry at a line's start after it
        }
        int end = otherLines(bytes, after, to, inert, memo, otherLinesPassed);
        if (end == RoutineTriage.MORE_BYTES) {
            needMore = true;
            return false;
        }
        memo.rememberOtherLines(bytes, after, to, end, otherLinesPassed[0]);
        if (end >= 0) {
            OtherLines o = otherLinesPassed[0];
            pos = end;
            if (o.header()) {
                String context = o.headerContext();
                headerLength = context == null ? -1 : context.length();
                for (int k = 0; k < headerLength; k++) {
                    header[k] = (byte) context.charAt(k);
                }
            }
        }
        return true;
    }

    private boolean sameContext(byte[] context) {
        return context != null && headerLength == context.length && Swar.equal(header, 0, context, 0, headerLength);
    }

    /**
     * Reads the entry that begins at {@link #pos} (a timestamp) with its continuation lines, joins its text as the
     * parser does, counts its lines, other line and repairs, and classifies it.
     *
     * @return false when it is not one a routine run may hold, or the bytes end first ({@link #needMore})
     */
    private boolean nextEntry() {
        knownInert = -1;
        if (fixedShapes && !midLine && pos < to && fixedShape()) {
            return true;
        }
        if (!midLine && memo != null && pos < to && knownEntry()) {
            return true;
        }
        int entryStart = midLine ? -1 : pos;
        int linesBefore = lines;
        int repairsBefore = repairs;
        if (!readEntry()) {
            return false;
        }
        if (entryStart >= 0 && !midLine && kind == Kind.HEADER) {
            // a task's header repeats before each of its texts (the headers of the template are read by it)
            memo.rememberEntry(this, entryStart, lines - linesBefore, repairs - repairsBefore, true);
        } else if (fixedShapes && entryStart >= 0 && !midLine && kind != Kind.CLIENT && kind != Kind.SERVER && lines - linesBefore == 1
                && repairs - repairsBefore == 0) {
            // and so do the texts of a session around its protocol lines, on a line of their own: no protocol line
            // (whose text the run reads), nothing joined or separated
            memo.rememberEntry(this, entryStart, 1, 0, false);
        } else if (fixedShapes && entryStart >= 0 && !midLine && kind == Kind.OTHER && lines - linesBefore == 2 && repairs - repairsBefore == 1
                && statusLineAt(entryStart) && inert.inert(entry, 0, entryLength)) {
            // a status of the template: what its second line held decides what it is
            memo.rememberStatus(bytes, entryStart + STATUS_LINE_LENGTH, pos);
        }
        return true;
    }

    /**
     * {@code sessionHeader() || sessionText() || knownStatus()}, trying only the templates whose first word after the
     * timestamp is the entry's (each compares that word first and answers false without it): a header and a status
     * begin " Callback::", a logged POP3 line " \"POP3: ".
     */
    private boolean fixedShape() {
        int p = pos;
        if (p + LegacyLineScan.TIMESTAMP_LENGTH + Long.BYTES > to) {
            return sessionHeader() || sessionText() || knownStatus();
        }
        long first = Swar.getLong(bytes, p + LegacyLineScan.TIMESTAMP_LENGTH);
        if (first == HEADER_OPEN_0) {
            return sessionHeader() || knownStatus();
        }
        return first == WIRE_OPEN && sessionText();
    }

    /**
     * @return true when the line at {@code p} is the first line of a status of the template,
     *         {@code <timestamp> Callback::ReportStatus[THIS: <8 hex digits>]} and CR LF: printable, no second timestamp
     *         (no '.' after the timestamp's), and its text as the parser joins it begins
     *         {@code Callback::ReportStatus[THIS: <value>] }, which holds neither "hrStatus" nor a parenthesis nor a
     *         fragment of {@link CredentialHints} (as for {@link #sessionHeader}'s value, none can span the value and
     *         the bytes around it, ' ', ']' and the space the joining puts after it)
     */
    private boolean statusLineAt(int p) {
        if (p == statusLineChecked) {
            return statusLineFound; // entryBeginsAt looked at it before knownStatus reads it
        }
        statusLineChecked = p;
        return statusLineFound = statusLineAgain(p);
    }

    /** where {@link #statusLineAt} looked last, and what it found */
    private int statusLineChecked = -1;
    private boolean statusLineFound;

    private boolean statusLineAgain(int p) {
        if (p + STATUS_LINE_LENGTH > to) {
            return false;
        }
        // the open as four words (the last overlapping the one before) and the close's three bytes, one branch for all
        byte[] b = bytes;
        int open = p + LegacyLineScan.TIMESTAMP_LENGTH;
        int close = p + STATUS_VALUE_AT + HEADER_VALUE_LENGTH;
        long differ = Swar.getLong(b, open) ^ STATUS_OPEN_0 | Swar.getLong(b, open + 8) ^ STATUS_OPEN_1
                | Swar.getLong(b, open + 16) ^ STATUS_OPEN_2 | Swar.getLong(b, open + STATUS_OPEN.length - 8) ^ STATUS_OPEN_LAST
                | b[close] ^ STATUS_CLOSE[0] | b[close + 1] ^ STATUS_CLOSE[1] | b[close + 2] ^ STATUS_CLOSE[2];
        return differ == 0 && hexWord(Swar.getLong(b, p + STATUS_VALUE_AT)) && knownStampAt(p);
    }

    /**
     * {@code stampAt(p, p + TIMESTAMP_LENGTH)} where the buffer holds those bytes: the comparison with the last
     * timestamp found written out (the quick JIT tier inlines no method of its size), {@link #stampAt} when it differs
     */
    private boolean knownStampAt(int p) {
        byte[] b = bytes;
        return Swar.getLong(b, p) == stamp0 && Swar.getLong(b, p + 8) == stamp1 && Swar.getLong(b, p + STAMP_LAST_WORD) == stamp2
                || stampAt(p, p + LegacyLineScan.TIMESTAMP_LENGTH);
    }

    /**
     * The entry at {@link #pos} (a line's start) read as a status of the template whose second line, with its line end,
     * holds the same bytes as one the general reader read before ({@link Memo#rememberStatus}), followed by a line that
     * begins an entry: the first line is the same but for its timestamp and THIS value, which change nothing of what
     * the reader makes of the entry (two lines joined, an other line the masking leaves as it is).
     *
     * @return true when it was read so (counted, classified, the position after it)
     */
    private boolean knownStatus() {
        int p = pos;
        if (!statusLineAt(p)) {
            return false;
        }
        int second = p + STATUS_LINE_LENGTH;
        int next = memo.knownStatus(bytes, second, to);
        if (next < 0 || !entryBeginsAt(next)) {
            return false;
        }
        return readWrapped(Kind.OTHER, next);
    }

    /**
     * Takes an entry of two lines, the second joined to the first, as read: its kind, inert for masking, the position
     * after it ({@code next}, a line's start).
     *
     * @return true
     */
    private boolean readWrapped(int wrapped, int next) {
        kind = wrapped;
        text = entry;
        knownInert = 1;
        lines += 2;
        repairs++; // JOINED_WRAPPED_LINE
        pos = next;
        return true;
    }

    /*
     * The fixed shape of a session's entries. Nearly every entry of an Outlook 2000-2002 log is one of two: a task's
     * LogText header wrapped over two lines,
     *     2003.07.11 08:00:02 Callback::LogText[THIS: 20000001] (flags =
     *     LTF_TRACE, hr = 00000000, code = 00000000,
     * and the logged text after it on a line of its own,
     *     2003.07.11 08:00:02 "POP3: [tx] USER customer1")
     * Their fixed bytes are compared eight at a time with a template (the timestamp and the THIS value as words checked
     * for their digits); only a text's payload is looked at byte by byte. What the general reader below would make of
     * the same bytes is derived once here, in the comments; anything that differs from the template in one byte is read
     * by it as before.
     */
    /** a header's text after the timestamp, up to its THIS value */
    private static final byte[] HEADER_OPEN = ascii(" Callback::LogText[THIS: "); //$NON-NLS-1$
    /** the length of a header's THIS value in the template: one word of hex digits */
    private static final int HEADER_VALUE_LENGTH = 8;
    /** a header's bytes after its THIS value: the end of its line, its flags line and that line's end */
    private static final byte[] HEADER_CLOSE = ascii("] (flags =\r\nLTF_TRACE, hr = 00000000, code = 00000000,\r\n"); //$NON-NLS-1$
    private static final int HEADER_VALUE_AT = LegacyLineScan.TIMESTAMP_LENGTH + HEADER_OPEN.length;
    /** the length of the two lines of a header in the template, line ends included */
    private static final int HEADER_LINES_LENGTH = HEADER_VALUE_AT + HEADER_VALUE_LENGTH + HEADER_CLOSE.length;
    private static final long HEX_DIGITS = 0x8080808080808080L;
    /** lower-cases the ASCII hex digits of a word: sets the bit that makes 'A'-'F' 'a'-'f' and that '0'-'9' have */
    private static final long LOWER_HEX = 0x2020202020202020L;
    /** little-endian ints at any byte index, for a text's direction ("[tx]" or "<rx>") */
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** a logged POP3 line's text after the timestamp, up to its direction, as a word */
    private static final long WIRE_OPEN = Swar.getLong(ascii(" \"POP3: "), 0); //$NON-NLS-1$
    private static final int WIRE_CLIENT = (int) INTS.get(ascii("[tx]"), 0); //$NON-NLS-1$
    private static final int WIRE_SERVER = (int) INTS.get(ascii("<rx>"), 0); //$NON-NLS-1$
    /** where a logged POP3 line's payload begins after the line's start: after {@code  "POP3: [tx] } */
    private static final int WIRE_PAYLOAD_AT = LegacyLineScan.TIMESTAMP_LENGTH + Long.BYTES + Integer.BYTES + 1;
    private static final long DOTS = Swar.broadcast((byte) '.');
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** a status's text after the timestamp, up to its THIS value */
    private static final byte[] STATUS_OPEN = ascii(" Callback::ReportStatus[THIS: "); //$NON-NLS-1$
    /**
     * {@link #STATUS_OPEN} as words at 0, 8, 16 and its last eight bytes: constants, which the quick JIT tier folds
     * (the elements of a constant array it loads)
     */
    private static final long STATUS_OPEN_0 = Swar.getLong(STATUS_OPEN, 0);
    private static final long STATUS_OPEN_1 = Swar.getLong(STATUS_OPEN, 8);
    private static final long STATUS_OPEN_2 = Swar.getLong(STATUS_OPEN, 16);
    private static final long STATUS_OPEN_LAST = Swar.getLong(STATUS_OPEN, STATUS_OPEN.length - 8);
    /** a status's first line after its THIS value (eight hex digits): its end */
    private static final byte[] STATUS_CLOSE = ascii("]\r\n"); //$NON-NLS-1$
    private static final int STATUS_VALUE_AT = LegacyLineScan.TIMESTAMP_LENGTH + STATUS_OPEN.length;
    /** the length of a status's first line in the template, its line end included */
    private static final int STATUS_LINE_LENGTH = STATUS_VALUE_AT + HEADER_VALUE_LENGTH + STATUS_CLOSE.length;


    /** {@link Memo#fixedShapes} */
    private final boolean fixedShapes;
    /** where {@link #headerLineAt} looked last, and what it found */
    private int headerLineChecked = -1;
    private boolean headerLineFound;

    /**
     * @return true when the two lines at {@code p} are a header of the template: then the line at {@code p} is
     *         printable ASCII ending in CR LF and begins with a timestamp (what {@link #scanLine} and {@link #stampAt}
     *         would find), and its entry is a LogText header joined with the flags line after it
     */
    private boolean headerLineAt(int p) {
        if (!fixedShapes) {
            return false;
        }
        if (p == headerLineChecked) {
            return headerLineFound;
        }
        headerLineChecked = p;
        byte[] b = bytes;
        int open = p + LegacyLineScan.TIMESTAMP_LENGTH;
        if (p + HEADER_LINES_LENGTH > to || Swar.getLong(b, open) != HEADER_OPEN_0 || Swar.getLong(b, open + 8) != HEADER_OPEN_1) {
            // mostly a logged text's line, which differs in the first word, or a status's (" Callback::ReportStatus["),
            // which differs in the second: five in a session, each looked at here after the logged text before it
            return headerLineFound = false;
        }
        // the other fixed bytes as nine words (the open's last one overlaps the one before it), one branch for all
        int close = p + HEADER_VALUE_AT + HEADER_VALUE_LENGTH;
        long differ = Swar.getLong(b, open + 16) ^ HEADER_OPEN_2
                | Swar.getLong(b, open + HEADER_OPEN.length - 8) ^ HEADER_OPEN_LAST | Swar.getLong(b, close) ^ HEADER_CLOSE_0
                | Swar.getLong(b, close + 8) ^ HEADER_CLOSE_1 | Swar.getLong(b, close + 16) ^ HEADER_CLOSE_2
                | Swar.getLong(b, close + 24) ^ HEADER_CLOSE_3 | Swar.getLong(b, close + 32) ^ HEADER_CLOSE_4
                | Swar.getLong(b, close + 40) ^ HEADER_CLOSE_5 | Swar.getLong(b, close + 48) ^ HEADER_CLOSE_6;
        if (differ != 0) {
            return headerLineFound = false;
        }
        long value = Swar.getLong(b, p + HEADER_VALUE_AT);
        long low = value & ~HIGH_BITS; // Swar.hexDigits(value) == HEX_DIGITS written out (no call in the quick tier's code)
        long lower = low | Swar.LOWER_CASE;
        return headerLineFound = (((low + Swar.FROM_ZERO & ~(low + Swar.ABOVE_NINE)) | (lower + Swar.FROM_A & ~(lower + Swar.ABOVE_F))) & ~value
                & HIGH_BITS) == HIGH_BITS
                && (Swar.getLong(b, p) == stamp0 && Swar.getLong(b, p + 8) == stamp1 && Swar.getLong(b, p + STAMP_LAST_WORD) == stamp2
                        || stampAt(p, p + LegacyLineScan.TIMESTAMP_LENGTH));
    }

    /** @return {@code Swar.hexDigits(word) == HEX_DIGITS}: eight hex digits */
    private static boolean hexWord(long word) {
        return Swar.hexDigits(word) == HEX_DIGITS;
    }

    private static final long HEADER_OPEN_0 = Swar.getLong(HEADER_OPEN, 0);
    private static final long HEADER_OPEN_1 = Swar.getLong(HEADER_OPEN, 8);
    private static final long HEADER_OPEN_2 = Swar.getLong(HEADER_OPEN, 16);
    private static final long HEADER_OPEN_LAST = Swar.getLong(HEADER_OPEN, HEADER_OPEN.length - 8);
    /** {@link #HEADER_CLOSE}, seven words exactly (constants, as {@link #STATUS_OPEN_0}) */
    private static final long HEADER_CLOSE_0 = Swar.getLong(HEADER_CLOSE, 0);
    private static final long HEADER_CLOSE_1 = Swar.getLong(HEADER_CLOSE, 8);
    private static final long HEADER_CLOSE_2 = Swar.getLong(HEADER_CLOSE, 16);
    private static final long HEADER_CLOSE_3 = Swar.getLong(HEADER_CLOSE, 24);
    private static final long HEADER_CLOSE_4 = Swar.getLong(HEADER_CLOSE, 32);
    private static final long HEADER_CLOSE_5 = Swar.getLong(HEADER_CLOSE, 40);
    private static final long HEADER_CLOSE_6 = Swar.getLong(HEADER_CLOSE, 48);

    static {
        if (HEADER_OPEN.length != 25 || HEADER_CLOSE.length != 7 * Long.BYTES || STATUS_OPEN_0 != HEADER_OPEN_0) {
            throw new IllegalStateException("the header template's words"); //$NON-NLS-1$
        }
    }

    /**
     * The entry at {@link #pos} (a line's start) as the general reader reads a header of the template followed by a line
     * that begins an entry: its first line has no second timestamp (no '.' after the timestamp's), the flags line has no
     * timestamp and does not start with ',' or "[*", so it is joined (one repair) with one space; the text is
     * {@code Callback::LogText[THIS: <value>] (flags = LTF_TRACE, hr = 00000000, code = 00000000,}, a header of the
     * value lower-cased, and inert for masking: the fixed parts hold no fragment of {@link CredentialHints}, and each
     * fragment needs a byte that is no hex digit (p, u, l, s, t, r, ':' or '-') and none of the bytes around the value
     * (' ' and ']').
     *
     * @return true when it was read so (counted, classified, the position after it)
     */
    private boolean sessionHeader() {
        int p = pos;
        int next = p + HEADER_LINES_LENGTH;
        if (!headerLineAt(p) || !entryBeginsAt(next)) {
            return false;
        }
        Swar.LONGS.set(header, 0, Swar.getLong(bytes, p + HEADER_VALUE_AT) | LOWER_HEX);
        headerLength = HEADER_VALUE_LENGTH;
        return readWrapped(Kind.HEADER, next);
    }

    /**
     * The entry at {@link #pos} (a line's start) as the general reader reads a logged POP3 line of its own,
     * {@code "POP3: [tx] <payload>")} or {@code <rx>}, followed by a line that begins an entry: the text after the
     * timestamp and one space, no second timestamp in the line (every '.' of the payload checked as the reader checks
     * it; the bytes before it hold none), neither {@code [THIS:} nor {@code (flags =} in it (every '[' and '(' of the
     * payload checked; the one of "[tx]" begins neither), the quote and parenthesis at its end taken off, a CLIENT or
     * SERVER line whose text is the payload after the space.
     *
     * @return true when it was read so (counted, classified, the position after it)
     */
    private boolean sessionText() {
        int p = pos;
        if (p + WIRE_PAYLOAD_AT > to || Swar.getLong(bytes, p + LegacyLineScan.TIMESTAMP_LENGTH) != WIRE_OPEN) {
            return false;
        }
        int direction = (int) INTS.get(bytes, p + LegacyLineScan.TIMESTAMP_LENGTH + Long.BYTES);
        if (direction != WIRE_CLIENT && direction != WIRE_SERVER || bytes[p + WIRE_PAYLOAD_AT - 1] != ' ') {
            return false;
        }
        int end = scanLine(p);
        if (end < 0 || end - 2 < p + WIRE_PAYLOAD_AT || bytes[end - 2] != '"' || bytes[end - 1] != ')' || !stampAt(p, end)) {
            return false;
        }
        int payload = p + WIRE_PAYLOAD_AT;
        if (!plainPayload(payload, end - 2, end)) {
            return false;
        }
        int next = RoutineConversation.nextLineStart(bytes, end);
        if (next >= to || !entryBeginsAt(next)) {
            return false;
        }
        kind = direction == WIRE_CLIENT ? Kind.CLIENT : Kind.SERVER;
        text = bytes;
        textStart = payload;
        textEnd = end - 2;
        lines++;
        pos = next;
        return true;
    }

    /**
     * The entry at {@link #pos} (a line's start) and the one after it as {@link #protocolLine} takes them when they are a
     * header of the template ({@link #sessionHeader}) of the connection's own context and a logged POP3 line of its own
     * in the direction asked ({@link #sessionText}): the header an other line the masking leaves as it is, the text the
     * protocol line asked for. The same checks as those two and {@link #sameContext}, written out in one method: the
     * quick JIT tier (C1) inlines no method of more than 35 bytecodes, and reading the pair through the general
     * methods took some thirty calls. Anything else (another context, the other direction, any byte off the template)
     * leaves everything as it was, and the entries are read one by one, to the same answer.
     *
     * @return true when the pair was read (counted, the text's bounds set, the position after it)
     */
    private boolean templatePair(boolean client) {
        int p = pos;
        if (!(p == headerLineChecked ? headerLineFound : headerLineAt(p))) {
            return false;
        }
        byte[] b = bytes;
        int t = p + HEADER_LINES_LENGTH; // the text's line: headerLineAt checked that the header's two lines are there
        if (t + WIRE_PAYLOAD_AT > to || Swar.getLong(b, t + LegacyLineScan.TIMESTAMP_LENGTH) != WIRE_OPEN
                || (int) INTS.get(b, t + LegacyLineScan.TIMESTAMP_LENGTH + Long.BYTES) != (client ? WIRE_CLIENT : WIRE_SERVER)
                || b[t + WIRE_PAYLOAD_AT - 1] != ' ') {
            return false;
        }
        // the header's context, lower case, is the connection's (sameContext after sessionHeader)
        long context = Swar.getLong(b, p + HEADER_VALUE_AT) | LOWER_HEX;
        if (context != transportWord || transport.length != HEADER_VALUE_LENGTH) {
            return false;
        }
        // the payload to the line's end in one pass, eight bytes at a time (scanLine and plainPayload): the bytes before
        // it are the template's, printable; the first byte that is not printable ASCII must end the line (CR LF or LF),
        // and each '.', '[' and '(' before it is checked as plainPayload checks it. A candidate checked against the
        // buffer's end instead of the line's gets the same answer: what it looks for (a timestamp, "[THIS:",
        // "(flags =") is printable, so it fits in the line whenever it is there at all.
        int payload = t + WIRE_PAYLOAD_AT;
        int limit = to;
        int i = payload;
        int end;
        while (true) {
            if (i + Long.BYTES > limit) {
                return false; // the end of the buffer: read one by one
            }
            long x = Swar.getLong(b, i);
            long flagged = (x - 0x2020202020202020L | x) & HIGH_BITS;
            long candidates = Swar.matches(x, DOTS) | Swar.matches(x, OPENING_BRACKETS) | Swar.matches(x, OPENING_PARENTHESES);
            if (flagged != 0) {
                candidates &= (flagged & -flagged) - 1; // the bytes before the first flagged one
            }
            while (candidates != 0) {
                if (!plainAt(i + Swar.firstFlaggedByte(candidates), limit)) {
                    return false;
                }
                candidates &= candidates - 1;
            }
            if (flagged != 0) {
                end = i + Swar.firstFlaggedByte(flagged);
                break;
            }
            i += Long.BYTES;
        }
        byte c = b[end];
        if (c != '\n' && (c != '\r' || end + 1 >= limit || b[end + 1] != '\n')) {
            return false;
        }
        // a text of its own line ends with its quote and parenthesis; else it may go on on the next line (a greeting)
        boolean wrapped = end - 2 < payload || b[end - 2] != '"' || b[end - 1] != ')';
        // the text's timestamp: mostly the last one found (the header's, which headerLineAt left there), else checked;
        // three loads from the buffer, not six
        if (!(Swar.getLong(b, t) == stamp0 && Swar.getLong(b, t + 8) == stamp1 && Swar.getLong(b, t + STAMP_LAST_WORD) == stamp2)
                && !stampAt(t, end)) {
            return false;
        }
        int next;
        if (wrapped) {
            next = wrappedText(t, end);
            if (next < 0) {
                return false;
            }
        } else {
            next = c == '\r' ? end + 2 : end + 1;
            // mostly the next pair's header: entryBeginsAt's first look, without its call
            if (next >= to || !(next == headerLineChecked ? headerLineFound : headerLineAt(next)) && !entryBeginsAt(next)) {
                return false;
            }
        }
        // what sessionHeader, protocolLine (an other line) and sessionText or readEntry leave
        Swar.LONGS.set(header, 0, context);
        headerLength = HEADER_VALUE_LENGTH;
        others++;
        knownInert = -1;
        kind = client ? Kind.CLIENT : Kind.SERVER;
        if (wrapped) {
            lines += 4;
            repairs += 2; // the header's JOINED_WRAPPED_LINE, the text's
            text = entry;
            textStart = WRAPPED_PAYLOAD_AT;
            textEnd = entryLength - 2;
        } else {
            lines += 3;
            repairs++; // the header's JOINED_WRAPPED_LINE
            text = b;
            textStart = payload;
            textEnd = end - 2;
        }
        pos = next;
        return true;
    }

    /** where the payload of a logged POP3 line begins in the text readEntry joins: after {@code "POP3: [tx] } */
    private static final int WRAPPED_PAYLOAD_AT = WIRE_PAYLOAD_AT - LegacyLineScan.TIMESTAMP_LENGTH - 1;
    private static final byte[] FLAGS_OPEN = ascii("(flags"); //$NON-NLS-1$

    /**
     * A logged POP3 line whose first line at {@code t} (the template's open, its payload checked up to its end
     * {@code lineEnd}) is not the whole text, read as readEntry reads a text wrapped over two lines (a server's greeting
     * that holds a line end): the second line is a continuation (no timestamp at its start or anywhere in it, no
     * annotation, not ',' after its spaces) whose text, without the spaces around it, ends with the quote and the
     * parenthesis and holds no '.', '[' or '(' that plainPayload rejects; the line after it begins an entry. The text
     * is the first line's after the timestamp and one space, one space, the second's: copied into {@link #entry} as
     * readEntry joins it. The first line must not end with "(flags", which the joining space would make
     * "(flags =" with a second line that begins with '='; "[THIS:" and a timestamp hold no space, and neither spans
     * the join otherwise.
     *
     * @return the start of the line after the text, or -1 when it is not read so (readEntry reads it)
     */
    private int wrappedText(int t, int lineEnd) {
        byte[] b = bytes;
        if (lineEnd - FLAGS_OPEN.length >= t + WIRE_PAYLOAD_AT && at(b, lineEnd - FLAGS_OPEN.length, FLAGS_OPEN)) {
            return -1;
        }
        int second = b[lineEnd] == '\r' ? lineEnd + 2 : lineEnd + 1;
        if (second >= to) {
            return -1;
        }
        int secondEnd = scanLine(second);
        if (secondEnd < 0 || stampAt(second, secondEnd) || b[second] == '[' && second + 1 < secondEnd && b[second + 1] == '*') {
            return -1;
        }
        long stripped = withoutSpaces(second, secondEnd);
        int from = (int) (stripped >>> 32);
        int end = (int) stripped;
        if (end - from < 2 || b[from] == ',' || b[end - 2] != '"' || b[end - 1] != ')' || !plainPayload(from, end, end)) {
            return -1;
        }
        int next = b[secondEnd] == '\r' ? secondEnd + 2 : secondEnd + 1;
        if (next >= to || !entryBeginsAt(next)) {
            return -1;
        }
        entryLength = 0;
        append(t + LegacyLineScan.TIMESTAMP_LENGTH + 1, lineEnd);
        appendByte(' ');
        append(from, end);
        return next;
    }

    /** where the last word of a timestamp begins: its bytes 11-18, overlapping the word before */
    private static final int STAMP_LAST_WORD = LegacyLineScan.TIMESTAMP_LENGTH - Long.BYTES;

    /**
     * @return true when {@code bytes[from..to)}, a payload in a line that ends at {@code lineEnd}, begins no timestamp
     *         (a '.' four bytes into one) and neither {@code [THIS:} nor {@code (flags =} (as
     *         {@link #nextTimestamp} and {@link #thisOrFlags} look for them)
     */
    private boolean plainPayload(int from, int to, int lineEnd) {
        byte[] b = bytes;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = Swar.getLong(b, i);
            long candidates = Swar.matches(x, DOTS) | Swar.matches(x, OPENING_BRACKETS) | Swar.matches(x, OPENING_PARENTHESES);
            while (candidates != 0) {
                if (!plainAt(i + Swar.firstFlaggedByte(candidates), lineEnd)) {
                    return false;
                }
                candidates &= candidates - 1;
            }
        }
        for (; i < to; i++) {
            if (!plainAt(i, lineEnd)) {
                return false;
            }
        }
        return true;
    }

    private boolean plainAt(int i, int lineEnd) {
        byte c = bytes[i];
        if (c == '.') {
            // the timestamp's second dot three bytes on first: most dots in a text have none there
            return i - 4 + LegacyLineScan.TIMESTAMP_LENGTH > lineEnd || bytes[i + 3] != '.' || !timestampAt(bytes, i - 4, lineEnd);
        }
        return !thisOrFlagsAt(bytes, lineEnd, i);
    }

    /** the masking's answer for the entry read last when it was known from {@link Memo#entries}, else -1 */
    private int knownInert = -1;

    /**
     * The entry at {@link #pos} (at a line's start) read as one remembered ({@link Memo#entries}): its bytes after the
     * timestamp up to the line after it are the same, and that line begins an entry (its timestamp and the printable
     * bytes up to its end checked as reading the entry checks them). Reading the entry depends on nothing else: where
     * its text ends (a timestamp inside a line, or the line after), how its lines join and what it is are all decided
     * on those bytes.
     *
     * @return true when the entry was taken from memory (counted, classified, the position after it)
     */
    private boolean knownEntry() {
        int from = pos + LegacyLineScan.TIMESTAMP_LENGTH;
        Memo.KnownEntry known = knownAt(pos);
        if (known == null) {
            return false;
        }
        int next = from + known.length;
        if (next >= to) {
            return false;
        }
        if (!entryBeginsAt(next)) {
            return false;
        }
        lines += known.lines;
        repairs += known.repairs;
        pos = next;
        midLine = false;
        kind = known.kind;
        if (kind == Kind.HEADER) {
            headerLength = known.headerLength;
            if (headerLength > 0) {
                System.arraycopy(known.header, 0, header, 0, headerLength);
            }
        }
        knownInert = known.inert ? 1 : 0;
        return true;
    }

    /** Reads the entry at {@link #pos} from its bytes: see {@link #nextEntry}. */
    private boolean readEntry() {
        int end;
        if (midLine) {
            repairs++; // SEPARATED_INTERLEAVED_ENTRY
            end = lineEnd;
        } else {
            if (pos >= to) {
                needMore = true;
                return false;
            }
            end = scanLine(pos);
            if (end < 0) {
                needMore = end == -2;
                return false;
            }
            if (bytes[pos] == '[' && pos + 1 < end && bytes[pos + 1] == '*') {
                return false; // an annotation line: the parser keeps it as it is
            }
        }
        int segmentStart = pos;
        // the first segment of the entry: its timestamp, one space, then the text up to the next timestamp
        int segmentEnd = nextTimestamp(segmentStart + LegacyLineScan.TIMESTAMP_LENGTH, end);
        if (segmentEnd < 0) {
            segmentEnd = end;
        }
        int textFrom = segmentStart + LegacyLineScan.TIMESTAMP_LENGTH;
        if (textFrom < segmentEnd && bytes[textFrom] == ' ') {
            textFrom++;
        }
        entryLength = 0;
        append(textFrom, Math.max(textFrom, segmentEnd));
        boolean joined = false;
        while (true) {
            if (segmentEnd < end) {
                // another entry begins inside this line
                pos = segmentEnd;
                midLine = true;
                lineEnd = end;
                break;
            }
            lines++; // the line the segment ended is done
            midLine = false;
            int next = RoutineConversation.nextLineStart(bytes, end);
            if (next >= to) {
                needMore = true;
                return false;
            }
            if (headerLineAt(next)) {
                pos = next; // what the scan of the line and its timestamp would find
                break;
            }
            int nextEnd = scanLine(next);
            if (nextEnd < 0) {
                needMore = nextEnd == -2;
                return false;
            }
            if (stampAt(next, nextEnd)) {
                pos = next;
                break;
            }
            if (bytes[next] == '[' && next + 1 < nextEnd && bytes[next + 1] == '*') {
                return false;
            }
            // a continuation: the line's first segment, stripped, joined with one space
            int continuationEnd = nextTimestamp(next, nextEnd);
            if (continuationEnd < 0) {
                continuationEnd = nextEnd;
            }
            long stripped = withoutSpaces(next, continuationEnd);
            int a = (int) (stripped >>> 32);
            int b = (int) stripped;
            if (a < b && bytes[a] == ',') {
                return false; // the rest of a cut ReportStatus entry: the parser may give it back to an earlier entry
            }
            if (entryLength > 0 && continuationEnd > next) {
                appendByte(' ');
            }
            append(a, b);
            joined = true;
            end = nextEnd;
            segmentEnd = continuationEnd;
        }
        if (joined) {
            repairs++; // JOINED_WRAPPED_LINE
        }
        return classify();
    }

    /**
     * @return {@code bytes[from..to)} without the spaces at its start and end, as the parser strips a continuation: its
     *         first index in the upper 32 bits, its end in the lower
     */
    private long withoutSpaces(int from, int to) {
        int a = from;
        int b = to;
        while (a < b && bytes[a] == ' ') {
            a++;
        }
        while (b > a && bytes[b - 1] == ' ') {
            b--;
        }
        return (long) a << 32 | b;
    }

    /** where the line {@link #scanLine} scanned last begins */
    private int scannedLine = -1;
    /**
     * the first '.' of that line from its ninth byte on (the dots of its own timestamp come before), or -1; looked for
     * when {@link #nextTimestamp} needs it ({@link #lineDotKnown}), not for every line scanned: most lines scanned are
     * only seen to begin the next entry
     */
    private int lineDot;
    private boolean lineDotKnown;

    /**
     * {@link RoutineConversation#printableLineEnd} of the line at {@code p}, eight bytes at a time, the last word
     * included: the lowest byte the printable test flags is exact (no borrow reaches it from below).
     */
    private int scanLine(int p) {
        if (p == scannedLine) {
            return scannedEnd; // the line after an entry is scanned to see that it begins the next, then read as it
        }
        int end = scanLineAgain(p);
        scannedEnd = end;
        return end;
    }

    /** what {@link #scanLine} gave for the line at {@link #scannedLine} */
    private int scannedEnd;

    private int scanLineAgain(int p) {
        scannedLine = p;
        lineDotKnown = false;
        byte[] b = bytes;
        int i = p;
        while (i + 8 <= to) {
            long x = Swar.getLong(b, i);
            long flagged = (x - 0x2020202020202020L | x) & 0x8080808080808080L;
            if (flagged != 0) {
                int at = i + Swar.firstFlaggedByte(flagged);
                byte c = b[at];
                if (c == '\n') {
                    return at;
                }
                if (c != '\r') {
                    return -1;
                }
                if (at + 1 >= to) {
                    return -2;
                }
                return b[at + 1] == '\n' ? at : -1;
            }
            i += 8;
        }
        // the last bytes of the buffer: byte by byte
        return RoutineConversation.printableLineEnd(b, i, to);
    }

    /** @return {@link #lineDot} of the line scanned last, which ends at {@link #scannedEnd} */
    private int lineDot() {
        if (!lineDotKnown) {
            lineDot = Swar.indexOf(bytes, scannedLine + 8, scannedEnd, (byte) '.');
            lineDotKnown = true;
        }
        return lineDot;
    }

    /**
     * the last timestamp found at a line's start, as three words, the last overlapping the one before (bytes 0-7, 8-15,
     * 11-18; the lines of a session mostly repeat it)
     */
    private long stamp0 = Swar.getLong(CHECKED_STAMP, 0);
    private long stamp1 = Swar.getLong(CHECKED_STAMP, 8);
    private long stamp2 = Swar.getLong(CHECKED_STAMP, STAMP_LAST_WORD);
    /** what the last timestamp found is before any is found: one that is one, so that bytes equal to it are one too */
    private static final byte[] CHECKED_STAMP = ascii("0000.00.00 00:00:00"); //$NON-NLS-1$

    static {
        if (!LegacyBytes.timestampAt(CHECKED_STAMP, 0, CHECKED_STAMP.length)) {
            throw new IllegalStateException("not a timestamp"); //$NON-NLS-1$
        }
    }

    /** {@code LegacyBytes.timestampAt(bytes, p, end)}, three comparisons when the line before had the same one */
    private boolean stampAt(int p, int end) {
        if (p + LegacyLineScan.TIMESTAMP_LENGTH > end) {
            return false;
        }
        long a = Swar.getLong(bytes, p);
        long c = Swar.getLong(bytes, p + 8);
        long d = Swar.getLong(bytes, p + STAMP_LAST_WORD);
        if (a == stamp0 && c == stamp1 && d == stamp2) {
            return true;
        }
        if (!timestampWords(a, c, d)) {
            return false;
        }
        stamp0 = a;
        stamp1 = c;
        stamp2 = d;
        return true;
    }

    /** a timestamp's three words ({@link #stamp0}) as patterns: '0' stands for a digit, the other bytes are fixed */
    private static final long STAMP_DATE = Swar.getLong(ascii("0000.00."), 0); //$NON-NLS-1$
    private static final long STAMP_DAY_TIME = Swar.getLong(ascii("00 00:00"), 0); //$NON-NLS-1$
    private static final long STAMP_TIME = Swar.getLong(ascii("00:00:00"), 0); //$NON-NLS-1$
    /** the fixed bytes of each pattern (all bits of a byte that is no digit) */
    private static final long STAMP_DATE_FIXED = 0xFF0000FF00000000L;
    private static final long STAMP_DAY_TIME_FIXED = 0x0000FF0000FF0000L;
    private static final long STAMP_TIME_FIXED = 0x0000FF0000FF0000L;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long SIXES = 0x0606060606060606L;
    private static final long SIXTEENS = 0x1010101010101010L;

    /**
     * {@code LegacyBytes.timestampAt(bytes, at, to)} without its calls (the quick JIT tier inlines neither it nor the
     * template check it calls twice): the words at 0, 8 and 11 of {@code dddd.dd.dd dd:dd:dd}. Public for
     * {@code RoutineRunTimestampTest}, which compares the two.
     */
    public static boolean timestampAt(byte[] b, int at, int to) {
        return at + LegacyLineScan.TIMESTAMP_LENGTH <= to
                && timestampWords(Swar.getLong(b, at), Swar.getLong(b, at + 8), Swar.getLong(b, at + STAMP_LAST_WORD));
    }

    /**
     * @return true when the words at 0, 8 and 11 of 19 bytes (the last overlapping the one before) are a timestamp: the
     *         fixed bytes of {@code dddd.dd.}, {@code dd dd:dd} and {@code dd:dd:dd} equal, the others '0'..'9' (after
     *         the xor with '0', a byte below 16 to which 6 adds no carry into bit 4); the three words cover bytes 16-18
     *         ({@code :dd}), which LegacyBytes.timestampAt checks one by one
     */
    private static boolean timestampWords(long date, long dayTime, long time) {
        long a = date ^ STAMP_DATE;
        long b = dayTime ^ STAMP_DAY_TIME;
        long c = time ^ STAMP_TIME;
        if ((a & STAMP_DATE_FIXED | b & STAMP_DAY_TIME_FIXED | c & STAMP_TIME_FIXED) != 0) {
            return false;
        }
        return ((a | b | c) & HIGH_NIBBLES) == 0 && ((a + SIXES | b + SIXES | c + SIXES) & SIXTEENS) == 0;
    }

    /**
     * {@code LegacyLineScan.nextTimestamp(bytes, from, end)} in the line {@link #scanLine} scanned last, from the dot it
     * noted.
     */
    private int nextTimestamp(int from, int end) {
        int unnoted = scannedLine + 8; // dots before this were not noted
        for (int i = from + 4; i < unnoted && i < end; i++) {
            if (bytes[i] == '.') {
                return LegacyLineScan.nextTimestamp(bytes, from, end);
            }
        }
        int dot = lineDot();
        while (dot >= 0) {
            if (dot - 4 >= from && timestampAt(bytes, dot - 4, end)) {
                return dot - 4;
            }
            dot = Swar.indexOf(bytes, dot + 1, end, (byte) '.');
        }
        return -1;
    }

    private void append(int from, int end) {
        int n = end - from;
        if (entryLength + n > entry.length) {
            entry = memo.entryText = Arrays.copyOf(entry, Math.max(entryLength + n, entry.length * 2));
        }
        System.arraycopy(bytes, from, entry, entryLength, n);
        entryLength += n;
    }

    private void appendByte(char c) {
        if (entryLength == entry.length) {
            entry = memo.entryText = Arrays.copyOf(entry, entry.length * 2);
        }
        entry[entryLength++] = (byte) c;
    }

    /** Classifies the entry as {@code OutlookLegacyFormat.Parser.flush} does; false for what a run may not hold. */
    private boolean classify() {
        byte[] t = entry;
        int n = entryLength;
        text = t;
        if (startsWith(t, n, 0, LOG_TEXT)) {
            kind = Kind.HEADER;
            headerLength = thisValue(t, n);
            return headerLength != -2;
        }
        if (startsWith(t, n, 0, REPORT_STATUS)) {
            // an other line: not cut (the parser holds an unbalanced one without hrStatus back), no code but 0
            boolean hasStatus = indexOf(t, n, HR_STATUS) >= 0;
            if (!hasStatus && !balanced(t, n) || hasStatus && nonZeroStatus(t, n)) {
                return false;
            }
            kind = Kind.OTHER;
            return true;
        }
        if (n == 0 || t[0] != '"') {
            kind = Kind.OTHER;
            return true;
        }
        // a logged text: without its quotes, no context written into it, no "(flags =" cut
        int from = 1;
        int end = n;
        if (end - from >= 2 && t[end - 2] == '"' && t[end - 1] == ')') {
            end -= 2;
        } else if (end > from && t[end - 1] == '"') {
            end--;
        }
        if (thisOrFlags(t, n)) {
            return false;
        }
        if (startsWith(t, end, from, POP3_WIRE)) {
            int m = from + POP3_WIRE.length;
            if (end - m >= 4) {
                byte open = t[m];
                byte close = t[m + 3];
                byte d = t[m + 1];
                if ((open == '[' && close == ']' || open == '<' && close == '>') && t[m + 2] == 'x' && (d == 't' || d == 'r')) {
                    int payload = m + 4;
                    if (payload < end && t[payload] == ' ') {
                        payload++;
                    }
                    kind = d == 't' ? Kind.CLIENT : Kind.SERVER;
                    textStart = payload;
                    textEnd = end;
                    return true;
                }
            }
        } else {
            for (byte[] word : OTHER_WIRE_WORDS) {
                if (startsWith(t, end, from, word)) {
                    return false; // another protocol's line
                }
            }
        }
        if (endsWithIgnoreCase(t, from, end, DISCONNECTED)) {
            kind = Kind.DISCONNECTED;
            return true;
        }
        if (endsWithIgnoreCase(t, from, end, CONNECTED)) {
            kind = Kind.CONNECTED;
            // only the plain "POP3: Connected to host" of a POP3 connection
            return n == CONNECTED_TEXT.length && startsWith(t, n, 0, CONNECTED_TEXT);
        }
        // an HRESULT needs "0x": without it the parser's hresult() is 0 and the entry an other line
        if (indexOf(t, n, HEX_PREFIX) >= 0 || indexOf(t, n, HEX_PREFIX_UPPER) >= 0) {
            return false;
        }
        kind = Kind.OTHER;
        return true;
    }

    /**
     * {@code LegacyLineScan.findThis} on the entry: copies the first complete THIS value, lower case, into
     * {@link #header}.
     *
     * @return its length, -1 when there is none, -2 when it is too long to keep
     */
    private int thisValue(byte[] t, int n) {
        long span = LegacyBytes.thisValueSpan(t, 0, n);
        if (span < 0) {
            return -1;
        }
        int value = (int) (span >>> 32);
        int end = (int) span;
        if (end - value > header.length) {
            return -2;
        }
        for (int k = value; k < end; k++) {
            byte c = t[k];
            header[k - value] = c >= 'A' && c <= 'Z' ? (byte) (c | 0x20) : c;
        }
        return end - value;
    }

    /** {@code LegacyLineScan.findHrStatus} on the entry: true when it finds a value that is not 0 */
    private static boolean nonZeroStatus(byte[] t, int n) {
        int at = indexOf(t, n, HR_STATUS_HEX);
        while (at >= 0) {
            int digits = at + HR_STATUS_HEX.length;
            int end = digits;
            boolean nonZero = false;
            while (end < n && end - digits < 8 && hex(t[end])) {
                nonZero |= t[end] != '0';
                end++;
            }
            if (end > digits) {
                return nonZero;
            }
            at = indexOf(t, n, HR_STATUS_HEX, at + 1);
        }
        return false;
    }

    private static final long OPENING_BRACKETS = Swar.broadcast((byte) '[');
    private static final long OPENING_PARENTHESES = Swar.broadcast((byte) '(');
    private static final long CLOSING_PARENTHESES = Swar.broadcast((byte) ')');

    /**
     * {@code indexOf(t, n, THIS_OPEN) >= 0 || indexOf(t, n, FLAGS) >= 0} in one pass: the places to compare are the
     * '[' and '(' bytes, found eight at a time ({@link Swar#matches} is exact).
     */
    private static boolean thisOrFlags(byte[] t, int n) {
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long x = Swar.getLong(t, i);
            long candidates = Swar.matches(x, OPENING_BRACKETS) | Swar.matches(x, OPENING_PARENTHESES);
            while (candidates != 0) {
                if (thisOrFlagsAt(t, n, i + Swar.firstFlaggedByte(candidates))) {
                    return true;
                }
                candidates &= candidates - 1;
            }
        }
        for (; i < n; i++) {
            if (thisOrFlagsAt(t, n, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean thisOrFlagsAt(byte[] t, int n, int i) {
        return t[i] == '[' ? startsWith(t, n, i, THIS_OPEN) : t[i] == '(' && startsWith(t, n, i, FLAGS);
    }

    /** @return true when the text opens no more parentheses than it closes (counted eight bytes at a time) */
    private static boolean balanced(byte[] t, int n) {
        int depth = 0;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long x = Swar.getLong(t, i);
            depth += Long.bitCount(Swar.matches(x, OPENING_PARENTHESES)) - Long.bitCount(Swar.matches(x, CLOSING_PARENTHESES));
        }
        for (; i < n; i++) {
            if (t[i] == '(') {
                depth++;
            } else if (t[i] == ')') {
                depth--;
            }
        }
        return depth <= 0;
    }

    private static boolean startsWith(byte[] t, int end, int from, byte[] prefix) {
        return end - from >= prefix.length && at(t, from, prefix);
    }

    private static int indexOf(byte[] t, int n, byte[] needle) {
        return indexOf(t, n, needle, 0);
    }

    private static int indexOf(byte[] t, int n, byte[] needle, int from) {
        for (int i = Swar.indexOf(t, from, n, needle[0]); i >= 0 && i + needle.length <= n;
                i = Swar.indexOf(t, i + 1, n, needle[0])) {
            if (at(t, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
