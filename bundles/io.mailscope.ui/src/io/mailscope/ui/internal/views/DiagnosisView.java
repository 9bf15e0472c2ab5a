package io.mailscope.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.CustomerAnswer;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.model.requests.ThinTraceAdvice;
import io.mailscope.report.FoldedFinding;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;
import io.mailscope.ui.internal.editors.EditorMessages;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceDocument;
import io.mailscope.ui.internal.views.DiagnosisRows.FindingRow;
import io.mailscope.ui.internal.views.DiagnosisRows.OccurrenceRow;

/**
 * The findings of the active trace editor: code, symbol, cause, confidence, how often it occurs, rule and the plug-in
 * that contributed it, with the rules that failed. Repeated identical findings are folded into one row as
 * {@code diagnose} reports fold them ({@link FoldedFinding}); their occurrences are the row's children and Next /
 * Previous Occurrence walks through them. Selecting a finding or an occurrence selects and reveals its evidence rows in
 * the editor; the cause opens in the Error Code Catalog; "Copy Answer for the Customer" copies the cause's end-user
 * remedies.
 */
public final class DiagnosisView extends ViewPart {

    public static final String ID = "io.mailscope.ui.views.diagnosis"; //$NON-NLS-1$
    /** The id of the Next Occurrence action (toolbar, context menu, Ctrl+.). */
    public static final String NEXT_OCCURRENCE_ID = ID + ".nextOccurrence"; //$NON-NLS-1$
    /** The id of the Previous Occurrence action (toolbar, context menu, Ctrl+,). */
    public static final String PREVIOUS_OCCURRENCE_ID = ID + ".previousOccurrence"; //$NON-NLS-1$
    /**
     * What an engineer reads first comes first (code, cause, confidence, how often, where), so it shows in a narrow
     * view; the symbol, the rule and its plug-in follow.
     */
    /** The format id of the traces the session engine records live (io.mailscope.session's SessionRecorder). */
    private static final String LIVE_SESSION_FORMAT = "io.mailscope.session.live"; //$NON-NLS-1$
    private static final String[] TITLES = { Messages.DiagnosisView_ColumnCode, Messages.DiagnosisView_ColumnCause,
            Messages.DiagnosisView_ColumnConfidence, Messages.DiagnosisView_ColumnOccurs, Messages.DiagnosisView_ColumnEvidence,
            Messages.DiagnosisView_ColumnSymbol, Messages.DiagnosisView_ColumnRule, Messages.DiagnosisView_ColumnPlugin };
    /** Names under which the column widths are kept (by name: a column added or moved later does not shift the others). */
    private static final String[] KEYS = { "code", "cause", "confidence", "occurs", "evidence", "symbol", "rule", "plugin" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    /** Code to evidence fit the findings' side of the view in the Support perspective's default layout. */
    private static final int[] WIDTHS = { 130, 270, 90, 60, 120, 250, 230, 180 };
    /** The Cause column takes the room the view has left of code, confidence, occurs and evidence, at least this. */
    private static final int MIN_CAUSE_WIDTH = 200;

    private TreeViewer viewer;
    private DiagnosisRows.FindingSelectionProvider findingSelection;
    private Label header;
    private Link askNext;
    private StyledText details;
    private TraceEditor editor;
    /** Rule names and contributors by rule id, looked up with the first finding shown (see {@link #rules()}). */
    private Map<String, RuleInfo> rules;
    private IAction copyAnswer;
    private IAction openCause;
    private IAction exportReport;
    private IAction nextOccurrence;
    private IAction previousOccurrence;
    private IMemento memento;
    private List<Object> rows = List.of();
    /** The diagnosis {@link #rows} were made of (null when none is shown). */
    private Diagnosis shownDiagnosis;
    private final Set<Object> shownBefore = Collections.newSetFromMap(new WeakHashMap<>());

    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof TraceEditor e) {
                show(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                IEditorPart active = getSite().getPage().getActiveEditor();
                show(active instanceof TraceEditor e ? e : null);
            }
        }
    };

    @Override
    public void init(IViewSite site, IMemento state) throws PartInitException {
        super.init(site, state);
        memento = state;
    }

    /**
     * Not in {@link #createPartControl}: the view is created with the workbench window, and asking the diagnosis service
     * there activated it, the catalog and the rule registry before the window was shown (start-up benchmark, issue 22).
     * When a finding is shown the service is active anyway.
     */
    private Map<String, RuleInfo> rules() {
        if (rules == null) {
            DiagnosisService service = getSite().getService(DiagnosisService.class);
            rules = service == null ? Map.of()
                    : service.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        }
        return rules;
    }

    @Override
    public void createPartControl(Composite parent) {
        // F1: the context in io.mailscope.help's contexts.xml
        PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "io.mailscope.ui.diagnosisView"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(header);
        // a trace too thin to decide says what to ask the customer for next
        askNext = new Link(parent, SWT.WRAP);
        askNext.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).exclude(true).applyTo(askNext);
        askNext.setVisible(false);
        askNext.addListener(SWT.Selection, e -> AskCustomerView.show(getSite().getPage()));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.setUseHashlookup(true);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new DiagnosisRows.ContentProvider());
        for (int i = 0; i < TITLES.length; i++) {
            int column = i;
            TreeViewerColumn c = new TreeViewerColumn(viewer, KEYS[i].equals("occurs") || KEYS[i].equals("confidence") ? SWT.RIGHT : SWT.LEFT); //$NON-NLS-1$ //$NON-NLS-2$
            c.getColumn().setText(TITLES[i]);
            c.getColumn().setWidth(savedWidth(i));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell(element, KEYS[column]);
                }

                @Override
                public Image getImage(Object element) {
                    return column == 0 ? image(element) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    // the whole cause title or evidence list, which a narrow column cuts
                    String text = cell(element, KEYS[column]);
                    return text.isEmpty() ? null : text;
                }
            });
        }
        ColumnViewerToolTipSupport.enableFor(viewer);
        if (memento == null || memento.getInteger("width.cause") == null) { //$NON-NLS-1$
            fitCauseColumnOnce();
        }
        details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setMargins(6, 4, 6, 4);
        sash.setWeights(64, 36);

        // the workbench (and contributions to the context menu) see findings, whether a folded row or one of its
        // occurrences is selected
        findingSelection = new DiagnosisRows.FindingSelectionProvider(viewer, this::select);
        createActions();
        viewer.addSelectionChangedListener(e -> selectionChanged());
        viewer.addDoubleClickListener(e -> openCause.run());
        getSite().setSelectionProvider(findingSelection);
        getSite().getPage().addPartListener(editorTracker);
        IEditorPart active = getSite().getPage().getActiveEditor();
        show(active instanceof TraceEditor e ? e : null);
    }

    /** On the first layout, the Cause column widens or narrows so that the columns up to the evidence fill the tree. */
    private void fitCauseColumnOnce() {
        Tree tree = viewer.getTree();
        tree.addListener(SWT.Resize, new Listener() {
            @Override
            public void handleEvent(Event event) {
                int width = tree.getClientArea().width;
                if (width <= 0) {
                    return;
                }
                tree.removeListener(SWT.Resize, this);
                int others = 0;
                for (int i = 0; i < TITLES.length && !KEYS[i].equals("symbol"); i++) { //$NON-NLS-1$
                    others += KEYS[i].equals("cause") ? 0 : tree.getColumn(i).getWidth(); //$NON-NLS-1$
                }
                tree.getColumn(List.of(KEYS).indexOf("cause")).setWidth(Math.max(MIN_CAUSE_WIDTH, width - others)); //$NON-NLS-1$
            }
        });
    }

    private int savedWidth(int column) {
        Integer saved = memento == null ? null : memento.getInteger("width." + KEYS[column]); //$NON-NLS-1$
        return saved != null && saved.intValue() > 0 ? saved.intValue() : WIDTHS[column];
    }

    private static Image image(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (element) {
            case RuleFailure f -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            case FindingRow row -> images.getImage(row.finding().isDetermined() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
            default -> null;
        };
    }

    private void createActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        copyAnswer = Actions.of(Messages.DiagnosisView_CopyAnswer, Messages.DiagnosisView_CopyAnswerTooltip,
                () -> selectedFinding().ifPresent(f -> TableCopy.copyText(viewer.getControl(), answer(f))));
        copyAnswer.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        openCause = Actions.of(Messages.DiagnosisView_OpenCause, Messages.DiagnosisView_OpenCauseTooltip,
                () -> selectedFinding().ifPresent(this::openInCatalog));
        IAction copy = Actions.copy(getViewSite().getActionBars(), () -> TableCopy.copy(viewer.getTree()));
        exportReport = Actions.of(Messages.DiagnosisView_ExportReport, Messages.DiagnosisView_ExportReportTooltip, this::askAndExport);
        exportReport.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        nextOccurrence = Actions.of(Messages.DiagnosisView_NextOccurrence, Messages.DiagnosisView_NextOccurrenceTooltip, () -> stepOccurrence(1));
        nextOccurrence.setId(NEXT_OCCURRENCE_ID);
        nextOccurrence.setActionDefinitionId(IWorkbenchCommandConstants.NAVIGATE_NEXT);
        nextOccurrence.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        previousOccurrence = Actions.of(Messages.DiagnosisView_PreviousOccurrence, Messages.DiagnosisView_PreviousOccurrenceTooltip,
                () -> stepOccurrence(-1));
        previousOccurrence.setId(PREVIOUS_OCCURRENCE_ID);
        previousOccurrence.setActionDefinitionId(IWorkbenchCommandConstants.NAVIGATE_PREVIOUS);
        previousOccurrence.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
        // Ctrl+. and Ctrl+, as in the Search and Problems views
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.NEXT.getId(), nextOccurrence);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.PREVIOUS.getId(), previousOccurrence);

        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(nextOccurrence);
        toolbar.add(previousOccurrence);
        toolbar.add(new Separator());
        toolbar.add(copyAnswer);
        toolbar.add(exportReport);
        toolbar.add(openCause);
        // other bundles contribute here (Reproduce on Test Server, io.mailscope.testserver.ui)
        toolbar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(copyAnswer);
        menu.add(openCause);
        menu.add(new Separator());
        menu.add(nextOccurrence);
        menu.add(previousOccurrence);
        menu.add(new Separator());
        menu.add(exportReport);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, findingSelection);
    }

    /** Shows the diagnosis of {@code traceEditor} (null: no trace is open). */
    public void show(TraceEditor traceEditor) {
        if (editor != traceEditor) {
            watch(editor, traceEditor);
        }
        editor = traceEditor;
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (editor != null && !editor.document().loaded()) {
            showUnread(editor.document());
        } else if (editor == null) {
            header.setText(Messages.DiagnosisView_NoTrace);
            setRows(List.of());
            details.setText(Messages.DiagnosisView_NoTraceDetails);
        } else {
            Diagnosis diagnosis = editor.document().diagnosis();
            if (diagnosis != shownDiagnosis) {
                // the same diagnosis shown again (its editor activated again) keeps its rows, and so the selection
                shownDiagnosis = diagnosis;
                setRows(DiagnosisRows.of(diagnosis));
            }
            long determined = diagnosis.getFindings().stream().filter(Finding::isDetermined).count();
            long distinct = rows.stream().filter(r -> r instanceof FindingRow row && row.finding().isDetermined()).count();
            Object[] values = { editor.document().name(), editor.document().imported().format().name(), Long.valueOf(distinct),
                    Integer.valueOf(diagnosis.getRuleFailures().size()), Long.valueOf(determined) };
            header.setText(NLS.bind(determined > distinct ? Messages.DiagnosisView_HeaderFolded : Messages.DiagnosisView_Header, values));
            details.setText(diagnosis.getFindings().isEmpty() ? Messages.DiagnosisView_NoFinding : ""); //$NON-NLS-1$
            if (shownBefore.add(editor.document())) {
                // a trace shown for the first time opens on its main finding, its evidence selected in the editor
                rows.stream().filter(r -> r instanceof FindingRow row && row.finding().isDetermined()).findFirst()
                        .ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
            }
        }
        // a live session (Session Console, account test) is the engineer's own: there is no customer to ask for a log
        Optional<ThinTraceAdvice> advice = editor == null || !editor.document().loaded()
                || LIVE_SESSION_FORMAT.equals(editor.document().trace().getFormatId()) ? Optional.empty()
                        : ThinTraceAdvice.of(editor.document().diagnosis());
        askNext.setText(advice.map(a -> a.ask() + " <a>" + Messages.DiagnosisView_AskCustomer + "</a>").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        askNext.setVisible(advice.isPresent());
        ((GridData) askNext.getLayoutData()).exclude = advice.isEmpty();
        header.getParent().layout();
        selectionChanged();
    }

    private void setRows(List<Object> newRows) {
        if (newRows.isEmpty()) {
            shownDiagnosis = null;
        }
        rows = newRows;
        viewer.setInput(rows);
    }

    /**
     * A trace still being read has no diagnosis yet, and one whose import was stopped or failed has none at all: the
     * view says so (never "no finding", which would be a wrong answer).
     */
    private void showUnread(TraceDocument document) {
        setRows(List.of());
        header.setText(document.state() == TraceDocument.State.LOADING ? NLS.bind(EditorMessages.DiagnosisView_Loading, document.name())
                : NLS.bind(EditorMessages.DiagnosisView_NotRead, document.name(), document.problem()));
        details.setText(""); //$NON-NLS-1$
    }

    /** Follows the shown trace's state: its diagnosis appears when its import ends. */
    private void watch(TraceEditor before, TraceEditor after) {
        if (before != null) {
            before.document().removeStateListener(documentStateChanged);
        }
        if (after != null) {
            after.document().addStateListener(documentStateChanged);
        }
    }

    private final Runnable documentStateChanged = () -> {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (viewer != null && !viewer.getControl().isDisposed()) {
                    show(editor);
                }
            });
        }
    };

    /** @return the line above the findings: the trace, its format and counts, or why there is no diagnosis */
    public String headerText() {
        return header.getText();
    }

    /** @return what the view says to ask the customer for next, or empty when the trace was enough to decide */
    public String askNextText() {
        return askNext.isVisible() ? askNext.getText() : ""; //$NON-NLS-1$
    }

    /** @return every finding of the diagnosis shown, each occurrence of a repeated one included */
    public List<Finding> findings() {
        return editor == null || !editor.document().loaded() ? List.of() : List.copyOf(editor.document().diagnosis().getFindings());
    }

    /** @return the findings as the view lists them: repeated identical ones folded, as the reports fold them */
    public List<FoldedFinding> foldedFindings() {
        return rows.stream().filter(FindingRow.class::isInstance).map(r -> ((FindingRow) r).fold()).toList();
    }

    /** @return the tree listing the findings (its context menu holds the contributions to the view's menu) */
    public org.eclipse.swt.widgets.Control findingsControl() {
        return viewer.getControl();
    }

    /** @return the rule failures shown */
    public List<RuleFailure> ruleFailures() {
        return editor == null || !editor.document().loaded() ? List.of() : List.copyOf(editor.document().diagnosis().getRuleFailures());
    }

    /**
     * Selects a finding as a click does: its evidence is selected in the trace editor. A repeat of a folded finding is
     * selected as its occurrence under the folded row.
     */
    public void select(Finding finding) {
        for (Object row : rows) {
            if (row instanceof FindingRow folded) {
                int index = folded.indexOf(finding);
                if (index >= 0) {
                    viewer.setSelection(new StructuredSelection(index == 0 ? folded : folded.occurrence(index)), true);
                    return;
                }
            }
        }
    }

    /**
     * Next (+1) or Previous (-1) Occurrence: from a folded row or one of its occurrences to the neighbouring occurrence,
     * round from the last to the first; with nothing of the kind selected, to the first repeated finding.
     */
    private void stepOccurrence(int step) {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        FindingRow row;
        int index;
        if (first instanceof OccurrenceRow occurrence) {
            row = occurrence.parent();
            index = occurrence.index();
        } else if (first instanceof FindingRow folded && folded.occurrences() > 1) {
            row = folded;
            index = 0;
        } else {
            row = rows.stream().filter(r -> r instanceof FindingRow f && f.occurrences() > 1).map(FindingRow.class::cast).findFirst().orElse(null);
            index = step > 0 ? -1 : 0;
        }
        if (row == null) {
            return;
        }
        int target = Math.floorMod(index + step, row.occurrences());
        viewer.setSelection(new StructuredSelection(row.occurrence(target)), true);
    }

    /** @return the text "Copy Answer for the Customer" puts on the clipboard */
    public static String answer(Finding finding) {
        if (finding.getCause() != null) {
            return CustomerAnswer.forCause(finding.getCause());
        }
        return finding.getErrorCode() != null ? CustomerAnswer.forCode(finding.getErrorCode()) : finding.getSummary();
    }

    private Optional<Finding> selectedFinding() {
        return Optional.ofNullable(DiagnosisRows.findingOf(((IStructuredSelection) viewer.getSelection()).getFirstElement()));
    }

    private void selectionChanged() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        Finding finding = DiagnosisRows.findingOf(first);
        copyAnswer.setEnabled(finding != null);
        exportReport.setEnabled(editor != null && editor.document().loaded());
        openCause.setEnabled(finding != null && finding.getErrorCode() != null);
        boolean repeats = rows.stream().anyMatch(r -> r instanceof FindingRow f && f.occurrences() > 1);
        nextOccurrence.setEnabled(repeats);
        previousOccurrence.setEnabled(repeats);
        switch (first) {
            case FindingRow row -> details.setText(describe(row.finding(), row.fold().repeatsSentence()));
            case OccurrenceRow occurrence -> details.setText(describe(occurrence.finding(), NLS.bind(Messages.DiagnosisView_Occurrence,
                    Integer.valueOf(occurrence.index() + 1), Integer.valueOf(occurrence.parent().occurrences()))));
            case RuleFailure failure -> details.setText(NLS.bind(Messages.DiagnosisView_RuleFailed,
                    new Object[] { failure.getRuleId(), failure.getContributor(), failure.getMessage() }));
            case null, default -> {
                // nothing selected: the details keep what show() put there
            }
        }
        if (finding != null && editor != null) {
            editor.revealEvidence(finding);
        }
    }

    /** @param occurrences where else the finding occurs, or which occurrence this is; null for a finding that occurs once */
    private static String describe(Finding finding, String occurrences) {
        StringBuilder b = new StringBuilder();
        b.append(finding.getSummary()).append("\n\n"); //$NON-NLS-1$
        if (occurrences != null) {
            b.append(occurrences).append(' ').append(Messages.DiagnosisView_OccurrencesHint).append("\n\n"); //$NON-NLS-1$
        }
        if (finding.getCause() != null) {
            b.append(NLS.bind(Messages.DiagnosisView_Cause, finding.getCause().getId(), orEmpty(finding.getCause().getTitle()))).append("\n\n"); //$NON-NLS-1$
        }
        b.append(Messages.DiagnosisView_Evidence).append('\n');
        for (Evidence e : finding.getEvidence()) {
            String range = e.getLastLine() > e.getFirstLine() ? e.getFirstLine() + "-" + e.getLastLine() : String.valueOf(e.getFirstLine()); //$NON-NLS-1$
            b.append(String.format(Locale.ROOT, "%9s  %s%n", range, orEmpty(e.getText()))); //$NON-NLS-1$
        }
        if (finding.getCause() != null && !finding.getCause().getUserRemedies().isEmpty()) {
            b.append('\n').append(Messages.DiagnosisView_TellCustomer).append('\n');
            finding.getCause().getUserRemedies().forEach(r -> b.append("  - ").append(r).append('\n')); //$NON-NLS-1$
        }
        return b.toString();
    }

    private void openInCatalog(Finding finding) {
        try {
            ErrorCodeCatalogView catalog = (ErrorCodeCatalogView) getSite().getPage().showView(ErrorCodeCatalogView.ID, null,
                    IWorkbenchPage.VIEW_ACTIVATE);
            catalog.setFilter(ErrorCodes.hex(finding.getErrorCode()));
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW);
        }
    }

    private void askAndExport() {
        if (editor != null && editor.document().loaded()) {
            DiagnosisReportExport.askAndExport(getSite().getShell(), editor.document(), rules());
        }
    }

    /**
     * Writes the report of the active trace with the renderers {@code mailscope diagnose} uses (io.mailscope.report):
     * HTML or JSON.
     */
    public void exportReport(Path target, boolean json) throws IOException {
        DiagnosisReportExport.write(editor.document(), rules(), target, json);
    }

    /** Opens the selected finding's cause in the Error Code Catalog (as a double-click does). */
    public void openSelectedCause() {
        openCause.run();
    }

    private String cell(Object element, String column) {
        return switch (element) {
            case RuleFailure f -> switch (column) {
                case "code" -> Messages.DiagnosisView_RuleFailure; //$NON-NLS-1$
                case "cause" -> orEmpty(f.getMessage()); //$NON-NLS-1$
                case "rule" -> f.getRuleId(); //$NON-NLS-1$
                case "plugin" -> f.getContributor(); //$NON-NLS-1$
                default -> ""; //$NON-NLS-1$
            };
            case OccurrenceRow o -> switch (column) {
                case "code" -> NLS.bind(Messages.DiagnosisView_OccurrenceRow, Integer.valueOf(o.index() + 1), Integer.valueOf(o.parent().occurrences())); //$NON-NLS-1$
                case "cause" -> NLS.bind(Messages.DiagnosisView_OccurrenceLines, lineSpan(o.finding())); //$NON-NLS-1$
                case "evidence" -> evidenceLines(o.finding()); //$NON-NLS-1$
                default -> ""; //$NON-NLS-1$
            };
            case FindingRow row -> findingCell(row, column);
            default -> ""; //$NON-NLS-1$
        };
    }

    private String findingCell(FindingRow row, String column) {
        Finding finding = row.finding();
        RuleInfo rule = rules().get(finding.getRuleId());
        return switch (column) {
            case "code" -> finding.getErrorCode() == null ? "" : ErrorCodes.hex(finding.getErrorCode()); //$NON-NLS-1$ //$NON-NLS-2$
            case "symbol" -> finding.getErrorCode() == null ? "" : orEmpty(finding.getErrorCode().getSymbol()); //$NON-NLS-1$ //$NON-NLS-2$
            case "cause" -> finding.getCause() != null ? orEmpty(finding.getCause().getTitle()) : finding.getCategory().getLiteral(); //$NON-NLS-1$
            case "confidence" -> String.format(Locale.ROOT, "%.0f%%", Double.valueOf(finding.getConfidence() * 100)); //$NON-NLS-1$ //$NON-NLS-2$
            case "occurs" -> Integer.toString(row.occurrences()); //$NON-NLS-1$
            case "rule" -> rule != null ? rule.name() : orEmpty(finding.getRuleId()); //$NON-NLS-1$
            case "plugin" -> rule != null ? rule.contributor() : ""; //$NON-NLS-1$ //$NON-NLS-2$
            default -> evidenceLines(finding);
        };
    }

    /** @return the source lines an occurrence's evidence spans, as the reports write them ({@code 232-308}) */
    private static String lineSpan(Finding finding) {
        int[] span = FoldedFinding.span(finding);
        return span[1] > span[0] ? span[0] + "-" + span[1] : Integer.toString(span[0]); //$NON-NLS-1$
    }

    private static String evidenceLines(Finding finding) {
        return finding.getEvidence().stream().map(e -> "L" + e.getFirstLine()).distinct().collect(Collectors.joining(" ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    @Override
    public void saveState(IMemento state) {
        super.saveState(state);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            for (int i = 0; i < TITLES.length; i++) {
                state.putInteger("width." + KEYS[i], viewer.getTree().getColumn(i).getWidth()); //$NON-NLS-1$
            }
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        watch(editor, null);
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
