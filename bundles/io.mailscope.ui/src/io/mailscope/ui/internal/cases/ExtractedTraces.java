package io.mailscope.ui.internal.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.share.cases.CaseExtractionArea;
import io.mailscope.share.cases.OpenedCase;
import io.mailscope.ui.internal.editors.TraceEditor;

/**
 * The traces extracted from opened case files into the workbench's state area ({@code .metadata/.plugins/io.mailscope.ui/cases}),
 * and their cleanup: a trace is deleted when its editor closes, what an earlier run left behind (it crashed or was
 * killed with traces of a case open) at the next start, before the first case of the run is opened, and the rest when
 * the workbench exits. Only files Mailscope extracted and nobody changed are deleted ({@link CaseExtractionArea}).
 */
public final class ExtractedTraces {

    private static final ILog LOG = ILog.of(ExtractedTraces.class);
    /** Extractions, releases and cleanups take turns: a cleanup never runs while a case is being extracted. */
    private static final ISchedulingRule TURN = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    private static final Set<IWorkbenchPage> WATCHED = Collections.newSetFromMap(new WeakHashMap<>());
    private static boolean leftoversCleaned;

    private ExtractedTraces() {
    }

    /** @return the scheduling rule of every job that extracts or deletes traces of cases */
    static ISchedulingRule rule() {
        return TURN;
    }

    /** @return the area of this workspace */
    public static CaseExtractionArea area() {
        return new CaseExtractionArea(Platform.getStateLocation(FrameworkUtil.getBundle(ExtractedTraces.class)).toPath().resolve("cases")); //$NON-NLS-1$
    }

    /** Extracts a case (in a job holding {@link #rule()}), after removing what an earlier run left behind. */
    static OpenedCase extract(Path caseFile, String folderPrefix) throws IOException {
        cleanLeftoversOnce();
        return area().open(caseFile, folderPrefix);
    }

    /**
     * Removes what an earlier run of the workbench left in the area; once per run, before the first case of the run is
     * extracted (later, the area holds this run's traces).
     */
    public static synchronized void cleanLeftoversOnce() {
        if (leftoversCleaned) {
            return;
        }
        leftoversCleaned = true;
        cleanAll("at start"); //$NON-NLS-1$
    }

    /** Deletes every extracted trace nobody changed (at exit, when no editor shows one any more). */
    public static synchronized void cleanAll(String when) {
        try {
            report(area().cleanAll(), when);
        } catch (IOException e) {
            LOG.warn("Extracted traces of case files could not be removed " + when + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Deletes the extracted trace of an editor that closed, in the background, unless another editor still shows it. */
    static void watch(IWorkbenchPage page) {
        if (page != null && WATCHED.add(page)) {
            page.addPartListener(new IPartListener2() {
                @Override
                public void partClosed(IWorkbenchPartReference reference) {
                    if (reference.getPart(false) instanceof TraceEditor editor && editor.document().file() != null) {
                        Path file = editor.document().file();
                        if (area().holds(file) && !shownElsewhere(file, editor)) {
                            release(file);
                        }
                    }
                }
            });
        }
    }

    private static boolean shownElsewhere(Path file, TraceEditor closed) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                if (CaseWorkbench.traceEditors(page).stream().anyMatch(e -> e != closed && file.equals(e.document().file()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void release(Path file) {
        Job job = new Job("Removing " + file.getFileName()) { //$NON-NLS-1$
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    report(area().release(file), "after its editor closed"); //$NON-NLS-1$
                } catch (IOException e) {
                    LOG.warn("The trace extracted from a case file could not be removed: " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(TURN);
        job.schedule();
    }

    private static void report(CaseExtractionArea.Cleanup cleanup, String when) {
        // kept files are the engineer's: worth a line in the Error Log, never an error
        cleanup.kept().forEach(k -> LOG.info("Kept in the case extraction folder " + when + ": " + k)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
