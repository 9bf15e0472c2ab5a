package io.mailscope.ui.internal.editors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.mailscope.diagnosis.compare.TraceComparison;
import io.mailscope.ui.internal.traces.TraceDocument;

/** Two opened traces and their comparison (computed headless by {@link TraceComparison}). */
public record CompareTracesInput(TraceDocument left, TraceDocument right, TraceComparison comparison) implements IEditorInput {

    public static CompareTracesInput of(TraceDocument left, TraceDocument right) {
        return new CompareTracesInput(left, right, TraceComparison.compare(left.trace(), left.diagnosis(), right.trace(), right.diagnosis()));
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return left.name() + " \u2194 " + right.name(); //$NON-NLS-1$
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return left.location() + " \u2194 " + right.location(); //$NON-NLS-1$
    }
}
