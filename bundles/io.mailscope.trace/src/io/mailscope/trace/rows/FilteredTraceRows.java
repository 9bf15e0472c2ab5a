package io.mailscope.trace.rows;

import java.util.stream.IntStream;

/** The rows of another {@link TraceRows} that match a {@link RowQuery}, by position. */
final class FilteredTraceRows implements TraceRows {

    private final TraceRows all;
    private final int[] positions;

    private FilteredTraceRows(TraceRows all, int[] positions) {
        this.all = all;
        this.positions = positions;
    }

    static TraceRows of(TraceRows all, RowQuery query) {
        if (query.isAll()) {
            return all;
        }
        return new FilteredTraceRows(all, IntStream.range(0, all.size()).filter(i -> query.matches(all.row(i))).toArray());
    }

    @Override
    public int size() {
        return positions.length;
    }

    @Override
    public TraceRow row(int position) {
        return all.row(positions[position]);
    }

    @Override
    public int positionOfLine(int line) {
        if (positions.length == 0) {
            return -1;
        }
        int after = -1;
        for (int i = 0; i < positions.length; i++) {
            TraceRow r = row(i);
            if (r.covers(line)) {
                return i;
            }
            if (after < 0 && r.firstLine() > line) {
                after = i;
            }
        }
        return after >= 0 ? after : positions.length - 1;
    }

    @Override
    public TraceRows filter(RowQuery query) {
        // a new query replaces this one: filter the whole conversation again
        return all.filter(query);
    }

    @Override
    public TraceRows filter(RowQuery query, java.util.function.Consumer<TraceRows> started, java.util.function.BooleanSupplier cancelled) {
        return all.filter(query, started, cancelled);
    }
}
