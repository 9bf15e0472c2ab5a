package io.mailscope.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.ui.internal.editors.TraceEditor;

/** Go to Line... (Ctrl+L) in the active trace editor: the row read from that source line. */
public final class GoToLineHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TraceEditor editor) {
            editor.runGoToLine();
        }
        return null;
    }
}
