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
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeApplication;
import io.mailscope.headless.internal.MailscopeCli;
import io.mailscope.headless.internal.CommandLineTest.Run;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.Protocol;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.tests.harness.Services;

/**
 * {@code mailscope diagnose}: options, statuses, exit codes and the three report formats, against a stub diagnosis
 * service (files named *seed* have a finding, *healthy* none, *garbage* are unrecognised, *crash* make the service
 * throw); and once end to end.
 */
class DiagnoseCommandTest {

    private static final MailscopeFactory F = MailscopeFactory.eINSTANCE;

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        List<String> line = new java.util.ArrayList<>(List.of("diagnose"));
        line.addAll(List.of(args));
        int exit = MailscopeCli.run(List.of(new DiagnoseCommand(StubService::new)), line, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileTheServiceFailsOnIsUnreadableAndTheOthersAreStillReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-crash.log"), "x");
        Files.writeString(dir.resolve("b-seed.log"), "x");
        Run r = run("--format", "json", dir.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, r.exit(), "an internal error has its own code: " + r.err());
        assertTrue(r.out().contains("\"status\": \"unreadable\""), r.out());
        assertTrue(r.out().contains("\"status\": \"diagnosed\""), r.out());
        assertTrue(r.out().strip().endsWith("}"), "the JSON document is complete: " + r.out());
        assertTrue(r.err().contains("internal error while diagnosing (java.lang.IllegalStateException"), r.err());
    }

    @Test
    void aFolderWithoutFilesIsNotReportedAsHealthy(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("empty/sub"));
        Run r = run(dir.resolve("empty").toString());
        assertEquals(ExitCode.UNREADABLE, r.exit());
        assertTrue(r.err().contains("the folder holds no files"), r.err());
    }

    @Test
    void aReportThatCannotBeWrittenExitsWithFour(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("seed.log"), "x");
        Path full = Path.of("/dev/full");
        Run r = run("--output", Files.isWritable(full) ? full.toString() : dir.resolve("no/such/dir/report.txt").toString(),
                dir.resolve("seed.log").toString());
        assertEquals(ExitCode.OUTPUT_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains("cannot write"), r.err());
    }

    /** Answers by file name, like an importer plus rules would. */
    static final class StubService implements DiagnosisService {
        @Override
        public FileDiagnosis diagnose(Path file, ImportOptions options, IProgressMonitor monitor) throws IOException, TraceImportException {
            String name = file.getFileName().toString();
            if (name.contains("crash")) {
                throw new IllegalStateException("a bug in some rule or format");
            }
            if (name.contains("huge")) {
                throw new OutOfMemoryError("Java heap space"); // what a model too big for the heap ends in
            }
            if (name.contains("garbage")) {
                throw new TraceImportException.Unrecognised(name, List.of(new FormatMatch("x", "Telnet transcript", 0.1)));
            }
            Trace trace = F.createTrace();
            Session session = F.createSession();
            session.setProtocol(Protocol.POP3);
            trace.getSessions().add(session);
            Diagnosis d = F.createDiagnosis();
            d.setTrace(trace);
            if (name.contains("seed")) {
                Finding f = F.createFinding();
                ErrorCode code = F.createErrorCode();
                code.setValue(0x800CCC97);
                code.setSymbol("IXP_E_POP3_POPID_OUT_OF_RANGE");
                f.setErrorCode(code);
                f.setCategory(CauseCategory.SERVER_BUG);
                f.setConfidence(0.98);
                f.setRuleId("io.mailscope.diagnosis.pop3.stat-count-mismatch");
                f.setSummary("STAT counts 1 message but LIST lists 0");
                var cause = F.createCause();
                cause.setId("0x800CCC97.server-bug.hidden-control-message");
                cause.setCategory(CauseCategory.SERVER_BUG);
                cause.getUserRemedies().add("Ask the provider to fix their POP3 server.");
                f.setCause(cause);
                f.getEvidence().add(evidence(57, 57, "STAT"));
                f.getEvidence().add(evidence(132, 133, "+OK 0 messages (554 octets) [1 control message(s) hidden] <script>"));
                d.getFindings().add(f);
            }
            return new FileDiagnosis(new ImportResult(trace, new FormatMatch("io.mailscope.trace.outlook", "Outlook log", 0.9), List.of()), d);
        }

        private static Evidence evidence(int first, int last, String text) {
            Evidence e = F.createEvidence();
            e.setFirstLine(first);
            e.setLastLine(last);
            e.setText(text);
            return e;
        }

        @Override
        public Diagnosis diagnose(Trace trace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DiagnosisRun start() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RuleInfo> rules() {
            return List.of();
        }
    }

    private static Path file(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "log");
    }

    @Test
    void noPathOrABadOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, run().exit());
        assertEquals(ExitCode.USAGE, run("--format", "xml", "a.log").exit());
        assertEquals(ExitCode.USAGE, run("--frobnicate", "a.log").exit());
    }

    @Test
    void aDiagnosedFileIsReportedWithCodeCauseEvidenceAndRemedies(@TempDir Path dir) throws IOException {
        Run r = run(file(dir, "seed.log").toString());
        assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.err());
        assertTrue(r.out().contains("DIAGNOSED 0x800CCC97  IXP_E_POP3_POPID_OUT_OF_RANGE  server-bug  (confidence 98%)"), r.out());
        assertTrue(r.out().contains("Cause: 0x800CCC97.server-bug.hidden-control-message"), r.out());
        assertTrue(r.out().contains("      57  STAT\n"), r.out());
        assertTrue(r.out().contains("  132-133  +OK 0 messages (554 octets)"), r.out());
        assertTrue(r.out().contains("Tell the customer:\n  - Ask the provider"), r.out());
    }

    @Test
    void nothingFoundExitsZero(@TempDir Path dir) throws IOException {
        Run r = run(file(dir, "healthy.log").toString());
        assertEquals(ExitCode.OK, r.exit());
        assertTrue(r.out().contains("No failure found."), r.out());
    }

    @Test
    void foldersAreSearchedRecursivelyAndAnUnreadableOrUnrecognisedInputWins(@TempDir Path dir) throws IOException {
        file(dir, "a/seed.log");
        file(dir, "b/c/healthy.log");
        file(dir, "garbage.bin");
        Run r = run("--format", "json", dir.toString(), dir.resolve("missing.log").toString());
        assertEquals(ExitCode.UNREADABLE, r.exit(), "unreadable is more severe than unrecognised");
        String json = r.out();
        assertTrue(json.contains("\"files\": 4"), json);
        assertTrue(json.contains("\"diagnosed\": 1") && json.contains("\"no-failure-found\": 1") && json.contains("\"unrecognised\": 1")
                && json.contains("\"unreadable\": 1"), json);
        assertTrue(json.indexOf("a/seed.log") < json.indexOf("b/c/healthy.log") && json.indexOf("b/c/healthy.log") < json.indexOf("garbage.bin"),
                "sorted walk: " + json);
        assertTrue(json.contains("\"status\": \"unreadable\""), json);
        assertTrue(json.contains("\"problem\": \"no such file\""), json);
        assertTrue(r.err().contains("missing.log: no such file"), r.err());
    }

    @Test
    void jsonCarriesEveryFieldOfAFinding(@TempDir Path dir) throws IOException {
        String json = run("--format", "json", file(dir, "seed.log").toString()).out();
        for (String field : List.of("\"formatVersion\": 1", "\"exitCode\": 1", "\"status\": \"diagnosed\"", "\"protocol\": \"POP3\"",
                "\"id\": \"io.mailscope.trace.outlook\"", "\"code\": \"0x800CCC97\"", "\"decimal\": -2146644841",
                "\"symbol\": \"IXP_E_POP3_POPID_OUT_OF_RANGE\"", "\"causeId\": \"0x800CCC97.server-bug.hidden-control-message\"",
                "\"category\": \"server-bug\"", "\"confidence\": 0.98", "\"determined\": true",
                "\"ruleId\": \"io.mailscope.diagnosis.pop3.stat-count-mismatch\"", "\"firstLine\": 132", "\"lastLine\": 133",
                "\"text\": \"STAT\"", "\"userRemedies\": [", "\"ruleFailures\": []")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void htmlIsOneSelfContainedEscapedPage(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.html");
        Run r = run("--format", "html", "--output", report.toString(), file(dir, "seed.log").toString());
        assertEquals(ExitCode.FAILURE_FOUND, r.exit());
        assertEquals("", r.out());
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<style>"), html);
        assertTrue(html.contains("[1 control message(s) hidden] &lt;script&gt;"), html);
        assertFalse(html.contains("<script"), "no script, no external resource: " + html);
        assertFalse(html.contains("src=") || html.contains("href="), html);
    }

    @Test
    void theSeedCaseEndToEnd() throws Exception {
        Services.await(TraceImportService.class);
        Path seed = fixture("outlook2002-pop3-0x800ccc97.log");
        var out = new ByteArrayOutputStream();
        int exit = MailscopeApplication.run(List.of("diagnose", seed.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE_FOUND, exit, text);
        assertTrue(text.contains("DIAGNOSED 0x800CCC97"), text);
        assertTrue(text.contains("server-bug"), text);
        for (String line : List.of("      57  STAT", "      86  +OK 1 554", "      91  UIDL", "      94  +OK", "      97  .", "     127  LIST",
                "132-133  +OK 0 messages (554 octets) [1 control message(s) hidden]")) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
    }

    /**
     * Outlook Express / Windows Live Mail dialogs as posted (Microsoft KB 290842; an ISP's help page, copied as the
     * window wrapped it), end to end through the real import and rules: the cause is the quoted server reply's, not
     * only the code's.
     */
    @Test
    void aPastedErrorDialogNamesTheCauseOfTheReplyItQuotes() throws Exception {
        Services.await(TraceImportService.class);
        String oneLine = diagnoseForReal(fixture("oe-dialog-550-relaying-denied.txt"));
        assertTrue(oneLine.contains("DIAGNOSED 0x800CCC79") && oneLine.contains("relay-denied"), oneLine);
        assertTrue(oneLine.contains("Cause: 0x800CCC79.relay-denied"), oneLine);
        String wrapped = diagnoseForReal(fixture("oe-dialog-553-wrapped.txt"));
        assertTrue(wrapped.contains("auth-required"), "'553 ... first check your mail' asks for POP-before-SMTP: " + wrapped);
    }

    private static String diagnoseForReal(Path file) {
        var out = new ByteArrayOutputStream();
        int exit = MailscopeApplication.run(List.of("diagnose", file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE_FOUND, exit, text);
        return text;
    }

    private static Path fixture(String name) throws IOException, URISyntaxException {
        return Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(DiagnoseCommandTest.class).getEntry("testfiles/" + name)).toURI());
    }
}
