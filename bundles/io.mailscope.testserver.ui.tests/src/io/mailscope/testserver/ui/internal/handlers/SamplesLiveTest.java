package io.mailscope.testserver.ui.internal.handlers;

import static io.mailscope.testserver.ui.tests.shared.Ui.greeting;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.testserver.ui.tests.shared.Ui.servers;
import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ServerEvent;
import io.mailscope.testserver.ui.tests.shared.ConsoleViews;
import io.mailscope.testserver.ui.internal.ManagedServer;
import io.mailscope.ui.internal.samples.SamplesView;

/** The Samples page's live cases: each seed case's button starts the scenario showing its fault. */
class SamplesLiveTest {

    @AfterEach
    void stopWhatTheTestStarted() {
        servers().running().stream().filter(s -> s.origin() != ManagedServer.Origin.DEMO).forEach(s -> servers().stop(s.scenario().id()));
    }

    /** The "done when": Samples > "0x800CCC0F live" shows the greeting, the drop and the finding. */
    @Test
    void theLive0x800CCC0FCaseEndsWithItsFindingInTheDiagnosisView() throws Exception {
        resetPage();
        SamplesView samples = (SamplesView) page().showView(SamplesView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
        processEvents();
        Button live = samples.liveButtons().get(1);
        assertEquals("0x800CCC0F live", live.getText());
        live.notifyListeners(SWT.Selection, null);
        processEvents();
        ManagedServer server = servers().running("drop-after-greeting").orElseThrow(() -> new AssertionError("drop-after-greeting was started"));
        assertTrue(ConsoleViews.open(page()) > 0, "a Session Console is open");
        // the console connected: the server saw it, greeted it and dropped it
        waitUntil("the server greeted and dropped the console's connection", 60,
                () -> server.log().stream().anyMatch(e -> e.kind() == ServerEvent.Kind.SERVER_CLOSED));
        assertTrue(server.log().stream().anyMatch(e -> e.kind() == ServerEvent.Kind.SENT && e.text().startsWith("+OK Microsoft Exchange Server 2003")),
                server.log().toString());
        waitUntil("the Diagnosis view shows the 0x800CCC0F finding of the live session", 60, () -> diagnosisView().findings().stream()
                .anyMatch(f -> f.getErrorCode() != null && f.getErrorCode().getValue() == 0x800CCC0F && f.getCause() != null
                        && f.getCause().getId().equals("0x800CCC0F.connection-dropped-after-greeting")));
        assertTrue(traceEditors().stream().anyMatch(e -> e.document().file() == null), "the finding is of the live trace, not a file");
    }

    @Test
    void eachSeedCaseHasALiveButtonThatStartsItsScenario() throws Exception {
        resetPage();
        SamplesView samples = (SamplesView) page().showView(SamplesView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
        processEvents();
        List<Button> live = samples.liveButtons();
        assertEquals(List.of("0x800CCC97 live", "0x800CCC0F live", "0x800CCC0B live"), live.stream().map(Button::getText).toList());
        record Expected(String scenario, MailProtocol protocol, String greeting) {
        }
        List<Expected> expected = List.of(new Expected("stat-uidl-mismatch", MailProtocol.POP3, "+OK qs_tech InterMail POP3 server ready."),
                new Expected("drop-after-greeting", MailProtocol.POP3, "+OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 ready."),
                new Expected("smtp-auth-required", MailProtocol.SMTP, "220 mailscope-test.localhost ESMTP Mailscope test server ready"));
        for (int i = 0; i < live.size(); i++) {
            live.get(i).notifyListeners(SWT.Selection, null);
            processEvents();
            Expected e = expected.get(i);
            ManagedServer server = servers().running(e.scenario()).orElseThrow(() -> new AssertionError(e.scenario() + " was started"));
            assertEquals(ManagedServer.Origin.SAMPLE, server.origin());
            assertEquals(e.protocol(), server.consoleProtocol(), "the console goes to the port the case is about");
            assertEquals(e.greeting(), greeting(server.ports().get(e.protocol())));
        }
    }
}
