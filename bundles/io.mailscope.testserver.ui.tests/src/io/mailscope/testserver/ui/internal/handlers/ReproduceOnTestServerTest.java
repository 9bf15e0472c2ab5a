package io.mailscope.testserver.ui.internal.handlers;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.testserver.ui.tests.shared.Ui.greeting;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.testserver.ui.tests.shared.Ui.servers;
import static io.mailscope.testserver.ui.tests.shared.Ui.testFile;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Finding;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ui.internal.ManagedServer;
import io.mailscope.testserver.ui.internal.views.TestServerView;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * Reproduce on Test Server from a finding of the Diagnosis view: the seed traces' findings start the scenario naming
 * their cause, on real ports, and the Test Server view shows it.
 */
class ReproduceOnTestServerTest {

    static final String COMMAND = "io.mailscope.testserver.ui.commands.reproduce";

    @AfterEach
    void stopWhatTheTestStarted() {
        servers().running().stream().filter(s -> s.origin() != ManagedServer.Origin.DEMO).forEach(s -> servers().stop(s.scenario().id()));
    }

    @Test
    void theSeed0x800CCC0FFindingStartsDropAfterGreeting() throws Exception {
        ManagedServer server = reproduce("telnet-pop3-0x800ccc0f.txt", 0x800CCC0F, "drop-after-greeting");
        assertEquals(MailProtocol.POP3, server.consoleProtocol(), "the console goes to the port where the fault shows");
        assertEquals("+OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 ready.", greeting(server.ports().get(MailProtocol.POP3)));
        // the console opened against it connected at once: its live trace gets the same finding as the customer's trace
        waitUntil("the console's live trace shows 0x800CCC0F", 60, () -> traceEditors().stream().anyMatch(e -> e.document().file() == null
                && e.document().diagnosis().getFindings().stream().anyMatch(f -> f.getCause() != null
                        && f.getCause().getId().equals("0x800CCC0F.connection-dropped-after-greeting"))));
        TestServerView view = (TestServerView) page().findView(TestServerView.ID);
        assertEquals("", view.messageText(), "no problem opening the console");
    }

    @Test
    void theSeed0x800CCC97FindingStartsStatUidlMismatch() throws Exception {
        ManagedServer server = reproduce("outlook2002-pop3-0x800ccc97.log", 0x800CCC97, "stat-uidl-mismatch");
        assertEquals("+OK qs_tech InterMail POP3 server ready.", greeting(server.ports().get(MailProtocol.POP3)));
    }

    @Test
    void theDiagnosisViewsContextMenuOffersTheCommandForAFinding() throws Exception {
        openAndSelectFinding("telnet-pop3-0x800ccc0f.txt", 0x800CCC0F);
        // the findings' tree (the view's selection provider hands out findings, not its rows)
        Menu menu = diagnosisView().findingsControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.replace("&", "").equals("Reproduce on Test Server")), items.toString());
    }

    private static Finding openAndSelectFinding(String file, int code) {
        resetPage();
        TraceOpener.openFiles(List.of(testFile(file)));
        waitForOpening();
        waitUntil(file + ": the Diagnosis view shows the finding", 60,
                () -> diagnosisView().findings().stream().anyMatch(f -> f.getErrorCode() != null && f.getErrorCode().getValue() == code));
        Finding finding = diagnosisView().findings().stream().filter(f -> f.getErrorCode() != null && f.getErrorCode().getValue() == code)
                .findFirst().orElseThrow();
        page().activate(diagnosisView());
        diagnosisView().select(finding);
        processEvents();
        return finding;
    }

    private static ManagedServer reproduce(String file, int code, String scenario) throws Exception {
        openAndSelectFinding(file, code);
        assertTrue(servers().running(scenario).isEmpty(), scenario + " does not run yet");
        page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(COMMAND, null);
        processEvents();
        ManagedServer server = servers().running(scenario).orElseThrow(() -> new AssertionError(scenario + " was started"));
        assertEquals(ManagedServer.Origin.REPRODUCE, server.origin());
        TestServerView view = (TestServerView) page().findView(TestServerView.ID);
        assertTrue(view != null && view.portsText().contains("POP3 " + server.ports().get(MailProtocol.POP3)),
                "the Test Server view shows the started scenario and its ports");
        return server;
    }
}
