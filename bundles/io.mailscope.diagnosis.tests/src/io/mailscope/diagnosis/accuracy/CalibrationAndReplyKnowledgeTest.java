package io.mailscope.diagnosis.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.trace.ImportOptions;

/**
 * Calibration and reply knowledge on real posted traces (io.mailscope.trace.tests/testfiles/realworld, sources in its
 * SOURCES.md): healthy ends are no failures, uncertain guesses stay below 0.8, quoted replies name their cause, and a
 * trace quoted in an e-mail thread is diagnosed as the trace itself.
 */
class CalibrationAndReplyKnowledgeTest {

    private static DiagnosisService diagnosis;

    @BeforeAll
    static void service() {
        diagnosis = Diagnoses.service(DiagnosisService.class);
    }

    private static Path realWorld(String name) {
        Path path = Path.of("..", "io.mailscope.trace.tests", "testfiles").resolve(name);
        assertTrue(Files.exists(path), path.toAbsolutePath() + " exists");
        return path;
    }

    private static Diagnosis diagnose(Path file) throws Exception {
        return diagnosis.diagnose(file, ImportOptions.DEFAULT, null).diagnosis();
    }

    private static Optional<Finding> answer(Diagnosis d) {
        return d.getFindings().stream().filter(f -> f.isDetermined() && f.getCategory() != null && f.getCategory() != CauseCategory.UNKNOWN)
                .max(Comparator.comparingDouble(Finding::getConfidence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // a telnet session copied up to DATA's 354: people stop copying; no drop
            "realworld/qq-telnet-ends-at-354.txt",
            // a book's session whose FETCH literal is a one-line placeholder: the BYE answers LOGOUT
            "realworld/uw-imap-session-literal-placeholder.txt" })
    void aHealthySessionThatEndsIsNoFailure(String file) throws Exception {
        Diagnosis d = diagnose(realWorld(file));
        assertTrue(d.getFindings().stream().noneMatch(f -> f.isDetermined() && f.getConfidence() > 0.5), Diagnoses.describe(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // the thread traced it to a firewall: a connect time-out has several causes
            "realworld/nodemailer-915-connection-timeout.txt",
            // Office 365 answers a wrong password and SMTP AUTH switched off alike
            "realworld/sendemail-49-o365-535-5.7.3.txt",
            // curl sent STARTTLS (not STLS) to POP3 without reading CAPA: its wrong command or a server without TLS
            "public/009-curl-pop3-starttls-denied.log" })
    void anAmbiguousTextIsNoConfidentAnswer(String file) throws Exception {
        Diagnosis d = diagnose(realWorld(file));
        assertTrue(answer(d).isPresent(), Diagnoses.describe(d));
        assertTrue(answer(d).get().getConfidence() < 0.8, Diagnoses.describe(d));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "realworld/ha-email-sensor-16-imap-overquota.txt, quota-exceeded",
            "realworld/smtp-server-144-421-timeout.txt, timeout",
            "realworld/imapsync-449-host1-authenticationfailed.txt, auth-failed",
            "realworld/mailkit-968-gmx-mailbox-unavailable.txt, recipient-rejected",
            // an openssl s_client session: LOGIN refused for too many connections, not for the password
            "realworld/mikeboers-gimap-too-many-connections.txt, server-busy" })
    void aQuotedReplyOrALogWithProtocolLinesNamesItsCause(String file, String category) throws Exception {
        Diagnosis d = diagnose(realWorld(file));
        assertEquals(category, answer(d).map(f -> f.getCategory().getLiteral()).orElse("no answer"), Diagnoses.describe(d));
    }

    @Test
    void theSeedQuotedTwiceInAnEmailThreadIsDiagnosedAsTheSeed() throws Exception {
        Path seed = realWorld("outlook2002-pop3-0x800ccc97.log");
        String text = Files.readString(seed, StandardCharsets.ISO_8859_1);
        String thread = "Hi,\n\nthe customer sent the log again, see below.\n\nOn Mon, 2 Mar 2026, Support wrote:\n"
                + text.lines().map(l -> "> " + l).collect(Collectors.joining("\n")) + "\n> \n> -- \n> Support desk\n\n"
                + text.lines().map(l -> ">> " + l).collect(Collectors.joining("\n")) + "\n\nRegards\n";
        Path pasted = Files.createTempFile("quoted-seed", ".txt");
        try {
            Files.writeString(pasted, thread, StandardCharsets.ISO_8859_1);
            Finding expected = answer(diagnose(seed)).orElseThrow();
            Diagnosis d = diagnose(pasted);
            List<Finding> same = d.getFindings().stream()
                    .filter(f -> f.getCause() != null && f.getCause().getId().equals(expected.getCause().getId())).toList();
            assertEquals(2, same.size(), "the seed's finding once per quoted copy:\n" + Diagnoses.describe(d));
            assertTrue(same.stream().allMatch(f -> f.getConfidence() == expected.getConfidence()), Diagnoses.describe(d));
            assertEquals(CauseIds.HIDDEN_CONTROL_MESSAGE, expected.getCause().getId());
        } finally {
            Files.delete(pasted);
        }
    }
}
