package io.mailscope.testserver.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.testserver.ui.internal.ManagedServer;
import io.mailscope.testserver.ui.internal.Reproducer;

/**
 * Runs a seed case of the Samples page live: the command {@value #COMMAND} (which the Samples page offers when it is
 * defined) starts the scenario naming the case's cause and opens a console against it that connects at once.
 */
public final class RunSampleLiveHandler extends AbstractHandler {

    /** The command the Samples page executes for its "… live" buttons. */
    public static final String COMMAND = "io.mailscope.ui.commands.runSampleLive"; //$NON-NLS-1$
    /** The case's error code, {@code 0x800CCC0F}. */
    public static final String CODE = COMMAND + ".code"; //$NON-NLS-1$
    /** The catalog cause the case shows, {@code 0x800CCC0F.connection-dropped-after-greeting}. */
    public static final String CAUSE = COMMAND + ".cause"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String code = event.getParameter(CODE);
        String cause = event.getParameter(CAUSE);
        if ((code == null || code.isBlank()) && (cause == null || cause.isBlank())) {
            throw new ExecutionException("Run Sample Live needs the case's code or cause (parameters " + CODE + ", " + CAUSE + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Reproducer.reproduce(HandlerUtil.getActiveWorkbenchWindowChecked(event), cause, code, code, ManagedServer.Origin.SAMPLE);
        return null;
    }
}
