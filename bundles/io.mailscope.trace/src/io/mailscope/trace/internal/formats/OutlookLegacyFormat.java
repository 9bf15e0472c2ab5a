package io.mailscope.trace.internal.formats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.RepairKind;
import io.mailscope.trace.internal.conversation.RoutineCount;
import io.mailscope.trace.internal.conversation.RoutineEntries;
import io.mailscope.trace.internal.conversation.RoutineOtherLines;
import io.mailscope.trace.internal.conversation.RoutineRun;
import io.mailscope.trace.internal.index.InertCache;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * The old Outlook (2000–2002) troubleshooting log: {@code 2003.07.11 15:11:12 Callback::LogText[THIS: 001885a8]
 * (flags = …} entries followed by the logged text {@code "POP3: [tx] STAT")}, {@code Callback::ReportStatus[THIS: …]
 * (ulAsynchPhase = …, hrStatus = 0x800ccc97)} status entries, and tasks of several threads interleaved.
 * <p>
 * Such logs usually reach support pasted through mail software, so they arrive damaged, and this parser repairs them:
 * <ol>
 * <li><b>Wrapped lines are joined.</b> Every entry starts with {@code YYYY.MM.DD HH:MM:SS}; a physical line that does
 * not is the continuation of the entry before it (joined with one space, recorded as JOINED_WRAPPED_LINE).</li>
 * <li><b>Interleaved entries are separated.</b> When two threads wrote at once, a timestamp appears in the middle of a
 * line ({@code …RSF_COMPLETED2003.07.11 15:11:12}); the line is split there (SEPARATED_INTERLEAVED_ENTRY). A
 * continuation that cannot belong to the entry before it (starts with {@code ,} after a complete entry) is given back
 * to the ReportStatus entry that was cut off.</li>
 * <li><b>Text belongs to the THIS context of its LogText header.</b> A {@code "…"} text entry carries no context of
 * its own; it is the text of the most recent {@code Callback::LogText[THIS: x]} header (or of a {@code [THIS: x]}
 * embedded in the garbled text itself). Each THIS value is one task object (CPOPManifestTask, CPOPGetTask,
 * CPOPQuitTask…); a task's own entries are in order, so commands and replies are paired within one THIS context
 * (import does that, reporting PAIRED_DISTANT_REPLY when other entries lie in between).</li>
 * <li><b>Contexts are grouped into connections.</b> Several tasks share one POP3 connection: all "POP3: [tx]/&lt;rx&gt;"
 * lines between "Connected to host" and "Disconnected from host" of one connection are one POP3 session, whatever
 * THIS logged them. Because threads flush their entries late, a task's lines may appear after another task already
 * logged "Disconnected from host", so disconnection alone cannot end a session. What does is the protocol: a
 * connection has one QUIT and one login (USER/APOP), so a task that sends a second QUIT or USER while the current
 * connection already had one must be on a later connection. That is how the 0x800CCC97 fixture rebuilds: USER, PASS,
 * STAT, UIDL and LIST of tasks 001885a8 and 001b06d8 plus the QUIT of task 00180c30 form one conversation, and the
 * second QUIT ("+OK Bye!", task 001a3b78) starts connection 2. Likewise, once the current connection has sent QUIT,
 * a task never seen before whose first entry is "Connected to host" or a server line (the next account's greeting)
 * (or after it logged "Disconnected from host") starts a new connection.</li>
 * <li><b>Connections end.</b> A log of a day's send/receive cycles holds hundreds of thousands of connections: when
 * connection n begins, connection n-2 is ended (an {@link TraceRecord.End}), so late lines of the one before are
 * still placed while import keeps only a few sessions open.</li>
 * </ol>
 */
public final class OutlookLegacyFormat implements TraceFormat {

    /** the text of the entry after which a connection's routine exchanges may follow */
    private static final String ROUTINE_CONNECTED = "\"POP3: Connected to host\")"; //$NON-NLS-1$
    /** the text of the entry after which other lines usually follow (statuses, the next connection's header) */
    private static final String ROUTINE_DISCONNECTED = "\"POP3: Disconnected from host\")"; //$NON-NLS-1$
    /** the text of the connection event {@link #ROUTINE_CONNECTED} is (what the logged text's reading gives) */
    private static final String CONNECTED_TEXT = "POP3: Connected to host"; //$NON-NLS-1$
    /** the text of the connection event {@link #ROUTINE_DISCONNECTED} is */
    private static final String DISCONNECTED_TEXT = "POP3: Disconnected from host"; //$NON-NLS-1$
    /** what follows the timestamp of a line that is the entry {@link #ROUTINE_CONNECTED} and nothing else */
    private static final byte[] CONNECTED_LINE = (" " + ROUTINE_CONNECTED).getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    /** what follows the timestamp of a line that is the entry {@link #ROUTINE_DISCONNECTED} and nothing else */
    private static final byte[] DISCONNECTED_LINE = (" " + ROUTINE_DISCONNECTED).getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    /** where the two lines' texts first differ: the 'C' of "Connected", the 'D' of "Disconnected" */
    private static final int ENTRY_KIND_AT = 8;
    /** the longest such line, its CR LF included */
    private static final int ENTRY_LINE_BYTES = LegacyLineScan.TIMESTAMP_LENGTH + DISCONNECTED_LINE.length + 2;
    private static final Pattern ANNOTATION = Pattern.compile("^\\[\\*+.*\\*+\\]\\s*$"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        boolean callbacks = sample.any(l -> l.contains("Callback::LogText") || l.contains("Callback::ReportStatus")); //$NON-NLS-1$ //$NON-NLS-2$
        boolean wire = sample.any(l -> l.matches(".*\"(POP3|SMTP|IMAP): (\\[tx\\]|<rx>|\\[rx\\]|<tx>).*")); //$NON-NLS-1$
        boolean started = sample.any(l -> l.contains("Logging Started (level is LTF_")); //$NON-NLS-1$
        if (callbacks && (wire || started)) {
            return 0.97;
        }
        if (callbacks) {
            return 0.8;
        }
        return started && wire ? 0.6 : 0;
    }

    @Override
    public boolean claims(String line) {
        return line.contains("Callback::") || line.matches("^\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d \"(POP3|SMTP|IMAP): .*");
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    /** One log entry after joining its wrapped lines. */
    private static final class Entry {
        final String time;
        /** the text while it is one piece (most entries): no builder, no copy; the first piece while there are two */
        private String single;
        /**
         * the second piece while there are two (a LogText header and its flags line, a ReportStatus entry and its
         * phase: most wrapped entries), the text then being {@code single}, a space if {@link #spaced}, and this
         */
        private String second;
        private boolean spaced;
        /** the text once a third piece was appended */
        private StringBuilder joinedText;
        final int firstLine;
        int lastLine;
        final long offset;
        boolean joined;

        Entry(String time, String text, int line, long offset) {
            this.time = time;
            this.single = text;
            this.firstLine = line;
            this.lastLine = line;
            this.offset = offset;
        }

        String text() {
            if (joinedText != null) {
                return joinedText.toString();
            }
            if (second != null) {
                oneText(spaced ? String.join(" ", single, second) : single.concat(second)); //$NON-NLS-1$
            }
            return single;
        }

        /** The two pieces are one text now: {@code text}, the one {@link #text()} would make of them. */
        void oneText(String text) {
            single = text;
            second = null;
        }

        boolean textEmpty() {
            return joinedText != null ? joinedText.isEmpty() : single.isEmpty() && (second == null || second.isEmpty());
        }

        /** Appends a wrapped line's piece, after a space when {@code space}. */
        void append(boolean space, String piece) {
            if (joinedText == null && second == null && !joined) {
                second = piece;
                spaced = space;
                return;
            }
            StringBuilder b = builder();
            if (space) {
                b.append(' ');
            }
            b.append(piece);
        }

        /** Appends the rest of a ReportStatus entry that other entries cut off (no space). */
        void append(String piece) {
            builder().append(piece);
        }

        private StringBuilder builder() {
            if (joinedText == null) {
                joinedText = new StringBuilder(single.length() + 64).append(single);
                if (second != null) {
                    if (spaced) {
                        joinedText.append(' ');
                    }
                    joinedText.append(second);
                    second = null;
                }
                single = null;
            }
            return joinedText;
        }

        Span span() {
            return new Span(firstLine, lastLine, offset, time);
        }
    }

    private static final class Parser implements TraceParser, RoutineTriage {
        private static final String CONNECTION_PREFIX = "outlook-connection-"; //$NON-NLS-1$
        private Entry current;
        /** A ReportStatus entry that ended without its closing parenthesis: another thread's entry cut it. */
        private Entry cutStatus;
        private String headerContext;
        private final Map<String, Connection> connectionOfContext = new HashMap<>();
        /**
         * the hashes of {@link #connectionOfContext}'s keys, {@link #boundCount} of them (a few): what a run found
         * ahead is compared with for every routine session, without walking the map ({@link TakenRun#mayBeBound})
         */
        private int[] boundHashes = new int[8];
        private int boundCount;
        private Connection currentConnection;
        private int connections;
        /** the run {@link #routineRun} matched last */
        private final OutlookLegacyRoutineRun.Match[] routine = new OutlookLegacyRoutineRun.Match[1];
        private final Predicate<String> contextBound = connectionOfContext::containsKey;
        private final InertCache inertTexts = new InertCache();
        private final OutlookLegacyRoutineRun.Memo nextRun = new OutlookLegacyRoutineRun.Memo();

        /**
         * The entry just read is the {@code "POP3: Connected to host"} of a context never bound, logged while no
         * connection or one that sent QUIT or closed is the current one: ending the entry begins a fresh connection,
         * whose routine exchanges may follow.
         */
        @Override
        public boolean routineMayFollow() {
            Entry e = current;
            return e != null && e.joinedText == null && ROUTINE_CONNECTED.equals(e.single) && cutStatus == null
                    && headerContext != null && !connectionOfContext.containsKey(headerContext)
                    && (currentConnection == null || currentConnection.quit() || currentConnection.closed());
        }

        @Override
        public int routineRun(byte[] bytes, int from, int to, int[] counts) {
            routine[0] = null;
            return OutlookLegacyRoutineRun.match(bytes, from, to, headerContext, contextBound, inertTexts, nextRun, counts, routine);
        }

        @Override
        public RunsAhead runsAhead() {
            return window -> {
                RunScanner scanner = new OutlookLegacyRoutineRun.Scanner(window);
                return (bytes, readFrom, behind, from, chunkEnd, have, found, closed) -> scanner.scan(bytes, readFrom, behind,
                        from, chunkEnd, have, run -> found.accept(handedOver(run)), closed);
            };
        }

        /**
         * A run as a worker hands it to this parser: what the parser reads of it made on the worker, in one place. The
         * parse thread's first read of each object a worker wrote misses its cache (the run's record, its match, the
         * lookahead's contexts: most of the parse thread's time is such misses once it parses two lines per session),
         * so the match is copied next to the run's record, the unbound contexts' hashes are kept in it (the parser
         * compares them with those of its bound contexts and looks at the strings only when one is the same), and the
         * strings the parser looks up in its maps later have their hashes computed here (a String keeps its hash).
         */
        private static RunAhead handedOver(RunAhead run) {
            hash(run.context());
            if (run.detail() instanceof OutlookLegacyRoutineRun.Ahead ahead) {
                OutlookLegacyRoutineRun.Match m = ahead.match();
                hash(m.lastHeaderContext());
                hash(m.transportContext());
                String[] unbound = ahead.unbound();
                TakenRun taken = new TakenRun(new OutlookLegacyRoutineRun.Match(m.lines(), m.otherLines(), m.repairs(),
                        m.lastHeaderContext(), m.transportContext()), unbound, unbound.length,
                        unbound.length > 0 ? unbound[0].hashCode() : 0, unbound.length > 1 ? unbound[1].hashCode() : 0,
                        ahead.lineLength(), ahead.lineTime());
                return new RunAhead(run.after(), run.context(), run.length(), run.exchanges(), run.commands(), run.protocolLines(),
                        taken);
            }
            if (run.detail() instanceof OutlookLegacyRoutineRun.OtherLinesAhead others) {
                hash(others.lines().headerContext());
            }
            return run;
        }

        private static void hash(String context) {
            if (context != null) {
                context.hashCode(); // cached in the string
            }
        }

        /**
         * A routine run a worker found ({@link OutlookLegacyRoutineRun.Ahead}), as this parser takes it: its match, the
         * contexts the lookahead took for unbound, how many, the hashes of the first two, and the "Connected to host" line
         * before the run ({@link OutlookLegacyRoutineRun.Ahead}).
         */
        private record TakenRun(OutlookLegacyRoutineRun.Match match, String[] unbound, int unboundCount, int hash0, int hash1,
                int lineLength, String lineTime) {

            /**
             * @param boundHashes the hashes of the bound contexts, {@code boundCount} of them
             * @return true when one of the unbound contexts may be a bound one (false: none is)
             */
            boolean mayBeBound(int[] boundHashes, int boundCount) {
                if (unboundCount == 0) {
                    return false;
                }
                if (unboundCount > 2) {
                    return true;
                }
                for (int i = 0; i < boundCount; i++) {
                    int h = boundHashes[i];
                    if (h == hash0 || unboundCount > 1 && h == hash1) {
                        return true;
                    }
                }
                return false;
            }
        }


        /**
         * A run a worker found ahead is this parser's answer when it was matched with the context this parser would
         * match with, and none of the contexts the lookahead after it took for new ones is bound to a connection here
         * (see {@link OutlookLegacyRoutineRun.Scanner}).
         */
        @Override
        public boolean routineRunFound(RunAhead run, int[] counts) {
            routine[0] = null;
            if (run.context() == null || !run.context().equals(headerContext)) {
                return false; // matched with another context, or other lines
            }
            if (run.length() < 0) {
                return true; // not routine, whatever this parser has bound
            }
            TakenRun taken = (TakenRun) run.detail();
            if (taken.mayBeBound(boundHashes, boundCount)) {
                for (String context : taken.unbound()) {
                    if (connectionOfContext.containsKey(context)) {
                        return false;
                    }
                }
            }
            routine[0] = taken.match();
            counts[0] = run.exchanges();
            counts[1] = run.commands();
            counts[2] = run.protocolLines();
            return true;
        }

        @Override
        public boolean routineRunHoldsOtherLines() {
            return true;
        }

        @Override
        public int routineRunLines(int[] counts) {
            return routine[0].lines();
        }

        /**
         * Ends the "Connected to host" entry (its connection begins, bound to its context) and takes on what the run
         * leaves: the connection had its login and its QUIT, and the context of the run's last LogText header is the
         * current one.
         */
        @Override
        public RoutineCount routineRunCounted(TraceSink sink, int[] counts) {
            OutlookLegacyRoutineRun.Match run = routine[0];
            Span connected = routineConnected(sink);
            Connection connection = connectionOfContext.get(run.transportContext());
            if (connection == null || connection != currentConnection) {
                throw new IllegalStateException("a routine run without its fresh connection"); //$NON-NLS-1$
            }
            connection.flags |= Connection.LOGIN | Connection.QUIT;
            countedConnection = connection;
            headerContext = run.lastHeaderContext();
            String ended = endedWithCount;
            endedWithCount = null;
            return new RoutineEntries(ended, connected, connected == null ? null : CONNECTED_TEXT, connected == null ? null : connection.name,
                    new RoutineRun(counts[0], counts[1], counts[2]), run.transportContext(),
                    run.otherLines(), run.repairs());
        }

        /**
         * Ends the {@code "POP3: Connected to host"} entry {@link #routineMayFollow} saw, as {@link #flush} would (its
         * logged text is no protocol line, has no context of its own and ends with "connected to host": a connection
         * event of the header's context, which begins a new connection), without reading the text again; the event
         * goes with the run's count instead of as a record of its own (the builder makes no model object of the
         * event of a session it drops at its end).
         *
         * @return the entry's span, or null when the entry is not that one (then it was flushed as any other)
         */
        private Span routineConnected(TraceSink sink) {
            Entry e = current;
            if (e == null || e.joinedText != null || !ROUTINE_CONNECTED.equals(e.single) || cutStatus != null) {
                flush(sink);
                return null;
            }
            current = null;
            endedWithCount = null;
            connectionFor(headerContext, "", endsWithCount); //$NON-NLS-1$ as loggedText does for a connection event
            return e.span();
        }

        /** the connection whose end the start of a counted connection made (it goes with the count), or null */
        private String endedWithCount;
        /**
         * Where {@link #routineConnected} has the start of the connection put the end of the one before the one before
         * (the only record a connection's start makes, with no span: no entry is open then): kept for the count.
         */
        private final TraceSink endsWithCount = record -> {
            if (record instanceof TraceRecord.End end && end.span() == null && endedWithCount == null) {
                endedWithCount = end.connection();
            } else {
                throw new IllegalStateException("a record besides the end of a connection where a counted one began"); //$NON-NLS-1$
            }
        };

        /** the other lines {@link #routineOtherLines} matched last */
        private final OutlookLegacyRoutineRun.OtherLines[] otherLines = new OutlookLegacyRoutineRun.OtherLines[1];

        /** the connection whose routine run was counted last (its session's masking saw routine lines only) */
        private Connection countedConnection;

        /**
         * The entry just read is the {@code "POP3: Disconnected from host"} of the connection whose routine run was
         * counted last, with nothing held back: the statuses and headers that usually follow it are other lines, which
         * the builder would mask with that session's masking (the one session whose masking is known to hold no secret
         * and no open exchange: a text it leaves as it is stays so), and only count once the model is full.
         */
        @Override
        public boolean routineOtherLinesMayFollow() {
            Entry e = current;
            return e != null && e.joinedText == null && ROUTINE_DISCONNECTED.equals(e.single) && cutStatus == null
                    && countedConnection != null && headerContext != null && countedConnection == connectionOfContext.get(headerContext);
        }

        @Override
        public int routineOtherLines(byte[] bytes, int from, int to, int[] lines) {
            otherLines[0] = null;
            int end = OutlookLegacyRoutineRun.otherLines(bytes, from, to, inertTexts, nextRun, otherLines);
            if (end >= 0) {
                lines[0] = otherLines[0].lines();
            }
            return end;
        }

        /** Other lines a worker found after the same offset are this parser's answer: they depend on their bytes alone. */
        @Override
        public boolean routineOtherLinesFound(RunAhead found, int[] lines) {
            otherLines[0] = null;
            if (found.context() != null) {
                return false; // a run
            }
            if (found.length() >= 0) {
                otherLines[0] = ((OutlookLegacyRoutineRun.OtherLinesAhead) found.detail()).lines();
                lines[0] = otherLines[0].lines();
            }
            return true;
        }

        /**
         * Ends the entry before them, and takes on the context of their last header. The entry is the counted
         * connection's {@code "POP3: Disconnected from host"} ({@link #routineOtherLinesMayFollow}): it is ended as
         * {@link #flush} would (a close of the header context's connection; by the client, after its QUIT), without
         * reading the text again, and the close goes with the count instead of as a record of its own.
         */
        @Override
        public RoutineCount routineOtherLinesCounted(TraceSink sink) {
            OutlookLegacyRoutineRun.OtherLines found = otherLines[0];
            Entry e = current;
            Span disconnected = null;
            Connection connection = null;
            if (e != null && e.joinedText == null && ROUTINE_DISCONNECTED.equals(e.single) && cutStatus == null) {
                current = null;
                connection = connectionFor(headerContext, null);
                connection.flags |= Connection.CLOSED;
                if (connection.quit()) {
                    disconnected = e.span();
                } else {
                    sink.accept(new TraceRecord.Connection(e.span(), ConnectionEventKind.CLOSED_BY_SERVER, DISCONNECTED_TEXT,
                            connection.name));
                }
            } else {
                flush(sink);
            }
            if (found.header()) {
                headerContext = found.headerContext();
            }
            return new RoutineOtherLines(disconnected, disconnected == null ? null : DISCONNECTED_TEXT,
                    disconnected == null ? null : connection.name, found.otherLines(), found.repairs());
        }

        /** the timestamp and the text of the line {@link #routineEntryLine} or {@link #routineEntryLineFound} matched last */
        private String entryLineTime;
        private String entryLineText;
        /** the last timestamp {@link #routineEntryLine} made, and its bytes */
        private String bytesTime;
        private final byte[] entryLineTimeBytes = new byte[LegacyLineScan.TIMESTAMP_LENGTH];

        /**
         * A line that is the {@code "POP3: Connected to host"} or {@code "POP3: Disconnected from host"} entry and
         * nothing else (a timestamp at its start, the text right after it, CR LF or LF): {@link #accept} makes an entry of
         * it and nothing more (the text holds no timestamp, no annotation, nothing to join), which
         * {@link #routineEntryLineTaken} makes the same on the line's bytes.
         */
        @Override
        public int routineEntryLine(byte[] bytes, int from, int to) {
            if (to - from < ENTRY_LINE_BYTES) {
                return entryLineScanned(bytes, from, to);
            }
            // bytes enough for either line: the one its ninth text byte names ('C'onnected or 'D'isconnected) compared
            // at once, its terminator right after it; the same answer as finding the line's end first (neither text
            // holds a CR or LF)
            int text = from + LegacyLineScan.TIMESTAMP_LENGTH;
            byte[] line = bytes[text + ENTRY_KIND_AT] == 'C' ? CONNECTED_LINE : DISCONNECTED_LINE;
            int end = text + line.length;
            int lf = bytes[end] == '\n' ? end : bytes[end] == '\r' && bytes[end + 1] == '\n' ? end + 1 : -1;
            if (lf < 0 || !Arrays.equals(bytes, text, end, line, 0, line.length)) {
                return NOT_ROUTINE;
            }
            return entryLineTimed(bytes, from, end, line == CONNECTED_LINE ? ROUTINE_CONNECTED : ROUTINE_DISCONNECTED, lf);
        }

        /** {@link #routineEntryLine} on fewer bytes than the longer line takes: its end found first */
        private int entryLineScanned(byte[] bytes, int from, int to) {
            int scanTo = Math.min(to, from + ENTRY_LINE_BYTES);
            int lf = -1;
            for (int i = from + LegacyLineScan.TIMESTAMP_LENGTH; i < scanTo; i++) {
                if (bytes[i] == '\n') {
                    lf = i;
                    break;
                }
            }
            if (lf < 0) {
                return scanTo < from + ENTRY_LINE_BYTES ? MORE_BYTES : NOT_ROUTINE;
            }
            int end = bytes[lf - 1] == '\r' ? lf - 1 : lf;
            int text = from + LegacyLineScan.TIMESTAMP_LENGTH;
            String entry;
            if (Arrays.equals(bytes, text, end, CONNECTED_LINE, 0, CONNECTED_LINE.length)) {
                entry = ROUTINE_CONNECTED;
            } else if (Arrays.equals(bytes, text, end, DISCONNECTED_LINE, 0, DISCONNECTED_LINE.length)) {
                entry = ROUTINE_DISCONNECTED;
            } else {
                return NOT_ROUTINE;
            }
            return entryLineTimed(bytes, from, end, entry, lf);
        }

        /**
         * The line at {@code from} is the entry {@code entry} up to {@code end}, its LF at {@code lf}, if it starts with
         * a timestamp.
         *
         * @return the offset after the line, or {@link #NOT_ROUTINE}
         */
        private int entryLineTimed(byte[] bytes, int from, int end, String entry, int lf) {
            if (bytesTime == null || !Arrays.equals(bytes, from, from + LegacyLineScan.TIMESTAMP_LENGTH, entryLineTimeBytes,
                    0, LegacyLineScan.TIMESTAMP_LENGTH)) {
                // a timestamp other than the last one's (which it repeats within a second): checked and made anew
                if (!LegacyLineScan.timestampAt(bytes, from, end)) {
                    return NOT_ROUTINE;
                }
                bytesTime = new String(bytes, from, LegacyLineScan.TIMESTAMP_LENGTH, StandardCharsets.ISO_8859_1);
                System.arraycopy(bytes, from, entryLineTimeBytes, 0, LegacyLineScan.TIMESTAMP_LENGTH);
            }
            entryLineTime = bytesTime;
            entryLineText = entry;
            return lf + 1;
        }

        /**
         * The entry line a worker found {@code found} after, when it begins at {@code lineStart}: a "Connected to host"
         * line before a run, a "Disconnected from host" line before other lines, which the worker found as
         * {@link #routineEntryLine} finds them (see {@link OutlookLegacyRoutineRun.OtherLinesAhead}); made the line
         * {@link #routineEntryLineTaken} takes, as routineEntryLine would, without the line's bytes being read.
         */
        @Override
        public int routineEntryLineFound(RunAhead found, long lineStart) {
            int length;
            String time;
            String text;
            if (found.detail() instanceof TakenRun run) {
                length = run.lineLength();
                time = run.lineTime();
                text = ROUTINE_CONNECTED;
            } else if (found.detail() instanceof OutlookLegacyRoutineRun.OtherLinesAhead others) {
                length = others.lineLength();
                time = others.lineTime();
                text = ROUTINE_DISCONNECTED;
            } else {
                return NOT_ROUTINE;
            }
            if (found.after() - length != lineStart) {
                return NOT_ROUTINE;
            }
            entryLineTime = time; // the worker's String, not read here (the first read of what another core wrote costs)
            entryLineText = text;
            return length;
        }

        /** What {@link #segment} does with the line's text: the entry before it ends, the line's entry begins. */
        @Override
        public void routineEntryLineTaken(int number, long offset, TraceSink sink) {
            flush(sink);
            current = new Entry(entryLineTime, entryLineText, number, offset);
        }

        /** Outlook 2000-2002 logs have no "Begin execution" of a whole session to count. */
        @Override
        public boolean routineSessionMayFollow() {
            return false;
        }

        @Override
        public int routineSession(byte[] bytes, int from, int to, OutlookRoutineSession.SessionShape[] shape) {
            return NOT_ROUTINE;
        }

        @Override
        public void routineSessionCounted() {
            throw new IllegalStateException("no routine session was matched"); //$NON-NLS-1$
        }

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String text = line.text();
            if (text.startsWith("[*") && ANNOTATION.matcher(text).matches()) { //$NON-NLS-1$
                flush(sink);
                sink.accept(new TraceRecord.Other(Span.of(line), text));
                return;
            }
            // split at timestamps inside the line: entries of two threads written into one line
            // (LegacyLineScan finds the TIMESTAMP pattern's matches one after the other, as Matcher.find() would)
            int searchFrom = 0;
            int segmentStart = 0;
            boolean first = true;
            // whether the segment starts with a timestamp, known from the search: a segment after the first starts at
            // one it found, the first when it found one at 0 (the only one found at a segment's start)
            boolean timestamped = false;
            while (true) {
                int next = -1;
                int found;
                while ((found = LegacyLineScan.nextTimestamp(text, searchFrom)) >= 0) {
                    searchFrom = found + LegacyLineScan.TIMESTAMP_LENGTH;
                    if (found > segmentStart) {
                        next = found;
                        break;
                    }
                    timestamped = true;
                }
                String segment = next < 0 ? text.substring(segmentStart) : text.substring(segmentStart, next);
                segment(line, segmentStart, segment, !first, timestamped, sink);
                timestamped = true;
                if (next < 0) {
                    break;
                }
                segmentStart = next;
                first = false;
            }
        }

        /** @param timestamped whether {@code segment} starts with a timestamp ({@link LegacyLineScan#timestampAt}) */
        private void segment(SourceLine line, int column, String segment, boolean split, boolean timestamped, TraceSink sink) {
            // LEADING_TIMESTAMP
            if (timestamped) {
                int end = LegacyLineScan.TIMESTAMP_LENGTH;
                if (end < segment.length() && segment.charAt(end) == ' ') {
                    end++;
                }
                flush(sink);
                current = new Entry(time(segment), wrappedTexts.firstPiece(segment, end), line.number(), line.offset() + column);
                if (split) {
                    sink.accept(new TraceRecord.Repair(Span.of(line), RepairKind.SEPARATED_INTERLEAVED_ENTRY,
                            "entry starting at column " + (column + 1) + " of L" + line.number() //$NON-NLS-1$ //$NON-NLS-2$
                                    + " separated from the entry it was written into")); //$NON-NLS-1$
                }
                return;
            }
            if (segment.isEmpty() && column == 0 && current == null) {
                sink.accept(new TraceRecord.Other(Span.of(line), segment));
                return;
            }
            String stripped = segment.strip();
            if (current != null && cutStatus != null && stripped.startsWith(",") //$NON-NLS-1$
                    && current.text().strip().endsWith(")")) { //$NON-NLS-1$
                // the rest of a ReportStatus entry that another thread's entries cut off
                Entry cut = cutStatus;
                cutStatus = null;
                sink.accept(new TraceRecord.Repair(Span.of(line), RepairKind.SEPARATED_INTERLEAVED_ENTRY, "L" //$NON-NLS-1$
                        + line.number() + " is the rest of the ReportStatus entry at L" + cut.firstLine //$NON-NLS-1$
                        + " that other entries cut off")); //$NON-NLS-1$
                cut.append(segment);
                classifyStatus(cut, sink, new Span(line.number(), line.number(), line.offset(), cut.time));
                return;
            }
            if (current == null) {
                sink.accept(new TraceRecord.Other(Span.of(line), segment));
                return;
            }
            current.append(!current.textEmpty() && !segment.isEmpty(), stripped);
            current.lastLine = line.number();
            current.joined = true;
        }

        @Override
        public void finish(TraceSink sink) {
            flush(sink);
            if (cutStatus != null) {
                sink.accept(new TraceRecord.Other(cutStatus.span(), cutStatus.text()));
                cutStatus = null;
            }
        }

        private void flush(TraceSink sink) {
            Entry e = current;
            current = null;
            if (e == null) {
                return;
            }
            if (e.joined) {
                sink.accept(new TraceRecord.Repair(e.span(), RepairKind.JOINED_WRAPPED_LINE,
                        joinedDescription(e.firstLine, e.lastLine)));
            }
            String text = wrappedTexts.text(e);
            if (text.startsWith("Callback::LogText")) { //$NON-NLS-1$
                headerContext = text == lastHeader ? lastHeaderContext : headerContext(text);
                sink.accept(new TraceRecord.Other(e.span(), text));
            } else if (text.startsWith("Callback::ReportStatus")) { //$NON-NLS-1$
                if (!text.contains("hrStatus") && unbalanced(text)) { //$NON-NLS-1$
                    if (cutStatus != null) {
                        sink.accept(new TraceRecord.Other(cutStatus.span(), cutStatus.text()));
                    }
                    cutStatus = e;
                    return;
                }
                classifyStatus(e, sink, e.span());
            } else if (text.startsWith("\"")) { //$NON-NLS-1$
                loggedText(e, text, sink);
            } else {
                sink.accept(new TraceRecord.Other(e.span(), text));
            }
        }

        /** the text of the LogText header read last (the same object when a header repeats, see {@link WrappedTexts}) */
        private String lastHeader;
        /** the context {@link #lastHeader} names, lower case, or null */
        private String lastHeaderContext;

        /** @return the context the LogText header {@code text} names, lower case, or null; remembered for the next */
        private String headerContext(String text) {
            int[] context = LegacyLineScan.findThis(text);
            lastHeader = text;
            return lastHeaderContext = context != null ? lowerContext(text, context[2], context[3]) : null;
        }

        private final WrappedTexts wrappedTexts = new WrappedTexts();

        private static final byte[] WRAPPED = "wrapped entry L".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
        /** where {@link #joinedDescription} writes: {@link #WRAPPED}, then the line numbers' digits and the rest */
        private final byte[] description = Arrays.copyOf(WRAPPED, 64);

        /**
         * @return "wrapped entry L<first>-L<last> joined", written into one array and made a String: once per wrapped
         *         entry (every LogText header), most of them while the code is still cold, where an indified
         *         concatenation runs through its call site's method handle and a StringBuilder makes four objects
         */
        private String joinedDescription(int first, int last) {
            if (first < 0 || last < 0) {
                return "wrapped entry L" + first + "-L" + last + " joined"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            byte[] b = description;
            int at = digits(b, WRAPPED.length, first);
            b[at++] = '-';
            b[at++] = 'L';
            at = digits(b, at, last);
            for (int k = 0; k < JOINED.length; k++) {
                b[at++] = JOINED[k];
            }
            return new String(b, 0, at, StandardCharsets.ISO_8859_1);
        }

        private static final byte[] JOINED = " joined".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

        /**
         * Writes the decimal digits of {@code n} (>= 0) at {@code at}.
         *
         * @return the offset after them
         */
        private static int digits(byte[] b, int at, int n) {
            int end = at + (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6
                    : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10);
            int i = end;
            int rest = n;
            do {
                // rest / 10 by a multiplication (exact for every int >= 0): the quick JIT tier divides by a constant
                int tenth = (int) (rest * 0xCCCCCCCDL >>> 35);
                b[--i] = (byte) ('0' + rest - tenth * 10);
                rest = tenth;
            } while (rest != 0);
            return end;
        }

        /** the timestamp of the entry {@link #time} read last */
        private String lastTime;

        /**
         * @return the timestamp {@code segment} starts with: the last one again when it is the same (the entries of a
         *         second share it), else a new one
         */
        private String time(String segment) {
            String last = lastTime;
            if (last != null && segment.startsWith(last)) {
                return last;
            }
            return lastTime = segment.substring(0, LegacyLineScan.TIMESTAMP_LENGTH);
        }

        /** the context id read last (most entries repeat it), lower case */
        private String lastContext;

        /**
         * @return {@code text.substring(from, to).toLowerCase(Locale.ROOT)}: the last one again when the region is
         *         ASCII and lower-cases to it (no substring per entry), else a new one
         */
        private String lowerContext(String text, int from, int to) {
            String last = lastContext;
            if (last != null && last.length() == to - from) {
                int i = 0;
                while (i < last.length()) {
                    char c = text.charAt(from + i);
                    if (c >= 0x80 || (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != last.charAt(i)) {
                        break;
                    }
                    i++;
                }
                if (i == last.length()) {
                    return last;
                }
            }
            return lastContext = text.substring(from, to).toLowerCase(Locale.ROOT);
        }

        /** "(ulAsynchPhase = RSF_COMPLETED" without its ")": the rest of the entry was written elsewhere. */
        private static boolean unbalanced(String text) {
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            return depth > 0;
        }

        private void classifyStatus(Entry e, TraceSink sink, Span lastPart) {
            String text = e.text();
            String hr = LegacyLineScan.findHrStatus(text);
            int[] ctx = LegacyLineScan.findThis(text);
            String context = ctx != null ? lowerContext(text, ctx[2], ctx[3]) : null;
            Span span = e.span().withLastLine(lastPart.lastLine());
            if (hr != null) {
                int value = Integer.parseUnsignedInt(hr.substring(2), 16);
                if (value != 0) {
                    sink.accept(new TraceRecord.Status(span, value, text, connectionFor(context, null).name));
                    return;
                }
            }
            sink.accept(new TraceRecord.Other(span, text));
        }

        private void loggedText(Entry e, String raw, TraceSink sink) {
            // what is between the opening quote and the closing quote and parenthesis (or quote), in one copy
            int n = raw.length();
            String text = n >= 3 && raw.endsWith("\")") ? raw.substring(1, n - 2) //$NON-NLS-1$
                    : n >= 2 && raw.endsWith("\"") ? raw.substring(1, n - 1) : raw.substring(1); //$NON-NLS-1$
            String context = headerContext;
            int[] inline = LegacyLineScan.findThis(text);
            if (inline != null) {
                // garbled: "[THIS: 00180c30] POP3: Authorized to host(flags = …": the context is written into the text
                context = lowerContext(text, inline[2], inline[3]);
                text = (text.substring(0, inline[0]) + text.substring(inline[1])).strip();
            }
            int flags = text.indexOf("(flags ="); //$NON-NLS-1$
            if (flags > 0) {
                text = text.substring(0, flags);
            }
            LegacyLineScan.Wire wire = LegacyLineScan.wire(text); // the WIRE pattern
            if (wire != null) {
                Protocol protocol = CommonLines.protocolWord(wire.protocol());
                boolean client = wire.client();
                String payload = wire.payload();
                String connection = connectionFor(context, client ? payload : "", sink).name; //$NON-NLS-1$
                sink.accept(new TraceRecord.Wire(e.span(), client ? Direction.CLIENT : Direction.SERVER, protocol, payload,
                        connection, context == null ? "" : context)); //$NON-NLS-1$
                return;
            }
            String lower = lowerTail(text, DISCONNECTED_FROM_HOST.length());
            if (lower.endsWith("connected to host") && !lower.endsWith(DISCONNECTED_FROM_HOST)) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(e.span(), ConnectionEventKind.CONNECTED, text,
                        connectionFor(context, "", sink).name)); //$NON-NLS-1$
            } else if (lower.endsWith(DISCONNECTED_FROM_HOST)) {
                Connection connection = connectionFor(context, null);
                connection.flags |= Connection.CLOSED;
                sink.accept(new TraceRecord.Connection(e.span(), connection.quit()
                        ? ConnectionEventKind.CLOSED_BY_CLIENT : ConnectionEventKind.CLOSED_BY_SERVER, text, connection.name));
            } else {
                int hr = CommonLines.hresult(text);
                if (hr != 0) {
                    sink.accept(new TraceRecord.Status(e.span(), hr, text, connectionFor(context, null).name));
                } else {
                    sink.accept(new TraceRecord.Other(e.span(), raw));
                }
            }
        }

        private static final String DISCONNECTED_FROM_HOST = "disconnected from host"; //$NON-NLS-1$

        /**
         * @return a string whose end is that of {@code text.toLowerCase(Locale.ROOT)} for the last {@code n} characters
         *         (what an {@code endsWith} of up to {@code n} characters tells): only those lowered when they are ASCII
         *         (each lowers to one character then, whatever comes before them), else the whole text lowered
         */
        private static String lowerTail(String text, int n) {
            int from = Math.max(0, text.length() - n);
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return text.toLowerCase(Locale.ROOT);
                }
            }
            return text.substring(from).toLowerCase(Locale.ROOT);
        }

        /**
         * The connection a context's entry belongs to (see the class comment, step 4).
         *
         * @param command the client command of a protocol line ("" for a server line), null for other entries
         */
        private Connection connectionFor(String context, String command) {
            return connectionFor(context, command, null);
        }

        /**
         * @param sink where the end of an older connection is reported when a new one begins (null: not here)
         */
        private Connection connectionFor(String context, String command, TraceSink sink) {
            String verb = command == null || command.isBlank() ? null : firstWord(command.strip()).toUpperCase(Locale.ROOT);
            Connection known = context == null ? null : connectionOfContext.get(context);
            Connection connection = known != null ? known : currentConnection;
            if (connection == null) {
                connection = newConnection(sink);
            } else if (known == null && verb != null
                    && (verb.equals("QUIT") && connection.quit() //$NON-NLS-1$
                            || (verb.equals("USER") || verb.equals("APOP")) && connection.login())) { //$NON-NLS-1$ //$NON-NLS-2$
                connection = newConnection(sink);
            } else if (known == null && context != null && verb == null && command != null
                    && (connection.quit() || connection.closed())) {
                // a task never seen before starts with a greeting or "Connected" after this connection's QUIT or close
                connection = newConnection(sink);
            }
            if (context != null && known == null && command != null) {
                // contexts are bound by their first protocol line; status lines alone do not bind a context
                bind(context, connection);
            }
            if (verb != null) {
                switch (verb) {
                    case "QUIT" -> connection.flags |= Connection.QUIT; //$NON-NLS-1$
                    case "USER", "APOP" -> connection.flags |= Connection.LOGIN; //$NON-NLS-1$ //$NON-NLS-2$
                    default -> {
                        // other commands do not mark the connection
                    }
                }
            }
            return connection;
        }

        /** @return what {@code text.split(" ", 2)[0]} gives, without the array */
        private static String firstWord(String text) {
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space);
        }

        /** Binds a context (one no connection has) to the connection. */
        private void bind(String context, Connection connection) {
            if (connectionOfContext.put(context, connection) == null) {
                if (boundCount == boundHashes.length) {
                    boundHashes = Arrays.copyOf(boundHashes, boundCount * 2);
                }
                boundHashes[boundCount++] = context.hashCode();
            }
            connection.bound(context);
        }

        /** The context is no longer bound: one of its hash goes. */
        private void unbound(String context) {
            int h = context.hashCode();
            for (int i = 0; i < boundCount; i++) {
                if (boundHashes[i] == h) {
                    boundHashes[i] = boundHashes[--boundCount];
                    return;
                }
            }
        }

        /**
         * the last three connections, by number modulo 3: the one that is over when a new one begins, with its name (the
         * same string as its sessions' key, its hash known) and the contexts bound to it
         */
        private final Connection[] recentConnections = new Connection[3];
        private final ConnectionNames connectionNames = new ConnectionNames(CONNECTION_PREFIX);

        private Connection newConnection(TraceSink sink) {
            ++connections;
            Connection c = new Connection(connectionNames.next());
            currentConnection = c;
            recentConnections[connections % 3] = c;
            if (sink != null && connections > 2) {
                // late entries of the connection before may still come; the one before that is over: its contexts that
                // are still bound to it are unbound (nothing asks about it any more)
                Connection over = recentConnections[(connections - 2) % 3];
                sink.accept(new TraceRecord.End(current == null ? null : current.span(), over.name));
                for (int i = 0, n = over.contexts(); i < n; i++) {
                    if (connectionOfContext.remove(over.context(i), over)) {
                        unbound(over.context(i));
                    }
                }
            }
            return c;
        }
    }

    /**
     * The texts of the entries of two pieces (a LogText header and its flags line, a ReportStatus entry and its phase)
     * made last, with their pieces: an entry whose pieces are those of one of them gets that text again, the same
     * String, instead of a new one. A task's LogText headers repeat while it logs ({@code Callback::LogText[THIS:
     * 20000001] (flags = LTF_TRACE, hr = 00000000, code = 00000000,}): no copy is made of each, and what reads the texts
     * later can tell a repeated one by its identity (the builder's masking, {@code InertTextMemo}; the header's
     * context here).
     */
    private static final class WrappedTexts {
        /** per slot: the first piece, the second, whether a space is between them, and the text; the older replaced */
        private final String[] firsts = new String[2];
        private final String[] seconds = new String[2];
        private final boolean[] spaced = new boolean[2];
        private final String[] texts = new String[2];
        private int older;

        /** @return {@code e.text()}, and the entry holds it as its one piece from now on */
        String text(Entry e) {
            String second = e.second;
            if (second == null) {
                return e.text();
            }
            String first = e.single;
            for (int k = 0; k < 2; k++) {
                if (same(first, firsts[k]) && spaced[k] == e.spaced && same(second, seconds[k])) {
                    String text = texts[k];
                    e.oneText(text);
                    older = 1 - k;
                    return text;
                }
            }
            String text = e.text();
            int k = older;
            firsts[k] = first;
            seconds[k] = second;
            spaced[k] = e.spaced;
            texts[k] = text;
            older = 1 - k;
            return text;
        }

        /**
         * @return {@code segment.substring(from)}: the first piece of a remembered entry when it is that text (a
         *         repeated header's: no copy, and {@link #text} finds it by identity), else the substring
         */
        String firstPiece(String segment, int from) {
            int n = segment.length() - from;
            for (int k = 0; k < 2; k++) {
                String first = firsts[k];
                if (first != null && first.length() == n && segment.regionMatches(from, first, 0, n)) {
                    return first;
                }
            }
            return segment.substring(from);
        }

        /**
         * @return {@code a.equals(b)}, with the characters compared by {@code regionMatches}, a word at a time, where
         *         the quick JIT tier runs {@code equals} byte by byte
         */
        private static boolean same(String a, String b) {
            return a == b || b != null && a.length() == b.length() && a.regionMatches(0, b, 0, a.length());
        }
    }

    /**
     * The names of a parser's connections, {@code prefix} and 1, 2, 3…: each made from the last one's digits, counted
     * up in place (one string made per connection, where {@code prefix.concat(Integer.toString(n))} makes two strings
     * and two arrays; once per session of a large log).
     */
    public static final class ConnectionNames {
        private final int prefixLength;
        /** the last name, its digits counted up in place */
        private byte[] name;

        public ConnectionNames(String prefix) {
            prefixLength = prefix.length();
            name = prefix.concat("0").getBytes(StandardCharsets.ISO_8859_1); //$NON-NLS-1$
        }

        /** @return the next name */
        public String next() {
            byte[] n = name;
            int i = n.length - 1;
            while (i >= prefixLength && n[i] == '9') {
                n[i--] = '0';
            }
            if (i < prefixLength) {
                // all nines: one digit more, a 1 and as many zeros as before
                n = Arrays.copyOf(n, n.length + 1);
                n[prefixLength] = '1';
                n[n.length - 1] = '0';
                name = n;
            } else {
                n[i]++;
            }
            return new String(n, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * One connection of a parser: its name, what it saw (its QUIT, its USER or APOP, its close) and the contexts bound
     * to it. The parser holds the connection itself (as the current one, as the one its contexts are bound to, as
     * one of the last three), so nothing about a connection is looked up by its name.
     */
    private static final class Connection {
        static final int QUIT = 1;
        static final int LOGIN = 2;
        static final int CLOSED = 4;

        final String name;
        int flags;
        /** the contexts bound to the connection, in the order they were: the first, then the others (a few) */
        private String context;
        private String[] more;
        private int moreCount;

        Connection(String name) {
            this.name = name;
        }

        boolean quit() {
            return (flags & QUIT) != 0;
        }

        boolean login() {
            return (flags & LOGIN) != 0;
        }

        boolean closed() {
            return (flags & CLOSED) != 0;
        }

        /** The context was bound to the connection (it may be bound to another one since). */
        void bound(String c) {
            if (context == null) {
                context = c;
                return;
            }
            if (more == null) {
                more = new String[2];
            } else if (moreCount == more.length) {
                more = Arrays.copyOf(more, moreCount * 2);
            }
            more[moreCount++] = c;
        }

        int contexts() {
            return context == null ? 0 : 1 + moreCount;
        }

        String context(int i) {
            return i == 0 ? context : more[i - 1];
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
