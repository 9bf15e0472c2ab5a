package io.mailscope.ui.internal.samples;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The first start of the workbench in an instance area (a new user, a fresh machine) shows the Samples page; later
 * starts restore whatever layout the engineer left, and Help > Samples brings it back. A start with traces on the command
 * line does not count: it shows those traces, and the Samples page waits for the first start without them.
 */
public final class FirstStart {

    /** Instance-scope preference of io.mailscope.ui, true once the Samples page was shown. */
    public static final String SAMPLES_SHOWN = "samples.shown"; //$NON-NLS-1$
    private static final String BUNDLE = "io.mailscope.ui"; //$NON-NLS-1$

    private FirstStart() {
    }

    public static void showSamplesOnce(IWorkbenchWindow window) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(BUNDLE);
        if (window == null || window.getActivePage() == null || preferences.getBoolean(SAMPLES_SHOWN, false)) {
            return;
        }
        try {
            window.getActivePage().showView(SamplesView.ID);
            preferences.putBoolean(SAMPLES_SHOWN, true);
            preferences.flush();
        } catch (PartInitException | BackingStoreException e) {
            // the next start shows the page again; nothing else depends on it
            Platform.getLog(FirstStart.class).log(new Status(IStatus.WARNING, BUNDLE, "The Samples page could not be shown on first start: " + e.getMessage(), e)); //$NON-NLS-1$
        }
    }
}
