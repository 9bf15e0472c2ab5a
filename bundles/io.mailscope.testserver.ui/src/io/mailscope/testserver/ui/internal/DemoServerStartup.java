package io.mailscope.testserver.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import io.mailscope.testserver.ScenarioException;

/**
 * Starts the demo test server when the workbench has started (unless turned off in Window &gt; Preferences &gt;
 * Mailscope &gt; Test Server), and stops every test server the workbench started when it shuts down. Runs after the
 * window is up ({@code org.eclipse.ui.startup}), so it never delays the first window.
 */
public final class DemoServerStartup implements IStartup {

    private static final ILog LOG = ILog.of(DemoServerStartup.class);

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        TestServers servers = workbench.getService(TestServers.class);
        if (servers == null) {
            LOG.error("The demo test server was not started: the test server service is not available"); //$NON-NLS-1$
            return;
        }
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench closing) {
                servers.stopAll();
            }
        });
        startDemoServer(servers, DemoServerSettings.load());
    }

    /** Starts the demo server of {@code settings} when they say so; a failure is logged and shown in the Test Server view. */
    public static void startDemoServer(TestServers servers, DemoServerSettings settings) {
        if (!settings.startAtStart()) {
            return;
        }
        try {
            servers.start(settings.scenarioId(), ManagedServer.Origin.DEMO, settings.ports());
        } catch (IOException | ScenarioException | IllegalArgumentException e) {
            servers.demoServerFailed("The demo test server could not be started in scenario '" + settings.scenarioId() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage());
            LOG.error("The demo test server could not be started in scenario '" + settings.scenarioId() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
