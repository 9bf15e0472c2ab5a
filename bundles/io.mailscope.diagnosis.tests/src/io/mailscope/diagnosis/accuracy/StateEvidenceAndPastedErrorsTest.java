package io.mailscope.diagnosis.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

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
 * Real posted traces (io.mailscope.trace.tests/testfiles/realworld, sources and the threads' resolutions in its
 * SOURCES.md) whose cause shows in the session's state or in an error pasted as people paste it: one-line client
 * errors, a dialog wrapped over several lines, an error above the log it came from, a server that ends the session at
 * the client's first command, a server that contradicts what it announced or accepted, a client that broke the syntax.
 */
class StateEvidenceAndPastedErrorsTest {

    private static DiagnosisService diagnosis;

    @BeforeAll
    static void service() {
        diagnosis = Diagnoses.service(DiagnosisService.class);
    }

    private static Diagnosis diagnose(String name) throws Exception {
        Path path = Path.of("..", "io.mailscope.trace.tests", "testfiles", "realworld").resolve(name);
        assertTrue(Files.exists(path), path.toAbsolutePath() + " exists");
        return diagnosis.diagnose(path, ImportOptions.DEFAULT, null).diagnosis();
    }

    private static Optional<Finding> answer(Diagnosis d) {
        return d.getFindings().stream().filter(f -> f.isDetermined() && f.getCategory() != null && f.getCategory() != CauseCategory.UNKNOWN)
                .max(Comparator.comparingDouble(Finding::getConfidence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // a one-line error no log around it
            "mutt-wizard-803-certificate-expired.txt, certificate-rejected",
            // Exim as the client: "Remote host closed connection in response to EHLO"
            "exim-0211-drop-conn-after-banner.txt, connection-dropped-after-greeting",
            // an Outlook Express dialog wrapped as the window showed it: the server's reply is on the lines above the code
            "oceanfree-oe-553-wrapped-dialog.txt, auth-required",
            // the error pasted above a log whose session stops before the refused command
            "nodemailer-145-error-above-log.txt, sender-rejected",
            // 503 to DATA after MAIL FROM:<> and RCPT were accepted
            "go-guerrilla-100-null-sender-503.txt, server-bug",
            // BAD to ID although CAPABILITY lists ID
            "wino-263-id-advertised-bad.txt, server-bug",
            // "login user password" without a tag: the server reads "login" as the tag
            "mumumu-untagged-login.txt, protocol-violation",
            // a closing 421 whose text names the EHLO name, not a busy server
            "phpmailer-2189-421-ehlo-name.txt, client-configuration",
            // "Login failed ... Could not connect to ssl://...: Unknown reason": the logon was never tried
            "roundcube-375-could-not-connect-ssl.txt, certificate-rejected",
            // one tagged refusal quoted alone
            "node-imap-882-tagged-unavailable-alone.txt, server-busy",
            // DATA answered 354, then the tool's "Error: Connection closed." and no final reply
            "postal-2167-closed-after-data.txt, connection-dropped-mid-transfer",
            // read after held-out round 3 was measured (see docs/accuracy.md): an IMAP client got SMTP's greeting
            "mailkit-250-smtp-greeting-to-imap-client.txt, wrong-port-or-security",
            // a refusal naming a blocklist, and the blocklist's answer that the receiving server queries it wrongly
            "sendgrid-6275-blocked-using-spamhaus.txt, sender-rejected",
            "simple-login-2675-open-resolver.txt, server-bug",
            // ">>>" before the server's replies, "<<<" before the client's commands: the lines' shapes tell
            "espoofer-15-arrows-the-other-way.txt, sender-rejected",
            // the program's placeholder "<authdata>" is no SASL data: the error after it is read
            "mutt-wizard-299-authdata-placeholder.txt, auth-failed",
            // the EHLO reply ends with "250 ..." and names SIZE on a line without "250-"
            "smtp4dev-5-ehlo-keywords-without-code.txt, server-bug",
            // the end of the message answered "502 ... not recognized" and then "250 ... queued"
            "mailsac-13-502-then-250-after-data.txt, server-bug",
            // "AUTH LOGIN <user>" answered with the user-name prompt: the server ignores LOGIN's initial response
            "mailkit-216-login-initial-response-ignored.txt, auth-method-mismatch",
            // read after held-out round 4 was measured: a temporary refusal that states the wait, quoted with "> "
            "gophish-521-422-try-again-in-15-seconds.txt, server-busy",
            // LOGOUT answered with a tagged "A00000006 BYE": BYE is always untagged
            "mailkit-1536-tagged-bye-at-logout.txt, server-bug" })
    void theCauseShowsInTheStateOrInThePastedError(String file, String category) throws Exception {
        Diagnosis d = diagnose(file);
        assertEquals(category, answer(d).map(f -> f.getCategory().getLiteral()).orElse("no answer"), Diagnoses.describe(d));
    }

    @Test
    void aByeAtTheFirstCommandBeforeAnyLogonIsADropAfterTheGreetingNotAConfidentGuess() throws Exception {
        Diagnosis d = diagnose("mailkit-209-bye-after-capability.txt");
        Finding f = answer(d).orElseThrow(() -> new AssertionError(Diagnoses.describe(d)));
        assertEquals(CauseIds.DROPPED_AFTER_GREETING, f.getCause().getId(), Diagnoses.describe(d));
        assertTrue(f.getConfidence() < 0.8, "the BYE names no reason: " + Diagnoses.describe(d));
        assertTrue(f.getEvidence().stream().anyMatch(e -> e.getFirstLine() == 4), "cites the BYE line: " + Diagnoses.describe(d));
    }

    @Test
    void malformedServerOutputIsTheServersFaultCitingItsLines() throws Exception {
        Diagnosis ehlo = diagnose("smtp4dev-5-ehlo-keywords-without-code.txt");
        Finding keywords = answer(ehlo).orElseThrow(() -> new AssertionError(Diagnoses.describe(ehlo)));
        assertEquals(CauseIds.SMTP_MALFORMED_REPLY, keywords.getCause().getId(), Diagnoses.describe(ehlo));
        assertTrue(keywords.getEvidence().stream().anyMatch(e -> e.getFirstLine() == 7), "cites the SIZE line: " + Diagnoses.describe(ehlo));
        Diagnosis data = diagnose("mailsac-13-502-then-250-after-data.txt");
        Finding twice = answer(data).orElseThrow(() -> new AssertionError(Diagnoses.describe(data)));
        assertEquals(CauseIds.SMTP_PHANTOM_COMMAND_502, twice.getCause().getId(), Diagnoses.describe(data));
        assertTrue(twice.getEvidence().stream().anyMatch(e -> e.getFirstLine() == 16)
                && twice.getEvidence().stream().anyMatch(e -> e.getFirstLine() == 17), "cites the 502 and the 250: " + Diagnoses.describe(data));
        assertTrue(keywords.getConfidence() < 0.8 && twice.getConfidence() < 0.8, "one transcript, no confident answer");
    }

    @Test
    void anIgnoredInitialResponseThatTheServerAcceptedAllTheSameIsOnlyARemark() throws Exception {
        Diagnosis d = diagnose("mailkit-216-login-initial-response-ignored.txt");
        Finding f = answer(d).orElseThrow(() -> new AssertionError(Diagnoses.describe(d)));
        assertEquals(CauseIds.AUTH_METHOD_MISMATCH, f.getCause().getId(), Diagnoses.describe(d));
        assertTrue(f.getConfidence() <= 0.5, "the server answered 235 in the end: not flagged as a failure: " + Diagnoses.describe(d));
        assertTrue(f.getEvidence().stream().anyMatch(e -> e.getFirstLine() == 9), "cites the user-name prompt: " + Diagnoses.describe(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // "Previous error: ... wrong version number" above "New error: 501 Syntactically invalid EHLO argument(s)"
            "dma-87-previous-and-new-error.txt",
            // connected, no greeting: a plain-text client on an implicit-TLS port, or something silent in between
            "action-send-mail-37-greeting-never-received.txt" })
    void textsThatCannotSettleTheCauseAreNoConfidentAnswer(String file) throws Exception {
        Diagnosis d = diagnose(file);
        assertTrue(answer(d).isPresent(), Diagnoses.describe(d));
        assertTrue(answer(d).get().getConfidence() < 0.8, Diagnoses.describe(d));
    }

    @Test
    void theLogLineAboutAFailedLoginKeepsItsText() throws Exception {
        Diagnosis d = diagnose("roundcube-375-could-not-connect-ssl.txt");
        Finding f = answer(d).orElseThrow(() -> new AssertionError(Diagnoses.describe(d)));
        assertTrue(f.getEvidence().stream().anyMatch(e -> e.getText() != null && e.getText().contains("Could not connect to ssl://")),
                "'Login failed for admin' is prose, not a LOGIN command whose arguments are masked: " + Diagnoses.describe(d));
    }
}
