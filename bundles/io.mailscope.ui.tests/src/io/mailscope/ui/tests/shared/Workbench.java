package io.mailscope.ui.tests.shared;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.ui.internal.SupportPerspective;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.ui.internal.views.DiagnosisView;

/** The running workbench, as tests drive it: files of testfiles/, waiting for opening jobs, finding the parts. */
public final class Workbench {

    private Workbench() {
    }

    /** @return a file of this bundle's testfiles/ folder */
    public static Path testFile(String name) {
        try {
            return Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(Workbench.class).getEntry("testfiles/" + name)).toURI()); //$NON-NLS-1$
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(name, e);
        }
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Shows the Support perspective with no editor open. */
    public static IWorkbenchPage resetPage() {
        IWorkbenchPage page = page();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SupportPerspective.ID));
        page.closeAllEditors(false);
        processEvents();
        return page;
    }

    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    /** Runs the event loop until {@code condition} holds (fails after {@code seconds}). */
    public static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out waiting: " + what); //$NON-NLS-1$
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5); // jobs may end without posting to the display, so do not display.sleep()
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits until every trace-opening job has finished and the editors they open are open. */
    public static void waitForOpening() {
        waitUntil("trace opening jobs", 120, () -> Job.getJobManager().find(TraceOpener.FAMILY).length == 0); //$NON-NLS-1$
        processEvents();
    }

    public static List<TraceEditor> traceEditors() {
        List<TraceEditor> editors = new ArrayList<>();
        for (IEditorReference ref : page().getEditorReferences()) {
            if (ref.getEditor(true) instanceof TraceEditor e) {
                editors.add(e);
            }
        }
        return editors;
    }

    public static TraceEditor traceEditor(String name) {
        return traceEditors().stream().filter(e -> e.document().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no trace editor " + name + " among " //$NON-NLS-1$ //$NON-NLS-2$
                        + traceEditors().stream().map(e -> e.document().name()).toList()));
    }

    /** @return the first control under {@code root} (itself included, depth first) of type {@code type} that {@code test} accepts */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static DiagnosisView diagnosisView() {
        DiagnosisView view = (DiagnosisView) page().findView(DiagnosisView.ID);
        assertNotNull(view, "the Diagnosis view is open"); //$NON-NLS-1$
        return view;
    }
}
