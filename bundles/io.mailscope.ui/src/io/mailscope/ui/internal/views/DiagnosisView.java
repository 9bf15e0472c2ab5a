package io.mailscope.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.CustomerAnswer;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.model.requests.ThinTraceAdvice;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.report.DiagnosisReport;
import io.mailscope.report.ReportFormat;
import io.mailscope.report.TextStyle;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.TableCopy;
import io.mailscope.ui.internal.editors.TraceEditor;

/**
 * The findings of the active trace editor: code, symbol, cause, confidence, rule and the plug-in that contributed
 * it, with the rules that failed. Selecting a finding selects and reveals its evidence rows in the editor; the cause
 * opens in the Error Code Catalog; "Copy Answer for the Customer" copies the cause's end-user remedies.
 */
public final class DiagnosisView extends ViewPart {

    public static final String ID = "io.mailscope.ui.views.diagnosis"; //$NON-NLS-1$
    private static final String[] TITLES = { Messages.DiagnosisView_ColumnCode, Messages.DiagnosisView_ColumnSymbol,
            Messages.DiagnosisView_ColumnCause, Messages.DiagnosisView_ColumnConfidence, Messages.DiagnosisView_ColumnRule,
            Messages.DiagnosisView_ColumnPlugin, Messages.DiagnosisView_ColumnEvidence };
    private static final int[] WIDTHS = { 110, 250, 330, 80, 260, 190, 160 };

    private TableViewer viewer;
    private Label header;
    private Link askNext;
    private StyledText details;
    private TraceEditor editor;
    /** Rule names and contributors by rule id, looked up with the first finding shown (see {@link #rules()}). */
    private Map<String, RuleInfo> rules;
    private IAction copyAnswer;
    private IAction openCause;
    private IAction exportReport;
    private IMemento memento;
    private final java.util.Set<Object> shownBefore = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

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
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "io.mailscope.ui.diagnosisView"); //$NON-NLS-1$
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
        viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < TITLES.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(TITLES[i]);
            Integer saved = memento == null ? null : memento.getInteger("width" + i); //$NON-NLS-1$
            c.getColumn().setWidth(saved != null && saved.intValue() > 0 ? saved.intValue() : WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell(element, column);
                }

                @Override
                public Image getImage(Object element) {
                    if (column != 0) {
                        return null;
                    }
                    ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                    return images.getImage(element instanceof RuleFailure ? ISharedImages.IMG_OBJS_WARN_TSK
                            : ((Finding) element).isDetermined() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
                }
            });
        }
        details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setMargins(6, 4, 6, 4);
        sash.setWeights(66, 34);

        createActions();
        viewer.addSelectionChangedListener(e -> selectionChanged());
        viewer.addDoubleClickListener(e -> openCause.run());
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorTracker);
        IEditorPart active = getSite().getPage().getActiveEditor();
        show(active instanceof TraceEditor e ? e : null);
    }

    private void createActions() {
        copyAnswer = new Action(Messages.DiagnosisView_CopyAnswer) {
            @Override
            public void run() {
                selectedFinding().ifPresent(f -> TableCopy.copyText(viewer.getControl(), answer(f)));
            }
        };
        copyAnswer.setToolTipText(Messages.DiagnosisView_CopyAnswerTooltip);
        copyAnswer.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        openCause = new Action(Messages.DiagnosisView_OpenCause) {
            @Override
            public void run() {
                selectedFinding().ifPresent(DiagnosisView.this::openInCatalog);
            }
        };
        openCause.setToolTipText(Messages.DiagnosisView_OpenCauseTooltip);
        IAction copy = new Action(Messages.Common_Copy) {
            @Override
            public void run() {
                TableCopy.copy(viewer.getTable());
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        exportReport = new Action(Messages.DiagnosisView_ExportReport) {
            @Override
            public void run() {
                askAndExport();
            }
        };
        exportReport.setToolTipText(Messages.DiagnosisView_ExportReportTooltip);
        exportReport.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(copyAnswer);
        getViewSite().getActionBars().getToolBarManager().add(exportReport);
        getViewSite().getActionBars().getToolBarManager().add(openCause);
        // other bundles contribute here (Reproduce on Test Server, io.mailscope.testserver.ui)
        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(copyAnswer);
        menu.add(openCause);
        menu.add(exportReport);
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
    }

    /** Shows the diagnosis of {@code traceEditor} (null: no trace is open). */
    public void show(TraceEditor traceEditor) {
        editor = traceEditor;
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (editor == null) {
            header.setText(Messages.DiagnosisView_NoTrace);
            viewer.setInput(List.of());
            details.setText(""); //$NON-NLS-1$
        } else {
            Diagnosis diagnosis = editor.document().diagnosis();
            List<Object> rows = new ArrayList<>(diagnosis.getFindings());
            rows.addAll(diagnosis.getRuleFailures());
            viewer.setInput(rows);
            long determined = diagnosis.getFindings().stream().filter(Finding::isDetermined).count();
            header.setText(NLS.bind(Messages.DiagnosisView_Header, new Object[] { editor.document().name(),
                    editor.document().imported().format().name(), Long.valueOf(determined),
                    Integer.valueOf(diagnosis.getRuleFailures().size()) }));
            details.setText(diagnosis.getFindings().isEmpty() ? Messages.DiagnosisView_NoFinding : ""); //$NON-NLS-1$
            if (shownBefore.add(editor.document())) {
                // a trace shown for the first time opens on its main finding, its evidence selected in the editor
                diagnosis.getFindings().stream().filter(Finding::isDetermined).findFirst()
                        .ifPresent(f -> viewer.setSelection(new StructuredSelection(f), true));
            }
        }
        Optional<ThinTraceAdvice> advice = editor == null ? Optional.empty() : ThinTraceAdvice.of(editor.document().diagnosis());
        askNext.setText(advice.map(a -> a.ask() + " <a>" + Messages.DiagnosisView_AskCustomer + "</a>").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        askNext.setVisible(advice.isPresent());
        ((GridData) askNext.getLayoutData()).exclude = advice.isEmpty();
        header.getParent().layout();
        selectionChanged();
    }

    /** @return what the view says to ask the customer for next, or empty when the trace was enough to decide */
    public String askNextText() {
        return askNext.isVisible() ? askNext.getText() : ""; //$NON-NLS-1$
    }

    /** @return the findings shown */
    public List<Finding> findings() {
        return editor == null ? List.of() : List.copyOf(editor.document().diagnosis().getFindings());
    }

    /** @return the rule failures shown */
    public List<RuleFailure> ruleFailures() {
        return editor == null ? List.of() : List.copyOf(editor.document().diagnosis().getRuleFailures());
    }

    /** Selects a finding as a click does: its evidence is selected in the trace editor. */
    public void select(Finding finding) {
        viewer.setSelection(new StructuredSelection(finding), true);
    }

    /** @return the text "Copy Answer for the Customer" puts on the clipboard */
    public static String answer(Finding finding) {
        if (finding.getCause() != null) {
            return CustomerAnswer.forCause(finding.getCause());
        }
        return finding.getErrorCode() != null ? CustomerAnswer.forCode(finding.getErrorCode()) : finding.getSummary();
    }

    private java.util.Optional<Finding> selectedFinding() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Finding f ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    private void selectionChanged() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        copyAnswer.setEnabled(first instanceof Finding);
        exportReport.setEnabled(editor != null);
        openCause.setEnabled(first instanceof Finding f && f.getErrorCode() != null);
        if (first instanceof Finding finding) {
            details.setText(describe(finding));
            if (editor != null) {
                editor.revealEvidence(finding);
            }
        } else if (first instanceof RuleFailure failure) {
            details.setText(NLS.bind(Messages.DiagnosisView_RuleFailed, new Object[] { failure.getRuleId(), failure.getContributor(),
                    failure.getMessage() }));
        }
    }

    private String describe(Finding finding) {
        StringBuilder b = new StringBuilder();
        b.append(finding.getSummary()).append("\n\n"); //$NON-NLS-1$
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
            org.eclipse.ui.statushandlers.StatusManager.getManager().handle(e.getStatus(), org.eclipse.ui.statushandlers.StatusManager.SHOW);
        }
    }

    /** @return the report format of the settings; html when they cannot be read (the export asks anyway) */
    private static String preferredReportFormat() {
        try {
            return io.mailscope.diagnosis.settings.MailscopeSettings.load().reportFormat();
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.Platform.getLog(DiagnosisView.class).warn("Export Report: the settings cannot be read, offering HTML first: " + e.getMessage()); //$NON-NLS-1$
            return "html"; //$NON-NLS-1$
        }
    }

    private void askAndExport() {
        if (editor == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.DiagnosisView_ExportReport);
        // the format chosen in Window > Preferences > Mailscope comes first
        boolean jsonFirst = "json".equals(preferredReportFormat()); //$NON-NLS-1$
        String[] names = { Messages.DiagnosisView_ReportHtml, Messages.DiagnosisView_ReportJson };
        String[] extensions = { "*.html", "*.json" }; //$NON-NLS-1$ //$NON-NLS-2$
        if (jsonFirst) {
            java.util.Collections.reverse(java.util.Arrays.asList(names));
            java.util.Collections.reverse(java.util.Arrays.asList(extensions));
        }
        dialog.setFilterNames(names);
        dialog.setFilterExtensions(extensions);
        dialog.setFileName(editor.document().name() + (jsonFirst ? ".diagnosis.json" : ".diagnosis.html")); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        boolean json = target.toLowerCase(Locale.ROOT).endsWith(".json") || extensions[Math.max(0, dialog.getFilterIndex())].equals("*.json"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            exportReport(java.nio.file.Path.of(target), json);
        } catch (java.io.IOException e) {
            org.eclipse.ui.statushandlers.StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(
                    NLS.bind(Messages.DiagnosisView_ExportFailed, target, e.getMessage()), e),
                    org.eclipse.ui.statushandlers.StatusManager.LOG | org.eclipse.ui.statushandlers.StatusManager.SHOW);
        }
    }

    /**
     * Writes the report of the active trace with the renderers {@code mailscope diagnose} uses (io.mailscope.report):
     * HTML or JSON.
     */
    public void exportReport(java.nio.file.Path target, boolean json) throws java.io.IOException {
        var document = editor.document();
        java.nio.file.Path source = document.file() != null ? document.file() : java.nio.file.Path.of(document.name());
        DiagnosedFile result = DiagnosedFile.imported(source, document.imported().format(), document.diagnosis());
        // written next to the target first, so a failed export never leaves half a report under the chosen name
        java.nio.file.Path temporary = java.nio.file.Files.createTempFile(target.toAbsolutePath().getParent(), ".mailscope-report", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (java.io.PrintWriter out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(temporary, java.nio.charset.StandardCharsets.UTF_8))) {
                DiagnosisReport report = (json ? ReportFormat.JSON : ReportFormat.HTML).open(out, TextStyle.PLAIN, disabledRules());
                report.file(result);
                // the same exit code diagnose reports for one file: 1 when a failure was diagnosed
                report.finish(result.status() == DiagnosedFile.Status.DIAGNOSED ? 1 : 0);
                if (out.checkError()) {
                    throw new java.io.IOException("the report could not be written to " + temporary); //$NON-NLS-1$
                }
            }
            java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(temporary);
        }
    }

    /** @return the rules the settings turn off, named in the report as diagnose names them (none: unreadable settings) */
    private java.util.List<io.mailscope.report.DisabledRule> disabledRules() {
        try {
            return io.mailscope.diagnosis.settings.MailscopeSettings.load().disabledRules().stream().sorted().map(id -> {
                RuleInfo rule = rules().get(id);
                return new io.mailscope.report.DisabledRule(id, rule == null ? null : rule.name(), rule == null ? null : rule.contributor());
            }).toList();
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.Platform.getLog(DiagnosisView.class).warn("Export Report: the settings cannot be read: " + e.getMessage()); //$NON-NLS-1$
            return java.util.List.of();
        }
    }

    /** Opens the selected finding's cause in the Error Code Catalog (as a double-click does). */
    public void openSelectedCause() {
        openCause.run();
    }

    private String cell(Object element, int column) {
        if (element instanceof RuleFailure f) {
            return switch (column) {
                case 0 -> Messages.DiagnosisView_RuleFailure;
                case 2 -> orEmpty(f.getMessage());
                case 4 -> f.getRuleId();
                case 5 -> f.getContributor();
                default -> ""; //$NON-NLS-1$
            };
        }
        Finding finding = (Finding) element;
        RuleInfo rule = rules().get(finding.getRuleId());
        return switch (column) {
            case 0 -> finding.getErrorCode() == null ? "" : ErrorCodes.hex(finding.getErrorCode()); //$NON-NLS-1$
            case 1 -> finding.getErrorCode() == null ? "" : orEmpty(finding.getErrorCode().getSymbol()); //$NON-NLS-1$
            case 2 -> finding.getCause() != null ? orEmpty(finding.getCause().getTitle()) : finding.getCategory().getLiteral();
            case 3 -> String.format(Locale.ROOT, "%.0f%%", Double.valueOf(finding.getConfidence() * 100)); //$NON-NLS-1$
            case 4 -> rule != null ? rule.name() : orEmpty(finding.getRuleId());
            case 5 -> rule != null ? rule.contributor() : ""; //$NON-NLS-1$
            default -> finding.getEvidence().stream().map(e -> "L" + e.getFirstLine()).distinct().collect(Collectors.joining(" ")); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    @Override
    public void saveState(IMemento state) {
        super.saveState(state);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            for (int i = 0; i < TITLES.length; i++) {
                state.putInteger("width" + i, viewer.getTable().getColumn(i).getWidth()); //$NON-NLS-1$
            }
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
