package io.mailscope.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.DiagnosisService;

/** Help > About Mailscope names the version and the installed rule plug-ins. */
class AboutMailscopeActionTest {

    @Test
    void namesTheVersionAndEveryRulePlugin() {
        String text = AboutMailscopeAction.text(PlatformUI.getWorkbench().getService(DiagnosisService.class));
        String version = Platform.getBundle("io.mailscope.ui").getVersion().toString();
        assertTrue(text.contains(version), text);
        assertTrue(text.contains("io.mailscope.diagnosis " + Platform.getBundle("io.mailscope.diagnosis").getVersion()), text);
        assertTrue(text.contains("POP3 STAT counts messages that UIDL/LIST do not list"), text);
        // this test bundle contributes rules too, and is named like any other rule plug-in
        assertTrue(text.contains("io.mailscope.ui.tests "), text);
    }
}
