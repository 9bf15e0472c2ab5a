package io.mailscope.ui.internal.editors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.jface.action.Action;
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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
import org.eclipse.ui.actions.ActionFactory;

import io.mailscope.model.Direction;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.Protocol;
import io.mailscope.trace.rows.RowKind;
import io.mailscope.trace.rows.RowQuery;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.trace.rows.TraceRows;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.TableCopy;
import io.mailscope.ui.internal.traces.TraceDocument;
import io.mailscope.ui.internal.traces.TraceEditorInput;

/**
 * One trace: the rebuilt conversation in a virtual table (rows are asked for only when painted), client and server
 * lines told apart by colour and icon, exchanges that collapse to their command, repaired lines and masked secrets
 * marked, a filter by text, session, protocol and direction, the raw source lines around the selected row, and Go to
 * Line. The rows come from {@link TraceRows}, the paging interface the record index implements for huge traces.
 */
public final class TraceEditor extends ReadOnlyEditorPart {

    public static final String ID = "io.mailscope.ui.editors.trace"; //$NON-NLS-1$
    private static final int SOURCE_CONTEXT_LINES = 5;
    private static final String[] COLUMNS = { Messages.TraceEditor_ColumnLines, Messages.TraceEditor_ColumnTime,
            Messages.TraceEditor_ColumnSession, Messages.TraceEditor_ColumnDirection, Messages.TraceEditor_ColumnText,
            Messages.TraceEditor_ColumnMarks };
    private static final int[] WIDTHS = { 80, 140, 70, 60, 560, 150 };

    private TraceDocument document;
    private TraceRows shown;
    private RowQuery query = RowQuery.ALL;
    private final Set<Integer> collapsed = new HashSet<>();
    private Table table;
    private MenuManager menu;
    private Text filterText;
    private Spinner sessionSpinner;
    private Combo protocolCombo;
    private Combo directionCombo;
    private Button sourceToggle;
    private Label countLabel;
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

        sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTable();
        table.setItemCount(shown.size());

        sourcePane = new StyledText(sash, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        sourcePane.setFont(parent.getDisplay().getSystemFont());
        sourcePane.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        sash.setWeights(75, 25);
        sash.setMaximizedControl(table);

        getSite().setSelectionProvider(new RowSelectionProvider(this));
        createActions();
        table.setMenu(menu.createContextMenu(table));
        updateCount();
    }

    /**
     * Creates the table, or replaces it: GTK removes rows from a table one by one (seconds for tens of thousands), so
     * a filter that shows fewer rows gets a new table instead.
     */
    private void createTable() {
        Table old = table;
        table = new Table(sash, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
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
        // rows are asked for only when painted: the table never holds more than the visible items' texts
        table.addListener(SWT.SetData, e -> paint((TableItem) e.item, e.index));

        table.addListener(SWT.Selection, e -> selectionChanged());
        table.addListener(SWT.DefaultSelection, e -> toggleCollapse());
        if (old != null) {
            table.moveAbove(old);
            if (sash.getMaximizedControl() == old) {
                sash.setMaximizedControl(table);
            }
            old.dispose();
            table.setMenu(menu.createContextMenu(table));
            sash.layout(true);
        }
    }

    private IDialogSettings layoutSettings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(TraceEditor.class)).getDialogSettings();
        IDialogSettings section = root.getSection("TraceEditor"); //$NON-NLS-1$
        return section != null ? section : root.addNewSection("TraceEditor"); //$NON-NLS-1$
    }

    private void createFilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(2, 2).applyTo(bar);
        filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(Messages.TraceEditor_FilterHint);
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addModifyListener(e -> applyQuery(query.withText(filterText.getText())));

        // a spinner, not a list: a large trace has thousands of sessions
        sessionSpinner = new Spinner(bar, SWT.BORDER);
        sessionSpinner.setValues(0, 0, document.trace().getSessions().size(), 0, 1, 10);
        sessionSpinner.setToolTipText(NLS.bind(Messages.TraceEditor_SessionTooltip, Integer.valueOf(document.trace().getSessions().size())));
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
        long exchanges = document.trace().getSessions().stream().mapToLong(s -> s.getExchangeCount()).sum();
        long kept = document.trace().getSessions().stream().mapToLong(s -> s.getExchanges().size()).sum();
        if (kept < exchanges) {
            // a bounded import of a huge file keeps the exchanges near failures; the record index will page the rest
            Label note = new Label(bar, SWT.WRAP);
            note.setText(NLS.bind(Messages.TraceEditor_KeptExchanges, Long.valueOf(kept), Long.valueOf(exchanges)));
            GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(note);
        }
    }

    private void createActions() {
        IAction copy = new Action(Messages.Common_Copy) {
            @Override
            public void run() {
                TableCopy.copy(table);
            }
        };
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy"); //$NON-NLS-1$
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        IAction goToLine = new Action(Messages.TraceEditor_GoToLine) {
            @Override
            public void run() {
                askAndGoToLine();
            }
        };
        goToLine.setActionDefinitionId("io.mailscope.ui.commands.goToLine"); //$NON-NLS-1$
        IAction collapseAll = new Action(Messages.TraceEditor_CollapseAll) {
            @Override
            public void run() {
                setAllCollapsed(true);
            }
        };
        IAction expandAll = new Action(Messages.TraceEditor_ExpandAll) {
            @Override
            public void run() {
                setAllCollapsed(false);
            }
        };
        IAction source = new Action(Messages.TraceEditor_ShowSource, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                sourceToggle.setSelection(isChecked());
                setSourceVisible(isChecked());
            }
        };
        menu = new MenuManager();
        menu.add(copy);
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
        if (position < 0 || position >= shown.size()) {
            return;
        }
        TraceRow row = shown.row(position);
        String prefix = "";
        if (row.exchangeHead() && row.exchange() >= 0 && position + 1 < document.rows().size()) {
            prefix = collapsed.contains(row.exchange()) ? "\u25b8 " : "\u25be "; //$NON-NLS-1$ //$NON-NLS-2$
        } else if (row.exchange() >= 0) {
            prefix = "    "; //$NON-NLS-1$
        }
        item.setText(new String[] { row.lineRange().substring(1), row.time() == null ? "" : row.time(), //$NON-NLS-1$
                row.session() == 0 ? "" : row.session() + " " + row.protocol().getLiteral(), direction(row), prefix + row.text(), marks(row) }); //$NON-NLS-1$ //$NON-NLS-2$
        item.setImage(3, icon(row));
        item.setForeground(row.direction() == Direction.CLIENT ? clientColor
                : row.direction() == Direction.SERVER ? serverColor : row.kind() == RowKind.STATUS ? statusColor : null);
        item.setBackground(evidenceRows.contains(row.index()) ? evidenceBackground : null);
        item.setData(row);
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

    /** Applies a filter; the selection and the evidence marks stay on the rows that are still shown. */
    public void applyQuery(RowQuery newQuery) {
        List<TraceRow> selected = selectedRows();
        query = newQuery.withCollapsed(collapsed);
        shown = document.rows().filter(query);
        if (shown.size() < table.getItemCount()) {
            createTable();
        } else {
            table.clearAll();
        }
        table.setItemCount(shown.size());
        int[] positions = selected.stream().mapToInt(r -> positionOfIndex(r.index())).filter(p -> p >= 0).toArray();
        table.setSelection(positions);
        updateCount();
    }

    /** @return the table (tests scroll it) */
    public Table table() {
        return table;
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
        return IntStream.range(0, shown.size()).filter(p -> shown.row(p).index() == index).findFirst().orElse(-1);
    }

    private void updateCount() {
        countLabel.setText(NLS.bind(Messages.TraceEditor_Count, Integer.valueOf(shown.size()), Integer.valueOf(document.rows().size())));
        countLabel.getParent().layout();
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
        if (collapse) {
            TraceRows all = document.rows();
            for (int i = 0; i < all.size(); i++) {
                if (all.row(i).exchange() >= 0) {
                    collapsed.add(all.row(i).exchange());
                }
            }
        }
        applyQuery(query);
    }

    /** @return the selected rows, in table order */
    public List<TraceRow> selectedRows() {
        return IntStream.of(table.getSelectionIndices()).sorted().mapToObj(shown::row).toList();
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
        } else {
            table.clearAll();
        }
        int[] positions = evidenceRows.stream().mapToInt(this::positionOfIndex).filter(p -> p >= 0).sorted().toArray();
        table.setSelection(positions);
        if (positions.length > 0) {
            table.setTopIndex(Math.max(0, positions[0] - 3));
            table.showSelection();
        }
        selectionChanged();
        return selectedRows();
    }

    /** Selects the row read from source line {@code line} (or the next one) and reveals it. */
    public void goToLine(int line) {
        int position = shown.positionOfLine(line);
        if (position >= 0) {
            table.setSelection(position);
            table.showSelection();
            selectionChanged();
        }
    }

    private void askAndGoToLine() {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.TraceEditor_GoToLine,
                NLS.bind(Messages.TraceEditor_GoToLinePrompt, Integer.valueOf(document.trace().getLineCount())), "", //$NON-NLS-1$
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
        sash.setMaximizedControl(visible ? null : table);
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

    /** Puts the cursor into the filter box (Ctrl+F). */
    public void focusFilter() {
        filterText.setFocus();
    }

    @Override
    public void dispose() {
        for (Color c : new Color[] { clientColor, serverColor, statusColor, evidenceBackground }) {
            if (c != null) {
                c.dispose();
            }
        }
        super.dispose();
    }
}
