package io.mailscope.session.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.session.AccountTest;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.Credential;
import io.mailscope.session.EquivalentCommands;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.SessionService;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;
import io.mailscope.ui.internal.views.DiagnosisView;
import io.mailscope.ui.internal.views.ErrorCodeCatalogView;

/**
 * The Session Console: a live conversation with a POP3, IMAP or SMTP server. The engineer connects (connection dialog),
 * watches the transcript (client and server lines told apart, timings, TLS and certificate events, secrets masked by
 * the engine), types raw commands, runs the account test, and copies the command line that reproduces the session.
 * The conversation is also open as a trace editor, so the Diagnosis view shows its findings while it runs. All network
 * work is done by {@link ConsoleSession} jobs; Cancel and Disconnect answer at once.
 */
public final class SessionConsoleView extends ViewPart {

    public static final String ID = "io.mailscope.session.ui.console"; //$NON-NLS-1$
    /** The id of the Log In action in the view's toolbar. */
    public static final String LOG_IN_ACTION_ID = ID + ".logIn"; //$NON-NLS-1$

    private ConnectionSettings settings = ConnectionSettings.defaults();
    private Credential credential;
    private final Set<String> trustedThisConsole = new HashSet<>();
    private ConsoleSession session;
    private AccountTest runningTest;
    private DialogTrustPrompt prompt;
    private LiveTraceEditor live;
    private TranscriptPane transcript;
    private CommandLine commandLine;
    private AccountTestTree accountTree;
    private CTabFolder tabs;
    private CTabItem accountTab;
    private Label status;
    private Action connectAction;
    private Action disconnectAction;
    private Action cancelAction;
    private Action startTlsAction;
    private Action logInAction;
    private Action accountTestAction;
    private Action copyCommandAction;
    private Action exportAction;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        Composite console = new Composite(tabs, SWT.NONE);
        console.setLayout(new GridLayout(1, false));
        transcript = new TranscriptPane(console);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(transcript.control());
        commandLine = new CommandLine(console, () -> settings.protocol(), this::send);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 2 * commandLine.control().getLineHeight() + 6)
                .applyTo(commandLine.control());
        CTabItem consoleTab = new CTabItem(tabs, SWT.NONE);
        consoleTab.setText(Messages.SessionConsoleView_TranscriptTab);
        consoleTab.setControl(console);

        Composite tests = new Composite(tabs, SWT.NONE);
        tests.setLayout(new GridLayout(1, false));
        accountTree = new AccountTestTree(tests, this::openFinding);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(accountTree.control());
        accountTab = new CTabItem(tabs, SWT.NONE);
        accountTab.setText(Messages.SessionConsoleView_AccountTestTab);
        accountTab.setControl(tests);
        tabs.setSelection(consoleTab);

        Display display = parent.getDisplay();
        prompt = new DialogTrustPrompt(display, () -> getSite().getShell(), SecureStore::standard, this::problem);
        live = new LiveTraceEditor(getSite().getPage());
        createActions();
        updateState();
    }

    private void createActions() {
        connectAction = Actions.of(Messages.SessionConsoleView_Connect, Messages.SessionConsoleView_ConnectTooltip, this::openConnectionDialog);
        disconnectAction = Actions.of(Messages.SessionConsoleView_Disconnect, Messages.SessionConsoleView_DisconnectTooltip, this::disconnect);
        cancelAction = Actions.of(Messages.SessionConsoleView_Cancel, Messages.SessionConsoleView_CancelTooltip, this::cancel);
        startTlsAction = Actions.of(Messages.SessionConsoleView_StartTls, Messages.SessionConsoleView_StartTlsTooltip, () -> {
            if (session != null) {
                session.startTls();
            }
        });
        logInAction = Actions.of(Messages.SessionConsoleView_LogIn, Messages.SessionConsoleView_LogInTooltip, this::logIn);
        logInAction.setId(LOG_IN_ACTION_ID);
        accountTestAction = Actions.of(Messages.SessionConsoleView_AccountTest, Messages.SessionConsoleView_AccountTestTooltip, this::runAccountTest);
        copyCommandAction = Actions.of(Messages.SessionConsoleView_CopyCommand, Messages.SessionConsoleView_CopyCommandTooltip,
                () -> TableCopy.copyText(getSite().getShell(), equivalentCommand()));
        exportAction = Actions.of(Messages.SessionConsoleView_Export, Messages.SessionConsoleView_ExportTooltip, this::exportTranscriptAs);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        for (Action a : List.of(connectAction, disconnectAction, cancelAction, startTlsAction, logInAction, accountTestAction, copyCommandAction, exportAction)) {
            toolbar.add(a);
        }
        getViewSite().getActionBars().updateActionBars();
    }

    /** Asks where to connect (pre-filled with the current settings and a remembered password) and connects. */
    public void openConnectionDialog() {
        ConnectionDialog dialog = new ConnectionDialog(getSite().getShell(), settings, rememberedPassword());
        if (dialog.open() != Window.OK) {
            return;
        }
        char[] password = dialog.takePassword();
        rememberPassword(dialog.settings(), password);
        connect(dialog.settings(), password);
    }

    /**
     * Asks for the account to test (the connection dialog) without connecting.
     *
     * @return false when the engineer cancelled
     */
    public boolean askAccount() {
        ConnectionDialog dialog = new ConnectionDialog(getSite().getShell(), settings, rememberedPassword(), Messages.ConnectionDialog_RunTest);
        if (dialog.open() != Window.OK) {
            return false;
        }
        char[] password = dialog.takePassword();
        rememberPassword(dialog.settings(), password);
        setAccount(dialog.settings(), password);
        return true;
    }

    private char[] rememberedPassword() {
        return rememberedPassword(settings.endpoint());
    }

    private char[] rememberedPassword(MailEndpoint endpoint) {
        try {
            return SecureStore.standard().password(endpoint);
        } catch (StorageException | RuntimeException e) {
            problem(NLS.bind(Messages.SessionConsoleView_PasswordNotRead, e.getMessage()));
            return null;
        }
    }

    private void rememberPassword(ConnectionSettings chosen, char[] password) {
        try {
            SecureStore store = SecureStore.standard();
            store.setPassword(chosen.endpoint(), chosen.remember() ? password : null);
        } catch (StorageException | RuntimeException e) {
            problem(NLS.bind(Messages.SessionConsoleView_PasswordNotStored, e.getMessage()));
        }
    }

    /**
     * Sets what the next connection and account test use, without connecting.
     *
     * @param password for the account test (removed from anything recorded); null for none
     */
    public void setAccount(ConnectionSettings newSettings, char[] password) {
        setSettings(newSettings);
        if (credential != null) {
            credential.destroy();
        }
        credential = password == null ? null : Credential.password(password);
    }

    /** Sets what the next connection and account test use, without connecting. */
    public void setSettings(ConnectionSettings newSettings) {
        settings = newSettings;
        updateState();
    }

    /**
     * Connects (ending a session still open) to the settings' server in a job.
     *
     * @param password kept for the account test and removed from anything recorded; null for none
     */
    public Job connect(ConnectionSettings newSettings, char[] password) {
        if (session != null && session.state() != ConsoleSession.State.CLOSED) {
            session.disconnect();
        }
        settings = newSettings;
        if (credential != null) {
            credential.destroy();
        }
        credential = password == null ? null : Credential.password(password);
        MailEndpoint endpoint = settings.endpoint();
        transcript.appendMessage(NLS.bind(Messages.SessionConsoleView_Connecting, settings.label()));
        Set<String> trusted = new HashSet<>(trustedThisConsole);
        trusted.addAll(DialogTrustPrompt.permanent(SecureStore::standard, endpoint, this::problem).keySet());
        session = new ConsoleSession(service(SessionService.class), service(DiagnosisService.class), endpoint, trusted, prompt,
                new ViewListener());
        setPartName(NLS.bind(Messages.SessionConsoleView_Name, endpoint.host() + ":" + endpoint.port())); //$NON-NLS-1$
        updateState();
        return session.connect();
    }

    /** Sends a typed command (or block of lines) in a job; the masked line goes into the history. */
    public Job send(String typed) {
        if (session == null || session.state() == ConsoleSession.State.CLOSED || session.state() == ConsoleSession.State.CONNECTING) {
            transcript.appendMessage(Messages.SessionConsoleView_NotConnected);
            return null;
        }
        return session.send(typed);
    }

    /**
     * Log In: as the account's user, with the password typed in the connection dialog for this console, else the one
     * kept in Secure Storage. The engine sends what a mail client sends (USER/PASS, IMAP LOGIN, SMTP AUTH) and masks the
     * password and its base64 forms in everything it records, so neither the transcript, the history, the live trace
     * nor an export ever holds it.
     *
     * @return the job, or null when there is no session, no user or no password (the transcript says which)
     */
    public Job logIn() {
        if (session == null || session.state() != ConsoleSession.State.CONNECTED) {
            transcript.appendMessage(Messages.SessionConsoleView_NotConnected);
            return null;
        }
        MailEndpoint endpoint = session.endpoint();
        if (endpoint.user() == null) {
            transcript.appendMessage(Messages.SessionConsoleView_LogInNoUser);
            return null;
        }
        boolean typed = credential != null;
        char[] password = typed ? credential.reveal().toCharArray() : rememberedPassword(endpoint);
        if (password == null) {
            transcript.appendMessage(NLS.bind(Messages.SessionConsoleView_LogInNoPassword, endpoint.user(), endpoint.host() + ":" + endpoint.port())); //$NON-NLS-1$
            return null;
        }
        Credential once = Credential.password(password);
        java.util.Arrays.fill(password, '\0');
        transcript.appendMessage(NLS.bind(typed ? Messages.SessionConsoleView_LoggingInTyped : Messages.SessionConsoleView_LoggingInStored,
                endpoint.user()));
        return session.logIn(once);
    }

    /** Stops the session or the account test, at once. */
    public void cancel() {
        prompt.cancelPending();
        AccountTest test = runningTest;
        if (test != null) {
            test.cancel();
        }
        if (session != null) {
            session.cancel();
        }
    }

    /** Closes the connection at once. */
    public void disconnect() {
        prompt.cancelPending();
        if (session != null) {
            session.disconnect();
        }
    }

    /** Runs the engine's account test on the current settings and shows its phases. */
    public Job runAccountTest() {
        if (runningTest != null) {
            return null;
        }
        MailEndpoint endpoint = settings.endpoint();
        Set<String> trusted = new HashSet<>(trustedThisConsole);
        trusted.addAll(DialogTrustPrompt.permanent(SecureStore::standard, endpoint, this::problem).keySet());
        AccountTestOptions options = AccountTestOptions.of(endpoint, credential).withTrusted(trusted);
        transcript.appendMessage(NLS.bind(Messages.SessionConsoleView_AccountTestStarted, settings.label()));
        AccountTest test = service(SessionService.class).accountTest(options, prompt, transcript::append);
        runningTest = test;
        updateState();
        Job job = new Job(NLS.bind(Messages.SessionConsoleView_AccountTestJob, endpoint.uri())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    AccountTestResult result = test.run();
                    if (result.tls() != null && result.tls().trust() == io.mailscope.session.TlsReport.Trust.TRUSTED_BY_FINGERPRINT) {
                        trustedThisConsole.add(result.tls().leafFingerprint());
                    }
                    Display display = transcript.control().getDisplay();
                    display.asyncExec(() -> {
                        if (transcript.control().isDisposed()) {
                            return;
                        }
                        runningTest = null;
                        accountTree.show(result);
                        tabs.setSelection(accountTab);
                        showLive(NLS.bind(Messages.SessionConsoleView_AccountTestEditor, endpoint.host()), result.trace(), result.diagnosis(),
                                result.transcript());
                        updateState();
                    });
                    return Status.OK_STATUS;
                } finally {
                    runningTest = runningTest == test ? null : runningTest;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ConsoleSession.FAMILY;
            }

            @Override
            protected void canceling() {
                test.cancel();
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }

    /** @return the command line that reproduces what the console did: the account test's, else the session's */
    public String equivalentCommand() {
        AccountTestResult result = accountTree.result();
        if (result != null && result.endpoint().equals(settings.endpoint())) {
            return result.equivalentCommand();
        }
        return EquivalentCommands.forConsole(settings.endpoint());
    }

    /** Opens a finding of the account test in the Diagnosis view and its cause in the Error Code Catalog. */
    void openFinding(Finding finding) {
        DiagnosisView view = live.diagnosisView();
        if (view != null && view.findings().contains(finding)) {
            getSite().getPage().activate(view);
            view.select(finding);
        }
        try {
            ErrorCodeCatalogView catalog = (ErrorCodeCatalogView) getSite().getPage().showView(ErrorCodeCatalogView.ID);
            if (finding.getErrorCode() != null) {
                catalog.setFilter(ErrorCodes.hex(finding.getErrorCode()));
            }
        } catch (PartInitException e) {
            problem(e.getMessage());
        }
    }

    private void showLive(String name, Trace trace, Diagnosis diagnosis, List<TranscriptEntry> entries) {
        try {
            live.show(name, trace, diagnosis, entries);
        } catch (PartInitException | RuntimeException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(Messages.SessionConsoleView_EditorFailed, e.getMessage()), e),
                    StatusManager.LOG);
        }
    }

    /** Saves the transcript as shown (masked) to a file the engineer picks. */
    private void exportTranscriptAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(settings.endpoint().host() + "-session.txt"); //$NON-NLS-1$
        String target = dialog.open();
        if (target != null) {
            try {
                exportTranscript(Path.of(target));
            } catch (IOException e) {
                problem(NLS.bind(Messages.SessionConsoleView_ExportFailed, target, e.getMessage()));
            }
        }
    }

    /** Writes the transcript (masked, as shown) to {@code target}. */
    public void exportTranscript(Path target) throws IOException {
        Files.writeString(target, transcript.contents(), StandardCharsets.UTF_8);
    }

    private void problem(String message) {
        transcript.appendMessage(message);
        StatusManager.getManager().handle(Status.warning(message), StatusManager.LOG);
    }

    private void updateState() {
        if (status == null || status.isDisposed()) {
            return;
        }
        ConsoleSession.State state = session == null ? null : session.state();
        boolean open = state == ConsoleSession.State.CONNECTED || state == ConsoleSession.State.BUSY;
        boolean working = state == ConsoleSession.State.CONNECTING || state == ConsoleSession.State.BUSY || runningTest != null;
        disconnectAction.setEnabled(open || state == ConsoleSession.State.CONNECTING);
        cancelAction.setEnabled(working);
        startTlsAction.setEnabled(state == ConsoleSession.State.CONNECTED);
        logInAction.setEnabled(state == ConsoleSession.State.CONNECTED && session.endpoint().user() != null);
        accountTestAction.setEnabled(runningTest == null);
        String where = settings.label();
        status.setText(state == null ? NLS.bind(Messages.SessionConsoleView_StatusNone, where)
                : NLS.bind(Messages.SessionConsoleView_Status, where, stateText(state))
                        + (session.inMessageData() ? " \u2014 " + Messages.SessionConsoleView_InData : "")); //$NON-NLS-1$
        status.getParent().layout(true);
    }

    private static String stateText(ConsoleSession.State state) {
        return switch (state) {
            case CONNECTING -> Messages.SessionConsoleView_StateConnecting;
            case CONNECTED -> Messages.SessionConsoleView_StateConnected;
            case BUSY -> Messages.SessionConsoleView_StateBusy;
            case CLOSED -> Messages.SessionConsoleView_StateClosed;
        };
    }

    /** Forwards the session's events to the widgets on the UI thread. */
    private final class ViewListener implements ConsoleSession.Listener {

        @Override
        public void recorded(TranscriptEntry entry) {
            transcript.append(entry);
            if (entry.kind() == TranscriptEntry.Kind.SENT) {
                ui(() -> commandLine.remember(entry.text()));
            }
        }

        @Override
        public void stateChanged(ConsoleSession.State state) {
            ui(SessionConsoleView.this::updateState);
        }

        @Override
        public void traceChanged(Trace trace, Diagnosis diagnosis, List<TranscriptEntry> entries, boolean finished) {
            ConsoleSession current = session;
            ui(() -> {
                if (current == session) {
                    showLive(NLS.bind(Messages.SessionConsoleView_LiveEditor, settings.endpoint().host()), trace, diagnosis, entries);
                }
                updateState();
            });
        }

        @Override
        public void failed(String message) {
            transcript.appendMessage(NLS.bind(Messages.SessionConsoleView_Failed, message));
        }

        private void ui(Runnable run) {
            Display display = transcript.control().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!transcript.control().isDisposed()) {
                        run.run();
                    }
                });
            }
        }
    }

    static <T> T service(Class<T> type) {
        T service = PlatformUI.getWorkbench().getService(type);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not available: is its bundle installed and started?"); //$NON-NLS-1$
        }
        return service;
    }

    // ---- for tests and the open-console command

    public ConnectionSettings settings() {
        return settings;
    }

    public ConsoleSession session() {
        return session;
    }

    public String transcriptText() {
        return transcript.contents();
    }

    public List<String> history() {
        return commandLine.history();
    }

    public DialogTrustPrompt trustPrompt() {
        return prompt;
    }

    public AccountTestResult accountTestResult() {
        return accountTree.result();
    }

    /** @return the findings listed under failed phases of the last account test */
    public List<Finding> failedPhaseFindings() {
        return accountTree.failedPhaseFindings().stream().map(AccountTestTree.PhaseFinding::finding).toList();
    }

    /** Opens the first finding under a failed phase, as a double-click does. */
    public void openFailedPhaseFinding() {
        failedPhaseFindings().stream().findFirst().ifPresent(this::openFinding);
    }

    /** @return the trace editor showing the live conversation, or null */
    public io.mailscope.ui.internal.editors.TraceEditor liveEditor() {
        return live.editor();
    }

    @Override
    public void setFocus() {
        commandLine.control().setFocus();
    }

    @Override
    public void dispose() {
        cancel(); // no network work outlives the view
        if (credential != null) {
            credential.destroy();
        }
        transcript.dispose();
        super.dispose();
    }

    /** Shows the console for the settings (reusing one that is idle) and connects when asked. */
    public static SessionConsoleView open(IWorkbenchPage page, ConnectionSettings settings, boolean connect) throws PartInitException {
        SessionConsoleView target = null;
        for (var ref : page.getViewReferences()) {
            if (ID.equals(ref.getId()) && ref.getView(false) instanceof SessionConsoleView view
                    && (view.session == null || view.session.state() == ConsoleSession.State.CLOSED) && view.runningTest == null) {
                target = view;
                break;
            }
        }
        if (target == null) {
            boolean first = page.findView(ID) == null;
            target = (SessionConsoleView) page.showView(ID, first ? null : Long.toString(System.nanoTime()), IWorkbenchPage.VIEW_ACTIVATE);
        } else {
            page.activate(target);
        }
        target.setSettings(settings);
        if (connect) {
            target.connect(settings, null);
        }
        return target;
    }
}
