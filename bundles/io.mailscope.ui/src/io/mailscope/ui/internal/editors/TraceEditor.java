package io.mailscope.ui.internal.editors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.mailscope.model.Direction;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.trace.rows.IndexedTraceRows;
import io.mailscope.trace.rows.RowKind;
import io.mailscope.trace.rows.RowQuery;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.trace.rows.TraceRows;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;
import io.mailscope.ui.internal.traces.TraceDocument;
import io.mailscope.ui.internal.traces.TraceEditorInput;

/**
 * One trace: the rebuilt conversation in a paged table (only the rows in view are table items, see
 * {@link PagedRowTable}), client and server lines told apart by colour and icon, exchanges that collapse to their
 * command, repaired lines and masked secrets marked, a filter by text, session, protocol and direction (run off the UI
 * thread, rows shown as they are found), the raw source lines around the selected row, and Go to Line. The rows come
 * from {@link TraceRows}, the paging interface the record index implements for huge traces; a huge trace is shown
 * while it is still being read, its row count growing, its diagnosis following when the import ends.
 */
public final class TraceEditor extends ReadOnlyEditorPart {

    public static final String ID = "io.mailscope.ui.editors.trace"; //$NON-NLS-1$
    private static final int SOURCE_CONTEXT_LINES = 5;
    private static final String[] COLUMNS = { Messages.TraceEditor_ColumnLines, Messages.TraceEditor_ColumnTime,
            Messages.TraceEditor_ColumnSession, Messages.TraceEditor_ColumnDirection, Messages.TraceEditor_ColumnText,
            Messages.TraceEditor_ColumnMarks };
    private static final int[] WIDTHS = { 80, 140, 70, 60, 560, 150 };
    /** Selected rows handed to the workbench's selection (Properties view) at most: each is read from the source. */
    private static final int MAX_SELECTED_ROWS = 1_000;
    /** Selected rows Copy puts on the clipboard at most. */
    private static final int MAX_COPIED_ROWS = 10_000;
    /** How often the table takes in rows a running filter or import found meanwhile. */
    private static final int GROWTH_MILLIS = 100;

    private TraceDocument document;
    private TraceRows shown;
    private RowQuery query = RowQuery.ALL;
    private final Set<Integer> collapsed = new HashSet<>();
    private PagedRowTable rowTable;
    private Table table;
    private MenuManager menu;
    private LoadingBar loadingBar;
    private RowFilterJob filterJob;
    private String filterProblem;
    /** False when the last filter started while the trace was still being read (it runs again when the trace is). */
    private boolean filterCoversAllRows = true;
    private final AtomicBoolean growthPosted = new AtomicBoolean();
    private final IndexedTraceRows.Growth growth = (rows, complete) -> postGrowth();
    private final Runnable stateListener = () -> postOnUi(this::documentStateChanged);
    private Text filterText;
    private Spinner sessionSpinner;
    private Combo protocolCombo;
    private Combo directionCombo;
    private Button sourceToggle;
    private Label countLabel;
    private Composite filterBar;
    private SashForm sash;
    private StyledText sourcePane;
    private final Set<Integer> evidenceRows = new HashSet<>();
    private Color clientColor;
    private Color serverColor;
    private Color statusColor;
    private Color evidenceBackground;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof TraceEditorInput traceInput)) {
            throw new PartInitException("not a trace: " + input.getName()); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        document = traceInput.document();
        shown = document.rows();
        setPartName(document.name());
        setTitleToolTip(input.getToolTipText());
    }

    public TraceDocument document() {
        return document;
    }

    @Override
    public void createPartControl(Composite parent) {
        clientColor = new Color(0x1a, 0x4f, 0xa0);
        serverColor = new Color(0x1e, 0x6b, 0x2f);
        statusColor = new Color(0xb0, 0x1c, 0x1c);
        evidenceBackground = new Color(0xff, 0xe9, 0xa8);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        createFilterBar(parent);
        if (!document.loaded()) {
            loadingBar = new LoadingBar(parent, document);
        }

        sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTable();
        rowTable.setRowCount(shown.size());

        sourcePane = new StyledText(sash, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        sourcePane.setFont(parent.getDisplay().getSystemFont());
        sourcePane.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        sash.setWeights(75, 25);
        sash.setMaximizedControl(rowTable.control());

        getSite().setSelectionProvider(new RowSelectionProvider(this));
        createActions();
        table.setMenu(menu.createContextMenu(table));
        updateCount();
        if (document.rows() instanceof IndexedTraceRows paged) {
            paged.addGrowth(growth);
        }
        document.addStateListener(stateListener);
        documentStateChanged(); // it may have ended between opening and now
    }

    /** Runs {@code r} on the UI thread unless the editor is gone. */
    private void postOnUi(Runnable r) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (table != null && !table.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    /** The index grew (on the import's thread): the table takes the new rows in, at most every {@link #GROWTH_MILLIS}. */
    private void postGrowth() {
        if (growthPosted.compareAndSet(false, true)) {
            Display display = PlatformUI.getWorkbench().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> display.timerExec(GROWTH_MILLIS, () -> {
                    growthPosted.set(false);
                    if (table != null && !table.isDisposed()) {
                        rowsGrew();
                    }
                }));
            }
        }
    }

    private void rowsGrew() {
        rowTable.setRowCount(shown.size());
        updateCount();
        if (loadingBar != null) {
            loadingBar.update(document.rows().size());
        }
    }

    /** Loaded, stopped or failed: the diagnosis, the source lines and the session count are there now (or never). */
    private void documentStateChanged() {
        if (document.state() == TraceDocument.State.LOADING) {
            return;
        }
        rowsGrew(); // also tells the loading bar, which goes when the trace is read
        if (document.trace() != null) {
            int sessions = document.trace().getSessions().size();
            sessionSpinner.setMaximum(Math.max(sessions, sessionSpinner.getSelection()));
            sessionSpinner.setToolTipText(NLS.bind(Messages.TraceEditor_SessionTooltip, Integer.valueOf(sessions)));
        }
        if (!query.isAll() && filterJob == null && !filterCoversAllRows) {
            applyQuery(query); // the filter ran over the rows read when it started: now over all of them
        }
        showSource();
        setTitleToolTip(getEditorInput().getToolTipText()); // names the format now
    }

    /** Creates the paged table: it holds only the rows in view, so no filter or row count ever makes it slow. */
    private void createTable() {
        rowTable = new PagedRowTable(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER, this::paint);
        table = rowTable.table();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        IDialogSettings settings = layoutSettings();
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            String saved = settings.get("width" + i); //$NON-NLS-1$
            column.setWidth(saved != null && saved.matches("\\d+") && Integer.parseInt(saved) > 0 ? Integer.parseInt(saved) : WIDTHS[i]); //$NON-NLS-1$
            int index = i;
            column.addListener(SWT.Resize, e -> settings.put("width" + index, column.getWidth())); //$NON-NLS-1$
        }
        rowTable.addSelectionListener(this::selectionChanged);
        rowTable.addOpenListener(this::toggleCollapse);
    }

    private IDialogSettings layoutSettings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(TraceEditor.class)).getDialogSettings();
        IDialogSettings section = root.getSection("TraceEditor"); //$NON-NLS-1$
        return section != null ? section : root.addNewSection("TraceEditor"); //$NON-NLS-1$
    }

    /**
     * The filter box, then the other filters, Show source lines and the row count: on one line when the editor is wide
     * enough, else the box keeps a line of its own and the rest wraps below it ({@link FilterBarLayout}).
     */
    private void createFilterBar(Composite parent) {
        filterBar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar);
        filterBar.setLayout(new FilterBarLayout());
        filterText = new Text(filterBar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(Messages.TraceEditor_FilterHint);
        filterText.setToolTipText(Messages.TraceEditor_FilterHint);
        filterText.addModifyListener(e -> applyQuery(query.withText(filterText.getText())));
        Composite bar = new Composite(filterBar, SWT.NONE);
        RowLayout controls = new RowLayout(SWT.HORIZONTAL);
        controls.wrap = true;
        controls.center = true;
        controls.marginLeft = controls.marginRight = controls.marginTop = controls.marginBottom = 0;
        controls.spacing = 6;
        bar.setLayout(controls);

        // a spinner, not a list: a large trace has thousands of sessions
        sessionSpinner = new Spinner(bar, SWT.BORDER);
        // while a trace is read its session count is not known yet: any number (the filter finds none past the end)
        int sessions = document.trace() != null ? document.trace().getSessions().size() : 999_999;
        sessionSpinner.setValues(0, 0, sessions, 0, 1, 10);
        sessionSpinner.setToolTipText(NLS.bind(Messages.TraceEditor_SessionTooltip, Integer.valueOf(sessions)));
        sessionSpinner.addListener(SWT.Selection, e -> applyQuery(query.withSession(sessionSpinner.getSelection())));

        protocolCombo = new Combo(bar, SWT.READ_ONLY);
        protocolCombo.add(Messages.TraceEditor_AllProtocols);
        for (Protocol p : Protocol.VALUES) {
            if (p != Protocol.UNKNOWN) {
                protocolCombo.add(p.getLiteral());
            }
        }
        protocolCombo.select(0);
        protocolCombo.addListener(SWT.Selection, e -> applyQuery(query.withProtocol(protocolCombo.getSelectionIndex() == 0 ? null
                : Protocol.get(protocolCombo.getText()))));

        directionCombo = new Combo(bar, SWT.READ_ONLY);
        directionCombo.setItems(Messages.TraceEditor_BothDirections, Messages.TraceEditor_ClientOnly, Messages.TraceEditor_ServerOnly);
        directionCombo.select(0);
        directionCombo.addListener(SWT.Selection, e -> applyQuery(query.withDirection(switch (directionCombo.getSelectionIndex()) {
            case 1 -> Direction.CLIENT;
            case 2 -> Direction.SERVER;
            default -> null;
        })));

        sourceToggle = new Button(bar, SWT.CHECK);
        sourceToggle.setText(Messages.TraceEditor_ShowSource);
        sourceToggle.setToolTipText(Messages.TraceEditor_ShowSourceTooltip);
        sourceToggle.addListener(SWT.Selection, e -> setSourceVisible(sourceToggle.getSelection()));

        countLabel = new Label(bar, SWT.NONE);
        long exchanges = document.trace() == null ? 0 : document.trace().getSessions().stream().mapToLong(s -> s.getExchangeCount()).sum();
        long kept = document.trace() == null ? 0 : document.trace().getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        if (kept < exchanges && !document.paged()) {
            // a bounded import of a huge file keeps the exchanges near failures; the record index will page the rest
            Label note = new Label(filterBar, SWT.WRAP);
            note.setText(NLS.bind(Messages.TraceEditor_KeptExchanges, Long.valueOf(kept), Long.valueOf(exchanges)));
        }
    }

    private void createActions() {
        IAction copy = Actions.copy(getEditorSite().getActionBars(), this::copySelectedRows);
        IAction goToLine = Actions.of(Messages.TraceEditor_GoToLine, null, this::askAndGoToLine);
        goToLine.setActionDefinitionId("io.mailscope.ui.commands.goToLine"); //$NON-NLS-1$
        IAction collapseAll = Actions.of(Messages.TraceEditor_CollapseAll, null, () -> setAllCollapsed(true));
        IAction expandAll = Actions.of(Messages.TraceEditor_ExpandAll, null, () -> setAllCollapsed(false));
        IAction source = Actions.toggle(Messages.TraceEditor_ShowSource, Messages.TraceEditor_ShowSourceTooltip, this::setSourceVisible);
        IAction selectAll = Actions.selectAll(getEditorSite().getActionBars(), rowTable::selectAll);
        menu = new MenuManager();
        menu.add(copy);
        menu.add(selectAll);
        menu.add(goToLine);
        menu.add(new Separator());
        menu.add(collapseAll);
        menu.add(expandAll);
        menu.add(source);
        menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        menu.addMenuListener(m -> source.setChecked(sourceToggle.getSelection()));
        getSite().registerContextMenu(menu, getSite().getSelectionProvider());
    }

    private void paint(TableItem item, int position) {
        TraceRow row;
        try {
            row = shown.row(position);
        } catch (java.io.UncheckedIOException e) {
            // the source went away or changed under the index: say so in the row, the rest of the table still works
            item.setText(new String[] { "", "", "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    NLS.bind(Messages.TraceEditor_RowUnreadable, Integer.valueOf(position + 1), e.getMessage()), "" }); //$NON-NLS-1$
            item.setImage(3, null);
            item.setForeground(statusColor);
            item.setBackground(null);
            item.setData(null);
            return;
        } catch (IndexOutOfBoundsException e) {
            // a filter view replaced while this page was painted: the next paint shows the new rows
            item.setText(new String[] { "", "", "", "", "", "" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            item.setData(null);
            return;
        }
        item.setText(cells(row, position));
        item.setImage(3, icon(row));
        item.setForeground(row.direction() == Direction.CLIENT ? clientColor
                : row.direction() == Direction.SERVER ? serverColor : row.kind() == RowKind.STATUS ? statusColor : null);
        item.setBackground(evidenceRows.contains(row.index()) ? evidenceBackground : null);
        item.setData(row);
    }

    /** @return the texts of the row's columns, as painted and copied */
    private String[] cells(TraceRow row, int position) {
        String prefix = ""; //$NON-NLS-1$
        if (row.exchangeHead() && row.exchange() >= 0 && position + 1 < document.rows().size()) {
            prefix = collapsed.contains(row.exchange()) ? "\u25b8 " : "\u25be "; //$NON-NLS-1$ //$NON-NLS-2$
        } else if (row.exchange() >= 0) {
            prefix = "    "; //$NON-NLS-1$
        }
        return new String[] { row.lineRange().substring(1), row.time() == null ? "" : row.time(), //$NON-NLS-1$
                row.session() == 0 ? "" : row.session() + " " + row.protocol().getLiteral(), direction(row), prefix + row.text(), marks(row) }; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Copy: the selected rows as the columns show them (the first {@link #MAX_COPIED_ROWS} of a huge selection). */
    private void copySelectedRows() {
        int[] positions = rowTable.selection(MAX_COPIED_ROWS);
        StringBuilder text = new StringBuilder();
        for (int position : positions) {
            text.append(String.join("\t", cells(shown.row(position), position)).strip()).append(System.lineSeparator()); //$NON-NLS-1$
        }
        TableCopy.copyText(table, text.toString());
        int selected = rowTable.selectionCount();
        getEditorSite().getActionBars().getStatusLineManager().setMessage(selected > positions.length
                ? NLS.bind(EditorMessages.TraceEditor_CopyLimited, Integer.valueOf(positions.length), Integer.valueOf(selected))
                : null);
    }

    private static String direction(TraceRow row) {
        return switch (row.kind()) {
            case COMMAND, REPLY -> row.direction() == Direction.CLIENT ? "C" : "S"; //$NON-NLS-1$ //$NON-NLS-2$
            case CONNECTION -> Messages.TraceEditor_Connection;
            case STATUS -> Messages.TraceEditor_Status;
        };
    }

    private static Image icon(TraceRow row) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (row.kind()) {
            case COMMAND, REPLY -> images.getImage(row.direction() == Direction.CLIENT ? ISharedImages.IMG_TOOL_FORWARD : ISharedImages.IMG_TOOL_BACK);
            case CONNECTION -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
            case STATUS -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        };
    }

    private static String marks(TraceRow row) {
        List<String> marks = new ArrayList<>(2);
        if (row.masked()) {
            marks.add(Messages.TraceEditor_Masked);
        }
        if (row.repaired()) {
            marks.add(Messages.TraceEditor_Repaired);
        }
        return String.join(", ", marks); //$NON-NLS-1$
    }

    /**
     * Applies a filter. Showing every row is immediate; any other filter runs as a job (a text filter over a paged
     * trace re-reads the source) whose rows appear as they are found while the table stays usable. The selection and
     * the evidence marks stay on the rows that are still shown.
     */
    public void applyQuery(RowQuery newQuery) {
        List<TraceRow> selected = selectedRows();
        query = newQuery.withCollapsed(collapsed);
        if (filterJob != null) {
            filterJob.cancel(); // its view is released when it ends
            filterJob = null;
        }
        filterProblem = null;
        if (query.isAll()) {
            showRows(document.rows());
            reselect(selected);
            return;
        }
        filterCoversAllRows = document.state() != TraceDocument.State.LOADING;
        RowFilterJob[] self = new RowFilterJob[1];
        RowFilterJob job = new RowFilterJob(document.name(), document.rows(), query, table.getDisplay(), view -> {
            if (filterJob == self[0] && !table.isDisposed()) {
                showRows(view);
            }
        }, (view, failure) -> filterEnded(self[0], view, failure, selected));
        self[0] = job;
        filterJob = job;
        job.schedule();
        pollFilter(job);
    }

    /** While a filter runs, the table takes in the rows it found every {@link #GROWTH_MILLIS}. */
    private void pollFilter(RowFilterJob job) {
        table.getDisplay().timerExec(GROWTH_MILLIS, () -> {
            if (filterJob == job && !table.isDisposed()) {
                rowsGrew();
                pollFilter(job);
            }
        });
    }

    private void filterEnded(RowFilterJob job, TraceRows view, RuntimeException failure, List<TraceRow> selected) {
        if (table.isDisposed()) {
            return;
        }
        if (filterJob != job) {
            if (view != shown) {
                release(view); // a newer filter replaced it
            }
            return;
        }
        filterJob = null;
        if (failure != null) {
            filterProblem = NLS.bind(EditorMessages.TraceEditor_FilterFailed, failure.getMessage());
        } else if (view != null && view != shown) {
            showRows(view);
        }
        rowsGrew();
        reselect(selected);
        if (!filterCoversAllRows && failure == null && document.state() != TraceDocument.State.LOADING) {
            applyQuery(query); // the trace was read to its end meanwhile
        }
    }

    private void showRows(TraceRows rows) {
        TraceRows before = shown;
        shown = rows;
        if (before != rows) {
            release(before);
        }
        rowTable.setRowCount(0); // a new view: every row in view changes
        rowTable.setRowCount(shown.size());
        updateCount();
    }

    private void release(TraceRows view) {
        if (view != null && view != document.rows() && document.rows() instanceof IndexedTraceRows paged) {
            paged.release(view); // deletes the replaced filter's temporary file
        }
    }

    private void reselect(List<TraceRow> selected) {
        // a few hundred are looked up at most: each is a search in the filter's record list
        rowTable.select(selected.stream().limit(500).mapToInt(r -> positionOfIndex(r.index())).filter(p -> p >= 0).toArray());
    }

    /** @return the SWT table: it holds only the items in view (see {@link #rowCount()}, {@link #scrollToRow}) */
    public Table table() {
        return table;
    }

    /** @return the number of rows the table scrolls over (the rows shown; it grows while a trace or a filter is read) */
    public int rowCount() {
        return rowTable.rowCount();
    }

    /** @return the position of the first row in view */
    public int topRow() {
        return rowTable.top();
    }

    /** @return how many rows are in view at once */
    public int visibleRowCount() {
        return rowTable.visibleRows();
    }

    /** Scrolls so that row {@code position} is the first in view (as far as the rows go), as the scroll slider does. */
    public void scrollToRow(int position) {
        rowTable.scrollTo(position);
    }

    /** @return the text painted in {@code column} for the row at {@code position}, or null when it is not in view */
    public String paintedText(int position, int column) {
        int item = position - rowTable.top();
        return item >= 0 && item < table.getItemCount() && position < rowTable.rowCount() ? table.getItem(item).getText(column) : null;
    }

    /** @return the positions of the selected rows, ascending */
    public int[] selectedPositions() {
        return rowTable.selection();
    }

    /** @return what the line above a trace being read says (empty once the trace is read) */
    public String loadingText() {
        return loadingBar == null ? "" : loadingBar.text(); //$NON-NLS-1$
    }

    /** @return true while a filter is still running */
    public boolean filtering() {
        return filterJob != null;
    }

    /** @return the current filter */
    public RowQuery query() {
        return query;
    }

    /** @return the rows shown now (after the filter and collapsed exchanges) */
    public TraceRows shownRows() {
        return shown;
    }

    private int positionOfIndex(int index) {
        return shown.positionOfIndex(index);
    }

    private void updateCount() {
        String count = NLS.bind(Messages.TraceEditor_Count, Integer.valueOf(rowTable.rowCount()), Integer.valueOf(document.rows().size()));
        if (filterJob != null) {
            count += " \u2014 " + NLS.bind(EditorMessages.TraceEditor_Filtering, Integer.valueOf(rowTable.rowCount())); //$NON-NLS-1$
        } else if (filterProblem != null) {
            count += " \u2014 " + filterProblem; //$NON-NLS-1$
        }
        if (!count.equals(countLabel.getText())) {
            countLabel.setText(count);
            countLabel.setToolTipText(filterProblem);
            // a longer count may not fit beside the box any more: the bar's height and the table below it follow
            filterBar.getParent().layout(new org.eclipse.swt.widgets.Control[] { countLabel });
        }
    }

    private void toggleCollapse() {
        List<TraceRow> selected = selectedRows();
        if (selected.isEmpty() || selected.get(0).exchange() < 0) {
            return;
        }
        int exchange = selected.get(0).exchange();
        if (!collapsed.remove(exchange)) {
            collapsed.add(exchange);
        }
        applyQuery(query);
    }

    private void setAllCollapsed(boolean collapse) {
        collapsed.clear();
        if (collapse && !document.paged()) { // paged rows are not grouped by exchange: nothing collapses
            TraceRows all = document.rows();
            for (int i = 0; i < all.size(); i++) {
                if (all.row(i).exchange() >= 0) {
                    collapsed.add(all.row(i).exchange());
                }
            }
        }
        applyQuery(query);
    }

    /** @return the selected rows, in table order (the first {@link #MAX_SELECTED_ROWS} of a huge selection) */
    public List<TraceRow> selectedRows() {
        return IntStream.of(rowTable.selection(MAX_SELECTED_ROWS)).filter(p -> p < shown.size()).mapToObj(shown::row).toList();
    }

    /**
     * Selects and reveals the rows that are the finding's evidence (expanding their exchanges and clearing a filter
     * that hides them), and marks them.
     *
     * @return the selected rows
     */
    public List<TraceRow> revealEvidence(Finding finding) {
        evidenceRows.clear();
        TraceRows all = document.rows();
        for (Evidence evidence : finding.getEvidence()) {
            for (int position : all.positionsCovering(evidence.getFirstLine(), Math.max(evidence.getFirstLine(), evidence.getLastLine()))) {
                evidenceRows.add(all.row(position).index());
            }
        }
        boolean hidden = evidenceRows.stream().anyMatch(i -> positionOfIndex(i) < 0);
        if (hidden) {
            collapsed.clear();
            filterText.setText(""); //$NON-NLS-1$
            sessionSpinner.setSelection(0);
            protocolCombo.select(0);
            directionCombo.select(0);
            applyQuery(RowQuery.ALL);
        }
        int[] positions = evidenceRows.stream().mapToInt(this::positionOfIndex).filter(p -> p >= 0).sorted().toArray();
        rowTable.select(positions); // scrolls to the first, however far away, and repaints the marks
        selectionChanged();
        return selectedRows();
    }

    /** Selects the row read from source line {@code line} (or the next one) and reveals it. */
    public void goToLine(int line) {
        int position = shown.positionOfLine(line);
        if (position >= 0 && position < rowTable.rowCount()) {
            rowTable.select(position);
            selectionChanged();
        }
    }

    private void askAndGoToLine() {
        String prompt;
        if (document.trace() != null) {
            prompt = NLS.bind(Messages.TraceEditor_GoToLinePrompt, Integer.valueOf(document.trace().getLineCount()));
        } else {
            int rows = document.rows().size();
            prompt = NLS.bind(EditorMessages.TraceEditor_GoToLinePromptLoading, Integer.valueOf(rows == 0 ? 0 : document.rows().row(rows - 1).lastLine()));
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.TraceEditor_GoToLine, prompt, "", //$NON-NLS-1$
                s -> s.matches("\\s*\\d+\\s*") ? null : Messages.TraceEditor_GoToLineInvalid); //$NON-NLS-1$
        if (dialog.open() == Window.OK) {
            goToLine(Integer.parseInt(dialog.getValue().strip()));
        }
    }

    /** Runs Go to Line... (the command's handler calls it). */
    public void runGoToLine() {
        askAndGoToLine();
    }

    /** Shows or hides the raw source lines around the selected row. */
    public void setSourceVisible(boolean visible) {
        sourceToggle.setSelection(visible);
        sash.setMaximizedControl(visible ? null : rowTable.control());
        showSource();
    }

    /** @return the text of the source pane (empty when hidden or nothing is selected) */
    public String sourceText() {
        return sash.getMaximizedControl() == null ? sourcePane.getText() : ""; //$NON-NLS-1$
    }

    private void selectionChanged() {
        ((RowSelectionProvider) getSite().getSelectionProvider()).fire();
        showSource();
    }

    private void showSource() {
        if (sash.getMaximizedControl() != null) {
            return;
        }
        List<TraceRow> selected = selectedRows();
        if (selected.isEmpty()) {
            sourcePane.setText(Messages.TraceEditor_SourceNothingSelected);
            return;
        }
        TraceRow row = selected.get(0);
        if (document.source() == null) {
            sourcePane.setText(EditorMessages.TraceEditor_SourceWhileLoading);
            return;
        }
        try {
            StringBuilder text = new StringBuilder();
            List<StyleRange> bold = new ArrayList<>();
            for (SourceLines.NumberedLine line : document.source().around(row, SOURCE_CONTEXT_LINES)) {
                int start = text.length();
                text.append(String.format("%6d  %s%n", Integer.valueOf(line.number()), line.text())); //$NON-NLS-1$
                if (row.covers(line.number())) {
                    bold.add(new StyleRange(start, text.length() - start, null, evidenceBackground, SWT.BOLD));
                }
            }
            sourcePane.setText(text.toString());
            bold.forEach(sourcePane::setStyleRange);
            if (!bold.isEmpty()) {
                // the row's own lines in view, with a little of the context before them
                sourcePane.setTopIndex(Math.max(0, sourcePane.getLineAtOffset(bold.get(0).start) - 2));
            }
        } catch (IOException e) {
            sourcePane.setText(NLS.bind(Messages.TraceEditor_SourceUnreadable, document.location(), e.getMessage()));
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    /** @return the filter box (text, a command, a reply, or a line number) */
    public Text filterBox() {
        return filterText;
    }

    /** @return the line above the rows: the filter box, the other filters and the row count */
    public Composite filterBar() {
        return filterBar;
    }

    /** Puts the cursor into the filter box (Ctrl+F). */
    public void focusFilter() {
        filterText.setFocus();
    }

    @Override
    public void dispose() {
        if (filterJob != null) {
            filterJob.cancel();
            filterJob = null;
        }
        document.removeStateListener(stateListener);
        if (document.rows() instanceof IndexedTraceRows paged) {
            paged.removeGrowth(growth);
        }
        document.close(); // a paged trace's index and its temporary files go with its editor (an import still running stops)
        for (Color c : new Color[] { clientColor, serverColor, statusColor, evidenceBackground }) {
            if (c != null) {
                c.dispose();
            }
        }
        super.dispose();
    }
}
