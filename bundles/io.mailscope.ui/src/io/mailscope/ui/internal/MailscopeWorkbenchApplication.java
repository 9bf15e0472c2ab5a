package io.mailscope.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The {@code io.mailscope.ui.application}: starts the Mailscope workbench. Arguments that are not options are files
 * or folders to open as traces once the window is up ({@code ./mailscope seed.log}).
 */
public final class MailscopeWorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new MailscopeWorkbenchAdvisor(tracesToOpen(context)));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** @return the application arguments that name files or folders (options and their values are skipped) */
    static List<Path> tracesToOpen(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (!(args instanceof String[] strings)) {
            return List.of();
        }
        return Arrays.stream(strings).filter(a -> !a.startsWith("-")).map(Path::of).toList(); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
