package io.mailscope.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every command line gets from picocli, through the application's entry point with the installed commands and
 * services: help on every command, {@code help COMMAND}, {@code --version}, both option spellings, short options and
 * "did you mean".
 */
public class CommandLineTest {

    /** What a command line printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs a command line through the application's entry point, with the installed commands and services. */
    public static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = MailscopeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { "code", "import", "diagnose", "probe", "testserver" })
    void everyCommandHasHelpAndHelpCommandPrintsTheSame(String command) {
        Run dashH = run(command, "-h");
        Run longHelp = run(command, "--help");
        Run help = run("help", command);
        assertEquals(ExitCode.OK, dashH.exit(), dashH.err());
        assertEquals(ExitCode.OK, help.exit(), help.err());
        assertTrue(dashH.out().startsWith("Usage: mailscope " + command + " "), dashH.out());
        assertTrue(dashH.out().contains("Exit codes:"), dashH.out());
        assertEquals(dashH.out(), longHelp.out());
        assertEquals(dashH.out(), help.out());
        assertEquals("", dashH.err());
    }

    @Test
    void diagnoseHelpNamesItsOptionsAndExitCodes() {
        Run r = run("diagnose", "--help");
        for (String expected : List.of("-f, --format=FORMAT", "-o, --output=FILE", "PATH...", "docs/diagnose-json.md",
                "1   a failure diagnosed", "-V, --version")) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }

    @Test
    void overviewListsTheCommands() {
        Run r = run("--help");
        assertEquals(ExitCode.OK, r.exit());
        for (String command : List.of("help", "code", "import", "diagnose")) {
            assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith(command + " ")), command + " in\n" + r.out());
        }
        assertEquals(r.out(), run("help").out());
    }

    @Test
    void noCommandIsAUsageErrorWithTheOverviewOnStderr() {
        Run r = run();
        assertEquals(ExitCode.USAGE, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Usage: mailscope"), r.err());
    }

    @Test
    void versionNamesProductJavaFormatsAndRulePlugins() {
        Run r = run("--version");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("Mailscope 1."), r.out());
        assertTrue(r.out().contains("Java " + Runtime.version()), r.out());
        assertTrue(r.out().contains("io.mailscope.trace.outlook.legacy"), r.out());
        assertTrue(r.out().matches("(?s).*Rules:\\R  io\\.mailscope\\.diagnosis 1\\.\\S+ +\\d+ rule\\(s\\).*"), r.out());
        assertEquals(r.out(), run("-V").out());
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        Run r = run("diagnoze", "x.log");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().startsWith("mailscope: unknown command 'diagnoze'"), r.err());
        assertTrue(r.err().contains("Did you mean: mailscope diagnose?"), r.err());
    }

    @Test
    void aMistypedOptionSuggestsTheRightOne() {
        Run r = run("diagnose", "--fromat=json", "x.log");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().startsWith("mailscope diagnose: Unknown option: '--fromat=json'" + System.lineSeparator()
                + "Did you mean: --format?"), r.err());
        Run code = run("code", "--lsit");
        assertEquals(ExitCode.USAGE, code.exit());
        assertTrue(code.err().contains("Did you mean: --list?"), code.err());
        Run prefix = run("import", "--summ", "x.log");
        assertTrue(prefix.err().contains("Possible solutions: --summary"), prefix.err());
        Run nothingClose = run("diagnose", "--zzzzzz", "x.log");
        assertEquals(ExitCode.USAGE, nothingClose.exit());
        assertFalse(nothingClose.err().contains("Did you mean"), nothingClose.err());
    }

    @Test
    void bothOptionSpellingsAndTheShortOptionGiveTheSameResult() {
        Run separate = run("code", "--format", "json", "0x800CCC97");
        Run joined = run("code", "--format=json", "0x800CCC97");
        Run shortOption = run("code", "-f", "json", "0x800CCC97");
        Run shortJoined = run("code", "-fjson", "0x800CCC97");
        assertEquals(ExitCode.OK, separate.exit(), separate.err());
        assertTrue(separate.out().startsWith("{"), separate.out());
        assertEquals(separate, joined);
        assertEquals(separate, shortOption);
        assertEquals(separate, shortJoined);
    }

    @Test
    void aFormatACommandDoesNotWriteIsAUsageErrorNamingTheChoices() {
        Run r = run("code", "--format=html", "0x800CCC97");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("must be one of text, json, not 'html'"), r.err());
        assertFalse(r.out().contains("0x800CCC97"), r.out());
    }
}
