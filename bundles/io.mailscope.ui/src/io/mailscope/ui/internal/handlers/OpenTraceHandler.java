package io.mailscope.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.ui.internal.Messages;
import io.mailscope.share.cases.CaseFiles;
import io.mailscope.ui.internal.cases.CaseWorkbench;
import io.mailscope.ui.internal.traces.TraceOpener;

/** File > Open Trace... (Ctrl+O): asks for one or more files and opens each in a trace editor. */
public final class OpenTraceHandler extends AbstractHandler {

    /** The id of the command, also used by tests that run it through the handler service. */
    public static final String COMMAND_ID = "io.mailscope.ui.commands.openTrace"; //$NON-NLS-1$
    /** Parameter with the path to open instead of asking (one file or folder); used by scripts and tests. */
    public static final String PATH_PARAMETER = "io.mailscope.ui.commands.openTrace.path"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        String given = event.getParameter(PATH_PARAMETER);
        if (given != null && !given.isBlank()) {
            return TraceOpener.openFiles(List.of(Path.of(given)));
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.OpenTraceHandler_Title);
        dialog.setFilterNames(new String[] { Messages.OpenTraceHandler_FilterLogs, Messages.OpenTraceHandler_FilterAll });
        dialog.setFilterExtensions(new String[] { "*.log;*.txt;*.LOG;*.TXT", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        if (dialog.open() == null) {
            return null;
        }
        List<Path> files = Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).toList();
        if (files.stream().anyMatch(CaseFiles::isCaseFile)) {
            CaseWorkbench.openFilesOrCases(files); // a case file chosen here opens as a case, as File > Open Case does
            return null;
        }
        return TraceOpener.openFiles(files);
    }
}
