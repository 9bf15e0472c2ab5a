package io.mailscope.ui.internal.editors;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.mailscope.trace.rows.RowQuery;
import io.mailscope.trace.rows.TraceRows;

/**
 * Runs a trace editor's filter off the UI thread: over a paged trace a text filter re-reads the whole source. The
 * view is handed to the editor (on the UI thread) as soon as it exists and grows while the job runs, so the table
 * shows the rows found so far and stays usable; a newer filter or closing the editor cancels the job.
 */
final class RowFilterJob extends Job {

    /** Job family of the trace editors' filters (tests wait for it). */
    static final Object FAMILY = RowFilterJob.class;

    private final TraceRows rows;
    private final RowQuery query;
    private final Display display;
    private final Consumer<TraceRows> started;
    private final BiConsumer<TraceRows, RuntimeException> done;

    /**
     * @param started told on the UI thread with the growing view
     * @param done told on the UI thread with the view (complete unless cancelled), or with why the filter failed
     */
    RowFilterJob(String traceName, TraceRows rows, RowQuery query, Display display, Consumer<TraceRows> started,
            BiConsumer<TraceRows, RuntimeException> done) {
        super(NLS.bind(EditorMessages.TraceEditor_FilterJob, traceName));
        this.rows = rows;
        this.query = query;
        this.display = display;
        this.started = started;
        this.done = done;
        setSystem(false);
        setPriority(Job.SHORT);
    }

    RowQuery query() {
        return query;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        TraceRows view = null;
        RuntimeException failure = null;
        try {
            view = rows.filter(query, v -> display.asyncExec(() -> started.accept(v)), monitor::isCanceled);
        } catch (RuntimeException e) {
            // the source became unreadable: the editor says so next to the filter box and keeps the rows it had
            failure = e;
        }
        TraceRows result = view;
        RuntimeException why = failure;
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(result, why));
        }
        monitor.done();
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
