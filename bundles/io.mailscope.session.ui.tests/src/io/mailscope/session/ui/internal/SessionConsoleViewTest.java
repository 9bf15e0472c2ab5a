package io.mailscope.session.ui.internal;

import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.Phase;
import io.mailscope.session.PhaseResult;
import io.mailscope.session.Security;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;
import io.mailscope.ui.internal.views.DiagnosisView;
import io.mailscope.ui.internal.views.ErrorCodeCatalogView;
import io.mailscope.tests.harness.Services;

/**
 * The Session Console against the embedded test server, in the running workbench: what an engineer sees when the
 * server drops, misreports its mailbox, shows a bad certificate or never answers, and that a typed password is never
 * shown or stored.
 */
class SessionConsoleViewTest {

    private RunningServer server;
    private IWorkbenchPage page;

    @BeforeEach
    void page() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
    }

    @AfterEach
    void stop() {
        for (var ref : page.getViewReferences()) {
            if (SessionConsoleView.ID.equals(ref.getId())) {
                page.hideView(ref);
            }
        }
        waitUntil("console jobs", 30, () -> Job.getJobManager().find(ConsoleSession.FAMILY).length == 0);
        page.closeAllEditors(false);
        if (server != null) {
            server.stop();
        }
    }

    private int start(String scenario, MailProtocol protocol) throws Exception {
        server = testServer().start(scenario, ServerOptions.loopbackFreePorts());
        return server.port(protocol);
    }

    @Test
    void dropAfterGreetingShowsTheGreetingTheDropAndTheFinding() throws Exception {
        int port = start("drop-after-greeting", MailProtocol.POP3); //$NON-NLS-1$
        SessionConsoleView view = SessionConsoleView.open(page, settings(Protocol.POP3, "127.0.0.1", port, Security.NONE), true); //$NON-NLS-1$

        waitUntil("the drop is noticed without typing", 30, () -> view.session().state() == ConsoleSession.State.CLOSED); //$NON-NLS-1$
        waitUntil("the transcript shows the drop", 10, () -> view.transcriptText().contains("the server closed the connection")); //$NON-NLS-1$ //$NON-NLS-2$
        String text = view.transcriptText();
        assertTrue(text.contains("S: +OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 ready."), text); //$NON-NLS-1$
        waitUntil("the Diagnosis view shows 0x800CCC0F", 30, () -> codes(diagnosis()).contains("0x800CCC0F")); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotNull(view.liveEditor(), "the live conversation is open as a trace editor"); //$NON-NLS-1$
        assertEquals(view.liveEditor().document().diagnosis().getFindings(), diagnosis().findings());
    }

    @Test
    void accountTestLinksTheFailedMailboxPhaseTo0x800CCC97() throws Exception {
        int port = start("stat-uidl-mismatch", MailProtocol.POP3); //$NON-NLS-1$
        SessionConsoleView view = SessionConsoleView.open(page, settings(Protocol.POP3, "127.0.0.1", port, Security.NONE), false); //$NON-NLS-1$
        view.setAccount(new ConnectionSettings(Protocol.POP3, "127.0.0.1", port, Security.NONE, "alice", false), "wonderland".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        view.runAccountTest();
        waitUntil("the account test result", 60, () -> view.accountTestResult() != null); //$NON-NLS-1$
        AccountTestResult result = view.accountTestResult();
        PhaseResult failed = result.failedPhase().orElseThrow(() -> new AssertionError("no failed phase: " + result.phases())); //$NON-NLS-1$
        assertEquals(Phase.MAILBOX, failed.phase(), result.phases().toString());
        assertEquals(PhaseResult.Status.PASSED, result.phases().stream().filter(p -> p.phase() == Phase.AUTHENTICATION).findFirst().orElseThrow().status());
        assertTrue(codes(view.failedPhaseFindings()).contains("0x800CCC97"), view.failedPhaseFindings().toString()); //$NON-NLS-1$

        view.openFailedPhaseFinding();
        DiagnosisView diagnosis = diagnosis();
        assertTrue(codes(diagnosis.findings()).contains("0x800CCC97")); //$NON-NLS-1$
        ErrorCodeCatalogView catalog = (ErrorCodeCatalogView) page.findView(ErrorCodeCatalogView.ID);
        assertNotNull(catalog, "the catalog opens on the cause"); //$NON-NLS-1$
        assertTrue(catalog.visibleCodes().stream().anyMatch(c -> ErrorCodes.hex(c).equals("0x800CCC97")), //$NON-NLS-1$
                catalog.visibleCodes().toString());
        assertTrue(catalog.detailsText().contains("0x800CCC97") || catalog.detailsText().isEmpty(), catalog.detailsText()); //$NON-NLS-1$
    }

    @Test
    void badCertificateOpensTheDialogAndTrustForThisSessionContinues() throws Exception {
        int port = start("bad-certificate", MailProtocol.POP3); //$NON-NLS-1$
        SessionConsoleView view = SessionConsoleView.open(page, settings(Protocol.POP3, "localhost", port, Security.STARTTLS), true); //$NON-NLS-1$

        waitUntil("the certificate dialog", 30, () -> view.trustPrompt().openDialog().isPresent()); //$NON-NLS-1$
        CertificateDialog dialog = view.trustPrompt().openDialog().orElseThrow();
        String details = dialog.detailsText();
        assertTrue(details.contains("self-signed"), details); //$NON-NLS-1$
        assertTrue(details.contains("Subject:") && details.contains("Issuer:") && details.contains("SHA-256:"), details); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(details.matches("(?s).*SHA-256: ([0-9A-F]{2}:){31}[0-9A-F]{2}.*"), details); //$NON-NLS-1$
        assertTrue(details.contains("DNS:localhost"), details); //$NON-NLS-1$
        assertTrue(dialog.button(CertificateDialog.TRUST_PERMANENTLY_ID).isEnabled());

        dialog.button(CertificateDialog.TRUST_SESSION_ID).notifyListeners(SWT.Selection, null);
        waitUntil("connected over TLS after the trust", 30, //$NON-NLS-1$
                () -> view.session().state() == ConsoleSession.State.CONNECTED && view.session().raw().tlsActive());
        waitUntil("the transcript tells the trust", 10, () -> view.transcriptText().contains("trusted certificate")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void trustPermanentlyIsStoredAndTheNextSessionDoesNotAsk() throws Exception {
        int port = start("bad-certificate", MailProtocol.POP3); //$NON-NLS-1$
        ConnectionSettings settings = settings(Protocol.POP3, "localhost", port, Security.STARTTLS); //$NON-NLS-1$
        SecureStore store = SecureStore.standard();
        try {
            SessionConsoleView view = SessionConsoleView.open(page, settings, true);
            waitUntil("the certificate dialog", 30, () -> view.trustPrompt().openDialog().isPresent()); //$NON-NLS-1$
            view.trustPrompt().openDialog().orElseThrow().button(CertificateDialog.TRUST_PERMANENTLY_ID).notifyListeners(SWT.Selection, null);
            waitUntil("connected over TLS after the trust", 30, //$NON-NLS-1$
                    () -> view.session().state() == ConsoleSession.State.CONNECTED && view.session().raw().tlsActive());
            String fingerprint = view.session().raw().tls().leafFingerprint();
            assertEquals(java.util.Set.of(fingerprint), store.trustedCertificates(settings.endpoint()).keySet());

            view.disconnect();
            waitUntil("closed", 10, () -> view.session().state() == ConsoleSession.State.CLOSED); //$NON-NLS-1$
            view.connect(settings, null);
            waitUntil("connected again over TLS", 30, () -> view.session().state() == ConsoleSession.State.CONNECTED //$NON-NLS-1$
                    && view.session().raw().tlsActive());
            assertFalse(view.trustPrompt().openDialog().isPresent(), "a certificate trusted permanently is not asked about again"); //$NON-NLS-1$
            assertEquals(io.mailscope.session.TlsReport.Trust.TRUSTED_BY_FINGERPRINT, view.session().raw().tls().trust());
            assertFalse(view.session().raw().transcript().stream().anyMatch(e -> e.text().startsWith("the user trusted")), //$NON-NLS-1$
                    "the second session was not asked"); //$NON-NLS-1$
        } finally {
            org.eclipse.equinox.security.storage.SecurePreferencesFactory.getDefault().node("/io.mailscope.session.ui").removeNode(); //$NON-NLS-1$
        }
    }

    @Test
    void theConnectionDialogMovesThePortWithProtocolAndSecurity() {
        ConnectionDialog dialog = new ConnectionDialog(page.getWorkbenchWindow().getShell(), ConnectionSettings.defaults(), null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            var combos = new java.util.ArrayList<org.eclipse.swt.widgets.Combo>();
            var spinners = new java.util.ArrayList<org.eclipse.swt.widgets.Spinner>();
            collect(dialog.getShell(), combos, spinners);
            var protocol = combos.get(0);
            var security = combos.get(1);
            var port = spinners.get(0);
            assertEquals(110, port.getSelection());
            select(security, 2);
            assertEquals(995, port.getSelection());
            select(protocol, 1);
            assertEquals(993, port.getSelection());
            select(protocol, 2);
            assertEquals(465, port.getSelection());
            select(security, 1);
            assertEquals(587, port.getSelection());
            select(security, 0);
            assertEquals(25, port.getSelection());
        } finally {
            dialog.close();
        }
    }

    private static void select(org.eclipse.swt.widgets.Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, java.util.List<org.eclipse.swt.widgets.Combo> combos,
            java.util.List<org.eclipse.swt.widgets.Spinner> spinners) {
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Combo c) {
                combos.add(c);
            } else if (child instanceof org.eclipse.swt.widgets.Spinner sp) {
                spinners.add(sp);
            } else if (child instanceof org.eclipse.swt.widgets.Composite c) {
                collect(c, combos, spinners);
            }
        }
    }

    @Test
    void cancelEndsASessionTheServerNeverAnswers() throws Exception {
        int port = start("no-response", MailProtocol.POP3); //$NON-NLS-1$
        SessionConsoleView view = SessionConsoleView.open(page, settings(Protocol.POP3, "127.0.0.1", port, Security.NONE), true); //$NON-NLS-1$
        waitUntil("connected, waiting for the greeting", 30, () -> view.transcriptText().contains("connected to")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ConsoleSession.State.CONNECTING, view.session().state());

        long start = System.nanoTime();
        view.cancel();
        // the console's read time-out is 30 s: only Cancel ends the session this early
        waitUntil("the session ends after Cancel", 10, () -> view.session().state() == ConsoleSession.State.CLOSED); //$NON-NLS-1$
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, millis + " ms"); //$NON-NLS-1$
        waitUntil("no console job left", 10, () -> Job.getJobManager().find(ConsoleSession.FAMILY).length == 0); //$NON-NLS-1$
    }

    @Test
    void aTypedPasswordNeverAppearsInTheTranscriptTheTraceOrAnExport(@TempDir Path temp) throws Exception {
        int port = start("normal", MailProtocol.POP3); //$NON-NLS-1$
        SessionConsoleView view = SessionConsoleView.open(page, settings(Protocol.POP3, "127.0.0.1", port, Security.NONE), true); //$NON-NLS-1$
        waitUntil("connected", 30, () -> view.session().state() == ConsoleSession.State.CONNECTED); //$NON-NLS-1$
        view.send("USER alice"); //$NON-NLS-1$
        view.send("PASS secret"); //$NON-NLS-1$
        view.send("STAT"); //$NON-NLS-1$
        waitUntil("the STAT reply", 30, () -> view.transcriptText().contains("C: STAT") //$NON-NLS-1$ //$NON-NLS-2$
                && view.transcriptText().lines().anyMatch(l -> l.contains("S: +OK") && view.transcriptText().indexOf(l) > view.transcriptText().indexOf("C: STAT"))); //$NON-NLS-1$ //$NON-NLS-2$
        view.send("QUIT"); //$NON-NLS-1$
        waitUntil("closed after QUIT", 30, () -> view.session().state() == ConsoleSession.State.CLOSED); //$NON-NLS-1$
        waitUntil("the final trace in the editor", 30, () -> view.liveEditor() != null
                && view.liveEditor().document().trace().getLineCount() >= view.session().raw().transcript().size());

        String transcript = view.transcriptText();
        assertTrue(transcript.contains("C: PASS ********"), transcript); //$NON-NLS-1$
        assertFalse(transcript.contains("secret"), transcript); //$NON-NLS-1$
        assertFalse(String.join("\n", view.history()).contains("secret"), view.history().toString()); //$NON-NLS-1$ //$NON-NLS-2$

        String all = traceText(view.liveEditor().document().trace());
        assertTrue(all.contains("PASS"), "the trace holds the PASS line"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(all.contains("secret"), all); //$NON-NLS-1$
        assertFalse(view.liveEditor().sourceText().contains("secret")); //$NON-NLS-1$

        Path exported = temp.resolve("transcript.txt"); //$NON-NLS-1$
        view.exportTranscript(exported);
        String export = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(export.contains("C: PASS ********"), export); //$NON-NLS-1$
        assertFalse(export.contains("secret"), export); //$NON-NLS-1$
        Path report = temp.resolve("report.json"); //$NON-NLS-1$
        diagnosis().exportReport(report, true);
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertFalse(json.contains("secret"), json); //$NON-NLS-1$
    }

    @Test
    void theOpenConsoleCommandConnectsWithItsParameters() throws Exception {
        int port = start("normal", MailProtocol.IMAP); //$NON-NLS-1$
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand(OpenConsoleHandler.COMMAND_ID);
        ParameterizedCommand call = ParameterizedCommand.generateCommand(command, Map.of(OpenConsoleHandler.PROTOCOL, "imap", //$NON-NLS-1$
                OpenConsoleHandler.HOST, "127.0.0.1", OpenConsoleHandler.PORT, Integer.toString(port), OpenConsoleHandler.SECURITY, "none", //$NON-NLS-1$ //$NON-NLS-2$
                OpenConsoleHandler.CONNECT, "true")); //$NON-NLS-1$
        SessionConsoleView view = (SessionConsoleView) PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(call, null);
        assertEquals(Protocol.IMAP, view.settings().protocol());
        assertEquals(port, view.settings().port());
        waitUntil("the IMAP greeting", 30, () -> view.transcriptText().contains("S: * OK")); //$NON-NLS-1$ //$NON-NLS-2$
        view.send("a1 CAPABILITY"); //$NON-NLS-1$
        waitUntil("the tagged reply", 30, () -> view.transcriptText().contains("S: a1 OK")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("telnet 127.0.0.1 " + port, view.equivalentCommand()); //$NON-NLS-1$
    }

    @Test
    void imapCommandsTypedWithoutATagGetOneAndLogInUsesTheStoredPassword(@TempDir Path temp) throws Exception {
        int port = start("normal", MailProtocol.IMAP); //$NON-NLS-1$
        ConnectionSettings account = new ConnectionSettings(Protocol.IMAP, "127.0.0.1", port, Security.NONE, "alice", true); //$NON-NLS-1$ //$NON-NLS-2$
        String password = "Stored-Pw-4711"; //$NON-NLS-1$
        SecureStore store = SecureStore.standard();
        try {
            store.setPassword(account.endpoint(), password.toCharArray());
            SessionConsoleView view = SessionConsoleView.open(page, account, true);
            waitUntil("connected", 30, () -> view.session().state() == ConsoleSession.State.CONNECTED); //$NON-NLS-1$

            // typed without a tag: the console adds one, shows it and the server answers under it
            view.send("capability"); //$NON-NLS-1$
            waitUntil("the tagged CAPABILITY reply", 30, () -> view.transcriptText().contains("S: a1 OK")); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(view.transcriptText().contains("C: a1 capability"), view.transcriptText()); //$NON-NLS-1$
            // a line that is no command (here a typing slip) gets no tag; the server's untagged BAD ends the wait at once
            long slip = System.nanoTime();
            view.send("selectINBOX"); //$NON-NLS-1$
            waitUntil("the untagged BAD", 30, () -> view.transcriptText().contains("S: * BAD")); //$NON-NLS-1$ //$NON-NLS-2$
            waitUntil("ready for the next command", 30, () -> view.session().state() == ConsoleSession.State.CONNECTED); //$NON-NLS-1$
            assertTrue(System.nanoTime() - slip < 10_000_000_000L, "not held until the 30 s reply time-out"); //$NON-NLS-1$
            assertTrue(view.transcriptText().contains("C: selectINBOX"), view.transcriptText()); //$NON-NLS-1$
            // a tag typed by hand is kept, and the generated ones do not reuse it
            view.send("a7 NOOP"); //$NON-NLS-1$
            waitUntil("the NOOP reply", 30, () -> view.transcriptText().contains("S: a7 OK")); //$NON-NLS-1$ //$NON-NLS-2$

            var logIn = logInAction(view);
            // the reply is shown before the session is ready again; the toolbar follows the state on the UI thread
            waitUntil("Log In enabled on a connected session with a user", 30, logIn::isEnabled); //$NON-NLS-1$
            logIn.run();
            waitUntil("logged in", 30, () -> view.transcriptText().contains("S: a8 OK Logged in.")); //$NON-NLS-1$ //$NON-NLS-2$
            String transcript = view.transcriptText();
            assertTrue(transcript.contains("with the password from Secure Storage"), transcript); //$NON-NLS-1$
            assertTrue(transcript.contains("C: a8 LOGIN"), transcript); //$NON-NLS-1$

            view.send("select INBOX"); //$NON-NLS-1$
            waitUntil("the SELECT reply", 30, () -> view.transcriptText().contains("S: a9 OK")); //$NON-NLS-1$ //$NON-NLS-2$
            view.send("logout"); //$NON-NLS-1$
            waitUntil("closed after LOGOUT", 30, () -> view.session().state() == ConsoleSession.State.CLOSED); //$NON-NLS-1$
            waitUntil("the final trace in the editor", 30, () -> view.liveEditor() != null
                    && view.liveEditor().document().trace().getLineCount() >= view.session().raw().transcript().size());

            String text = view.transcriptText();
            assertTrue(text.contains("C: a10 logout"), text); //$NON-NLS-1$
            page.activate(view.liveEditor());
            assertEquals("", diagnosis().askNextText(), "a live session of the engineer's own asks no customer for a log"); //$NON-NLS-1$ //$NON-NLS-2$
            // the messages never print the password, even when an assertion fails
            assertFalse(text.contains(password), "the transcript holds the stored password"); //$NON-NLS-1$
            assertFalse(String.join("\n", view.history()).contains(password), "the history holds the stored password"); //$NON-NLS-1$ //$NON-NLS-2$
            String trace = traceText(view.liveEditor().document().trace());
            assertTrue(trace.contains("a1 capability") && trace.contains("a9 select INBOX"), "the generated tags are recorded in the trace"); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(trace.contains("a8 LOGIN"), "the trace holds the LOGIN line"); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(trace.contains(password), "the trace holds the stored password"); //$NON-NLS-1$
            assertFalse(view.liveEditor().sourceText().contains(password), "the source lines hold the stored password"); //$NON-NLS-1$
            Path exported = temp.resolve("transcript.txt"); //$NON-NLS-1$
            view.exportTranscript(exported);
            assertFalse(Files.readString(exported, StandardCharsets.UTF_8).contains(password), "the export holds the stored password"); //$NON-NLS-1$
            Path report = temp.resolve("report.json"); //$NON-NLS-1$
            diagnosis().exportReport(report, true);
            assertFalse(Files.readString(report, StandardCharsets.UTF_8).contains(password), "the report holds the stored password"); //$NON-NLS-1$
        } finally {
            org.eclipse.equinox.security.storage.SecurePreferencesFactory.getDefault().node("/io.mailscope.session.ui").removeNode(); //$NON-NLS-1$
        }
    }

    @Test
    void logInOnPop3SendsUserAndPassAndTheMailboxAnswers() throws Exception {
        int port = start("normal", MailProtocol.POP3); //$NON-NLS-1$
        String password = "Typed-Pw-0815"; //$NON-NLS-1$
        SessionConsoleView view = SessionConsoleView.open(page, settings(Protocol.POP3, "127.0.0.1", port, Security.NONE), false); //$NON-NLS-1$
        // what Connect... does with the password typed in the dialog (not remembered)
        view.connect(new ConnectionSettings(Protocol.POP3, "127.0.0.1", port, Security.NONE, "alice", false), password.toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
        waitUntil("connected", 30, () -> view.session().state() == ConsoleSession.State.CONNECTED); //$NON-NLS-1$
        logInAction(view).run();
        waitUntil("logged in", 30, () -> view.transcriptText().contains("C: PASS ") //$NON-NLS-1$ //$NON-NLS-2$
                && view.transcriptText().indexOf("S: +OK", view.transcriptText().indexOf("C: PASS ")) > 0); //$NON-NLS-1$ //$NON-NLS-2$
        view.send("STAT"); //$NON-NLS-1$
        waitUntil("the STAT reply", 30, () -> view.transcriptText().indexOf("S: +OK", view.transcriptText().indexOf("C: STAT")) > 0 //$NON-NLS-1$ //$NON-NLS-2$
                && view.transcriptText().contains("C: STAT")); //$NON-NLS-1$
        String text = view.transcriptText();
        assertTrue(text.contains("C: USER alice") && text.contains("C: PASS ********"), text); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(text.contains("with the password typed in the connection dialog"), text); //$NON-NLS-1$
        assertFalse(text.contains(password), "the transcript holds the typed password"); //$NON-NLS-1$
    }

    /** @return the console toolbar's Log In action (id {@code io.mailscope.session.ui.console.logIn}) */
    private static org.eclipse.jface.action.IAction logInAction(SessionConsoleView view) {
        var item = view.getViewSite().getActionBars().getToolBarManager().find("io.mailscope.session.ui.console.logIn"); //$NON-NLS-1$
        assertNotNull(item, "the console's toolbar offers Log In"); //$NON-NLS-1$
        return ((org.eclipse.jface.action.ActionContributionItem) item).getAction();
    }

    private static String traceText(Trace trace) {
        StringBuilder all = new StringBuilder();
        for (var it = trace.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (var attribute : o.eClass().getEAllAttributes()) {
                all.append(o.eGet(attribute)).append('\n');
            }
        }
        return all.toString();
    }

    private static ConnectionSettings settings(Protocol protocol, String host, int port, Security security) {
        return new ConnectionSettings(protocol, host, port, security, null, false);
    }

    private DiagnosisView diagnosis() {
        DiagnosisView view = (DiagnosisView) page.findView(DiagnosisView.ID);
        assertNotNull(view, "the Diagnosis view is shown"); //$NON-NLS-1$
        return view;
    }

    private static java.util.List<String> codes(DiagnosisView view) {
        return codes(view.findings());
    }

    private static java.util.List<String> codes(java.util.List<Finding> findings) {
        return findings.stream().filter(f -> f.getErrorCode() != null).map(f -> ErrorCodes.hex(f.getErrorCode())).toList();
    }

    private static TestServerService testServer() {
        return Services.await(TestServerService.class);
    }
}
