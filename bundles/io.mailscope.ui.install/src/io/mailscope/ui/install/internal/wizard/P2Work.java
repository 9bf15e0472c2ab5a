package io.mailscope.ui.install.internal.wizard;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.operation.IRunnableContext;

import io.mailscope.ui.install.provisioning.InstallProblem;

/**
 * Runs a p2 step in a wizard's or dialog's progress area (forked, with Cancel) and hands its outcome back as the
 * installer said it: an {@link InstallProblem}, or {@link InterruptedException} when cancelled. Anything else that
 * fails is an {@link InstallProblem} too, with its cause, so the page shows it instead of the workbench's error dialog.
 */
final class P2Work {

    @FunctionalInterface
    interface Step {
        void run(IProgressMonitor monitor) throws InstallProblem;
    }

    private P2Work() {
    }

    static void run(IRunnableContext context, Step step) throws InstallProblem, InterruptedException {
        try {
            context.run(true, true, monitor -> {
                try {
                    step.run(monitor);
                } catch (InstallProblem | RuntimeException e) {
                    if (e instanceof OperationCanceledException) {
                        throw new InterruptedException(e.getMessage());
                    }
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InstallProblem problem) {
                throw problem;
            }
            throw new InstallProblem(InstallProblem.Kind.INSTALL_FAILED, "p2 failed unexpectedly: " + e.getCause(), e.getCause()); //$NON-NLS-1$
        }
    }
}
