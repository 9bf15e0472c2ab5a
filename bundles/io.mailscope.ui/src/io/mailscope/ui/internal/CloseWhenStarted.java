package io.mailscope.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * With the system property {@value #PROPERTY}{@code =true} the workbench closes itself once it has started: its window
 * is up and the jobs started with it (early start-up, the catalog load, the demo test server) have finished. The
 * product build starts the workbench so, in a training JVM of its own, to record which classes a start loads for the
 * JDK's AOT cache ({@code releng/io.mailscope.product/train-workbench-aot.sh}); no user session is ever involved.
 */
public final class CloseWhenStarted {

    /** The system property that asks for it. */
    public static final String PROPERTY = "io.mailscope.ui.closeWhenStarted"; //$NON-NLS-1$

    /** How often the job manager is looked at. */
    private static final int POLL_MILLIS = 200;
    /** Jobs may schedule follow-up jobs: the job manager must be seen idle this many times in a row. */
    private static final int IDLE_POLLS = 5;
    /** A job that never ends (a hung start-up job) must not keep the training running; the build limits it too. */
    private static final long LIMIT_NANOS = 60_000_000_000L;

    private static final ILog LOG = ILog.of(CloseWhenStarted.class);

    private CloseWhenStarted() {
    }

    /** Called once the workbench has started (its window is open); does nothing unless {@value #PROPERTY} is true. */
    public static void scheduleIfRequested(IWorkbench workbench) {
        if (Boolean.getBoolean(PROPERTY)) {
            new Watch(workbench, System.nanoTime() + LIMIT_NANOS).next();
        }
    }

    /** Polls on the UI thread, so that pending paints and the runnables queued by start-up code run first. */
    private static final class Watch implements Runnable {
        private final IWorkbench workbench;
        private final long deadline;
        private int idlePolls;

        Watch(IWorkbench workbench, long deadline) {
            this.workbench = workbench;
            this.deadline = deadline;
        }

        void next() {
            Display display = workbench.getDisplay();
            if (!display.isDisposed()) {
                display.timerExec(POLL_MILLIS, this);
            }
        }

        @Override
        public void run() {
            if (workbench.isClosing()) {
                return;
            }
            idlePolls = Job.getJobManager().isIdle() ? idlePolls + 1 : 0;
            boolean late = System.nanoTime() - deadline > 0;
            if (idlePolls >= IDLE_POLLS || late) {
                if (late) {
                    LOG.warn("Closing the workbench (" + PROPERTY + "): jobs still running after " //$NON-NLS-1$ //$NON-NLS-2$
                            + LIMIT_NANOS / 1_000_000_000L + " s"); //$NON-NLS-1$
                }
                workbench.close();
            } else {
                next();
            }
        }
    }
}
