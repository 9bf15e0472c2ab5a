package io.mailscope.ui.internal.cases;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * After the window is up ({@code org.eclipse.ui.startup}, so it never delays it): removes the traces an earlier run
 * extracted from case files and left behind, in a background job; and when the workbench exits, the traces of the
 * cases still open.
 */
public final class ExtractedTracesStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench closing) {
                ExtractedTraces.cleanAll("at exit"); //$NON-NLS-1$
            }
        });
        Job cleanup = new Job("Removing traces extracted from case files by an earlier run") { //$NON-NLS-1$
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ExtractedTraces.cleanLeftoversOnce();
                return Status.OK_STATUS;
            }
        };
        cleanup.setSystem(true);
        cleanup.setPriority(Job.DECORATE);
        cleanup.setRule(ExtractedTraces.rule());
        cleanup.schedule();
    }
}
