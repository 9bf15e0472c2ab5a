package io.mailscope.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.headless.internal.CommandLineTest.Run;

/**
 * Colour and the progress line with the installed commands and services, as if standard output or standard error were
 * a terminal: colour only on a terminal (or --color=always), never with NO_COLOR or in an --output file; the progress
 * line only on a terminal, for a large input, and never with --quiet or on standard output.
 */
class TerminalOutputTest {

    private static final String ESC = "\u001b[";
    private static final Terminal STDOUT_TERMINAL = new Terminal(true, false, Map.of("TERM", "xterm-256color"));
    private static final Terminal STDERR_TERMINAL = new Terminal(false, true, Map.of("TERM", "xterm-256color"));

    @TempDir
    static Path dir;
    private static Path large;

    /** 17 MiB: the seed log, then the log's own idle lines (cheap to read, so the test stays fast) */
    @BeforeAll
    static void largeTrace() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("testfiles/outlook2002-pop3-0x800ccc97.log"));
        byte[] idle = "2003.07.11 15:12:40 Successfully initialized the resource manager\r\n".getBytes(StandardCharsets.US_ASCII);
        large = dir.resolve("large.log");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(large))) {
            out.write(seed);
            for (long written = seed.length; written < 17L << 20; written += idle.length) {
                out.write(idle);
            }
        }
    }

    static Run run(Terminal terminal, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = MailscopeCli.run(MailscopeCli.commands(), List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void findingsCodesAndEvidenceLinesAreColouredOnATerminal() {
        Run r = run(STDOUT_TERMINAL, "diagnose", "testfiles/outlook2002-pop3-0x800ccc97.log");
        assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.err());
        assertTrue(r.out().contains(ESC + "1;31mDIAGNOSED" + ESC + "0m " + ESC + "1m0x800CCC97  IXP_E_POP3_POPID_OUT_OF_RANGE" + ESC + "0m"), r.out());
        assertTrue(r.out().contains("  " + ESC + "36m" + "     57" + ESC + "0m  STAT"), r.out());
        Run code = run(STDOUT_TERMINAL, "code", "0x800CCC97");
        assertTrue(code.out().startsWith(ESC + "1m0x800CCC97  IXP_E_POP3_POPID_OUT_OF_RANGE" + ESC + "0m  (POP3)"), code.out());
        Run imported = run(STDOUT_TERMINAL, "import", "testfiles/outlook2002-pop3-0x800ccc97.log");
        assertTrue(imported.out().contains(ESC + "36mL57" + ESC + "0m POP3 C: STAT"), imported.out());
    }

    @Test
    void noColourInAPipeWithNoColorOrNeverButAlwaysWins() {
        String seed = "testfiles/outlook2002-pop3-0x800ccc97.log";
        assertFalse(run(Terminal.NONE, "diagnose", seed).out().contains(ESC));
        assertFalse(run(new Terminal(true, true, Map.of("NO_COLOR", "1")), "diagnose", seed).out().contains(ESC));
        assertFalse(run(new Terminal(true, true, Map.of("TERM", "dumb")), "diagnose", seed).out().contains(ESC));
        assertFalse(run(STDOUT_TERMINAL, "diagnose", "--color=never", seed).out().contains(ESC));
        assertTrue(run(Terminal.NONE, "diagnose", "--color=always", seed).out().contains(ESC));
        assertTrue(run(new Terminal(true, true, Map.of("NO_COLOR", "1")), "diagnose", "--color", "always", seed).out().contains(ESC));
        Run wrong = run(Terminal.NONE, "diagnose", "--color=sometimes", seed);
        assertEquals(ExitCode.USAGE, wrong.exit());
        assertTrue(wrong.err().contains("auto, always, never"), wrong.err());
    }

    @Test
    void aReportFileIsNeverColoured() throws IOException {
        Path report = dir.resolve("report.txt");
        Run r = run(STDOUT_TERMINAL, "diagnose", "--color=always", "-o", report.toString(), "testfiles/outlook2002-pop3-0x800ccc97.log");
        assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.err());
        String text = Files.readString(report);
        assertTrue(text.contains("DIAGNOSED 0x800CCC97"), text);
        assertFalse(text.contains(ESC), text);
    }

    @Test
    void aLargeInputShowsProgressOnAStderrTerminalAndNothingElseChanges() {
        Run withProgress = run(STDERR_TERMINAL, "diagnose", "-f", "json", large.toString());
        Run plain = run(Terminal.NONE, "diagnose", "-f", "json", large.toString());
        assertEquals(ExitCode.FAILURE_FOUND, withProgress.exit(), withProgress.err());
        assertTrue(withProgress.err().matches("(?s)\r\u001b\\[Klarge\\.log  \\d+\\.\\d MiB of 17\\.0 MiB \\(\\d+%\\)  \\d+\\.\\d MB/s  .* left.*"),
                withProgress.err());
        assertTrue(withProgress.err().endsWith("\r\u001b[K"), "the line is erased at the end: " + withProgress.err());
        assertEquals(plain.out(), withProgress.out(), "stdout and the JSON are the same with and without progress");
        assertEquals("", plain.err());
        Run imported = run(STDERR_TERMINAL, "import", "--summary", large.toString());
        assertTrue(imported.err().contains("MiB of 17.0 MiB"), imported.err());
        assertFalse(imported.out().contains("\r") || imported.out().contains(ESC), imported.out());
    }

    @Test
    void quietOrASmallInputShowsNoProgress() {
        assertEquals("", run(STDERR_TERMINAL, "diagnose", "-q", large.toString()).err());
        assertEquals("", run(STDERR_TERMINAL, "diagnose", "testfiles/outlook2002-pop3-0x800ccc97.log").err());
    }

    @Test
    void theTestRuntimesStandardStreamsAreNoTerminals() {
        // surefire connects the forked runtime through pipes: detection must say so (a wrong "yes" would colour logs)
        assertFalse(Terminal.isTerminal(1));
        assertFalse(Terminal.isTerminal(2));
    }
}
