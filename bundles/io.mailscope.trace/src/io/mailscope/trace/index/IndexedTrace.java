package io.mailscope.trace.index;

import java.util.concurrent.CompletableFuture;

import io.mailscope.trace.ImportResult;

/**
 * A trace opened for paging: it is imported on a background thread while its {@link #index()} grows; its pages can be
 * read at once. {@link #close()} stops the import if it still runs and deletes every temporary file (the index, and
 * the spooled copy of a source that cannot be read twice).
 */
public interface IndexedTrace extends AutoCloseable {

    /** @return the source's name */
    String name();

    RecordIndex index();

    /**
     * @return the import's result (trace model and format), completed when the whole trace has been read; completed
     *         exceptionally with the reason when it cannot be imported (unrecognised, binary, no data, unreadable)
     */
    CompletableFuture<ImportResult> result();

    /**
     * Stops reading the source (the engineer cancelled a long import) but keeps what was indexed: its pages can still
     * be read until {@link #close()}. The index is then {@linkplain RecordIndex#complete() complete} with the records
     * read so far, and the {@linkplain #result() result} completes exceptionally with an
     * {@link org.eclipse.core.runtime.OperationCanceledException}. Does nothing once the import has ended.
     *
     * @since 1.1
     */
    void stopReading();

    @Override
    void close();
}
