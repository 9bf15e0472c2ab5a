package io.mailscope.ui.internal;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.mailscope.ui.internal.traces.TraceFileDropHandler;

/**
 * The main window: titled "Mailscope", sized for a support engineer's laptop screen, with progress in the status
 * line, and files dropped anywhere on it opened as traces.
 */
public final class MailscopeWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Window title; the perspective name is not appended, support engineers only have the one product. */
    public static final String TITLE = "Mailscope"; //$NON-NLS-1$

    public MailscopeWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new MailscopeActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(initialSize());
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowMenuBar(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(TITLE);
        configurer.addEditorAreaTransfer(FileTransfer.getInstance());
        configurer.configureEditorAreaDropListener(new TraceFileDropHandler());
    }

    /** 90% of the screen, at least 1200 x 800 (or the whole screen when it is smaller): room for a trace and its diagnosis. */
    private static Point initialSize() {
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(screen.width, Math.max(1200, screen.width * 9 / 10)), Math.min(screen.height, Math.max(800, screen.height * 9 / 10)));
    }

    @Override
    public void postWindowCreate() {
        // the editor area takes drops itself; the shell takes drops on views and empty space
        Shell shell = getWindowConfigurer().getWindow().getShell();
        DropTarget target = new DropTarget(shell, DND.DROP_COPY | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        target.addDropListener(new TraceFileDropHandler());
        TraceEditorHelp.install(getWindowConfigurer().getWindow());
    }
}
