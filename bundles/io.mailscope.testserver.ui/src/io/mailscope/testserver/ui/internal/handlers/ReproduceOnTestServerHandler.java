package io.mailscope.testserver.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.model.Finding;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.testserver.ui.internal.ManagedServer;
import io.mailscope.testserver.ui.internal.Reproducer;

/**
 * Reproduce on Test Server: for the finding selected in the Diagnosis view (of an imported trace or a live session),
 * starts the scenario that names its cause and opens a console against it.
 */
public final class ReproduceOnTestServerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Finding finding = finding(HandlerUtil.getCurrentSelection(event));
        if (finding == null) {
            return null; // the handler is enabled for a selected finding only
        }
        String causeId = finding.getCause() == null ? null : finding.getCause().getId();
        String code = finding.getErrorCode() == null ? null : ErrorCodes.hex(finding.getErrorCode());
        String what = code == null ? finding.getSummary() : code + (causeId == null ? "" : " (" + causeId + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Reproducer.reproduce(window, causeId, code, what, ManagedServer.Origin.REPRODUCE);
        return null;
    }

    static Finding finding(ISelection selection) {
        return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Finding f ? f : null;
    }
}
