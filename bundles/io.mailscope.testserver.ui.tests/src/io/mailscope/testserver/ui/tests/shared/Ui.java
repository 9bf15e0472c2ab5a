package io.mailscope.testserver.ui.tests.shared;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.testserver.ui.internal.TestServers;
import io.mailscope.ui.internal.SupportPerspective;
import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.ui.internal.views.DiagnosisView;

/** The running workbench as these tests drive it. */
public final class Ui {

    private Ui() {
    }

    public static Path testFile(String name) {
        try {
            return Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(Ui.class).getEntry("testfiles/" + name)).toURI()); //$NON-NLS-1$
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(name, e);
        }
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    public static TestServers servers() {
        TestServers servers = PlatformUI.getWorkbench().getService(TestServers.class);
        assertNotNull(servers, "the TestServers service is registered (DS)");
        return servers;
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
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits until every trace-opening job has finished. */
    public static void waitForOpening() {
        waitUntil("trace opening jobs", 120, () -> Job.getJobManager().find(TraceOpener.FAMILY).length == 0); //$NON-NLS-1$
        processEvents();
    }

    public static DiagnosisView diagnosisView() {
        DiagnosisView view = (DiagnosisView) page().findView(DiagnosisView.ID);
        assertNotNull(view, "the Diagnosis view is open"); //$NON-NLS-1$
        return view;
    }

    /** @return the first line a server sends on a fresh connection to {@code port}, with a socket of our own */
    public static String greeting(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) { //$NON-NLS-1$
            socket.setSoTimeout(20_000);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** @return true if nothing accepts connections on {@code port} */
    public static boolean refused(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) { //$NON-NLS-1$
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
