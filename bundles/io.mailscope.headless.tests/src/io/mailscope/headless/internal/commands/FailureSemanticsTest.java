package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeCli;
import io.mailscope.headless.internal.CommandLineTest.Run;
import io.mailscope.headless.internal.commands.DiagnoseCommandTest.StubService;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportException;

/**
 * Issue #19's failure semantics of the headless commands: one exit-code table, a failure is never "nothing found",
 * --output never overwrites an input and writes through a temporary file, results are written as each file finishes,
 * text output neutralises terminal control characters, folders follow links once.
 */
class FailureSemanticsTest {

    private static Run diagnose(String... args) {
        return DiagnoseCommandTest.run(args);
    }

    private static Path file(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    @Test
    void outputNamingAnInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
        Path seed = file(dir, "seed.log");
        var r = diagnose("--output", seed.toString(), seed.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("refusing to write the report over the input"), r.err());
        assertEquals("x", Files.readString(seed), "the customer's log is untouched");
    }

    @Test
    void outputReachingAnInputThroughASymbolicOrHardLinkIsRefused(@TempDir Path dir) throws IOException {
        Path seed = file(dir, "in/seed.log");
        Path symlink = Files.createSymbolicLink(dir.resolve("report-link.txt"), seed);
        Path hardlink = Files.createLink(dir.resolve("report-hard.txt"), seed);
        for (Path output : List.of(symlink, hardlink)) {
            var r = diagnose("--output", output.toString(), dir.resolve("in").toString());
            assertEquals(ExitCode.USAGE, r.exit(), output + ": " + r.err());
            assertEquals("x", Files.readString(seed));
        }
    }

    @Test
    void outputIsWrittenThroughATemporaryFileAndDashIsStandardOutput(@TempDir Path dir) throws IOException {
        Path seed = file(dir, "seed.log");
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "old report");
        var r = diagnose("--output", report.toString(), seed.toString());
        assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.err());
        assertTrue(Files.readString(report).contains("DIAGNOSED 0x800CCC97"), Files.readString(report));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("report.txt", "seed.log"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left");
        }
        Path cwdDash = Path.of("-");
        var dash = diagnose("--output", "-", seed.toString());
        assertTrue(dash.out().contains("DIAGNOSED 0x800CCC97"), dash.out());
        assertFalse(Files.exists(cwdDash), "- is standard output, not a file named -");
    }

    @Test
    void anOutputThatCannotBeCreatedSaysWhy(@TempDir Path dir) throws IOException {
        Path seed = file(dir, "seed.log");
        var r = diagnose("--output", "/proc/mailscope-report.txt", seed.toString());
        assertEquals(ExitCode.OUTPUT_FAILED, r.exit(), r.err());
        String line = r.err().lines().filter(l -> l.contains("/proc/mailscope-report.txt")).findFirst().orElse("");
        assertTrue(line.matches("mailscope diagnose: cannot write /proc/mailscope-report\\.txt: [a-z].+"), r.err());
        assertTrue(line.contains("does not take new files"), "the reason, not a misleading 'no such file': " + line);
    }

    @Test
    void exitCodesOfTheTableAreTheirOwn(@TempDir Path dir) throws IOException {
        file(dir, "a-seed.log");
        file(dir, "b-huge.log");
        var oom = diagnose(dir.toString());
        assertEquals(ExitCode.OUT_OF_MEMORY, oom.exit(), oom.err());
        assertTrue(oom.out().contains("DIAGNOSED 0x800CCC97"), "the other file's result is still given: " + oom.out());
        assertTrue(oom.err().contains("b-huge.log: out of memory while diagnosing"), oom.err());
        Path garbage = file(dir, "other/garbage.bin");
        var unrecognised = diagnose(garbage.toString());
        assertEquals(1, countOf(unrecognised.err(), "garbage.bin"), "the path once: " + unrecognised.err());
        var missing = diagnose(dir.resolve("missing.log").toString());
        assertEquals(ExitCode.UNREADABLE, missing.exit());
        assertEquals(1, countOf(missing.err(), "missing.log"), "the path once: " + missing.err());
        assertTrue(missing.err().contains("missing.log: no such file"), missing.err());
        assertEquals(7, ExitCode.TABLE.size() - 1, "0..7, one row each");
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aSocketIsAClearMessage(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("mail.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            var r = diagnose(socket.toString());
            assertEquals(ExitCode.UNREADABLE, r.exit(), r.err());
            assertTrue(r.err().contains("mail.sock: is a socket, not a file"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void linksInFoldersAreFollowedOnceAndLoopsReported(@TempDir Path dir) throws IOException {
        Path elsewhere = file(dir, "elsewhere/seed.log");
        Path scanned = Files.createDirectories(dir.resolve("scanned"));
        Files.createSymbolicLink(scanned.resolve("linked-seed.log"), elsewhere);
        Files.createSymbolicLink(scanned.resolve("same-seed-again.log"), elsewhere);
        Files.createSymbolicLink(scanned.resolve("loop"), scanned);
        var r = diagnose("--format", "json", scanned.toString());
        assertEquals(1, countOf(r.out(), "\"status\": \"diagnosed\""), "the linked file once: " + r.out());
        assertTrue(r.err().contains("symbolic link loop"), r.err());
        assertEquals(ExitCode.UNREADABLE, r.exit(), "a loop is reported, not ignored");
    }

    @Test
    void textOutputNeutralisesTerminalControlCharacters(@TempDir Path dir) throws IOException {
        Path hostile = file(dir, "seed-\u001b]0;owned\u0007-\u001b[31m-\r-\b.log");
        var r = diagnose(hostile.toString());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007") || r.out().contains("\r") || r.out().contains("\b"),
                r.out());
        assertTrue(r.out().contains("seed-\\x1b]0;owned\\x07-\\x1b[31m-\\r-\\x08.log"), r.out());
    }

    @Test
    void eachFilesResultIsWrittenWhenItIsKnown(@TempDir Path dir) throws IOException {
        Path first = file(dir, "a-seed.log");
        Path second = file(dir, "b-seed.log");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> seenBeforeSecond = new ArrayList<>();
        StubService stub = new StubService();
        DiagnosisService observing = new DiagnosisService() {
            @Override
            public FileDiagnosis diagnose(Path file, ImportOptions options, IProgressMonitor monitor)
                    throws IOException, TraceImportException {
                if (file.equals(second)) {
                    seenBeforeSecond.add(out.toString(StandardCharsets.UTF_8));
                }
                return stub.diagnose(file, options, monitor);
            }

            @Override
            public Diagnosis diagnose(Trace trace) {
                return stub.diagnose(trace);
            }

            @Override
            public DiagnosisRun start() {
                return stub.start();
            }

            @Override
            public List<RuleInfo> rules() {
                return stub.rules();
            }
        };
        int exit = MailscopeCli.run(List.of(new DiagnoseCommand(() -> observing)),
                List.of("diagnose", first.toString(), second.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.FAILURE_FOUND, exit);
        assertTrue(seenBeforeSecond.get(0).contains("== " + first) && seenBeforeSecond.get(0).contains("DIAGNOSED"),
                "the first file's result was out before the second was read: " + seenBeforeSecond);
    }

    @Test
    void importJsonListsUnrecognisedFilesAndAnUnknownFormatIdIsAUsageError() {
        Run r = CodeCommandTest.run("import", "--format", "json", "testfiles/not-a-trace.txt", "testfiles/swaks_tls.txt");
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("[") && json.endsWith("]"), json);
        assertTrue(json.contains("not-a-trace.txt") && json.contains("\"status\": \"unrecognised\""), json);
        assertTrue(json.contains("swaks"), json);
        Run nope = CodeCommandTest.run("import", "--format-id", "nope", "testfiles/swaks_tls.txt");
        assertEquals(ExitCode.USAGE, nope.exit(), nope.err());
        assertTrue(nope.err().contains("unknown --format-id 'nope'"), nope.err());
    }
}
