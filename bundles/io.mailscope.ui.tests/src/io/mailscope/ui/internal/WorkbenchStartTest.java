package io.mailscope.ui.internal;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.samples.FirstStart;
import io.mailscope.ui.internal.samples.SamplesView;

/** What the start of the workbench does: no missing theme asked for, and traces named on the command line come first. */
class WorkbenchStartTest {

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("io.mailscope.ui");

    @AfterEach
    void firstStartDone() throws Exception {
        preferences.putBoolean(FirstStart.SAMPLES_SHOWN, true);
        preferences.flush();
    }

    @Test
    void theStartAsksForNoThemeTheProductDoesNotShip() throws IOException {
        // the workbench of this test run started like ./mailscope does, with the product's customization
        Path log = Platform.getLogFileLocation().toFile().toPath();
        String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        assertFalse(logged.contains("not found; falling back to default theme"), "a missing theme was asked for:\n" + logged);
        assertFalse(Platform.getPreferencesService().getBoolean("org.eclipse.e4.ui.workbench.renderers.swt", "themeEnabled", true, null),
                "theming is off: no theme bundle ships with the product");
    }

    @Test
    void tracesNamedOnTheCommandLineOpenAndTheSamplesPageDoesNotCoverThem() throws Exception {
        resetPage();
        hideSamples();
        preferences.putBoolean(FirstStart.SAMPLES_SHOWN, false); // a newcomer's first start: ./mailscope seed.log

        new MailscopeWorkbenchAdvisor(List.of(testFile("outlook2002-pop3-0x800ccc97.log"))).postStartup();
        waitForOpening();
        processEvents();
        TraceEditor seed = traceEditor("outlook2002-pop3-0x800ccc97.log");
        assertSame(seed, page().getActiveEditor(), "the trace is the active editor");
        assertTrue(page().isPartVisible(seed), "the trace is in view");
        assertNull(page().findView(SamplesView.ID), "the Samples page does not open beside the trace");
        assertFalse(preferences.getBoolean(FirstStart.SAMPLES_SHOWN, false), "the Samples page still waits for a start without traces");

        // the first start without traces shows the Samples page, once
        new MailscopeWorkbenchAdvisor(List.of()).postStartup();
        processEvents();
        assertNotNull(page().findView(SamplesView.ID), "the Samples page opens on the first start without traces");
        assertTrue(preferences.getBoolean(FirstStart.SAMPLES_SHOWN, false));
        hideSamples();
        new MailscopeWorkbenchAdvisor(List.of()).postStartup();
        processEvents();
        assertNull(page().findView(SamplesView.ID), "and not again");
    }

    private static void hideSamples() {
        if (page().findView(SamplesView.ID) != null) {
            page().hideView(page().findView(SamplesView.ID));
        }
        processEvents();
    }
}
