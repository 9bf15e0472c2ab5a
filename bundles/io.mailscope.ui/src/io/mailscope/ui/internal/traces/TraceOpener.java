package io.mailscope.ui.internal.traces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.model.Diagnosis;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.ui.internal.Messages;
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

    /** Opens files and every file inside the given folders (recursively), one editor each. */
    public static Job openFiles(List<Path> paths) {
        return schedule(NLS.bind(Messages.TraceOpener_OpeningFiles, Integer.valueOf(paths.size())), (monitor, opened) -> {
            List<Path> files = expand(paths);
            SubMonitor progress = SubMonitor.convert(monitor, files.size());
            List<IStatus> problems = new ArrayList<>();
            for (Path file : files) {
                progress.subTask(file.toString());
                try {
                    FileDiagnosis result = service(DiagnosisService.class).diagnose(file, ImportOptions.DEFAULT, progress.split(1));
                    opened.accept(TraceDocument.ofFile(file, result.importResult(), result.diagnosis()));
                    RecentTraces.add(file);
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
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void openEditor(TraceDocument document) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window == null) {
            return; // the workbench is closing
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            page.openEditor(new TraceEditorInput(document), TraceEditor.ID);
            page.showView(io.mailscope.ui.internal.views.DiagnosisView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(error(NLS.bind(Messages.TraceOpener_Failed, document.location(), e.getMessage()), e),
                    StatusManager.LOG | StatusManager.SHOW);
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
