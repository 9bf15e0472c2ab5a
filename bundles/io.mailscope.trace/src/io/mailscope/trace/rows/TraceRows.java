package io.mailscope.trace.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The rebuilt conversation of one trace as numbered rows, read a page at a time. This is what a (virtual) table
 * shows: it asks for the row count, then for the rows it paints, so an implementation may page rows from the source
 * through a record index instead of holding them.
 * <p>
 * Implementations are safe for reading from several threads once built.
 */
public interface TraceRows {

    /** @return the number of rows */
    int size();

    /** @return the row at {@code position} (0-based, less than {@link #size()}) */
    TraceRow row(int position);

    /** @return up to {@code count} rows starting at {@code first}, in order */
    default List<TraceRow> page(int first, int count) {
        int end = (int) Math.min((long) first + count, size());
        ArrayList<TraceRow> rows = new ArrayList<>(Math.max(0, end - first));
        for (int i = Math.max(0, first); i < end; i++) {
            rows.add(row(i));
        }
        return rows;
    }

    /**
     * @return the position of the row read from source line {@code line}; if no row covers it, the first row after it
     *         (or the last row when the line is past the end); -1 when there are no rows
     */
    int positionOfLine(int line);

    /** @return the positions of the rows that cover any of the given source lines, ascending */
    default int[] positionsCovering(int firstLine, int lastLine) {
        // rows are grouped by exchange, not sorted by line (a reply may come long after its command), so scan
        IntStream.Builder b = IntStream.builder();
        for (int i = 0; i < size(); i++) {
            TraceRow r = row(i);
            if (r.lastLine() >= firstLine && r.firstLine() <= lastLine) {
                b.add(i);
            }
        }
        return b.build().toArray();
    }

    /** @return the position of the row whose {@link TraceRow#index()} is {@code index}, or -1 when it is not shown */
    default int positionOfIndex(int index) {
        for (int i = 0; i < size(); i++) {
            if (row(i).index() == index) {
                return i;
            }
        }
        return -1;
    }

    /** @return the rows that match {@code query}, as a view on these rows (positions differ, {@link TraceRow#index()} not) */
    TraceRows filter(RowQuery query);

    /**
     * Like {@link #filter(RowQuery)}, for a caller that shows the rows while they are found (a filter over a paged
     * trace re-reads the whole source): the view is handed to {@code started} as soon as it exists, and its
     * {@link #size()} grows while the filter runs; it stops early, keeping what it found, when {@code cancelled} says
     * so. Call it off the UI thread.
     *
     * @return the view, complete unless cancelled
     * @since 1.1
     */
    default TraceRows filter(RowQuery query, Consumer<TraceRows> started, BooleanSupplier cancelled) {
        TraceRows view = filter(query);
        started.accept(view);
        return view;
    }
}
