package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.diagnosis.settings.MailscopeSettings;
import io.mailscope.headless.internal.CommandLineTest.Run;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeApplication;
import io.mailscope.trace.TraceImportService;
import io.mailscope.tests.harness.Services;

/**
 * {@code mailscope diagnose} with the engineer's settings file, end to end in the OSGi runtime with the installed rules:
 * it says which rules the settings turned off (standard error, the JSON field {@code disabledRules}), and an invalid
 * settings file stops it before any diagnosis with a message naming the file, the line and the problem (exit code 3).
 */
class DiagnoseSettingsTest {

    private static final String STAT_RULE = "io.mailscope.diagnosis.pop3.stat-count-mismatch";

    @TempDir
    Path folder;
    private Path settings;

    @BeforeEach
    void useATemporarySettingsFile() throws Exception {
        settings = folder.resolve("mailscope/settings.properties");
        Files.createDirectories(settings.getParent());
        System.setProperty(MailscopeSettings.FILE_PROPERTY, settings.toString());
        Services.await(TraceImportService.class);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(MailscopeSettings.FILE_PROPERTY);
    }

    @Test
    void theRulesTheSettingsTurnedOffAreNamedOnStandardErrorAndDidNotRun() throws Exception {
        Files.writeString(settings, "rules.disabled = " + STAT_RULE + ", com.example.removed.rule\n");
        Run r = diagnose("diagnose", seed().toString());
        assertTrue(r.err().contains("rules turned off in " + settings + " (they did not run): " + STAT_RULE), r.err());
        assertTrue(r.err().contains("also turns off rules no installed plug-in contributes: com.example.removed.rule"), r.err());
        assertFalse(r.out().contains("rule " + STAT_RULE), "the rule did not run:\n" + r.out());
        assertFalse(r.out().contains("0x800CCC97.server-bug.hidden-control-message"), r.out());

        Files.writeString(settings, "rules.disabled =\n");
        Run on = diagnose("diagnose", seed().toString());
        assertEquals(ExitCode.FAILURE_FOUND, on.exit(), on.err());
        assertTrue(on.out().contains("0x800CCC97.server-bug.hidden-control-message"), on.out());
        assertFalse(on.err().contains("turned off"), on.err());
    }

    @Test
    void jsonListsTheDisabledRulesWithTheirPlugIn() throws Exception {
        Files.writeString(settings, "rules.disabled = " + STAT_RULE + ", com.example.removed.rule\n");
        Run r = diagnose("diagnose", "--format", "json", seed().toString());
        String json = r.out().replaceAll("\\s+", ""); // layout aside
        assertTrue(json.startsWith("{\"formatVersion\":1,\"disabledRules\":[{\"id\":\"com.example.removed.rule\",\"installed\":false,"
                + "\"name\":null,\"contributor\":null},{\"id\":\"" + STAT_RULE + "\",\"installed\":true,\"name\":\""), r.out());
        assertTrue(json.contains("\"contributor\":\"io.mailscope.diagnosis\"}],\"files\":["), r.out());
        json = r.out();
        assertFalse(json.contains("\"ruleId\": \"" + STAT_RULE + "\""), json);
    }

    @Test
    void anInvalidSettingsFileStopsTheCommandNamingFileLineAndProblem() throws Exception {
        Files.writeString(settings, "# my desk\nrules.disabled = " + STAT_RULE + "\nreport.fromat = json\n");
        Run r = diagnose("diagnose", "--format", "json", seed().toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertEquals("", r.out(), "no report with half-read settings");
        assertTrue(r.err().startsWith("mailscope diagnose: invalid settings file " + settings + ", line 3: unknown setting 'report.fromat'"),
                r.err());
        assertFalse(r.err().contains("Exception"), "a message for people, not a stack trace: " + r.err());
    }

    @Test
    void anUnreadableSettingsFileStopsTheCommandToo() throws Exception {
        Files.createDirectories(settings); // a folder where the file should be
        Run r = diagnose("diagnose", seed().toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().startsWith("mailscope diagnose: cannot read the settings file " + settings + ": "), r.err());
    }

    private static Run diagnose(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = MailscopeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path seed() throws IOException, URISyntaxException {
        return Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(DiagnoseSettingsTest.class).getEntry("testfiles/outlook2002-pop3-0x800ccc97.log")).toURI());
    }
}
