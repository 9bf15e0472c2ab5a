package io.mailscope.testserver.ui.internal;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.testserver.ScenarioException;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ui.internal.views.TestServerView;

/**
 * Shows a fault on the test server: finds the scenario that names a cause (or, failing that, its code), lets the
 * engineer pick when several do, says so when none does, starts it, shows it in the Test Server view and opens a
 * Session Console against it that connects at once. Used by Reproduce on Test Server and by the Samples page's live
 * cases.
 */
public final class Reproducer {

    private Reproducer() {
    }

    /**
     * @param what how the fault is named in messages ("the finding 0x800CCC0F ...")
     * @return the started server, or empty when no scenario fits, the engineer cancelled the choice, or the start failed
     *         (each said to the engineer)
     */
    public static Optional<ManagedServer> reproduce(IWorkbenchWindow window, String causeId, String code, String what,
            ManagedServer.Origin origin) {
        TestServers servers = window.getService(TestServers.class);
        if (servers == null) {
            MessageDialog.openError(window.getShell(), Messages.Reproduce_Title, Messages.View_NoService);
            return Optional.empty();
        }
        ScenarioMatch match = ScenarioMatch.of(servers.scenarios(), causeId, code);
        if (match.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Reproduce_Title,
                    NLS.bind(Messages.Reproduce_NoScenario, new Object[] { what, orNone(causeId), orNone(code) }));
            return Optional.empty();
        }
        ScenarioInfo scenario = match.scenarios().size() == 1 ? match.scenarios().get(0) : pick(window, match, what);
        if (scenario == null) {
            return Optional.empty();
        }
        ManagedServer server;
        try {
            server = servers.start(scenario.id(), origin);
        } catch (IOException | ScenarioException | IllegalArgumentException e) {
            StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(
                    NLS.bind(Messages.View_StartFailed, scenario.id(), e.getMessage()), e), StatusManager.LOG | StatusManager.SHOW);
            return Optional.empty();
        }
        try {
            TestServerView view = TestServerView.show(window.getActivePage(), scenario.id());
            if (!match.byCause()) {
                view.showMessage(NLS.bind(Messages.Reproduce_SameCodeOnly, new Object[] { what, orNone(causeId), scenario.id() }), false);
            }
            view.openConsole(server, server.consoleProtocol());
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
        }
        return Optional.of(server);
    }

    private static ScenarioInfo pick(IWorkbenchWindow window, ScenarioMatch match, String what) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                ScenarioInfo s = (ScenarioInfo) element;
                return s.id() + " \u2014 " + s.name() + " (" + s.causeId() + ", " + s.contributor() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        });
        dialog.setTitle(Messages.Reproduce_Title);
        dialog.setMessage(NLS.bind(match.byCause() ? Messages.Reproduce_PickByCause : Messages.Reproduce_PickByCode, what));
        dialog.setElements(match.scenarios().toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof ScenarioInfo s ? s : null;
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "\u2014" : s; //$NON-NLS-1$
    }
}
