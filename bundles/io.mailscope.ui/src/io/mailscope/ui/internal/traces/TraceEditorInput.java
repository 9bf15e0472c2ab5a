package io.mailscope.ui.internal.traces;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The input of a trace editor: an opened {@link TraceDocument}. Two inputs are equal when they show the same file. */
public final class TraceEditorInput implements IEditorInput {

    private final TraceDocument document;

    public TraceEditorInput(TraceDocument document) {
        this.document = document;
    }

    public TraceDocument document() {
        return document;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(document) ? adapter.cast(document) : null;
    }

    @Override
    public boolean exists() {
        return false; // not offered in the "recently used" list of the workbench; File > Recent Traces keeps files
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return document.name();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        // the format is named by the import's result, there once the whole trace is read
        return document.imported() == null ? document.location() : document.location() + " \u2014 " + document.imported().format().name(); //$NON-NLS-1$
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof TraceEditorInput other && document.file() != null && Objects.equals(document.file(), other.document.file());
    }

    @Override
    public int hashCode() {
        return document.file() == null ? System.identityHashCode(document) : document.file().hashCode();
    }
}
