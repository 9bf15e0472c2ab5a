package io.mailscope.ui.internal.traces;

import java.nio.file.Path;

import org.eclipse.core.runtime.ListenerList;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.rows.IndexedTraceRows;
import io.mailscope.trace.rows.ModelTraceRows;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.trace.rows.TraceRows;

/**
 * One opened trace: the rows the editor pages through, and once the whole trace has been read, what import and
 * diagnosis produced and the way back to the source lines. Built off the UI thread by {@link TraceOpener}.
 * <p>
 * A large trace is opened while it is still being read ({@link State#LOADING}): its rows are paged from the record
 * index and their count grows; {@link #imported()}, {@link #diagnosis()} and {@link #source()} are null until the
 * import has ended ({@link State#LOADED}). An import the engineer stopped ({@link State#STOPPED}) or that failed on
 * the way ({@link State#FAILED}) leaves the rows read so far and no diagnosis: a trace not read to the end is never
 * shown as "no failure found". Listeners hear of every change of state on the thread that made it.
 */
public final class TraceDocument implements AutoCloseable {

    /** Files from this size on are always paged from the record index (and opened while they are read). */
    public static final long PAGED_BYTES = 16L * 1024 * 1024;

    /** How far the document got. */
    public enum State {
        /** rows are being read; no diagnosis yet */
        LOADING,
        /** the whole trace is read and diagnosed */
        LOADED,
        /** the engineer stopped the import; the rows read are kept, there is no diagnosis */
        STOPPED,
        /** the import failed on the way ({@link #problem()} says why); the rows read are kept */
        FAILED
    }

    private final String name;
    private final Path file;
    private final TraceRows rows;
    private final long sourceBytes;
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private volatile ImportResult imported;
    private volatile Diagnosis diagnosis;
    private volatile SourceLines source;
    private volatile State state;
    private volatile String problem;
    private volatile boolean closed;

    /**
     * A document read to the end.
     *
     * @param name what the editor tab shows (file name, or the name given to pasted text)
     * @param file the file read, or null for pasted text
     * @param imported the trace and the format detected
     * @param diagnosis the findings and rule failures
     * @param rows the rebuilt conversation as rows
     * @param source the raw source lines
     */
    public TraceDocument(String name, Path file, ImportResult imported, Diagnosis diagnosis, TraceRows rows, SourceLines source) {
        this(name, file, rows, -1);
        this.imported = imported;
        this.diagnosis = diagnosis;
        this.source = source;
        this.state = State.LOADED;
    }

    private TraceDocument(String name, Path file, TraceRows rows, long sourceBytes) {
        this.name = name;
        this.file = file;
        this.rows = rows;
        this.sourceBytes = sourceBytes;
        this.state = State.LOADING;
    }

    /** A large file opened while its import goes on: rows are paged from the index as it grows. */
    static TraceDocument loading(Path file, IndexedTraceRows paged, long fileBytes) {
        return new TraceDocument(file.getFileName().toString(), file, paged, fileBytes);
    }

    /**
     * A trace file opened through the record index: rows paged from the index when the trace is large (the import kept
     * only the exchanges near failures, or the file is at least {@link #PAGED_BYTES}); otherwise the model's rows
     * (exchanges grouped, connection and status events shown) and the index is closed at once.
     */
    static TraceDocument ofIndexed(Path file, ImportResult imported, Diagnosis diagnosis, IndexedTraceRows paged, long fileBytes) {
        Trace trace = imported.trace();
        TraceRows rows;
        if (keepsPaging(trace, fileBytes)) {
            rows = paged;
        } else {
            paged.close();
            rows = ModelTraceRows.of(trace);
        }
        return new TraceDocument(file.getFileName().toString(), file, imported, diagnosis, rows, SourceLines.ofFile(file, trace));
    }

    private static boolean keepsPaging(Trace trace, long fileBytes) {
        long exchanges = trace.getSessions().stream().mapToLong(s -> s.getExchangeCount()).sum();
        long kept = trace.getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        return kept < exchanges || fileBytes >= PAGED_BYTES;
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

    /** The import of a document opened while {@link State#LOADING} has ended: the diagnosis is there. */
    void loaded(ImportResult result, Diagnosis findings) {
        imported = result;
        diagnosis = findings;
        source = SourceLines.ofFile(file, result.trace());
        changeState(State.LOADED, null);
    }

    /** The import of a document opened while {@link State#LOADING} was stopped or failed; the rows read stay. */
    void ended(State how, String why) {
        changeState(how, why);
    }

    private void changeState(State newState, String why) {
        problem = why;
        state = newState;
        listeners.forEach(Runnable::run);
    }

    /**
     * Stops reading a trace that is still {@link State#LOADING}: the rows read so far stay, the document becomes
     * {@link State#STOPPED} once the import has noticed.
     */
    public void stopLoading() {
        if (state == State.LOADING && rows instanceof IndexedTraceRows paged) {
            paged.stopReading();
        }
    }

    /** Tells {@code listener} (on the thread that changed it) when the state changes. */
    public void addStateListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeStateListener(Runnable listener) {
        listeners.remove(listener);
    }

    public State state() {
        return state;
    }

    /** @return true when the whole trace is read and diagnosed */
    public boolean loaded() {
        return state == State.LOADED;
    }

    /** @return why the import stopped or failed, or null */
    public String problem() {
        return problem;
    }

    /** @return the size of the source file while it is read (-1 when not known) */
    public long sourceBytes() {
        return sourceBytes;
    }

    /** @return the bytes of the source read so far while {@link State#LOADING} (-1 when not known) */
    public long bytesRead() {
        return rows instanceof IndexedTraceRows paged ? paged.bytesRead() : -1;
    }

    /** @return true when the rows are paged from the record index */
    public boolean paged() {
        return rows instanceof IndexedTraceRows;
    }

    public String name() {
        return name;
    }

    /** @return the file read, or null for pasted text */
    public Path file() {
        return file;
    }

    /** @return the trace and its format, or null until the document is {@link #loaded()} */
    public ImportResult imported() {
        return imported;
    }

    /** @return the findings and rule failures, or null until the document is {@link #loaded()} */
    public Diagnosis diagnosis() {
        return diagnosis;
    }

    /** @return the rebuilt conversation as rows (growing while {@link State#LOADING}) */
    public TraceRows rows() {
        return rows;
    }

    /** @return the raw source lines, or null until the document is {@link #loaded()} (secrets are known then) */
    public SourceLines source() {
        return source;
    }

    /** @return the trace model, or null until the document is {@link #loaded()} */
    public Trace trace() {
        ImportResult result = imported;
        return result == null ? null : result.trace();
    }

    /** @return the file's path, or the pasted text's name */
    public String location() {
        return file != null ? file.toString() : name;
    }

    /** @return true once {@link #close()} was called */
    public boolean closed() {
        return closed;
    }

    /** Closes the record index (stopping an import that still runs, deleting its temporary files) when the rows are paged from it. */
    @Override
    public void close() {
        closed = true;
        if (rows instanceof IndexedTraceRows paged) {
            paged.close();
        }
    }
}
