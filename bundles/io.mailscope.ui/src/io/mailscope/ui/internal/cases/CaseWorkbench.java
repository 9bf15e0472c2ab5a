package io.mailscope.ui.internal.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.share.cases.CaseFiles;
import io.mailscope.share.cases.OpenedCase;
import io.mailscope.share.cases.TraceToSave;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceDocument;
import io.mailscope.ui.internal.traces.RecentTraces;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * Saves the open traces with the case notes as a case file, and opens case files: the traces are extracted into the
 * workbench's state folder and opened like any trace (import and diagnosis in a job), and their bookmarks join them.
 */
public final class CaseWorkbench {

    private CaseWorkbench() {
    }

    /** @return the trace editors of the page, in tab order */
    static List<TraceEditor> traceEditors(IWorkbenchPage page) {
        List<TraceEditor> editors = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(true) instanceof TraceEditor editor) {
                editors.add(editor);
            }
        }
        return editors;
    }

    /** @return the traces of the page's editors with their bookmarks, as the case file stores them */
    public static List<TraceToSave> tracesToSave(IWorkbenchPage page) {
        CaseNotes notes = notes();
        List<TraceToSave> traces = new ArrayList<>();
        for (TraceEditor editor : traceEditors(page)) {
            TraceDocument document = editor.document();
            if (!document.loaded()) {
                continue; // still being read, stopped or failed: its source lines are not known (see tracesNotRead)
            }
            TraceToSave.Content content = document.file() != null ? TraceToSave.fileContent(document.file()) : document.source()::openStream;
            traces.add(new TraceToSave(document.name(), document.location(), content, document.source()::hidesLine, notes.bookmarks(document)));
        }
        return traces;
    }

    /**
     * @return the names of the open traces a case cannot hold yet: still being read, or stopped or failed before their
     *         end (their source lines and diagnosis are not complete)
     */
    public static List<String> tracesNotRead(IWorkbenchPage page) {
        return traceEditors(page).stream().map(TraceEditor::document).filter(d -> !d.loaded()).map(TraceDocument::name).toList();
    }

    /** Writes the case (call off the UI thread with traces collected on it: {@link #tracesToSave}). */
    public static CaseFiles.SavedCase save(Path target, String caseNotes, List<TraceToSave> traces) throws IOException {
        return CaseFiles.write(target, caseNotes, traces, FrameworkUtil.getBundle(CaseWorkbench.class).getVersion().toString());
    }

    /**
     * Opens a case file in a job (of the trace-opening family, so waiting for opened traces includes it): reads it,
     * adds its notes to the case notes, and opens its traces, whose bookmarks join them. A damaged case is reported
     * with the file and the problem, and nothing changes; a part of it that is missing is reported and the rest opens.
     */
    public static Job open(Path caseFile) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Job job = new Job(NLS.bind(Messages.CaseWorkbench_Opening, caseFile.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                OpenedCase opened;
                try {
                    opened = ExtractedTraces.extract(caseFile, extractionPrefix(caseFile));
                } catch (IOException e) {
                    return Status.error(NLS.bind(Messages.CaseWorkbench_CannotOpen, caseFile, e.getMessage()), e);
                }
                // File > Recent Traces reopens the case, never the copies extracted from it (they go with their editors)
                RecentTraces.add(caseFile);
                display.asyncExec(() -> show(opened));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == TraceOpener.FAMILY;
            }
        };
        job.setUser(true);
        job.setRule(ExtractedTraces.rule()); // a cleanup of the extraction area never runs while the case is extracted
        job.schedule();
        return job;
    }

    /**
     * Opens what was chosen, dropped or named on the command line: case files with their notes and bookmarks, every
     * other path as traces (files, or folders with every file inside).
     */
    public static void openFilesOrCases(List<Path> paths) {
        List<Path> traces = paths.stream().filter(p -> !CaseFiles.isCaseFile(p)).toList();
        paths.stream().filter(CaseFiles::isCaseFile).forEach(CaseWorkbench::open);
        if (!traces.isEmpty()) {
            TraceOpener.openFiles(traces);
        }
    }

    private static void show(OpenedCase opened) {
        CaseNotes notes = notes();
        if (!opened.notes().isBlank()) {
            // the notes already typed are kept: opening a case never throws away what the engineer wrote
            notes.setNotes(notes.notes().isBlank() ? opened.notes() : notes.notes() + "\n\n" + opened.notes()); //$NON-NLS-1$
        }
        List<Path> files = new ArrayList<>();
        opened.traces().forEach(trace -> {
            notes.expect(trace.file(), trace.bookmarks());
            files.add(trace.file());
        });
        if (!files.isEmpty()) {
            // their editors' closing deletes the extracted copies
            ExtractedTraces.watch(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
            TraceOpener.openFiles(files, false);
        }
        for (String problem : opened.problems()) {
            StatusManager.getManager().handle(Status.warning(problem), StatusManager.LOG | StatusManager.SHOW);
        }
        CaseNotesView.showIn(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    /** @return the start of the name of the folder a case's traces are extracted to: when, and the case file's name */
    static String extractionPrefix(Path caseFile) {
        String stem = caseFile.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-")) + stem + "-"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static CaseNotes notes() {
        return PlatformUI.getWorkbench().getService(CaseNotes.class);
    }
}
