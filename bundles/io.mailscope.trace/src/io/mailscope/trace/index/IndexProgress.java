package io.mailscope.trace.index;

/**
 * Told while the index grows (at most every few milliseconds, and once at the end), on the thread that reads the
 * trace: the editor shows the first rows while the rest is still read. Implementations return quickly.
 */
@FunctionalInterface
public interface IndexProgress {

    IndexProgress NONE = (records, bytes, complete) -> {
    };

    /**
     * @param records records indexed so far (all of them can be paged)
     * @param bytesRead bytes of the source read so far
     * @param complete true from the call on that finds the whole trace indexed (or reading it failed: see the trace's
     *            result) and in every later one: an index built from the trace's bytes is complete before the import
     *            that diagnoses the trace has read it, whose progress later calls report in {@code bytesRead}
     */
    void indexed(long records, long bytesRead, boolean complete);
}
