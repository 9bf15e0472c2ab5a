package io.mailscope.trace.index;

import java.io.IOException;
import java.util.List;

/**
 * Records paged from the source: a whole trace ({@link RecordIndex}) or the records a filter kept. Safe for use by
 * several threads; pages can be read while the index still grows.
 */
public interface RecordPages {

    /** @return the number of records available now (grows while the trace is still being read) */
    long size();

    /**
     * @param first the first position, 0-based
     * @param count how many records at most
     * @return the records at positions {@code first ..} (fewer at the end), re-read from the source
     * @throws IOException when the source cannot be read again
     */
    List<IndexedRecord> page(long first, int count) throws IOException;

    /** @return the record's number in the whole trace for a position in these pages */
    long recordNumber(long position);
}
