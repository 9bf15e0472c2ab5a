package io.mailscope.ui.internal.editors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** The trace editor's selection for the workbench (Properties view, handlers): the selected rows. */
final class RowSelectionProvider implements ISelectionProvider {

    private final TraceEditor editor;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    RowSelectionProvider(TraceEditor editor) {
        this.editor = editor;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(editor.selectedRows());
    }

    @Override
    public void setSelection(ISelection selection) {
        // rows are selected through the editor (goToLine, revealEvidence), which knows the filter
    }

    void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        listeners.forEach(l -> l.selectionChanged(event));
    }
}
