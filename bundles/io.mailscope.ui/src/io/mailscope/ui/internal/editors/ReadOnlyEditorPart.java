package io.mailscope.ui.internal.editors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that only shows: traces are never modified (the source file stays as the customer sent it). */
abstract class ReadOnlyEditorPart extends EditorPart {

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public final void doSaveAs() {
        // nothing to save
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
