package io.mailscope.diagnosis.imported;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.determined;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.evidenceLines;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.evidenceTexts;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;

/**
 * End to end: real fixture files (kept once, in io.mailscope.trace.tests/testfiles) imported through the
 * {@link TraceImportService} and diagnosed in the same pass by the {@link DiagnosisService}.
 */
class ImportedFixturesTest {

    /** Fixtures whose labels name a root cause one built-in rule reports. */
    private static final Map<String, String> EXPECTED_CAUSE = Map.ofEntries(
            Map.entry("001-mailkit-pop3-wrong-port.log", CauseIds.WRONG_PORT),
            Map.entry("004-curl-pop3-apop-rejected.log", CauseIds.POP3_PASSWORD_REJECTED),
            Map.entry("005-swaks-cram-md5-535.log", CauseIds.SMTP_AUTH_FAILED),
            Map.entry("007-mailkit-pop3-apop-bad-username.log", CauseIds.POP3_PASSWORD_REJECTED),
            Map.entry("009-curl-pop3-starttls-denied.log", CauseIds.TLS_WRONG_PORT),
            Map.entry("012-wireshark-pop3-apop-rejected.log", CauseIds.POP3_PASSWORD_REJECTED),
            Map.entry("015-phpmailer-gmail-535-badcredentials.log", CauseIds.SMTP_AUTH_FAILED),
            Map.entry("016-mailkit-imap-dovecot-authfailed.log", CauseIds.IMAP_LOGIN_FAILED),
            Map.entry("017-mailkit-imap-exchange-login-failed.log", CauseIds.IMAP_LOGIN_FAILED),
            Map.entry("018-rainloop-imap-dovecot-authfailed.log", CauseIds.IMAP_LOGIN_FAILED),
            Map.entry("019-javamail-o365-basic-auth-disabled.log", CauseIds.SMTP_PASSWORD_LOGON_REFUSED),
            Map.entry("020-nodemailer-o365-smtp-auth-disabled-tenant.log", CauseIds.SMTP_PASSWORD_LOGON_REFUSED),
            // the loopback test server rejects reject@example.test on purpose
            Map.entry("swaks_rej.txt", CauseIds.RECIPIENT_REJECTED),
            Map.entry("py1.txt", CauseIds.RECIPIENT_REJECTED),
            Map.entry("py2.txt", CauseIds.RECIPIENT_REJECTED));

    private static DiagnosisService diagnosis;
    private static TraceImportService importer;

    @BeforeAll
    static void requireImporter() {
        importer = Diagnoses.service(TraceImportService.class);
        diagnosis = Diagnoses.service(DiagnosisService.class);
    }

    /**
     * The fixtures are kept once, in io.mailscope.trace.tests/testfiles (the import tests read the same files); test
     * bundles run with their own folder as working directory, so that is the sibling bundle's folder.
     */
    static Path fixture(String relative) {
        Path path = Path.of("..", "io.mailscope.trace.tests", "testfiles").resolve(relative);
        assertTrue(Files.exists(path), path.toAbsolutePath() + " exists");
        return path;
    }

    /** Imports through the TraceImportService with the built-in rules listening: one pass, no stub rules. */
    private static Diagnosis diagnose(Path file) throws IOException, TraceImportException {
        return Diagnoses.importAndRun(importer, file, Diagnoses.builtInRules(), Duration.ofSeconds(10));
    }

    /** Only the built-in rules' failures; a cause missing from the catalog is reported by CauseIdsInCatalogTest. */
    private static List<RuleFailure> ruleFailures(Diagnosis d) {
        return d.getRuleFailures().stream().filter(f -> !f.getMessage().contains("not in the catalog")).toList();
    }

    @Test
    void seed002IsAServerBugWithExactlyTheStatUidlAndListLinesAsEvidence() throws Exception {
        FileDiagnosis result = diagnosis.diagnose(fixture("outlook2002-pop3-0x800ccc97.log"), ImportOptions.DEFAULT, null);
        Diagnosis d = result.diagnosis();
        Finding f = single(d, CauseIds.HIDDEN_CONTROL_MESSAGE);
        assertEquals("0x800CCC97", String.format("0x%08X", f.getErrorCode().getValue()));
        assertEquals(List.of(57, 86, 91, 94, 97, 127, 132), evidenceLines(f), describe(d));
        List<String> texts = evidenceTexts(f).stream().map(String::strip).toList();
        assertEquals(List.of("STAT", "+OK 1 554", "UIDL", "+OK", ".", "LIST", "+OK 0 messages (554 octets) [1 control message(s) hidden]"),
                texts, describe(d));
        assertTrue(d.getFindings().stream().allMatch(Finding::isDetermined), "0x800CCC97 is explained:\n" + describe(d));
    }

    @Test
    void aRefusedAddressFollowedByASuccessfulConnectionIsNotAFinding() throws Exception {
        // curl tries ::1 (refused), then 127.0.0.1 (connected): only the STARTTLS problem is real
        Diagnosis d = diagnose(fixture("public/009-curl-pop3-starttls-denied.log"));
        assertTrue(d.getFindings().stream().noneMatch(f -> f.getCause() != null && CauseIds.CONNECTION_REFUSED.equals(f.getCause().getId())),
                describe(d));
        single(d, CauseIds.TLS_WRONG_PORT);
    }

    static Stream<String> publicFixtures() throws IOException {
        try (Stream<Path> files = Files.list(fixture("public"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList().stream();
        }
    }

    private record Label(String outcome, List<Integer> evidenceLines) {
        static Label of(Path json) throws IOException {
            String text = Files.readString(json);
            Matcher outcome = Pattern.compile("\"outcome\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
            Matcher lines = Pattern.compile("\"evidence_lines\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(text);
            List<Integer> evidence = new ArrayList<>();
            if (lines.find() && !lines.group(1).isBlank()) {
                Arrays.stream(lines.group(1).split(",")).map(String::strip).map(Integer::valueOf).forEach(evidence::add);
            }
            return new Label(outcome.find() ? outcome.group(1) : "unknown", evidence);
        }
    }

    @ParameterizedTest
    @MethodSource("publicFixtures")
    void publicFixtureDiagnosisAgreesWithItsLabel(String name) throws Exception {
        Path log = fixture("public/" + name);
        Label label = Label.of(log.resolveSibling(name.replace(".log", ".json")));
        Diagnosis d = diagnose(log);
        assertEquals(List.of(), ruleFailures(d), describe(d));
        if (label.outcome().equals("success")) {
            assertEquals(List.of(), determined(d), "a successful session has no failure:\n" + describe(d));
            return;
        }
        String expected = EXPECTED_CAUSE.get(name);
        if (expected != null) {
            Finding f = single(d, expected);
            assertTrue(evidenceLines(f).stream().anyMatch(label.evidenceLines()::contains),
                    "evidence " + evidenceLines(f) + " cites a labelled line " + label.evidenceLines() + "\n" + describe(d));
        }
    }

    static Stream<String> capturedFixtures() throws IOException {
        try (Stream<Path> files = Files.list(fixture("captured"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("capturedFixtures")
    void capturedToolOutputIsDiagnosedWithoutRuleFailures(String name) throws Exception {
        Diagnosis d = diagnose(fixture("captured/" + name));
        assertEquals(List.of(), ruleFailures(d), describe(d));
        String expected = EXPECTED_CAUSE.get(name);
        if (expected != null) {
            single(d, expected);
        } else {
            assertFalse(determined(d).stream().anyMatch(f -> f.getConfidence() > 0.8),
                    "runs against the loopback test server succeed:\n" + describe(d));
        }
    }
}
