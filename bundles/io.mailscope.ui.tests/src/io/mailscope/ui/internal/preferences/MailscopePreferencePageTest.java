package io.mailscope.ui.internal.preferences;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.settings.MailscopeSettings;
import io.mailscope.model.Finding;
import io.mailscope.ui.internal.samples.SampleCase;
import io.mailscope.ui.internal.samples.SamplesView;

/** Window > Preferences > Mailscope: a rule turned off there gives no finding in the workbench. */
class MailscopePreferencePageTest {

    private static final String SMTP_AUTH_RULE = "io.mailscope.diagnosis.smtp.auth";

    @TempDir
    Path folder;
    private Path settingsFile;

    @BeforeEach
    void useATemporarySettingsFile() {
        settingsFile = folder.resolve("settings.properties");
        System.setProperty(MailscopeSettings.FILE_PROPERTY, settingsFile.toString());
        resetPage();
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(MailscopeSettings.FILE_PROPERTY);
    }

    @Test
    void aRuleTurnedOffInPreferencesGivesNoFindingInTheWorkbench() throws Exception {
        SampleCase authRequired = SampleCase.SEED_CASES.stream().filter(c -> c.code().equals("0x800CCC0B")).findFirst().orElseThrow();
        assertTrue(findingsOf(authRequired).stream().anyMatch(f -> SMTP_AUTH_RULE.equals(f.getRuleId())), "the rule finds the cause while it is on");
        page().closeAllEditors(false);

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page().getWorkbenchWindow().getShell(), MailscopePreferencePage.ID,
                new String[] { MailscopePreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            processEvents();
            MailscopePreferencePage preferences = (MailscopePreferencePage) dialog.getSelectedPage();
            RuleInfo rule = preferences.rules().stream().filter(r -> r.id().equals(SMTP_AUTH_RULE)).findFirst().orElseThrow();
            assertEquals("io.mailscope.diagnosis", rule.contributor(), "listed with its contributing bundle");
            preferences.setEnabled(SMTP_AUTH_RULE, false);
            assertTrue(preferences.performOk());
        } finally {
            dialog.close();
        }
        assertTrue(Files.exists(settingsFile), "written to the settings file the headless commands read");
        assertEquals(Set.of(SMTP_AUTH_RULE), MailscopeSettings.load(settingsFile).disabledRules());

        List<Finding> findings = findingsOf(authRequired);
        assertTrue(findings.stream().noneMatch(f -> SMTP_AUTH_RULE.equals(f.getRuleId())), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.getCause() != null && f.getCause().getId().equals("0x800CCC0B.auth-required")), findings.toString());
    }

    private static List<Finding> findingsOf(SampleCase sample) {
        assertNotNull(SamplesView.open(sample));
        waitForOpening();
        page().activate(traceEditor(sample.file()));
        processEvents();
        return diagnosisView().findings();
    }
}
