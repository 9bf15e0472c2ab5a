package io.mailscope.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.source.TraceSource;

/**
 * Imports client logs and protocol transcripts into the trace model. Registered as an OSGi service (DS).
 * <p>
 * The format is detected from the file's content unless {@link ImportOptions#formatId()} names one. The source file is
 * only read, never modified; secrets are masked as lines are read.
 */
public interface TraceImportService {

    /**
     * Streams {@code file} through the best matching format.
     *
     * @param listener receives sessions, exchanges and status events while the file is read (may be a no-op)
     * @param monitor progress in bytes read and cancellation (may be null); a cancelled import throws
     *            {@link org.eclipse.core.runtime.OperationCanceledException}
     * @throws TraceImportException.Unrecognised when no format accepts the content (lists the closest candidates)
     * @throws TraceImportException when the file is binary, or a forced format is unknown or cannot be loaded
     * @throws IOException when the file cannot be read
     */
    ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException;

    /**
     * Same as {@link #importFile} for any source: standard input, a pipe or FIFO, a gzip file, a zip member, a live
     * session's stream, pasted text. What cannot be read twice is spooled while it is read and deleted afterwards.
     *
     * @throws io.mailscope.trace.source.SourceException when the source delivers nothing for the no-data timeout,
     *             is larger than the spool limit or cannot be unpacked
     */
    ImportResult importSource(TraceSource source, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException;

    /**
     * Opens a trace for paging (the workbench's trace editor): returns at once; the import runs on a background
     * thread (the listener is called there), and the record index grows meanwhile ({@code progress} says how far).
     * Close the result to stop the import and delete its temporary files.
     *
     * @throws IOException when the source cannot be opened
     */
    IndexedTrace openIndexed(TraceSource source, ImportOptions options, TraceListener listener, IndexProgress progress)
            throws IOException;

    /** Same as {@link #importFile} for text pasted into the workbench or produced by a test. */
    ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
            throws TraceImportException;

    /** @return every contributed format, for the import wizard's "format" choice and {@code --format-id} */
    List<TraceFormatInfo> formats();
}
