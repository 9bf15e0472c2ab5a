package io.mailscope.session.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * {@code io.mailscope.session.ui.openConsole}: opens a Session Console, for other bundles (the Test Server view's
 * one-click console, the Samples page's live demos) and for the menu. With a host parameter the console is set to
 * that server (protocol, port and security from the other parameters, the port defaulting to the protocol's
 * well-known one); with {@code connect=true} it connects at once, else the connection dialog opens pre-filled.
 */
public final class OpenConsoleHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.mailscope.session.ui.openConsole"; //$NON-NLS-1$
    public static final String PROTOCOL = "io.mailscope.session.ui.protocol"; //$NON-NLS-1$
    public static final String HOST = "io.mailscope.session.ui.host"; //$NON-NLS-1$
    public static final String PORT = "io.mailscope.session.ui.port"; //$NON-NLS-1$
    public static final String SECURITY = "io.mailscope.session.ui.security"; //$NON-NLS-1$
    public static final String CONNECT = "io.mailscope.session.ui.connect"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        String host = event.getParameter(HOST);
        ConnectionSettings settings;
        try {
            settings = host == null ? null
                    : ConnectionSettings.parse(event.getParameter(PROTOCOL), host, event.getParameter(PORT), event.getParameter(SECURITY));
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(COMMAND_ID + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
        boolean connect = settings != null && Boolean.parseBoolean(event.getParameter(CONNECT));
        try {
            SessionConsoleView view = SessionConsoleView.open(page, settings == null ? ConnectionSettings.defaults() : settings, connect);
            if (!connect) {
                view.openConnectionDialog();
            }
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException(COMMAND_ID + ": the Session Console could not be opened: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
