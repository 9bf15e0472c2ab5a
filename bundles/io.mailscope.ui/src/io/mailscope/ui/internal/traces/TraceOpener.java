package io.mailscope.ui.internal.traces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.model.Diagnosis;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.rows.IndexedTraceRows;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.editors.EditorMessages;
import io.mailscope.ui.internal.editors.TraceEditor;

/**
 * Opens traces the way every entry point does (Open Trace, the import wizard, drag and drop, Recent Traces, files on
 * the command line): import and diagnosis run in one pass in a {@link Job} with progress and cancel, and the editor
 * opens on the UI thread when they are done. A file that cannot be imported is reported with what and where, and the
 * workbench stays as it was.
 */
public final class TraceOpener {

    /** Job family of every trace-opening job, for the Progress view and for tests that wait for them. */
    public static final Object FAMILY = TraceOpener.class;

    private TraceOpener() {
    }

    /** Opens files and every file inside the given folders (recursively), one editor each, remembered in Recent Traces. */
    public static Job openFiles(List<Path> paths) {
        return openFiles(paths, true);
    }

    /**
     * Opens files and every file inside the given folders (recursively), one editor each.
     *
     * @param remember false for files File &gt; Recent Traces should not offer (the copies extracted from a case file,
     *            deleted when their editors close: the case file is offered instead)
     */
    public static Job openFiles(List<Path> paths, boolean remember) {
        return schedule(NLS.bind(Messages.TraceOpener_OpeningFiles, Integer.valueOf(paths.size())), (monitor, opened) -> {
            List<Path> files = expand(paths);
            SubMonitor progress = SubMonitor.convert(monitor, files.size());
            List<IStatus> problems = new ArrayList<>();
            for (Path file : files) {
                progress.subTask(file.toString());
                try {
                    openIndexed(file, progress.split(1), opened, problems);
                    if (remember) {
                        RecentTraces.add(file);
                    }
                } catch (TraceImportException.Unrecognised e) {
                    problems.add(error(NLS.bind(Messages.TraceOpener_NotATrace, file, closest(e)), null));
                } catch (TraceImportException e) {
                    problems.add(error(NLS.bind(Messages.TraceOpener_CannotImport, file, e.getMessage()), null));
                } catch (IOException e) {
                    problems.add(error(NLS.bind(Messages.TraceOpener_CannotRead, file, describe(e)), e));
                }
            }
            return problems;
        });
    }

    /**
     * Opens a file through the record index: import and diagnosis in one pass on the index's thread, the rows paged
     * from the index. A file of at least {@link TraceDocument#PAGED_BYTES} gets its editor as soon as its first rows
     * are indexed (the format is known then) and its diagnosis when the import ends; a smaller one when it is read.
     * The monitor shows the bytes read. Cancelling before the editor opened closes the index; after, it stops the
     * import and leaves the rows read in the editor.
     */
    private static void openIndexed(Path file, IProgressMonitor monitor, Consumer<TraceDocument> opened, List<IStatus> problems)
            throws IOException, TraceImportException {
        long bytes = Files.size(file);
        SubMonitor progress = SubMonitor.convert(monitor, 1000);
        DiagnosisRun run = service(DiagnosisService.class).start();
        IndexedTraceRows rows = IndexedTraceRows.open(service(TraceImportService.class), TraceSource.of(file), ImportOptions.DEFAULT, run,
                null);
        TraceDocument early = null;
        boolean handedOver = false;
        try {
            ImportResult imported = null;
            int worked = 0;
            while (imported == null) {
                if (monitor.isCanceled()) {
                    if (early == null) {
                        throw new OperationCanceledException();
                    }
                    early.stopLoading(); // the editor keeps the rows read; the result below says the import stopped
                }
                try {
                    imported = rows.trace().result().get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (early == null && bytes >= TraceDocument.PAGED_BYTES && rows.size() > 0) {
                        // the format is known and rows can be paged: the engineer reads while the rest is imported
                        early = TraceDocument.loading(file, rows, bytes);
                        handedOver = true;
                        opened.accept(early);
                    }
                    if (early != null && early.closed()) {
                        return; // its editor was closed (or the file was open already): the import stopped with it
                    }
                    progress.subTask(NLS.bind(Messages.TraceOpener_Indexed, file.getFileName(), Long.valueOf(rows.size())));
                    int done = (int) Math.min(999, bytes > 0 ? 999L * rows.bytesRead() / bytes : 0);
                    if (done > worked) {
                        progress.worked(done - worked);
                        worked = done;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                } catch (ExecutionException e) {
                    if (early == null) {
                        rethrow(file, e.getCause());
                    }
                    endEarly(early, file, e.getCause(), problems);
                    return;
                }
            }
            if (early != null) {
                early.loaded(imported, run.finish(imported.trace()));
            } else {
                TraceDocument document = TraceDocument.ofIndexed(file, imported, run.finish(imported.trace()), rows, bytes);
                handedOver = true;
                opened.accept(document);
            }
        } finally {
            if (!handedOver) {
                rows.close(); // the editor closes the index it was given
            }
        }
    }

    /** The import of a trace whose editor is open stopped before the end: the editor keeps the rows read. */
    private static void endEarly(TraceDocument document, Path file, Throwable why, List<IStatus> problems) {
        if (document.closed()) {
            return; // the editor was closed, which stopped the import
        }
        String read = NLS.bind(EditorMessages.TraceOpener_RowsRead, Integer.valueOf(document.rows().size()),
                Long.valueOf(Math.max(0, document.bytesRead()) >> 20));
        if (why instanceof OperationCanceledException) {
            document.ended(TraceDocument.State.STOPPED, read);
            return;
        }
        String message = NLS.bind(Messages.TraceOpener_CannotImport, file, describe(why instanceof Exception ex ? ex : new IOException(why)))
                + " " + read; //$NON-NLS-1$
        document.ended(TraceDocument.State.FAILED, message);
        problems.add(error(message, why));
    }

    private static void rethrow(Path file, Throwable cause) throws IOException, TraceImportException {
        switch (cause) {
            case TraceImportException t -> throw t;
            case IOException io -> throw io;
            case RuntimeException r -> throw r;
            default -> throw new IOException(file + ": " + cause, cause); //$NON-NLS-1$
        }
    }

    /** Imports and diagnoses text pasted from a ticket or the clipboard. */
    public static Job openText(String name, String text) {
        return schedule(NLS.bind(Messages.TraceOpener_OpeningText, name), (monitor, opened) -> {
            try {
                ImportResult imported = service(TraceImportService.class).importText(name, text, ImportOptions.DEFAULT, null);
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Diagnosis diagnosis = service(DiagnosisService.class).diagnose(imported.trace());
                opened.accept(TraceDocument.ofText(name, text, imported, diagnosis));
                return List.of();
            } catch (TraceImportException.Unrecognised e) {
                return List.of(error(NLS.bind(Messages.TraceOpener_NotATrace, name, closest(e)), null));
            } catch (TraceImportException e) {
                return List.of(error(NLS.bind(Messages.TraceOpener_CannotImport, name, e.getMessage()), null));
            }
        });
    }

    @FunctionalInterface
    private interface Work {
        List<IStatus> run(IProgressMonitor monitor, Consumer<TraceDocument> opened) throws IOException;
    }

    private static Job schedule(String title, Work work) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Job job = new Job(title) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<IStatus> problems = work.run(monitor, document -> display.asyncExec(() -> openEditor(document)));
                    if (problems.isEmpty()) {
                        return Status.OK_STATUS;
                    }
                    // shown to the engineer (the job's result) and kept in the Error Log; nothing was opened for these
                    problems.forEach(p -> StatusManager.getManager().handle(p, StatusManager.LOG | StatusManager.SHOW));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    return error(NLS.bind(Messages.TraceOpener_Failed, title, describe(e)), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        // not a user job: the workbench would pop a modal progress dialog over the editor that opens while a large
        // trace is still read (and shows its own progress); the Progress view and the status line show it, with Cancel
        job.setUser(false);
        job.schedule();
        return job;
    }

    private static void openEditor(TraceDocument document) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window == null) {
            document.close();
            return; // the workbench is closing
        }
        IWorkbenchPage page = window.getActivePage();
        boolean shown = false;
        try {
            // the file open already keeps its editor and that editor's own index
            shown = page.openEditor(new TraceEditorInput(document), TraceEditor.ID) instanceof TraceEditor editor && editor.document() == document;
            page.showView(io.mailscope.ui.internal.views.DiagnosisView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(error(NLS.bind(Messages.TraceOpener_Failed, document.location(), e.getMessage()), e),
                    StatusManager.LOG | StatusManager.SHOW);
        } finally {
            if (!shown) {
                document.close(); // no editor shows it: an import still running stops, its temporary files go
            }
        }
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static <T> T service(Class<T> type) {
        T service = PlatformUI.getWorkbench().getService(type);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not available: is its bundle installed and started?"); //$NON-NLS-1$
        }
        return service;
    }

    private static String closest(TraceImportException.Unrecognised e) {
        return e.candidates().stream().limit(3).map(c -> String.format("%s %.0f%%", c.name(), Double.valueOf(c.confidence() * 100))) //$NON-NLS-1$
                .reduce((a, b) -> a + ", " + b).orElse("-"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static IStatus error(String message, Throwable t) {
        return Status.error(message, t);
    }
}
