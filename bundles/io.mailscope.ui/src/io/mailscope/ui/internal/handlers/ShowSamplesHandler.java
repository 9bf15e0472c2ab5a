package io.mailscope.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.ui.internal.samples.SamplesView;

/** Help > Samples: brings the Samples page back. */
public final class ShowSamplesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(SamplesView.ID);
            return null;
        } catch (PartInitException e) {
            throw new ExecutionException("The Samples page could not be opened: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
