package io.mailscope.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * File > Import > Mailscope Trace: files, folders (every file inside, recursively), or text pasted from a ticket or
 * the clipboard. Finishing starts the same import-and-diagnose job as File > Open Trace.
 */
public final class ImportTraceWizard extends Wizard implements IImportWizard {

    private ImportTracePage page;
    private org.eclipse.core.runtime.jobs.Job job;

    public ImportTraceWizard() {
        setWindowTitle(Messages.ImportTraceWizard_Title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // nothing to take from the selection: traces come from outside the workbench
    }

    @Override
    public void addPages() {
        page = new ImportTracePage();
        addPage(page);
    }

    /** @return the page (tests fill it as a user would) */
    public ImportTracePage page() {
        return page;
    }

    /** @return the job the last finish started, or null */
    public org.eclipse.core.runtime.jobs.Job job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        if (page.isPastedText()) {
            job = TraceOpener.openText(page.pastedName(), page.pastedText());
        } else {
            List<Path> paths = Arrays.stream(page.paths().split("[\\n;]")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList(); //$NON-NLS-1$
            job = TraceOpener.openFiles(paths);
        }
        return true;
    }
}
