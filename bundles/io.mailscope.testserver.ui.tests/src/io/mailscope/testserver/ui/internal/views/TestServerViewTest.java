package io.mailscope.testserver.ui.internal.views;

import static io.mailscope.testserver.ui.tests.shared.Ui.greeting;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.testserver.ui.tests.shared.Ui.refused;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.testserver.ui.tests.shared.Ui.servers;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ui.internal.ManagedServer;
import io.mailscope.testserver.ui.tests.shared.ConsoleViews;

/** The Test Server view: the scenarios listed, a server started and stopped from it, its ports and its server log. */
class TestServerViewTest {

    @AfterEach
    void stopWhatTheTestStarted() {
        servers().running().stream().filter(s -> s.origin() != ManagedServer.Origin.DEMO).forEach(s -> servers().stop(s.scenario().id()));
    }

    @Test
    void listsTheBuiltInAndContributedScenariosWithTheCauseEachReproduces() throws Exception {
        resetPage();
        TestServerView view = TestServerView.show(page(), "normal");
        Table table = view.scenarioTable();
        List<String> rows = Arrays.stream(table.getItems()).map(TestServerViewTest::row).toList();
        assertTrue(rows.size() >= 24, "23 built-in scenarios and the contributed one: " + rows);
        assertTrue(rows.contains("drop-after-greeting|0x800CCC0F|0x800CCC0F.connection-dropped-after-greeting|io.mailscope.testserver"), rows.toString());
        assertTrue(rows.contains("stat-uidl-mismatch|0x800CCC97|0x800CCC97.server-bug.hidden-control-message|io.mailscope.testserver"), rows.toString());
        assertTrue(rows.contains("team.pop3-locked-at-login|0x800CCC0B|0x800CCC0B.mailbox-in-use|io.mailscope.testserver.ui.tests"), rows.toString());
    }

    private static String row(TableItem item) {
        return item.getText(1) + "|" + item.getText(2) + "|" + item.getText(3) + "|" + item.getText(5);
    }

    @Test
    void startFromTheViewConnectWithARealSocketSeeTheGreetingAndTheDropInTheLogThenStop() throws Exception {
        resetPage();
        TestServerView view = TestServerView.show(page(), "drop-after-greeting");
        assertTrue(view.startButton().isEnabled(), "Start is enabled for a scenario that does not run");
        assertFalse(view.stopButton().isEnabled());
        view.startButton().notifyListeners(SWT.Selection, null);
        processEvents();
        ManagedServer server = servers().running("drop-after-greeting").orElseThrow(() -> new AssertionError("the scenario runs"));
        int pop3 = server.ports().get(MailProtocol.POP3);
        assertTrue(view.portsText().contains("POP3 " + pop3 + " (plain, STARTTLS offered)"), view.portsText());
        assertTrue(view.portsText().contains("IMAP " + server.ports().get(MailProtocol.IMAP)), view.portsText());
        assertTrue(view.portsText().contains("SMTP " + server.ports().get(MailProtocol.SMTP)), view.portsText());
        assertTrue(view.consoleButtons().get(MailProtocol.POP3).isEnabled());

        try (Socket socket = new Socket("127.0.0.1", pop3)) {
            socket.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("+OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 ready.", in.readLine());
            assertNull(in.readLine(), "the server drops the connection right after the greeting");
        }
        waitUntil("the server log shows the greeting and the drop", 20, () -> view.logLines().stream().anyMatch(l -> l.startsWith("closed by server")));
        List<String> log = view.logLines();
        assertTrue(log.get(0).startsWith("connect Connection from /127.0.0.1:"), log.toString());
        assertEquals("S: +OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 ready.", log.get(1), log.toString());

        view.stopButton().notifyListeners(SWT.Selection, null);
        processEvents();
        assertTrue(servers().running("drop-after-greeting").isEmpty(), "stopped");
        assertTrue(refused(pop3), "nothing listens on the POP3 port after Stop");
        assertTrue(view.portsText().startsWith("Not running"), view.portsText());
        assertTrue(view.startButton().isEnabled());
    }

    @Test
    void theServerLogIsCopiedWithCtrlCAndFromItsContextMenu() throws Exception {
        resetPage();
        TestServerView view = TestServerView.show(page(), "drop-after-greeting");
        view.startSelected().orElseThrow();
        int pop3 = servers().running("drop-after-greeting").orElseThrow().ports().get(MailProtocol.POP3);
        processEvents();
        // an empty log says how to fill it
        assertTrue(view.logHintText().startsWith("Server log: no client yet. Open a console (the Console buttons) or point a mail client at 127.0.0.1 ("),
                view.logHintText());
        assertTrue(view.logHintText().contains("POP3 " + pop3), view.logHintText());
        greeting(pop3);
        waitUntil("the server log shows the drop", 20, () -> view.logLines().stream().anyMatch(l -> l.startsWith("closed by server")));
        String greetingRow = "\tPOP3\tS:\t+OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 ready.";

        // the log's context menu: Select All, then Copy
        Table log = view.logTable();
        Menu menu = log.getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // the menu manager fills the menu as it opens
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("&Copy", "Select &All"), items.stream().map(t -> t.replaceAll("\t.*", "")).toList(), items.toString());
        select(menu, "Select &All");
        assertEquals(view.logLines().size(), log.getSelectionCount(), "Select All selects every line of the log");
        select(menu, "&Copy");
        String copied = clipboard();
        List<String> lines = copied.lines().toList();
        assertEquals(view.logLines().size(), lines.size(), copied);
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\t#1\tPOP3\tconnect\tConnection from /127\\.0\\.0\\.1:\\d+ .*"), copied);
        assertTrue(lines.get(1).endsWith(greetingRow), copied);

        // Ctrl+C: the Copy command of the workbench, with the log's greeting line selected
        clear();
        page().activate(view);
        log.setFocus();
        log.notifyListeners(SWT.FocusIn, new Event());
        log.setSelection(1);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY, null);
        assertTrue(clipboard().strip().endsWith(greetingRow.strip()), clipboard());
        assertEquals(1, clipboard().lines().count(), clipboard());
    }

    private static void select(Menu menu, String text) {
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text));
        item.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    private static String clipboard() {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            return String.valueOf(clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    private static void clear() {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            clipboard.setContents(new Object[] { "-" }, new org.eclipse.swt.dnd.Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void theConsoleButtonOpensASessionConsoleConnectedToTheShownPort() throws Exception {
        resetPage();
        TestServerView view = TestServerView.show(page(), "stat-uidl-mismatch");
        ManagedServer server = view.startSelected().orElseThrow();
        int consolesBefore = ConsoleViews.open(page());
        view.consoleButtons().get(MailProtocol.POP3).notifyListeners(SWT.Selection, null);
        processEvents();
        assertEquals("", view.messageText(), "no problem opening the console");
        assertEquals(consolesBefore + 1, ConsoleViews.open(page()), "a Session Console opened");
        waitUntil("the console connected and was greeted", 60, () -> view.logLines().contains("S: +OK qs_tech InterMail POP3 server ready."));
        assertTrue(view.logLines().get(0).startsWith("connect Connection from /127.0.0.1:"), view.logLines().toString());
        assertEquals(1, server.server().acceptedConnections(), "one connection: the console's");
    }

    @Test
    void thePasswordAClientSendsIsMaskedInTheServerLog() throws Exception {
        resetPage();
        TestServerView view = TestServerView.show(page(), "mailbox-in-use");
        view.startSelected().orElseThrow();
        int pop3 = servers().running("mailbox-in-use").orElseThrow().ports().get(MailProtocol.POP3);
        try (Socket socket = new Socket("127.0.0.1", pop3)) {
            socket.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            in.readLine();
            out.write("USER alice\r\nPASS s3cret-Passw0rd\r\n");
            out.flush();
            in.readLine();
            assertEquals("-ERR [IN-USE] mailbox already in use by pid 12345", in.readLine());
        }
        waitUntil("the log shows the refused logon", 20, () -> view.logLines().contains("S: -ERR [IN-USE] mailbox already in use by pid 12345"));
        assertTrue(view.logLines().contains("C: PASS ****"), view.logLines().toString());
        assertTrue(view.logLines().stream().noneMatch(l -> l.contains("s3cret")), view.logLines().toString());
    }

    @Test
    void aScenarioWithoutStartTlsSaysSoAndTheConsoleButtonsFollowTheServer() throws Exception {
        resetPage();
        TestServerView view = TestServerView.show(page(), "starttls-not-offered");
        assertFalse(view.consoleButtons().get(MailProtocol.SMTP).isEnabled(), "no console before the server runs");
        view.startSelected().orElseThrow();
        processEvents();
        int smtp = servers().running("starttls-not-offered").orElseThrow().ports().get(MailProtocol.SMTP);
        assertTrue(view.portsText().contains("SMTP " + smtp + " (plain, no STARTTLS)"), view.portsText());
        assertTrue(greeting(smtp).startsWith("220 "), "the SMTP port greets");
        assertTrue(view.consoleButtons().get(MailProtocol.SMTP).isEnabled());
    }
}
