package io.mailscope.trace.rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import io.mailscope.model.Direction;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.index.LineRange;
import io.mailscope.trace.index.RecordFilter;
import io.mailscope.trace.index.RecordIndex;
import io.mailscope.trace.index.RecordPages;
import io.mailscope.trace.source.TraceSource;

/**
 * The rows of a trace paged from its record index: nothing holds all rows, pages are re-read from the source on demand
 * and the last {@link #CACHED_PAGES} pages of {@link #PAGE_ROWS} rows are kept (LRU), so a trace of any size opens as
 * soon as its first records are indexed and the row count grows with the index.
 * <p>
 * A row is a protocol record (a command or a reply line, in the order the import read them); connection and status
 * events are not in the index and are shown by the diagnosis instead. Rows are not grouped by exchange (the index does
 * not know exchanges), so {@link TraceRow#exchange()} is -1 and nothing collapses.
 * <p>
 * Closing it closes the indexed trace (stops its import and deletes its temporary files) and the filtered views made
 * from it.
 */
public final class IndexedTraceRows implements TraceRows, AutoCloseable {

    /** Rows read from the source at a time. */
    public static final int PAGE_ROWS = 256;
    /** Pages kept in memory (about 64k rows). */
    public static final int CACHED_PAGES = 256;

    /** Told on the import's thread when more rows can be paged (at most every few tens of milliseconds). */
    @FunctionalInterface
    public interface Growth {
        void grown(int rows, boolean complete);
    }

    private final IndexedTrace trace;
    private final List<Growth> growth;
    private final List<Filtered> filtered = new CopyOnWriteArrayList<>();

    private final PageCache cache;
    private final AtomicLong bytesRead;

    private IndexedTraceRows(IndexedTrace trace, List<Growth> growth, AtomicLong bytesRead) {
        this.trace = trace;
        this.growth = growth;
        this.bytesRead = bytesRead;
        this.cache = new PageCache(trace.index());
    }

    /**
     * Opens {@code source} for paging: import (and whatever the listener runs in the same pass) goes on in the
     * background while rows can be read.
     */
    public static IndexedTraceRows open(TraceImportService service, TraceSource source, ImportOptions options,
            TraceListener listener, Growth onGrowth) throws IOException {
        List<Growth> growth = new CopyOnWriteArrayList<>();
        if (onGrowth != null) {
            growth.add(onGrowth);
        }
        AtomicLong bytesRead = new AtomicLong();
        IndexProgress progress = (records, bytes, complete) -> {
            bytesRead.set(bytes);
            int rows = (int) Math.min(records, Integer.MAX_VALUE);
            growth.forEach(g -> g.grown(rows, complete));
        };
        return new IndexedTraceRows(service.openIndexed(source, options, listener, progress), growth, bytesRead);
    }

    /** @return the bytes of the source read so far (how far the import got; a progress bar's numerator) */
    public long bytesRead() {
        return bytesRead.get();
    }

    /**
     * Stops the import but keeps the rows read so far pageable (see {@link IndexedTrace#stopReading()}).
     *
     * @since 1.1
     */
    public void stopReading() {
        trace.stopReading();
    }

    /** @return the indexed trace (its import's result, its index) */
    public IndexedTrace trace() {
        return trace;
    }

    /** Also tells {@code listener} when the index grows. */
    public void addGrowth(Growth listener) {
        growth.add(listener);
    }

    public void removeGrowth(Growth listener) {
        growth.remove(listener);
    }

    private RecordIndex index() {
        return trace.index();
    }

    /** @return true when every record of the trace is indexed */
    public boolean complete() {
        return index().complete();
    }

    @Override
    public int size() {
        return (int) Math.min(index().size(), Integer.MAX_VALUE);
    }

    @Override
    public TraceRow row(int position) {
        return cache.row(position);
    }

    @Override
    public List<TraceRow> page(int first, int count) {
        int end = (int) Math.min((long) first + count, size());
        List<TraceRow> rows = new ArrayList<>(Math.max(0, end - first));
        for (int i = Math.max(0, first); i < end; i++) {
            rows.add(row(i));
        }
        return rows;
    }

    @Override
    public int positionOfLine(int line) {
        int size = size();
        if (size == 0) {
            return -1;
        }
        long record = index().recordAt(line);
        return record < 0 || record >= size ? size - 1 : (int) record;
    }

    @Override
    public int positionOfIndex(int index) {
        return index >= 0 && index < size() ? index : -1;
    }

    @Override
    public int[] positionsCovering(int firstLine, int lastLine) {
        long record = index().recordAt(firstLine);
        if (record < 0) {
            return new int[0];
        }
        // records follow the source, except a reply the import paired late: look a little past the last line
        IntStream.Builder covering = IntStream.builder();
        int size = size();
        int pastEnd = 0;
        for (long r = record; r < size && pastEnd < PAGE_ROWS; r++) {
            LineRange lines = index().lines(r);
            if (lines.last() >= firstLine && lines.first() <= lastLine) {
                covering.add((int) r);
            } else if (lines.first() > lastLine) {
                pastEnd++;
            }
        }
        return covering.build().toArray();
    }

    /**
     * Runs the filter over the records indexed now (session, protocol, direction from the index; text by re-reading
     * the source once, so call it off the UI thread). The text matches the record's text; collapsed exchanges do not
     * apply (rows have no exchange).
     */
    @Override
    public TraceRows filter(RowQuery query) {
        return filter(query, view -> {
            // the caller waits for the whole result
        }, () -> false);
    }

    /**
     * Runs the filter as {@link #filter(RowQuery)} does, handing the view to {@code started} before the first record
     * is looked at: it grows while the source is re-read, and a cancelled filter keeps what it found.
     */
    @Override
    public TraceRows filter(RowQuery query, Consumer<TraceRows> started, BooleanSupplier cancelled) {
        if (query.text().isEmpty() && query.session() == 0 && query.protocol() == null && query.direction() == null) {
            started.accept(this);
            return this;
        }
        RecordFilter recordFilter = RecordFilter.ALL.withText(query.text()).withSession(query.session())
                .withProtocol(query.protocol()).withDirection(query.direction());
        Filtered[] view = new Filtered[1];
        try {
            index().filter(recordFilter, records -> {
                view[0] = new Filtered(this, records);
                filtered.add(view[0]);
                started.accept(view[0]);
            }, cancelled);
            return view[0];
        } catch (IOException | UncheckedIOException e) {
            if (view[0] != null) {
                release(view[0]);
            }
            throw new UncheckedIOException(trace.name() + ": the filter could not re-read the source: " + e.getMessage(), //$NON-NLS-1$
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /** Deletes the temporary file of a filtered view no longer shown. */
    public void release(TraceRows view) {
        if (view instanceof Filtered f && filtered.remove(f)) {
            f.records.close();
        }
    }

    @Override
    public void close() {
        filtered.forEach(f -> f.records.close());
        filtered.clear();
        trace.close();
    }

    static TraceRow toRow(IndexedRecord r) {
        boolean client = r.direction() == Direction.CLIENT;
        return new TraceRow((int) Math.min(r.index(), Integer.MAX_VALUE), client ? RowKind.COMMAND : RowKind.REPLY, r.session(),
                r.protocol(), r.direction(), r.time(), r.text(), r.firstLine(), Math.max(r.firstLine(), r.lastLine()), r.offset(), -1,
                client, r.masked(), r.lastLine() > r.firstLine());
    }

    /** Pages of rows read from the source, the least recently used dropped first. */
    private static final class PageCache {
        private final RecordPages pages;
        private final Map<Long, List<TraceRow>> cached = new LinkedHashMap<>(CACHED_PAGES * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, List<TraceRow>> eldest) {
                return size() > CACHED_PAGES;
            }
        };

        PageCache(RecordPages pages) {
            this.pages = pages;
        }

        TraceRow row(long position) {
            long page = position / PAGE_ROWS;
            int within = (int) (position % PAGE_ROWS);
            List<TraceRow> rows;
            synchronized (cached) {
                rows = cached.get(page);
            }
            if (rows == null || within >= rows.size()) {
                // a page read while the index grew may be short: read it again when a later row is wanted
                rows = read(page);
            }
            if (within >= rows.size()) {
                throw new IndexOutOfBoundsException(position + " of " + pages.size()); //$NON-NLS-1$
            }
            return rows.get(within);
        }

        private List<TraceRow> read(long page) {
            try {
                List<TraceRow> rows = pages.page(page * PAGE_ROWS, PAGE_ROWS).stream().map(IndexedTraceRows::toRow).toList();
                synchronized (cached) {
                    cached.put(page, rows);
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException("records " + page * PAGE_ROWS + "..: the source could not be read again: " //$NON-NLS-1$ //$NON-NLS-2$
                        + e.getMessage(), e);
            }
        }
    }

    /** The records a filter kept, paged the same way. */
    private static final class Filtered implements TraceRows {
        final RecordIndex.FilteredRecords records;
        private final IndexedTraceRows all;
        private final PageCache cache;

        Filtered(IndexedTraceRows all, RecordIndex.FilteredRecords records) {
            this.all = all;
            this.records = records;
            this.cache = new PageCache(records);
        }

        @Override
        public int size() {
            return (int) Math.min(records.size(), Integer.MAX_VALUE);
        }

        @Override
        public TraceRow row(int position) {
            return cache.row(position);
        }

        @Override
        public int positionOfLine(int line) {
            // kept records are in source order: binary search on their first line
            int low = 0;
            int high = size() - 1;
            if (high < 0) {
                return -1;
            }
            while (low < high) {
                int mid = (low + high) >>> 1;
                // from the index, not the source: a search touches one record per step, far apart
                if (all.index().lines(records.recordNumber(mid)).last() < line) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        @Override
        public int positionOfIndex(int index) {
            // kept records are listed in ascending record order
            int low = 0;
            int high = size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long at = records.recordNumber(mid);
                if (at == index) {
                    return mid;
                } else if (at < index) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return -1;
        }

        @Override
        public TraceRows filter(RowQuery query) {
            // a new query replaces this one: filter the whole trace again
            return all.filter(query);
        }

        @Override
        public TraceRows filter(RowQuery query, Consumer<TraceRows> started, BooleanSupplier cancelled) {
            return all.filter(query, started, cancelled);
        }
    }
}
