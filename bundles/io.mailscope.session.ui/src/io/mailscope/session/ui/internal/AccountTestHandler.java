package io.mailscope.session.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * {@code io.mailscope.session.ui.accountTest}: runs the account test of the active Session Console (or the first one
 * open); with no console open, opens one and asks where to connect first.
 */
public final class AccountTestHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IWorkbenchPart active = HandlerUtil.getActivePart(event);
        SessionConsoleView console = active instanceof SessionConsoleView view ? view : null;
        for (IViewReference ref : page.getViewReferences()) {
            if (console == null && SessionConsoleView.ID.equals(ref.getId()) && ref.getView(false) instanceof SessionConsoleView view) {
                console = view;
            }
        }
        if (console == null) {
            try {
                console = SessionConsoleView.open(page, ConnectionSettings.defaults(), false);
            } catch (PartInitException e) {
                throw new ExecutionException("the Session Console could not be opened: " + e.getMessage(), e); //$NON-NLS-1$
            }
            if (!console.askAccount()) {
                return null;
            }
        }
        console.runAccountTest();
        return console;
    }
}
