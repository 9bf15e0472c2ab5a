package io.mailscope.diagnosis.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.model.Diagnosis;
import io.mailscope.trace.ImportOptions;

/**
 * The settings file the workbench's preferences write and every diagnosis reads, through the DS service on the path
 * {@code ./mailscope diagnose FILE} takes (import a file and diagnose it in one pass).
 */
class MailscopeSettingsTest {

    private static final String SMTP_AUTH_RULE = "io.mailscope.diagnosis.smtp.auth";
    private static final String AUTH_REQUIRED = "0x800CCC0B.auth-required";

    @TempDir
    Path folder;
    private Path settingsFile;
    private Path trace;

    @BeforeEach
    void useATemporarySettingsFile() throws IOException {
        settingsFile = folder.resolve("config/mailscope/settings.properties");
        System.setProperty(MailscopeSettings.FILE_PROPERTY, settingsFile.toString());
        trace = folder.resolve("smtp-auth-required.txt");
        Files.writeString(trace, Transcripts.read("smtp-auth-required.txt"), StandardCharsets.UTF_8);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(MailscopeSettings.FILE_PROPERTY);
    }

    @Test
    void aRuleTurnedOffGivesNoFindingInTheNextDiagnosis() throws Exception {
        DiagnosisService service = Diagnoses.service(DiagnosisService.class);
        Diagnosis before = diagnose(service);
        assertTrue(before.getFindings().stream().anyMatch(f -> f.getRuleId().equals(SMTP_AUTH_RULE) && f.getCause() != null
                && f.getCause().getId().equals(AUTH_REQUIRED)), Diagnoses.describe(before));

        MailscopeSettings.DEFAULTS.withDisabledRules(Set.of(SMTP_AUTH_RULE)).save();
        Diagnosis after = diagnose(service);
        assertTrue(after.getFindings().stream().noneMatch(f -> f.getRuleId().equals(SMTP_AUTH_RULE)), Diagnoses.describe(after));
        assertTrue(after.getFindings().stream().noneMatch(f -> f.getCause() != null && f.getCause().getId().equals(AUTH_REQUIRED)),
                Diagnoses.describe(after));

        MailscopeSettings.DEFAULTS.save();
        assertTrue(diagnose(service).getFindings().stream().anyMatch(f -> f.getRuleId().equals(SMTP_AUTH_RULE)), "turned on again");
    }

    @Test
    void anUnreadableSettingsFileStopsTheDiagnosisInsteadOfRunningRulesThatAreOff() throws Exception {
        Files.createDirectories(settingsFile.getParent());
        Files.writeString(settingsFile, "rules.disabled = " + SMTP_AUTH_RULE + "\nimport.keepAllExchanges = sometimes\n");
        DiagnosisService service = Diagnoses.service(DiagnosisService.class);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> diagnose(service));
        assertTrue(e.getMessage().contains(settingsFile.toString()) && e.getMessage().contains("import.keepAllExchanges"), e.getMessage());
    }

    /** Each problem names the file, the line the engineer has to fix, and what is wrong there. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "# comment\\n\\nrules.disabeld = io.mailscope.diagnosis.tls\\n|3|unknown setting 'rules.disabeld' (known: import.keepAllExchanges, report.format, rules.disabled)", //
            "rules.disabled = a.rule\\nreport.format = pdf\\n|2|report.format must be one of [html, json], not 'pdf'", //
            "! old style comment\\nrules.disabled = a.rule, \\\\\\n   b.rule\\nimport.keepAllExchanges:yes\\n|4|import.keepAllExchanges must be true or false, not 'yes'", //
            "report.format = html\\nrules.disabled = io.mailscope.diagnosis.tls; io.mailscope.diagnosis.connection\\n|2|rules.disabled holds 'io.mailscope.diagnosis.tls;', which is no rule id", //
            "report.format = html\\nrules.disabled = \\\\u00zz\\n|2|Malformed \\uxxxx encoding." })
    void anInvalidFileIsRejectedWithItsLineAndProblem(String text, int line, String problem) throws IOException {
        Files.createDirectories(settingsFile.getParent());
        Files.writeString(settingsFile, text.replace("\\n", "\n").replace("\\\\", "\\"), StandardCharsets.UTF_8);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> MailscopeSettings.load(settingsFile));
        assertEquals(settingsFile, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().startsWith(problem), e.problem());
        assertTrue(e.getMessage().startsWith(settingsFile + ", line " + line + ": "), e.getMessage());
    }

    @Test
    void continuedRuleListsAndCommentsAreRead() throws IOException {
        Files.createDirectories(settingsFile.getParent());
        Files.writeString(settingsFile, "# rules.bogus = x\nrules.disabled = a.rule, \\\n    b.rule\nreport.format = JSON\n");
        assertEquals(new MailscopeSettings(Set.of("a.rule", "b.rule"), false, "json"), MailscopeSettings.load(settingsFile));
    }

    @Test
    void aFileInAnotherEncodingIsRejectedWithoutGuessing() throws IOException {
        Files.createDirectories(settingsFile.getParent());
        Files.write(settingsFile, "rules.disabled = r\u00e8gle\n".getBytes(StandardCharsets.ISO_8859_1));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> MailscopeSettings.load(settingsFile));
        assertTrue(e.problem().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void savedSettingsReadBackAndAMissingFileMeansTheDefaults() throws IOException {
        assertEquals(MailscopeSettings.DEFAULTS, MailscopeSettings.load());
        MailscopeSettings settings = new MailscopeSettings(Set.of("a.rule", "b.rule"), true, "json");
        settings.save();
        assertEquals(settings, MailscopeSettings.load(settingsFile));
        String text = Files.readString(settingsFile);
        assertTrue(text.contains("rules.disabled = a.rule, b.rule"), text);
    }

    @Test
    void theDefaultFileIsUnderTheUsersConfigFolder() {
        System.clearProperty(MailscopeSettings.FILE_PROPERTY);
        Path file = MailscopeSettings.file();
        assertTrue(file.endsWith(Path.of("mailscope", "settings.properties")), file.toString());
    }

    private Diagnosis diagnose(DiagnosisService service) throws Exception {
        return service.diagnose(trace, ImportOptions.DEFAULT, null).diagnosis();
    }
}
