package io.mailscope.ui.internal.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.share.cases.Bookmark;
import io.mailscope.ui.internal.actions.Actions;
import io.mailscope.ui.internal.actions.TableCopy;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.viewers.ColumnLabels;
import io.mailscope.ui.internal.viewers.ViewerColumns;

/**
 * Case Notes: the notes on the case as a whole (typed into the text field) and the bookmarks of the active trace, each
 * with its source lines, the bookmarked rows and the note. Double-click goes to the rows; Edit Note and Remove change
 * a bookmark. File &gt; Save Case As... keeps all of it with the traces.
 */
public final class CaseNotesView extends ViewPart {
    public static final String ID = "io.mailscope.ui.views.caseNotes"; //$NON-NLS-1$
    /** F1: the context in io.mailscope.help's contexts.xml. */
    static final String HELP_CONTEXT = "io.mailscope.ui.caseNotesView"; //$NON-NLS-1$
    /** Wide enough for a line range of six-digit line numbers. */
    private static final int LINES_MIN_WIDTH = 110;

    private Text notesText;
    private Label traceLabel;
    private TableViewer bookmarks;
    private TraceEditor editor;
    private CaseNotes notes;
    private boolean updatingNotes;
    private final Runnable refresh = this::refresh;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof TraceEditor traceEditor) {
                show(traceEditor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof TraceEditor closed) {
                notes.forget(closed.document()); // its rows are gone; keeping them would keep the trace's model
                if (closed == editor) {
                    show(activeTraceEditor());
                }
            }
        }
    };

    /** Shows the view (not activating it) in {@code window}; problems go to the Error Log. */
    static void showIn(IWorkbenchWindow window) {
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        notes = CaseWorkbench.notes();
        parent.setLayout(new GridLayout(1, false));
        new Label(parent, SWT.NONE).setText(Messages.CaseNotesView_CaseNotes);
        notesText = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        notesText.setMessage(Messages.CaseNotesView_CaseNotesHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(notesText);
        notesText.addModifyListener(e -> {
            if (!updatingNotes) {
                notes.setNotes(notesText.getText());
            }
        });
        traceLabel = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(traceLabel);
        Composite tableArea = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        bookmarks = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        bookmarks.getTable().setHeaderVisible(true);
        bookmarks.getTable().setLinesVisible(true);
        bookmarks.setContentProvider(ArrayContentProvider.getInstance());
        // the source lines in full ("132-133", "104857-104860"), the rows and the note share the rest
        column(columns, Messages.CaseNotesView_Lines, 10, LINES_MIN_WIDTH, Bookmark::lineRange);
        column(columns, Messages.CaseNotesView_Rows, 45, IDialogConstants.ENTRY_FIELD_WIDTH / 4, Bookmark::excerpt);
        column(columns, Messages.CaseNotesView_Note, 45, IDialogConstants.ENTRY_FIELD_WIDTH / 4, Bookmark::note);
        bookmarks.addDoubleClickListener(e -> selected().ifPresent(b -> editor.goToLine(b.firstLine())));
        createActions();
        notes.addListener(refresh);
        getSite().getPage().addPartListener(activation);
        getSite().setSelectionProvider(bookmarks);
        PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HELP_CONTEXT);
        show(activeTraceEditor());
    }

    private void createActions() {
        Action edit = Actions.of(Messages.CaseNotesView_EditNote, null, () -> selected().ifPresent(this::editNote));
        Action remove = Actions.of(Messages.CaseNotesView_Remove, null, () -> {
            for (Object b : ((IStructuredSelection) bookmarks.getSelection()).toList()) {
                notes.replace(editor.document(), (Bookmark) b, null);
            }
        });
        remove.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        // Copy (Ctrl+C, Edit menu, context menu): the selected bookmarks as tab-separated rows, or in the notes field
        // the text selected there
        Action copy = Actions.copy(getViewSite().getActionBars(), () -> {
            if (notesText.isFocusControl()) {
                notesText.copy();
            } else {
                TableCopy.copy(bookmarks.getTable());
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(remove);
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(edit);
        menu.add(remove);
        bookmarks.getTable().setMenu(menu.createContextMenu(bookmarks.getTable()));
    }

    private void editNote(Bookmark bookmark) {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.CaseNotesView_EditNote,
                NLS.bind(Messages.AddNote_Prompt, bookmark.lineRange(), bookmark.excerpt()), bookmark.note(), null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL;
            }
        };
        if (dialog.open() == Window.OK) {
            notes.replace(editor.document(), bookmark,
                    new Bookmark(bookmark.firstLine(), bookmark.lastLine(), bookmark.excerpt(), dialog.getValue()));
        }
    }

    private void column(TableColumnLayout layout, String title, int weight, int minimumWidth, Function<Bookmark, String> text) {
        ViewerColumns.add(bookmarks, layout, title, new ColumnWeightData(weight, minimumWidth),
                ColumnLabels.of(Bookmark.class, bookmark -> text.apply(bookmark).replace('\n', ' ')));
    }

    private Optional<Bookmark> selected() {
        Object first = ((IStructuredSelection) bookmarks.getSelection()).getFirstElement();
        return editor == null || !(first instanceof Bookmark b) ? Optional.empty() : Optional.of(b);
    }

    private TraceEditor activeTraceEditor() {
        IWorkbenchPart active = getSite().getPage().getActiveEditor();
        return active instanceof TraceEditor traceEditor ? traceEditor : null;
    }

    /** Shows the bookmarks of {@code traceEditor}'s trace (none: no trace is open). */
    public void show(TraceEditor traceEditor) {
        editor = traceEditor;
        refresh();
    }

    private void refresh() {
        if (notesText == null || notesText.isDisposed()) {
            return;
        }
        if (!notesText.getText().equals(notes.notes())) {
            updatingNotes = true;
            try {
                notesText.setText(notes.notes());
            } finally {
                updatingNotes = false;
            }
        }
        List<Bookmark> shown = editor == null ? List.of() : notes.bookmarks(editor.document());
        traceLabel.setText(editor == null ? Messages.CaseNotesView_NoTrace
                : NLS.bind(Messages.CaseNotesView_Bookmarks, editor.document().name(), Integer.valueOf(shown.size())));
        bookmarks.setInput(shown);
    }

    /** @return the bookmarks shown (tests) */
    public List<Bookmark> shownBookmarks() {
        return bookmarks.getTable().isDisposed() ? List.of()
                : Arrays.stream(bookmarks.getTable().getItems()).map(i -> (Bookmark) i.getData()).toList();
    }

    /** @return the notes field's text (tests) */
    public String notesText() {
        return notesText.getText();
    }

    @Override
    public void setFocus() {
        notesText.setFocus();
    }

    @Override
    public void dispose() {
        if (notes != null) {
            notes.removeListener(refresh);
        }
        getSite().getPage().removePartListener(activation);
        super.dispose();
    }
}
