package io.mailscope.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.editors.CompareTracesEditor;
import io.mailscope.ui.internal.editors.CompareTracesInput;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceDocument;

/**
 * Compare Traces: the active trace against another open one (asked for when more than one other is open), side by
 * side in a compare editor.
 */
public final class CompareTracesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        List<TraceDocument> open = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(true) instanceof TraceEditor editor && editor.document().loaded()) {
                // a trace still being read (or stopped) has no trace model to align yet
                open.add(editor.document());
            }
        }
        if (open.size() < 2) {
            MessageDialog.openInformation(window.getShell(), Messages.CompareTracesHandler_Title, Messages.CompareTracesHandler_NeedTwo);
            return null;
        }
        TraceDocument left = page.getActiveEditor() instanceof TraceEditor active && open.contains(active.document()) ? active.document() : open.get(0);
        open.remove(left);
        TraceDocument right = open.get(0);
        if (open.size() > 1) {
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((TraceDocument) element).location();
                }
            });
            dialog.setTitle(Messages.CompareTracesHandler_Title);
            dialog.setMessage(NLS.bind(Messages.CompareTracesHandler_Choose, left.name()));
            dialog.setElements(open.toArray());
            if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
                return null;
            }
            right = (TraceDocument) dialog.getFirstResult();
        }
        return compare(page, left, right);
    }

    /** Opens the compare editor for two traces. */
    public static CompareTracesEditor compare(IWorkbenchPage page, TraceDocument left, TraceDocument right) {
        try {
            return (CompareTracesEditor) page.openEditor(CompareTracesInput.of(left, right), CompareTracesEditor.ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(),
                    StatusManager.LOG | StatusManager.SHOW);
            return null;
        }
    }
}
