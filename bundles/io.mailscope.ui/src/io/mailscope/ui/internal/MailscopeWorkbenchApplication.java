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
 * The {@code io.mailscope.ui.application}: starts the Mailscope workbench. The arguments after {@value #OPEN} are
 * files or folders to open as traces once the window is up ({@code ./mailscope seed.log} passes them that way; a
 * marker, because the other application arguments, e.g. of a test harness, are option values that look like paths).
 */
public final class MailscopeWorkbenchApplication implements IApplication {

    /** Marks the start of the traces to open. */
    public static final String OPEN = "--open"; //$NON-NLS-1$

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

    /** @return the application arguments after {@value #OPEN} */
    static List<Path> tracesToOpen(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (!(args instanceof String[] strings)) {
            return List.of();
        }
        int marker = Arrays.asList(strings).indexOf(OPEN);
        return marker < 0 ? List.of() : Arrays.stream(strings, marker + 1, strings.length).map(Path::of).toList();
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
