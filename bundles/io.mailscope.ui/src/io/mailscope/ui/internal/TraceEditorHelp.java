package io.mailscope.ui.internal;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.mailscope.ui.internal.editors.TraceEditor;

/** F1 in a trace editor opens the user guide's chapter on reading traces (context in io.mailscope.help's contexts.xml). */
final class TraceEditorHelp implements IPartListener2 {

    static final String CONTEXT = "io.mailscope.ui.traceEditor"; //$NON-NLS-1$

    private TraceEditorHelp() {
    }

    static void install(IWorkbenchWindow window) {
        window.getPartService().addPartListener(new TraceEditorHelp());
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof TraceEditor editor && editor.table() != null && !editor.table().isDisposed()) {
            PlatformUI.getWorkbench().getHelpSystem().setHelp(editor.table(), CONTEXT);
        }
    }
}
