package io.mailscope.trace.index;

import java.io.IOException;

/**
 * Where each protocol record of a trace is: its byte offset, source lines, session and direction, kept in a temporary
 * memory-mapped file (64-bit offsets; deleted when the trace is closed, never next to the user's file), so that any
 * page of a multi-gigabyte trace is re-read and re-parsed from the source on demand and the heap does not grow with
 * the trace. Pages can be read while the index grows.
 * <p>
 * API version 1.1 (package {@code io.mailscope.trace.index;version="1.1.0"}).
 */
public interface RecordIndex extends RecordPages {

    /** @return true when the whole trace has been indexed */
    boolean complete();

    /** @return the source lines of record {@code record} */
    LineRange lines(long record);

    /**
     * @return the record whose lines include {@code line}, else the first record after it (a line that is no protocol
     *         record: commentary, a blank line), or -1 when no record starts at or after it
     */
    long recordAt(int line);

    /**
     * Runs a filter over the whole trace without holding it: session, protocol and direction are read from the index,
     * text by one sequential re-read of the source. The records kept are listed in a temporary file as well. Only the
     * records indexed when it is called are looked at.
     *
     * @return the records kept, pageable like the trace; close it when done
     */
    FilteredRecords filter(RecordFilter filter) throws IOException;

    /**
     * Like {@link #filter(RecordFilter)}, for a caller that shows the records while they are found: the result is
     * handed to {@code started} before the first record is looked at and grows while the filter runs (its
     * {@link FilteredRecords#size()} counts the records kept so far, each of them pageable at once). The filter stops
     * early, keeping what it found, when {@code cancelled} says so.
     *
     * @since 1.1
     */
    default FilteredRecords filter(RecordFilter filter, java.util.function.Consumer<FilteredRecords> started,
            java.util.function.BooleanSupplier cancelled) throws IOException {
        FilteredRecords kept = filter(filter);
        started.accept(kept);
        return kept;
    }

    /** The records a filter kept; {@link #close()} deletes its temporary file. */
    interface FilteredRecords extends RecordPages, AutoCloseable {
        @Override
        void close();
    }
}
