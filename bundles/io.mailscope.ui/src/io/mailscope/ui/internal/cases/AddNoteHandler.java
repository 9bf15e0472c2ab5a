package io.mailscope.ui.internal.cases;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.share.cases.Bookmark;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.editors.TraceEditor;

/**
 * Add Note...: bookmarks the rows selected in the trace editor, or the evidence rows of the finding selected in the
 * Diagnosis view, with a note the engineer types, and shows them in the Case Notes view.
 */
public final class AddNoteHandler extends AbstractHandler {

    /** Longest excerpt of bookmarked rows kept (the rows stay in the trace; this only recognises them). */
    static final int EXCERPT_LENGTH = 200;

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(active instanceof TraceEditor editor)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.AddNote_Title, Messages.AddNote_NoTrace);
            return null;
        }
        Bookmark bookmark = bookmarkOf(selection instanceof IStructuredSelection s ? s.toList() : List.of(), editor);
        if (bookmark == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.AddNote_Title, Messages.AddNote_NothingSelected);
            return null;
        }
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.AddNote_Title,
                NLS.bind(Messages.AddNote_Prompt, bookmark.lineRange(), bookmark.excerpt()), "", null) { //$NON-NLS-1$
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL;
            }
        };
        if (dialog.open() != Window.OK) {
            return null;
        }
        CaseWorkbench.notes().add(editor.document(),
                new Bookmark(bookmark.firstLine(), bookmark.lastLine(), bookmark.excerpt(), dialog.getValue()));
        CaseNotesView.showIn(HandlerUtil.getActiveWorkbenchWindow(event));
        return null;
    }

    /**
     * @param selected the selection: rows of the trace editor, or findings of the Diagnosis view
     * @param editor the trace the rows belong to; when nothing is selected, its selected rows
     * @return the bookmark (note empty) of the selected rows or findings' evidence; null when nothing is selected
     */
    public static Bookmark bookmarkOf(List<?> selected, TraceEditor editor) {
        List<TraceRow> rows = selected.stream().filter(TraceRow.class::isInstance).map(TraceRow.class::cast).toList();
        if (rows.isEmpty() && selected.stream().noneMatch(Finding.class::isInstance)) {
            rows = editor.selectedRows();
        }
        if (!rows.isEmpty()) {
            int first = rows.stream().mapToInt(TraceRow::firstLine).min().orElseThrow();
            int last = rows.stream().mapToInt(TraceRow::lastLine).max().orElseThrow();
            return new Bookmark(first, Math.max(first, last), excerpt(rows.stream().map(TraceRow::text).toList()), ""); //$NON-NLS-1$
        }
        List<Finding> findings = selected.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
        List<Evidence> evidence = findings.stream().flatMap(f -> f.getEvidence().stream()).filter(e -> e.getFirstLine() > 0).toList();
        if (evidence.isEmpty()) {
            return null;
        }
        int first = evidence.stream().mapToInt(Evidence::getFirstLine).min().orElseThrow();
        int last = evidence.stream().mapToInt(e -> Math.max(e.getFirstLine(), e.getLastLine())).max().orElseThrow();
        String about = findings.stream().map(f -> ErrorCodes.hex(f.getErrorCode()) + " " + f.getSummary()).toList().toString(); //$NON-NLS-1$
        return new Bookmark(first, last, excerpt(List.of(about.substring(1, about.length() - 1))), ""); //$NON-NLS-1$
    }

    private static String excerpt(List<String> texts) {
        String joined = String.join(" | ", texts); //$NON-NLS-1$
        return joined.length() <= EXCERPT_LENGTH ? joined : joined.substring(0, EXCERPT_LENGTH - 1) + "\u2026"; //$NON-NLS-1$
    }
}
