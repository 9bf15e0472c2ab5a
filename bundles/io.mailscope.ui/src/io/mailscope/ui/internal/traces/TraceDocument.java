package io.mailscope.ui.internal.traces;

import java.nio.file.Path;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.rows.IndexedTraceRows;
import io.mailscope.trace.rows.ModelTraceRows;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.trace.rows.TraceRows;

/**
 * One opened trace: what import and diagnosis produced, the rows the editor pages through and the way back to the
 * source lines. Built off the UI thread by {@link TraceOpener}.
 *
 * @param name what the editor tab shows (file name, or the name given to pasted text)
 * @param file the file read, or null for pasted text
 * @param imported the trace and the format detected
 * @param diagnosis the findings and rule failures
 * @param rows the rebuilt conversation as rows
 * @param source the raw source lines
 */
public record TraceDocument(String name, Path file, ImportResult imported, Diagnosis diagnosis, TraceRows rows, SourceLines source)
        implements AutoCloseable {

    /**
     * A trace file opened through the record index: rows paged from the index when the trace is large (the import kept
     * only the exchanges near failures, or the file is at least {@link #PAGED_BYTES}); otherwise the model's rows
     * (exchanges grouped, connection and status events shown) and the index is closed at once.
     */
    static TraceDocument ofIndexed(Path file, ImportResult imported, Diagnosis diagnosis, IndexedTraceRows paged, long fileBytes) {
        Trace trace = imported.trace();
        long exchanges = trace.getSessions().stream().mapToLong(s -> s.getExchangeCount()).sum();
        long kept = trace.getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        TraceRows rows;
        if (kept < exchanges || fileBytes >= PAGED_BYTES) {
            rows = paged;
        } else {
            paged.close();
            rows = ModelTraceRows.of(trace);
        }
        return new TraceDocument(file.getFileName().toString(), file, imported, diagnosis, rows, SourceLines.ofFile(file, trace));
    }

    /** Files from this size on are always paged from the record index. */
    public static final long PAGED_BYTES = 16L * 1024 * 1024;

    /** @return true when the rows are paged from the record index */
    public boolean paged() {
        return rows instanceof IndexedTraceRows;
    }

    /** Closes the record index (deleting its temporary files) when the rows are paged from it. */
    @Override
    public void close() {
        if (rows instanceof IndexedTraceRows paged) {
            paged.close();
        }
    }

    static TraceDocument ofFile(Path file, ImportResult imported, Diagnosis diagnosis) {
        Trace trace = imported.trace();
        return new TraceDocument(file.getFileName().toString(), file, imported, diagnosis, ModelTraceRows.of(trace),
                SourceLines.ofFile(file, trace));
    }

    static TraceDocument ofText(String name, String text, ImportResult imported, Diagnosis diagnosis) {
        Trace trace = imported.trace();
        return new TraceDocument(name, null, imported, diagnosis, ModelTraceRows.of(trace), SourceLines.ofText(text, trace));
    }

    public Trace trace() {
        return imported.trace();
    }

    /** @return the file's path, or the pasted text's name */
    public String location() {
        return file != null ? file.toString() : name;
    }
}
