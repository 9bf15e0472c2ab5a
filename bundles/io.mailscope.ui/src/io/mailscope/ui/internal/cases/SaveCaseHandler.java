package io.mailscope.ui.internal.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.share.cases.CaseFiles;
import io.mailscope.share.cases.TraceToSave;

/**
 * File &gt; Save Case As...: every open trace with the case notes and the bookmarks, in one case file (written in a job
 * through a temporary file; the traces with every credential masked).
 */
public final class SaveCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        List<TraceToSave> traces = CaseWorkbench.tracesToSave(window.getActivePage());
        if (traces.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.SaveCase_Title, Messages.SaveCase_NoTraces);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.SaveCase_Title);
        dialog.setFilterExtensions(new String[] { "*" + CaseFiles.EXTENSION, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(traces.get(0).name().replaceFirst("\\.[^.]*$", "") + CaseFiles.EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path target = CaseFiles.isCaseFile(Path.of(chosen)) ? Path.of(chosen) : Path.of(chosen + CaseFiles.EXTENSION);
        if (!target.toString().equals(chosen) && Files.exists(target)
                && !MessageDialog.openQuestion(shell, Messages.SaveCase_Title, NLS.bind(Messages.SaveCase_Replace, target))) {
            return null;
        }
        return save(shell, target, CaseWorkbench.notes().notes(), traces);
    }

    /** Saves in a job; says what was saved, or why not. */
    public static Job save(Shell shell, Path target, String notes, List<TraceToSave> traces) {
        Job job = new Job(NLS.bind(Messages.SaveCase_Saving, target.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    CaseFiles.SavedCase saved = CaseWorkbench.save(target, notes, traces);
                    shell.getDisplay().asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openInformation(shell, Messages.SaveCase_Title, NLS.bind(Messages.SaveCase_Saved, new Object[] {
                                    target, Integer.valueOf(saved.traces()), Integer.valueOf(saved.bookmarks()), Integer.valueOf(saved.maskedLines()) }));
                        }
                    });
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    return Status.error(NLS.bind(Messages.SaveCase_Failed, target, e.getMessage()), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
