package io.mailscope.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.mailscope.model.ErrorCode;
import io.mailscope.model.Family;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.CustomerAnswer;
import io.mailscope.model.catalog.ErrorCodeFilter;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.model.catalog.LookupResult;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;
import io.mailscope.ui.internal.viewers.ColumnLabels;
import io.mailscope.ui.internal.viewers.ViewerColumns;

/**
 * The Error Code Catalog: codes grouped by family, a filter that accepts any form of a code or words of its text,
 * a details pane with meaning, causes, checks and remedies, and "copy answer for the customer". Below the codes, the
 * "Server replies" branch lists the reply knowledge (status and response codes, reply and error texts) with what it
 * means, its cause and fix, and a link to the cause's code ({@link ReplyKnowledgeGroups}).
 * <p>
 * The view is part of the Support perspective, so it is created before the workbench window is shown: the catalog
 * (an EMF resource with its contributions) is loaded by a background job that starts when the view is first painted,
 * i.e. once the window is on the screen, and the tree is filled when it is ready, so the window neither waits for
 * the load nor shares the CPU with it while it opens. The methods that need the codes ({@link #setFilter},
 * {@link #visibleCodes}) start the load if the view was not painted yet and wait for it.
 */
public final class ErrorCodeCatalogView extends ViewPart {

    public static final String ID = "io.mailscope.ui.views.catalog"; //$NON-NLS-1$

    private CatalogService catalog;
    private Text filterText;
    private TreeViewer viewer;
    private StyledText details;
    private Action copyAnswer;
    /** Goes from a reply entry to the Outlook code of its cause. */
    private Action showCause;
    /** Completes when the catalog is loaded (exceptionally when it cannot be). */
    private final CompletableFuture<Void> catalogLoaded = new CompletableFuture<>();
    /** Whether the tree shows the loaded catalog; set on the UI thread. */
    private boolean filled;
    /** Whether the load job was scheduled; set on the UI thread. */
    private boolean loadStarted;
    private final Listener loadOnFirstPaint = e -> startLoading();

    @Override
    public void createPartControl(Composite parent) {
        // F1: the context in io.mailscope.help's contexts.xml
        PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "io.mailscope.ui.catalogView"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);

        filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(CatalogMessages.FilterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        addColumn(Messages.ErrorCodeCatalogView_ColumnCode, 200, e -> switch (e) {
            case ErrorCode c -> ErrorCodes.hex(c);
            case FamilyGroup g -> g.label();
            case ReplyKnowledgeGroups.Group g -> g.label();
            case ReplyKnowledge k -> ReplyKnowledgeGroups.code(k);
            default -> ""; //$NON-NLS-1$
        });
        addColumn(Messages.ErrorCodeCatalogView_ColumnSymbol, 300, e -> switch (e) {
            case ErrorCode c -> orEmpty(c.getSymbol());
            case ReplyKnowledge k -> ReplyKnowledgeGroups.cause(catalog, k);
            default -> ""; //$NON-NLS-1$
        });
        addColumn(Messages.ErrorCodeCatalogView_ColumnTitle, 420, e -> switch (e) {
            case ErrorCode c -> orEmpty(c.getTitle());
            case ReplyKnowledge k -> ReplyKnowledgeGroups.title(catalog, k);
            default -> ""; //$NON-NLS-1$
        });
        viewer.setContentProvider(new FamilyGroupContentProvider());

        details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setMargins(6, 4, 6, 4);
        sash.setWeights(35, 65);

        copyAnswer = Actions.of(Messages.ErrorCodeCatalogView_CopyAnswer, Messages.ErrorCodeCatalogView_CopyAnswerTooltip, () -> {
            selectedCode().map(CustomerAnswer::forCode).ifPresent(this::copyToClipboard);
            selectedReply().flatMap(k -> ReplyKnowledgeDetails.fix(catalog, k)).ifPresent(this::copyToClipboard);
        });
        copyAnswer.setEnabled(false);
        showCause = Actions.of(CatalogMessages.ShowCause, CatalogMessages.ShowCauseTooltip, () -> selectedReply().ifPresent(this::showCauseOf));
        showCause.setEnabled(false);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(copyAnswer);
        // Copy (Ctrl+C, Edit menu, context menu): the selected row as the columns show it, or in the filter its text
        Action copy = Actions.copy(getViewSite().getActionBars(), () -> {
            if (filterText.isFocusControl()) {
                filterText.copy();
            } else {
                TableCopy.copy(viewer.getTree());
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(copyAnswer);
        menu.add(showCause);
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));

        viewer.addSelectionChangedListener(e -> showDetails());
        viewer.addDoubleClickListener(e -> showCause.run());
        filterText.addModifyListener(e -> refresh());
        getSite().setSelectionProvider(viewer);
        details.setText(Messages.ErrorCodeCatalogView_Loading);
        details.addListener(SWT.Paint, loadOnFirstPaint);
    }

    /** Schedules the load of the catalog (once); on the UI thread. */
    private void startLoading() {
        if (loadStarted || details.isDisposed()) {
            return;
        }
        loadStarted = true;
        details.removeListener(SWT.Paint, loadOnFirstPaint);
        // looked up here, not in createPartControl: the lookup activates the catalog component and its bundle
        catalog = getSite().getService(CatalogService.class);
        Job load = Job.create(Messages.ErrorCodeCatalogView_LoadingJob, monitor -> {
            try {
                catalog.catalog();
                catalogLoaded.complete(null);
            } catch (RuntimeException e) {
                catalogLoaded.completeExceptionally(e);
            }
            return Status.OK_STATUS;
        });
        load.setSystem(true);
        load.schedule();
        var display = viewer.getControl().getDisplay();
        catalogLoaded.whenComplete((ignored, error) -> {
            if (!display.isDisposed()) {
                display.asyncExec(this::fillWhenLoaded);
            }
        });
    }

    /** Fills the tree once the catalog is loaded, or says why it cannot be; on the UI thread. */
    private void fillWhenLoaded() {
        if (filled || viewer.getControl().isDisposed() || !catalogLoaded.isDone()) {
            return;
        }
        filled = true;
        try {
            catalogLoaded.join();
        } catch (CompletionException e) {
            ILog.of(ErrorCodeCatalogView.class).error("The error code catalog could not be loaded", e.getCause()); //$NON-NLS-1$
            details.setText(NLS.bind(Messages.ErrorCodeCatalogView_LoadFailed, e.getCause()));
            return;
        }
        refresh();
    }

    /** Waits for the catalog (when the view was just created) and fills the tree with it; on the UI thread. */
    private void awaitCatalog() {
        startLoading();
        try {
            catalogLoaded.join();
        } catch (CompletionException e) {
            // said in the details pane by fillWhenLoaded
        }
        fillWhenLoaded();
    }

    private void addColumn(String title, int width, Function<Object, String> text) {
        ViewerColumns.add(viewer, title, width, ColumnLabels.of(Object.class, text));
    }

    /** Applies the filter text; used by the view itself and by tests. */
    public void setFilter(String query) {
        awaitCatalog();
        filterText.setText(query);
        refresh();
    }

    /** @return the codes currently shown, in display order */
    public List<ErrorCode> visibleCodes() {
        awaitCatalog();
        List<ErrorCode> codes = new ArrayList<>();
        for (Object group : ((FamilyGroupContentProvider) viewer.getContentProvider()).getElements(viewer.getInput())) {
            if (group instanceof FamilyGroup family) {
                codes.addAll(family.codes());
            }
        }
        return codes;
    }

    /** @return the reply knowledge entries currently shown under "Server replies", in display order */
    public List<ReplyKnowledge> visibleReplies() {
        awaitCatalog();
        List<ReplyKnowledge> replies = new ArrayList<>();
        for (Object group : ((FamilyGroupContentProvider) viewer.getContentProvider()).getElements(viewer.getInput())) {
            if (group instanceof ReplyKnowledgeGroups.Group g) {
                g.children().forEach(kind -> ((ReplyKnowledgeGroups.Group) kind).children().forEach(k -> replies.add((ReplyKnowledge) k)));
            }
        }
        return replies;
    }

    /** Selects a shown entry, as a click in the tree does; for tests and links. */
    public void select(Object element) {
        viewer.setSelection(new StructuredSelection(element), true);
    }

    /** Runs "Show the Cause's Code" on the current selection, as a double-click does. */
    public void showCauseForSelection() {
        showCause.run();
    }

    /** @return the selected element: an error code, a reply knowledge entry or a group, or null */
    public Object selection() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    /**
     * Filters to the Outlook code of the entry's cause, as the Diagnosis view's "Open Cause in Catalog" does: the code is
     * selected with its causes and remedies, and the reply entries that lead to it are listed below it.
     */
    private void showCauseOf(ReplyKnowledge entry) {
        ReplyKnowledgeDetails.cause(catalog, entry).map(c -> c.getErrorCode()).filter(c -> c != null)
                .ifPresent(code -> filterText.setText(ErrorCodes.hex(code))); // the modify listener refreshes
    }

    /** Runs "Copy Answer for the Customer" on the current selection, as the toolbar button does. */
    public void copyAnswerForSelection() {
        copyAnswer.run();
    }

    /** @return the text of the details pane */
    public String detailsText() {
        return details.getText();
    }

    private void refresh() {
        if (!filled || catalogLoaded.isCompletedExceptionally()) {
            return; // filled with the filter text typed so far once the catalog is loaded
        }
        ErrorCodeFilter filter = new ErrorCodeFilter(filterText.getText(), catalog::lookup);
        Map<Family, List<ErrorCode>> groups = new TreeMap<>();
        for (ErrorCode code : catalog.catalog().getCodes()) {
            if (filter.matches(code)) {
                groups.computeIfAbsent(code.getFamily(), f -> new ArrayList<>()).add(code);
            }
        }
        List<FamilyGroup> families = groups.entrySet().stream().map(e -> new FamilyGroup(e.getKey(),
                e.getValue().stream().sorted((a, b) -> Integer.compareUnsigned(a.getValue(), b.getValue())).toList())).toList();
        List<Object> input = new ArrayList<>(families);
        var replies = ReplyKnowledgeGroups.build(catalog, filterText.getText());
        replies.ifPresent(input::add);
        viewer.setInput(input);
        if (!filter.isEmpty() || input.size() == 1) {
            viewer.expandAll();
        }
        autoSelection(filter, families, replies.isPresent()).ifPresent(this::select);
        showDetails();
    }

    private Optional<ErrorCode> selectedCode() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof ErrorCode code ? Optional.of(code) : Optional.empty();
    }

    /**
     * @return what a filter that names one thing selects: the Outlook code it names, else the reply entry that decides
     *         a pasted reply's cause (as the diagnosis would take it), else the only code or reply shown
     */
    private Optional<Object> autoSelection(ErrorCodeFilter filter, List<FamilyGroup> families, boolean repliesShown) {
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        String query = filterText.getText();
        boolean namesCode = catalog.lookup(query) instanceof LookupResult.Catalogued;
        if (!namesCode && repliesShown) {
            var decides = catalog.replies().match(query);
            if (decides.isPresent()) {
                return Optional.of(decides.get().entry());
            }
        }
        if (families.size() == 1 && families.get(0).codes().size() == 1) {
            return Optional.of(families.get(0).codes().get(0));
        }
        if (families.isEmpty() && repliesShown) {
            List<ReplyKnowledge> shown = visibleReplies();
            return shown.size() == 1 ? Optional.of(shown.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<ReplyKnowledge> selectedReply() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof ReplyKnowledge k ? Optional.of(k) : Optional.empty();
    }

    private void showDetails() {
        var selected = selectedCode();
        var reply = selectedReply();
        copyAnswer.setEnabled(selected.isPresent() || reply.flatMap(k -> ReplyKnowledgeDetails.fix(catalog, k)).isPresent());
        showCause.setEnabled(reply.flatMap(k -> ReplyKnowledgeDetails.cause(catalog, k)).isPresent());
        if (reply.isPresent()) {
            ReplyKnowledgeDetails.render(catalog, reply.get(), details);
            return;
        }
        if (selected.isEmpty()) {
            String text = NLS.bind(CatalogMessages.CatalogSize, Integer.valueOf(catalog.catalog().getCodes().size()),
                    Integer.valueOf(catalog.catalog().getKnowledge().size()));
            int problems = catalog.problems().size();
            if (problems > 0) {
                text += "\n\n" + NLS.bind(Messages.ErrorCodeCatalogView_RejectedContributions, Integer.valueOf(problems)); //$NON-NLS-1$
            }
            details.setText(text);
            return;
        }
        ErrorCodeDetails.render(selected.get(), details);
    }

    private void copyToClipboard(String answer) {
        TableCopy.copyText(viewer.getControl(), answer);
    }

    @Override
    public void setFocus() {
        filterText.setFocus();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    /** One family node in the tree. */
    record FamilyGroup(Family family, List<ErrorCode> codes) {
        String label() {
            return family.getLiteral() + " (" + codes.size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static final class FamilyGroupContentProvider extends ArrayContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getChildren(Object parentElement) {
            return switch (parentElement) {
                case FamilyGroup g -> g.codes().toArray();
                case ReplyKnowledgeGroups.Group g -> g.children().toArray();
                default -> new Object[0];
            };
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof FamilyGroup g && !g.codes().isEmpty()
                    || element instanceof ReplyKnowledgeGroups.Group r && !r.children().isEmpty();
        }

        @Override
        public Object[] getElements(Object inputElement) {
            return inputElement instanceof List<?> list ? list.toArray() : Arrays.asList().toArray();
        }
    }
}
