package io.mailscope.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.ui.internal.editors.TraceEditor;

/** Filter Rows (Ctrl+Shift+F): puts the cursor into the active trace editor's filter box. */
public final class FocusFilterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TraceEditor editor) {
            editor.focusFilter();
        }
        return null;
    }
}
