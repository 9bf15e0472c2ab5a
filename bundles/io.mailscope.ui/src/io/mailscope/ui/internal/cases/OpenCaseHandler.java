package io.mailscope.ui.internal.cases;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.share.cases.CaseFiles;

/** File &gt; Open Case...: a case file's traces with their notes and bookmarks. */
public final class OpenCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText(Messages.OpenCase_Title);
        dialog.setFilterExtensions(new String[] { "*" + CaseFiles.EXTENSION, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        return chosen == null ? null : CaseWorkbench.open(Path.of(chosen));
    }
}
