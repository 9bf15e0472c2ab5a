package io.mailscope.trace.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.index.LineRange;
import io.mailscope.trace.index.RecordFilter;
import io.mailscope.trace.index.RecordIndex;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * The record index: one 32-byte entry per protocol record in a {@link MappedEntries} file (byte offset, first and
 * last line, session, direction, protocol, and where its masked text is when masking changed it). Pages are read by
 * re-parsing the source from a little before the first wanted record (the parser's state comes back within a few
 * records), and every re-parsed record is checked against its entry (offset and lines): when it does not match, the
 * re-read starts further back, up to the start of the trace, so a page is always the sequential parse's records.
 */
public final class RecordIndexFile implements RecordIndex, RecordObserver, AutoCloseable {

    private static final int ENTRY_BYTES = 32;
    private static final int OFFSET = 0;
    private static final int FIRST_LINE = 8;
    private static final int LAST_LINE = 12;
    private static final int SESSION = 16;
    private static final int DIRECTION = 20;
    private static final int PROTOCOL = 21;
    private static final int FLAGS = 22;
    private static final int MASKED_REF = 24;
    private static final short FLAG_MASKED = 1;
    /** Records re-parsed before the first wanted one, at first (multiplied by 8 on each retry). */
    static final int WARM_UP_RECORDS = 64;
    /** Wanted records closer than this are re-read in one pass. */
    private static final int RUN_GAP = 64;
    /** Lines read past the last wanted line for records the parser completes late (wrapped, interleaved). */
    private static final int LATE_LINES = 4096;
    private static final long PROGRESS_NANOS = 50_000_000L;

    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Protocol[] PROTOCOLS = Protocol.values();

    private final Path directory;
    private final MappedEntries entries;
    private final MaskedTexts masked;
    private final IndexProgress progress;
    private volatile Reparser reparser;
    private volatile boolean complete;
    private long written;
    /** Records the import reported (checked against the structural pass's entries, appended beyond them). */
    private long imported;
    private long structural = -1;
    private volatile String structuralStop;
    private long corrections;
    /** The structural pass indexed the whole trace (set before the import reads a byte). */
    private volatile boolean structuralWhole;
    /** The first disagreement between the structural pass's entries and records the import counted, or null. */
    private String countedDisagreement;
    private long lastProgress = System.nanoTime();
    private volatile long lastBytesRead;
    private IOException writeFailure;
    /**
     * Entries of the structural pass not written yet, in the mapped windows' byte order (big-endian), written through
     * array views (a heap buffer's puts check its state and bounds per field).
     */
    private final byte[] staging = new byte[ENTRY_BYTES * 8192];
    private int staged;
    private static final VarHandle STAGED_LONGS = MethodHandles
            .byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle STAGED_INTS = MethodHandles
            .byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle STAGED_SHORTS = MethodHandles
            .byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    public RecordIndexFile(Path directory, IndexProgress progress) throws IOException {
        this.directory = directory;
        this.entries = new MappedEntries(directory, "mailscope-index-", ENTRY_BYTES); //$NON-NLS-1$
        this.masked = new MaskedTexts(directory);
        this.progress = progress == null ? IndexProgress.NONE : progress;
    }

    /** Set once the format is known: pages can be read from then on. */
    public void reparser(Reparser newReparser) {
        this.reparser = newReparser;
    }

    // ---- building (the structural pass, then the import thread)

    /**
     * Appends an entry (the structural pass; the import through {@link #protocolRecord}).
     *
     * @throws IOException when the index file cannot grow (the disk is full)
     */
    void append(long offset, int firstLine, int lastLine, int session, Direction direction, Protocol protocol,
            String maskedText) throws IOException {
        long i = written;
        put(i, offset, firstLine, lastLine, session, direction, protocol, maskedText);
        written = i + 1;
        entries.publish(written);
    }

    private void put(long i, long offset, int firstLine, int lastLine, int session, Direction direction, Protocol protocol,
            String maskedText) throws IOException {
        encode(entries.forWriting(i), entries.at(i), offset, firstLine, lastLine, session, direction, protocol, maskedText);
    }

    /** Writes one entry at {@code at} of {@code w} (a mapped window; {@link #stage} writes the same fields). */
    private void encode(ByteBuffer w, int at, long offset, int firstLine, int lastLine, int session, Direction direction,
            Protocol protocol, String maskedText) throws IOException {
        w.putLong(at + OFFSET, offset);
        w.putInt(at + FIRST_LINE, firstLine);
        w.putInt(at + LAST_LINE, lastLine);
        w.putInt(at + SESSION, session);
        w.put(at + DIRECTION, (byte) (direction == null ? 0 : direction.ordinal() + 1));
        w.put(at + PROTOCOL, (byte) (protocol == null ? 0 : protocol.ordinal() + 1));
        w.putShort(at + FLAGS, maskedText == null ? 0 : FLAG_MASKED);
        w.putLong(at + MASKED_REF, maskedText == null ? -1 : masked.add(maskedText));
    }

    /**
     * Appends an entry of the structural pass to a staging buffer: {@link #flushStructural} writes the staged entries
     * to the index file in one write and makes them visible.
     */
    void stage(long offset, int firstLine, int lastLine, int session, Direction direction, Protocol protocol,
            String maskedText) throws IOException {
        if (staged == staging.length) {
            flushStructural();
        }
        int at = staged;
        byte[] w = staging;
        // the fields of encode(), in the same places
        STAGED_LONGS.set(w, at + OFFSET, offset);
        STAGED_INTS.set(w, at + FIRST_LINE, firstLine);
        STAGED_INTS.set(w, at + LAST_LINE, lastLine);
        STAGED_INTS.set(w, at + SESSION, session);
        w[at + DIRECTION] = (byte) (direction == null ? 0 : direction.ordinal() + 1);
        w[at + PROTOCOL] = (byte) (protocol == null ? 0 : protocol.ordinal() + 1);
        STAGED_SHORTS.set(w, at + FLAGS, maskedText == null ? (short) 0 : FLAG_MASKED);
        STAGED_LONGS.set(w, at + MASKED_REF, maskedText == null ? -1L : masked.add(maskedText));
        staged = at + ENTRY_BYTES;
    }

    /** Writes the staged entries of the structural pass to the index file; readers see them from now on. */
    void flushStructural() throws IOException {
        if (staged == 0) {
            return;
        }
        int count = staged / ENTRY_BYTES;
        entries.write(written, ByteBuffer.wrap(staging, 0, staged));
        staged = 0;
        written += count;
        entries.publish(written);
    }

    /** The structural pass after each block: writes its entries, tells the progress listener now and then. */
    void structuralProgress() throws IOException {
        flushStructural();
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_NANOS) {
            lastProgress = now;
            progress.indexed(written, lastBytesRead, false);
        }
    }

    /**
     * The structural pass ended: when it indexed the whole trace, the index is complete now (the import that follows
     * checks every entry); else the import goes on from the records it indexed.
     */
    void structuralEnded(boolean wholeTrace, String stoppedBecause) {
        structural = written;
        structuralStop = stoppedBecause;
        structuralWhole = wholeTrace;
        if (wholeTrace) {
            complete = true;
            progress.indexed(written, lastBytesRead, true);
        }
    }

    /** @return why the structural pass stopped before the end, null when it indexed everything or did not run */
    public String structuralStop() {
        return structuralStop;
    }

    /** @return the records the structural pass indexed (-1: it did not run) */
    public long structuralRecords() {
        return structural;
    }

    /**
     * @return how many entries of the structural pass the import found different (each corrected from the import);
     *         0 unless the structural rules have a bug
     */
    public long corrections() {
        return corrections;
    }

    @Override
    public void protocolRecord(Span span, int session, Direction direction, Protocol protocol, String maskedText) {
        if (writeFailure != null) {
            return;
        }
        long i = imported++;
        try {
            if (i < written) {
                if (!sameEntry(i, span, session, direction, protocol, maskedText)) {
                    corrections++;
                    put(i, span.offset(), span.firstLine(), span.lastLine(), session, direction, protocol, maskedText);
                }
                return;
            }
            append(span.offset(), span.firstLine(), span.lastLine(), session, direction, protocol, maskedText);
        } catch (IOException e) {
            // the disk is full or the temporary directory went away: the import goes on, the index says why it stopped
            writeFailure = e;
        }
    }

    /**
     * @return true when the structural pass indexed the whole trace: every protocol record has its entry, so the
     *         import may count records instead of parsing them ({@link #countedRecords}) and the index stays whole
     */
    public boolean builtFromTheBytes() {
        return structuralWhole && writeFailure == null;
    }

    /**
     * Records the import counted instead of parsing them (its routine runs): there is no record to compare each entry
     * with, so the entries of the structural pass are checked for what the count says of them (the session, the
     * protocol, no masked text: the counted lines are ones masking leaves as they are); a disagreement cannot be
     * corrected from the import and makes the import fail ({@link #countedDisagreement}).
     */
    @Override
    public void countedRecords(int session, Protocol protocol, int records) {
        if (writeFailure != null) {
            return;
        }
        long from = imported;
        imported = from + records;
        if (countedDisagreement != null) {
            return;
        }
        if (!structuralWhole || imported > written) {
            countedDisagreement = "records " + from + "-" + (imported - 1) + " were counted by the import, but the record index " //$NON-NLS-1$ //$NON-NLS-2$
                    + (structuralWhole ? "holds only " + written + " records" : "was not built from the bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        Protocol expected = protocol == null ? Protocol.UNKNOWN : protocol;
        for (long i = from; i < imported; i++) {
            if (session(i) != session || protocol(i) != expected || masked(i)) {
                countedDisagreement = "record " + i + " (line " + firstLine(i) + ") of the index built from the bytes is in session " //$NON-NLS-1$ //$NON-NLS-2$
                        + session(i) + " (" + protocol(i) + (masked(i) ? ", masked" : "") + "), the import counted it in session " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + session + " (" + expected + ", not masked)"; //$NON-NLS-1$ //$NON-NLS-2$
                corrections++;
                return;
            }
        }
    }

    /**
     * @return where the entries of the structural pass disagree with records the import counted (not parsed, so not
     *         correctable: the import fails), or null
     */
    public String countedDisagreement() {
        return countedDisagreement;
    }

    private boolean masked(long i) {
        return (entries.forReading(i).getShort(entries.at(i) + FLAGS) & FLAG_MASKED) != 0;
    }

    private boolean sameEntry(long i, Span span, int session, Direction direction, Protocol protocol, String maskedText)
            throws IOException {
        return sameRecord(i, span) && session(i) == session && direction(i) == direction
                && protocol(i) == (protocol == null ? Protocol.UNKNOWN : protocol)
                && Objects.equals(maskedText(i), maskedText);
    }

    /** Called by the import after each batch of lines with the bytes read so far. */
    public void progress(long bytesRead) {
        lastBytesRead = bytesRead;
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_NANOS) {
            lastProgress = now;
            progress.indexed(written, bytesRead, complete);
        }
    }

    /** @return the bytes read at the last {@link #progress} (where an import that stopped early got to) */
    public long bytesRead() {
        return lastBytesRead;
    }

    /** Called once at the end of the import (also when it failed). */
    public void finished(long bytesRead) {
        complete = true;
        lastBytesRead = bytesRead;
        progress.indexed(written, bytesRead, true);
    }

    /**
     * The import read the whole trace: entries of the structural pass beyond the records it reported are dropped
     * (cannot happen unless the structural rules have a bug: the import is the reference).
     *
     * @return the entries the import corrected or dropped, 0 when the structural pass agreed with it everywhere
     */
    public long importCompleted() {
        if (structural >= 0 && imported < written && writeFailure == null) {
            corrections += written - imported;
            written = imported;
            entries.publish(written);
        }
        return corrections;
    }

    /** @return why the index stopped growing before the end of the trace, or null */
    public IOException writeFailure() {
        return writeFailure;
    }

    // ---- reading

    @Override
    public long size() {
        return entries.count();
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public long recordNumber(long position) {
        return position;
    }

    private long offset(long i) {
        return entries.forReading(i).getLong(entries.at(i) + OFFSET);
    }

    private int firstLine(long i) {
        return entries.forReading(i).getInt(entries.at(i) + FIRST_LINE);
    }

    private int lastLine(long i) {
        return entries.forReading(i).getInt(entries.at(i) + LAST_LINE);
    }

    private int session(long i) {
        return entries.forReading(i).getInt(entries.at(i) + SESSION);
    }

    private Direction direction(long i) {
        int d = entries.forReading(i).get(entries.at(i) + DIRECTION);
        return d == 0 ? null : DIRECTIONS[d - 1];
    }

    private Protocol protocol(long i) {
        int p = entries.forReading(i).get(entries.at(i) + PROTOCOL);
        return p == 0 ? Protocol.UNKNOWN : PROTOCOLS[p - 1];
    }

    private String maskedText(long i) throws IOException {
        MappedByteBuffer r = entries.forReading(i);
        int at = entries.at(i);
        return (r.getShort(at + FLAGS) & FLAG_MASKED) == 0 ? null : masked.get(r.getLong(at + MASKED_REF));
    }

    private boolean sameRecord(long i, Span span) {
        return span.offset() == offset(i) && span.firstLine() == firstLine(i) && span.lastLine() == lastLine(i);
    }

    @Override
    public LineRange lines(long record) {
        return new LineRange(firstLine(record), lastLine(record));
    }

    @Override
    public long recordAt(int line) {
        long n = size();
        if (n == 0) {
            return -1;
        }
        // records are in the order the parser completed them, which follows the source lines up to a little
        // disorder (interleaved threads, joined wrapped lines): a binary search by first line, then a look around
        long lo = 0;
        long hi = n - 1;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (firstLine(mid) <= line) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long best = -1;
        int bestFirst = Integer.MAX_VALUE;
        for (long i = Math.max(0, lo - 256), end = Math.min(n, lo + 257); i < end; i++) {
            int first = firstLine(i);
            if (first <= line && line <= lastLine(i)) {
                return i;
            }
            if (first > line && first < bestFirst) {
                best = i;
                bestFirst = first;
            }
        }
        return best;
    }

    @Override
    public List<IndexedRecord> page(long first, int count) throws IOException {
        long n = size();
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException("page(" + first + ", " + count + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int length = (int) Math.max(0, Math.min(count, n - first));
        long[] numbers = new long[length];
        for (int k = 0; k < length; k++) {
            numbers[k] = first + k;
        }
        return records(numbers);
    }

    /** @return the records with these numbers (ascending), re-read from the source */
    List<IndexedRecord> records(long[] numbers) throws IOException {
        List<IndexedRecord> result = new ArrayList<>(numbers.length);
        int start = 0;
        while (start < numbers.length) {
            int end = start + 1;
            while (end < numbers.length && numbers[end] - numbers[end - 1] <= RUN_GAP) {
                end++;
            }
            result.addAll(run(numbers[start], numbers[end - 1], Arrays.copyOfRange(numbers, start, end)));
            start = end;
        }
        return result;
    }

    /** Re-reads the records {@code wanted} (all within {@code from..to}) in one pass over the source. */
    private List<IndexedRecord> run(long from, long to, long[] wanted) throws IOException {
        Reparser r = reparser;
        if (r == null) {
            throw new IOException("the trace's format is not known yet"); //$NON-NLS-1$
        }
        for (long warmUp = WARM_UP_RECORDS;; warmUp *= 8) {
            long start = Math.max(0, from - warmUp);
            long startOffset = Long.MAX_VALUE;
            int startLine = 1;
            int lastWantedLine = 0;
            for (long i = start; i <= to; i++) {
                long offset = offset(i);
                if (offset < startOffset) {
                    startOffset = offset;
                    startLine = firstLine(i);
                }
                lastWantedLine = Math.max(lastWantedLine, lastLine(i));
            }
            Matcher matcher = new Matcher(start, to, wanted);
            int stopAfter = lastWantedLine + LATE_LINES;
            r.reparse(startOffset, startLine - 1, matcher, line -> matcher.done() || line > stopAfter);
            if (matcher.done()) {
                return matcher.result();
            }
            if (start == 0) {
                throw new IOException("record " + matcher.missing() + " (line " + firstLine(matcher.missing()) //$NON-NLS-1$ //$NON-NLS-2$
                        + ") is not where the index says: the source changed since it was read"); //$NON-NLS-1$
            }
        }
    }

    /**
     * Matches re-parsed wire records to the index entries {@code start..to} in order (wire records the import did not
     * index, such as blank lines outside a message body, are passed over) and keeps the wanted ones.
     */
    private final class Matcher implements TraceSink {
        private final long to;
        private final long[] wanted;
        private final List<IndexedRecord> result = new ArrayList<>();
        private long next;
        private int nextWanted;

        Matcher(long start, long to, long[] wanted) {
            this.next = start;
            this.to = to;
            this.wanted = wanted;
        }

        @Override
        public void accept(TraceRecord record) {
            if (!(record instanceof TraceRecord.Wire w) || next > to) {
                return;
            }
            if (!sameRecord(next, w.span())) {
                // a wire line the import did not index (a blank line), or a warm-up record the parser could not
                // rebuild without what came before it: the warm-up may go on at a later entry; a wanted record that
                // never matches leaves the pass unfinished and the caller starts further back
                long limit = Math.min(wanted[nextWanted], next + WARM_UP_RECORDS);
                long found = -1;
                for (long i = next + 1; i <= limit && found < 0; i++) {
                    if (sameRecord(i, w.span())) {
                        found = i;
                    }
                }
                if (found < 0) {
                    return;
                }
                next = found;
            }
            if (nextWanted < wanted.length && wanted[nextWanted] == next) {
                try {
                    String maskedText = maskedText(next);
                    result.add(new IndexedRecord(next, session(next), direction(next), protocol(next), w.span().firstLine(),
                            w.span().lastLine(), w.span().offset(), w.span().time(), maskedText != null ? maskedText : w.text(),
                            maskedText != null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                nextWanted++;
            }
            next++;
        }

        boolean done() {
            return nextWanted == wanted.length;
        }

        long missing() {
            return wanted[nextWanted];
        }

        List<IndexedRecord> result() {
            return result;
        }
    }

    // ---- filtering

    @Override
    public FilteredRecords filter(RecordFilter filter) throws IOException {
        return filter(filter, kept -> {
            // the caller waits for the whole result
        }, () -> false);
    }

    @Override
    public FilteredRecords filter(RecordFilter filter, Consumer<FilteredRecords> started,
            BooleanSupplier cancelled) throws IOException {
        long n = size();
        Filtered kept = new Filtered(new MappedEntries(directory, "mailscope-filter-", Long.BYTES)); //$NON-NLS-1$
        try {
            started.accept(kept);
            if (!filter.needsText()) {
                for (long i = 0; i < n && ((i & 0xffff) != 0 || !cancelled.getAsBoolean()); i++) {
                    if (filter.keepsIndexed(session(i), protocol(i), direction(i))) {
                        kept.add(i);
                    }
                }
            } else {
                Reparser r = reparser;
                if (r == null) {
                    throw new IOException("the trace's format is not known yet"); //$NON-NLS-1$
                }
                long[] next = { 0 };
                r.reparse(0, 0, record -> {
                    if (record instanceof TraceRecord.Wire w && next[0] < n && sameRecord(next[0], w.span())) {
                        long i = next[0]++;
                        try {
                            if (filter.keepsIndexed(session(i), protocol(i), direction(i))) {
                                String maskedText = maskedText(i);
                                if (filter.keepsText(maskedText != null ? maskedText : w.text())) {
                                    kept.add(i);
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }, line -> next[0] >= n || ((line & 0xfff) == 0 && cancelled.getAsBoolean()));
            }
        } catch (IOException | RuntimeException e) {
            kept.close();
            throw e;
        }
        return kept;
    }

    /** The record numbers a filter kept, in a temporary file of longs. */
    private final class Filtered implements FilteredRecords {
        private final MappedEntries numbers;
        private long count;

        Filtered(MappedEntries numbers) {
            this.numbers = numbers;
        }

        void add(long record) throws IOException {
            numbers.forWriting(count).putLong(numbers.at(count), record);
            numbers.publish(++count);
        }

        @Override
        public long size() {
            return numbers.count();
        }

        @Override
        public long recordNumber(long position) {
            return numbers.forReading(position).getLong(numbers.at(position));
        }

        @Override
        public List<IndexedRecord> page(long first, int count) throws IOException {
            int length = (int) Math.max(0, Math.min(count, size() - first));
            long[] wanted = new long[length];
            for (int k = 0; k < length; k++) {
                wanted[k] = recordNumber(first + k);
            }
            return records(wanted);
        }

        @Override
        public void close() {
            try {
                numbers.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            entries.close();
        } finally {
            masked.close();
        }
    }
}
