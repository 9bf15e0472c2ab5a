package io.mailscope.ui.internal.samples;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Finding;

/** The Samples page: Help > Samples shows it, and each seed case opens in one click with its finding in the Diagnosis view. */
class SamplesViewTest {

    /** The seed cases of the mission: file, error code and the cause the diagnosis must name. */
    private record Seed(String file, int code, String causeId) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("outlook2002-pop3-0x800ccc97.log", 0x800CCC97, "0x800CCC97.server-bug.hidden-control-message"),
            new Seed("telnet-pop3-0x800ccc0f.txt", 0x800CCC0F, "0x800CCC0F.connection-dropped-after-greeting"),
            new Seed("smtp-auth-required-0x800ccc0b.txt", 0x800CCC0B, "0x800CCC0B.auth-required"));

    @Test
    void theFirstStartOfThisWorkspaceShowedTheSamplesPage() {
        // the test runtime starts with a new instance area, like a newcomer's first start
        assertTrue(InstanceScope.INSTANCE.getNode("io.mailscope.ui").getBoolean(FirstStart.SAMPLES_SHOWN, false),
                "the Samples page was shown on first start");
    }

    @Test
    void helpSamplesReopensThePageAndEachSeedCaseOpensWithItsFinding() throws Exception {
        resetPage();
        if (page().findView(SamplesView.ID) != null) {
            page().hideView(page().findView(SamplesView.ID));
        }
        processEvents();
        assertNull(page().findView(SamplesView.ID));

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.mailscope.ui.commands.showSamples", null);
        processEvents();
        SamplesView samples = (SamplesView) page().findView(SamplesView.ID);
        assertNotNull(samples, "Help > Samples shows the Samples page");

        List<Button> buttons = samples.openButtons();
        assertEquals(SEEDS.size(), buttons.size(), "one button per seed case");
        for (int i = 0; i < SEEDS.size(); i++) {
            Seed seed = SEEDS.get(i);
            Button button = buttons.get(i);
            assertTrue(button.getText().contains(Integer.toHexString(seed.code()).toUpperCase()), button.getText());
            button.notifyListeners(SWT.Selection, null);
            waitForOpening();
            assertNotNull(traceEditor(seed.file()), "the trace editor of " + seed.file());
            waitUntil(seed.file() + ": the Diagnosis view shows " + seed.causeId(), 30, () -> diagnosisView().findings().stream()
                    .anyMatch(f -> isFinding(f, seed)));
            Finding finding = diagnosisView().findings().stream().filter(f -> isFinding(f, seed)).findFirst().orElseThrow();
            assertTrue(finding.isDetermined(), finding.toString());
            assertTrue(!finding.getEvidence().isEmpty(), seed.file() + ": the finding has evidence lines");
        }
    }

    private static boolean isFinding(Finding finding, Seed seed) {
        return finding.getErrorCode() != null && finding.getErrorCode().getValue() == seed.code() && finding.getCause() != null
                && seed.causeId().equals(finding.getCause().getId());
    }
}
