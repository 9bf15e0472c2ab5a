package io.mailscope.testserver.ui.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ScenarioException;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ServerEvent;
import io.mailscope.testserver.ui.internal.ConsoleLauncher;
import io.mailscope.testserver.ui.internal.DemoServerSettings;
import io.mailscope.testserver.ui.internal.ManagedServer;
import io.mailscope.testserver.ui.internal.Messages;
import io.mailscope.testserver.ui.internal.TestServers;
import io.mailscope.testserver.ui.internal.preferences.TestServerPreferencePage;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;
import io.mailscope.ui.internal.viewers.ViewerColumns;
import io.mailscope.ui.internal.viewers.ColumnLabels;

/**
 * The Test Server view: every installed scenario (built-in and contributed) with the cause and code it reproduces;
 * start and stop the embedded server in any of them, its ports (and which offer STARTTLS) shown, its server-side log of
 * what clients sent and what the scenario did, and a one-click Session Console against it.
 */
public final class TestServerView extends ViewPart {

    public static final String ID = "io.mailscope.testserver.ui.views.testServer"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault()); //$NON-NLS-1$
    private static final int LOG_REFRESH_MILLIS = 300;

    private TestServers servers;
    private Link demoLine;
    private Label message;
    private TableViewer scenarioTable;
    private Label title;
    private Label description;
    private Label ports;
    private Button start;
    private Button stop;
    private final Map<MailProtocol, Button> consoleButtons = new EnumMap<>(MailProtocol.class);
    private TableViewer logTable;
    private ScrolledComposite detailsScroll;
    private Label logTitle;
    private IAction startAction;
    private IAction stopAction;
    private IAction consoleAction;
    private IAction stopAllAction;
    private List<ServerEvent> shownLog = List.of();
    /** The table Copy copies from: the one last clicked into. */
    private Table copySource;
    private final Runnable serversChanged = () -> {
        if (scenarioTable != null && !scenarioTable.getControl().isDisposed()) {
            scenarioTable.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        servers = getSite().getService(TestServers.class);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        demoLine = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).hint(200, SWT.DEFAULT).applyTo(demoLine);
        demoLine.addListener(SWT.Selection, e -> PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), TestServerPreferencePage.ID,
                new String[] { TestServerPreferencePage.ID }, null).open());
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).hint(200, SWT.DEFAULT).applyTo(message);

        // scenarios, the selected one's details and its server log: side by side where the view is wide and low (the
        // Support perspective's bottom folder), one above the other where it is tall
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createScenarioTable(sash);
        createDetails(sash);
        createLog(sash);
        sash.setWeights(30, 26, 44);
        sash.addListener(SWT.Resize, e -> {
            Point size = sash.getSize();
            int orientation = size.x > 2 * size.y ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
            }
        });

        createActions();
        getSite().setSelectionProvider(scenarioTable);
        scenarioTable.addSelectionChangedListener(e -> selectionChanged());
        scenarioTable.addDoubleClickListener(e -> startSelected());
        if (servers != null) {
            servers.addChangeListener(serversChanged);
            scenarioTable.setInput(servers.scenarios());
        } else {
            showMessage(Messages.View_NoService, true);
        }
        refresh();
        scheduleLogRefresh();
    }

    private void createScenarioTable(Composite parent) {
        scenarioTable = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        scenarioTable.getTable().setHeaderVisible(true);
        scenarioTable.getTable().setLinesVisible(true);
        scenarioTable.setContentProvider(ArrayContentProvider.getInstance());
        scenarioColumn(Messages.View_ColumnState, 150, this::state);
        scenarioColumn(Messages.View_ColumnScenario, 190, ScenarioInfo::id);
        scenarioColumn(Messages.View_ColumnCode, 100, ScenarioInfo::code);
        scenarioColumn(Messages.View_ColumnCause, 300, ScenarioInfo::causeId);
        scenarioColumn(Messages.View_ColumnName, 420, ScenarioInfo::name);
        scenarioColumn(Messages.View_ColumnContributor, 190, ScenarioInfo::contributor);
    }

    private void scenarioColumn(String title, int width, java.util.function.Function<ScenarioInfo, String> text) {
        ViewerColumns.add(scenarioTable, title, width, ColumnLabels.of(ScenarioInfo.class, text));
    }

    private void createDetails(Composite parent) {
        // scrolls when a long description does not fit (the labels wrap to the width, the height follows)
        detailsScroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        detailsScroll.setExpandHorizontal(true);
        detailsScroll.setExpandVertical(true);
        Composite details = new Composite(detailsScroll, SWT.NONE);
        detailsScroll.setContent(details);
        detailsScroll.addListener(SWT.Resize, e -> fitDetails());
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(6, 4).applyTo(details);
        title = new Label(details, SWT.WRAP);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        description = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
        ports = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(ports);

        Composite buttons = new Composite(details, SWT.NONE);
        RowLayout buttonRows = new RowLayout(SWT.HORIZONTAL);
        buttonRows.wrap = true; // in a narrow column the console buttons go to a second line
        buttonRows.marginLeft = buttonRows.marginTop = buttonRows.marginRight = buttonRows.marginBottom = 0;
        buttons.setLayout(buttonRows);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        start = new Button(buttons, SWT.PUSH);
        start.setText(Messages.View_Start);
        start.addListener(SWT.Selection, e -> startSelected());
        stop = new Button(buttons, SWT.PUSH);
        stop.setText(Messages.View_Stop);
        stop.addListener(SWT.Selection, e -> stopSelected());
        for (MailProtocol protocol : MailProtocol.values()) {
            Button console = new Button(buttons, SWT.PUSH);
            console.setText(NLS.bind(Messages.View_OpenConsole, protocol.name()));
            console.addListener(SWT.Selection, e -> openConsole(protocol));
            consoleButtons.put(protocol, console);
        }
    }

    /** Lets the details take the width they are given and scroll when they are higher than the room they have. */
    private void fitDetails() {
        Composite details = (Composite) detailsScroll.getContent();
        int width = detailsScroll.getClientArea().width;
        if (width > 0) {
            detailsScroll.setMinHeight(details.computeSize(width, SWT.DEFAULT).y);
        }
    }

    private void createLog(Composite parent) {
        Composite log = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(6, 4).applyTo(log);
        logTitle = new Label(log, SWT.WRAP);
        logTitle.setText(Messages.View_ServerLog);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(logTitle);
        logTable = new TableViewer(log, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.VIRTUAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(logTable.getControl());
        logTable.getTable().setHeaderVisible(true);
        logTable.getTable().setLinesVisible(true);
        logTable.setContentProvider(ArrayContentProvider.getInstance());
        logColumn(Messages.View_LogTime, 95, e -> TIME.format(e.time()));
        logColumn(Messages.View_LogConnection, 45, e -> e.connection() == 0 ? "" : "#" + e.connection()); //$NON-NLS-1$ //$NON-NLS-2$
        logColumn(Messages.View_LogProtocol, 55, e -> e.protocol().name());
        logColumn(Messages.View_LogKind, 105, TestServerView::kind);
        logColumn(Messages.View_LogText, 700, ServerEvent::text);
    }

    private void logColumn(String title, int width, java.util.function.Function<ServerEvent, String> text) {
        ViewerColumns.add(logTable, title, width, ColumnLabels.of(ServerEvent.class, text));
    }

    private static String kind(ServerEvent event) {
        return switch (event.kind()) {
            case CONNECTED -> Messages.Log_Connected;
            case RECEIVED -> "C:"; //$NON-NLS-1$
            case SENT -> "S:"; //$NON-NLS-1$
            case TLS -> Messages.Log_Tls;
            case FAULT -> Messages.Log_Fault;
            case SERVER_CLOSED -> Messages.Log_ServerClosed;
            case CLIENT_CLOSED -> Messages.Log_ClientClosed;
            case REFUSED -> Messages.Log_Refused;
        };
    }

    private void createActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        startAction = Actions.of(Messages.View_Start, null, this::startSelected);
        startAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        stopAction = Actions.of(Messages.View_Stop, null, this::stopSelected);
        stopAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
        consoleAction = Actions.of(Messages.View_OpenConsoleFault, Messages.View_OpenConsoleFaultTooltip,
                () -> selectedServer().ifPresent(s -> openConsole(s.consoleProtocol())));
        consoleAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT));
        stopAllAction = Actions.of(Messages.View_StopAll, null, () -> {
            if (servers != null) {
                servers.stopAll();
            }
        });
        stopAllAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_REMOVEALL));
        // Copy (Ctrl+C, Edit menu, context menus) copies the selected rows of the table last clicked into, as its
        // columns show them; Select All (Ctrl+A) selects the whole server log
        IActionBars bars = getViewSite().getActionBars();
        IAction copy = Actions.copy(bars, () -> TableCopy.copy(copySource));
        IAction selectAllLog = Actions.selectAll(bars, this::selectAllLog);
        IToolBarManager toolbar = bars.getToolBarManager();
        toolbar.add(startAction);
        toolbar.add(stopAction);
        toolbar.add(consoleAction);
        toolbar.add(stopAllAction);
        MenuManager menu = new MenuManager();
        menu.add(startAction);
        menu.add(stopAction);
        menu.add(consoleAction);
        menu.add(new Separator());
        menu.add(copy);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        scenarioTable.getTable().setMenu(menu.createContextMenu(scenarioTable.getTable()));
        getSite().registerContextMenu(menu, scenarioTable);
        MenuManager logMenu = new MenuManager();
        logMenu.add(copy);
        logMenu.add(selectAllLog);
        logTable.getTable().setMenu(logMenu.createContextMenu(logTable.getTable()));
        copySource = scenarioTable.getTable();
        for (Table table : List.of(scenarioTable.getTable(), logTable.getTable())) {
            table.addListener(SWT.FocusIn, e -> copySource = table);
            table.addListener(SWT.MenuDetect, e -> copySource = table);
        }
    }

    /** Selects every line of the server log (Select All in its context menu, Ctrl+A). */
    public void selectAllLog() {
        copySource = logTable.getTable();
        logTable.getTable().selectAll();
    }

    private String state(ScenarioInfo scenario) {
        if (servers == null) {
            return ""; //$NON-NLS-1$
        }
        return servers.running(scenario.id()).map(s -> s.origin() == ManagedServer.Origin.DEMO ? Messages.View_RunningDemo : Messages.View_Running)
                .orElse(""); //$NON-NLS-1$
    }

    private Optional<ScenarioInfo> selectedScenario() {
        Object first = ((IStructuredSelection) scenarioTable.getSelection()).getFirstElement();
        return first instanceof ScenarioInfo s ? Optional.of(s) : Optional.empty();
    }

    private Optional<ManagedServer> selectedServer() {
        return servers == null ? Optional.empty() : selectedScenario().flatMap(s -> servers.running(s.id()));
    }

    /** Selects a scenario in the table, as a click does. */
    public void select(String scenarioId) {
        servers.scenario(scenarioId).ifPresent(s -> {
            scenarioTable.setSelection(new StructuredSelection(s), true);
            selectionChanged();
        });
    }

    /** Starts the selected scenario (as the Start button does); a failure is shown in the view. */
    public Optional<ManagedServer> startSelected() {
        Optional<ScenarioInfo> scenario = selectedScenario();
        if (scenario.isEmpty() || servers == null) {
            return Optional.empty();
        }
        try {
            ManagedServer server = servers.start(scenario.get().id(), ManagedServer.Origin.VIEW);
            showMessage(server.portNotes().isEmpty() ? "" : String.join("; ", server.portNotes()), false); //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(server);
        } catch (java.io.IOException | ScenarioException | IllegalArgumentException e) {
            showMessage(NLS.bind(Messages.View_StartFailed, scenario.get().id(), e.getMessage()), true);
            return Optional.empty();
        }
    }

    /** Stops the selected scenario's server (as the Stop button does). */
    public void stopSelected() {
        selectedScenario().ifPresent(s -> servers.stop(s.id()));
    }

    /** Opens a Session Console against the selected scenario's server on {@code protocol}'s port, connecting at once. */
    public void openConsole(MailProtocol protocol) {
        Optional<ManagedServer> server = selectedServer();
        if (server.isEmpty() || !server.get().ports().containsKey(protocol)) {
            return;
        }
        openConsole(server.get(), protocol);
    }

    /** Opens a console on {@code server}, showing a failure (no console installed) in this view instead of a dialog. */
    public void openConsole(ManagedServer server, MailProtocol protocol) {
        try {
            ConsoleLauncher.open(getSite().getWorkbenchWindow(), protocol, server.host(), server.ports().get(protocol), true);
        } catch (ConsoleLauncher.ConsoleUnavailableException e) {
            showMessage(e.getMessage(), true);
        }
    }

    /** Shows a note (or, with {@code error}, a problem) above the scenarios. */
    public void showMessage(String text, boolean error) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(text);
        Color color = message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND);
        message.setForeground(color);
        message.getParent().layout();
    }

    /** @return the note or problem shown above the scenarios */
    public String messageText() {
        return message.getText();
    }

    /** @return the demo-server line at the top */
    public String demoServerText() {
        return demoLine.getText();
    }

    /** @return the ports line of the selected scenario */
    public String portsText() {
        return ports.getText();
    }

    /** @return the server-side log shown, one line per event ("S: +OK ...") */
    public List<String> logLines() {
        return shownLog.stream().map(e -> kind(e) + " " + e.text()).toList(); //$NON-NLS-1$
    }

    /** @return the "Open Console" buttons per protocol */
    public Map<MailProtocol, Button> consoleButtons() {
        return Map.copyOf(consoleButtons);
    }

    /** @return the table of scenarios */
    public Table scenarioTable() {
        return scenarioTable.getTable();
    }

    /** @return the table of the selected server's log */
    public Table logTable() {
        return logTable.getTable();
    }

    public Button startButton() {
        return start;
    }

    public Button stopButton() {
        return stop;
    }

    private void refresh() {
        if (scenarioTable.getControl().isDisposed()) {
            return;
        }
        scenarioTable.refresh();
        refreshDemoLine();
        if (scenarioTable.getSelection().isEmpty() && servers != null) {
            // opened with nothing chosen: show the demo server, the one running without anyone starting it
            servers.demoServer().ifPresent(demo -> scenarioTable.setSelection(new StructuredSelection(demo.scenario()), true));
        }
        selectionChanged();
    }

    private void refreshDemoLine() {
        String settingsLink = " <a>" + Messages.View_DemoSettings + "</a>"; //$NON-NLS-1$ //$NON-NLS-2$
        if (servers == null) {
            demoLine.setText(""); //$NON-NLS-1$
            return;
        }
        Optional<ManagedServer> demo = servers.demoServer();
        if (demo.isPresent()) {
            String notes = demo.get().portNotes().isEmpty() ? "" : " (" + String.join("; ", demo.get().portNotes()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            demoLine.setText(NLS.bind(Messages.View_DemoRunning, new Object[] { demo.get().scenario().id(), portList(demo.get()), notes })
                    + settingsLink);
        } else if (servers.demoServerProblem() != null) {
            demoLine.setText(servers.demoServerProblem() + settingsLink);
        } else {
            demoLine.setText((DemoServerSettings.load().startAtStart() ? Messages.View_DemoStopped : Messages.View_DemoOff) + settingsLink);
        }
        demoLine.getParent().layout();
    }

    private static String portList(ManagedServer server) {
        return server.ports().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void selectionChanged() {
        Optional<ScenarioInfo> scenario = selectedScenario();
        Optional<ManagedServer> server = selectedServer();
        title.setText(scenario.map(ScenarioInfo::name).orElse(Messages.View_SelectScenario));
        description.setText(scenario.map(s -> s.description()
                + (s.causeId().isEmpty() ? "" : "\n" + NLS.bind(Messages.View_Reproduces, s.causeId(), s.code())) //$NON-NLS-1$ //$NON-NLS-2$
                + "\n" + NLS.bind(Messages.View_Transcript, s.transcriptSource())).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        ports.setText(server.map(TestServerView::describePorts).orElse(scenario.isPresent() ? Messages.View_NotRunning : "")); //$NON-NLS-1$
        start.setEnabled(scenario.isPresent() && server.isEmpty());
        stop.setEnabled(server.isPresent());
        startAction.setEnabled(start.getEnabled());
        stopAction.setEnabled(stop.getEnabled());
        consoleAction.setEnabled(server.isPresent());
        stopAllAction.setEnabled(servers != null && !servers.running().isEmpty());
        consoleButtons.forEach((p, b) -> b.setEnabled(server.isPresent() && server.get().ports().containsKey(p)));
        refreshLog();
        title.getParent().layout(true, true);
        fitDetails();
    }

    /** "Listening on 127.0.0.1: POP3 40111 (plain, STARTTLS offered), ..." */
    static String describePorts(ManagedServer server) {
        List<String> parts = new ArrayList<>();
        server.ports().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parts.add(NLS.bind(
                server.startTlsOffered().contains(e.getKey()) ? Messages.View_PortStartTls : Messages.View_PortPlain, e.getKey().name(),
                e.getValue())));
        String notes = server.portNotes().isEmpty() ? "" : "\n" + String.join("\n", server.portNotes()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return NLS.bind(Messages.View_Listening, server.host(), String.join(", ", parts)) + notes; //$NON-NLS-1$
    }

    private void refreshLog() {
        Optional<ManagedServer> server = selectedServer();
        List<ServerEvent> log = server.map(ManagedServer::log).orElse(List.of());
        logHint(server, log);
        if (log.equals(shownLog)) {
            return;
        }
        boolean atEnd = shownLog.isEmpty() || logTable.getTable().getTopIndex() + visibleRows() >= shownLog.size();
        shownLog = log;
        logTable.setInput(log);
        if (atEnd && !log.isEmpty()) {
            // follow the log as a terminal does, unless the engineer scrolled up to read
            logTable.getTable().showItem(logTable.getTable().getItem(log.size() - 1));
        }
    }

    /** Above the log: what it holds, or, while it is empty, what makes something appear in it. */
    private void logHint(Optional<ManagedServer> server, List<ServerEvent> log) {
        String hint;
        if (server.isEmpty()) {
            hint = Messages.View_ServerLogNotRunning;
        } else if (log.isEmpty()) {
            hint = NLS.bind(Messages.View_ServerLogEmpty, server.get().host(), portList(server.get()));
        } else {
            hint = Messages.View_ServerLog;
        }
        if (!hint.equals(logTitle.getText())) {
            logTitle.setText(hint);
            logTitle.getParent().layout(true, true);
        }
    }

    /** @return the line above the server log */
    public String logHintText() {
        return logTitle.getText();
    }

    private int visibleRows() {
        int itemHeight = Math.max(1, logTable.getTable().getItemHeight());
        return logTable.getTable().getClientArea().height / itemHeight + 1;
    }

    private void scheduleLogRefresh() {
        logTable.getControl().getDisplay().timerExec(LOG_REFRESH_MILLIS, () -> {
            if (!logTable.getControl().isDisposed()) {
                refreshLog();
                scheduleLogRefresh();
            }
        });
    }

    /** Shows the view (opening it if needed) with {@code scenarioId} selected. */
    public static TestServerView show(IWorkbenchPage page, String scenarioId) throws PartInitException {
        TestServerView view = (TestServerView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        view.refresh();
        view.select(scenarioId);
        return view;
    }

    @Override
    public void dispose() {
        if (servers != null) {
            servers.removeChangeListener(serversChanged);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        scenarioTable.getControl().setFocus();
    }
}
