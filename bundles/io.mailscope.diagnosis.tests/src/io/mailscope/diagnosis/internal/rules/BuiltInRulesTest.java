package io.mailscope.diagnosis.internal.rules;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.builtIn;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.determined;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.evidenceLines;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.catalog.HResult;

/**
 * Each built-in rule on a realistic transcript that shows its failure (code, cause, exact evidence lines), and on
 * healthy sessions of each protocol (nothing found).
 */
class BuiltInRulesTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // seed 002
                failure("pop3-hidden-control-message.txt", CauseIds.HIDDEN_CONTROL_MESSAGE, 8, 9, 10, 11, 12, 13, 14),
                // seed 001
                failure("pop3-dropped-after-greeting.txt", CauseIds.DROPPED_AFTER_GREETING, 4, 5),
                failure("pop3-dropped-mid-retr.txt", CauseIds.DROPPED_MID_TRANSFER, 10, 11, 12, 13, 14, 15),
                failure("connection-refused.txt", CauseIds.CONNECTION_REFUSED, 3),
                failure("pop3-timeout.txt", CauseIds.TIMEOUT, 8, 9),
                // seed 000
                failure("smtp-auth-required.txt", CauseIds.AUTH_REQUIRED, 4, 6, 9, 10),
                failure("smtp-relay-denied.txt", CauseIds.RELAY_DENIED, 4, 6, 9, 10),
                failure("smtp-auth-failed.txt", CauseIds.SMTP_AUTH_FAILED, 8, 12, 13, 14),
                failure("smtp-auth-method-mismatch.txt", CauseIds.AUTH_METHOD_MISMATCH, 4, 6, 8, 9),
                failure("pop3-in-use.txt", CauseIds.MAILBOX_IN_USE_AS_PASSWORD_ERROR, 6, 7),
                failure("smtp-busy.txt", CauseIds.SERVER_BUSY, 6, 7),
                failure("smtp-421.txt", CauseIds.SMTP_NOT_AVAILABLE, 3),
                // TLS
                failure("smtp-starttls-required.txt", CauseIds.TLS_REQUIRED, 8, 9),
                failure("smtp-starttls-not-offered.txt", CauseIds.TLS_WRONG_PORT, 4, 7, 8),
                failure("tls-wrong-version.txt", CauseIds.TLS_WRONG_PORT, 4),
                failure("tls-certificate.txt", CauseIds.CERTIFICATE_REJECTED, 3),
                failure("tls-handshake.txt", CauseIds.TLS_FAILED, 3),
                failure("pop3-imap-port.txt", CauseIds.WRONG_PORT, 3),
                // logon
                failure("pop3-bad-user.txt", CauseIds.POP3_USER_REJECTED, 4, 5),
                failure("pop3-bad-password.txt", CauseIds.POP3_PASSWORD_REJECTED, 6, 7),
                failure("imap-auth-failed.txt", CauseIds.IMAP_LOGIN_FAILED, 4, 5),
                // IMAP commands refused with a response code
                failure("imap-over-quota.txt", CauseIds.IMAP_OVER_QUOTA, 9, 10),
                failure("imap-trycreate.txt", CauseIds.IMAP_FOLDER_MISSING, 9, 10),
                // POP3 errors after logon
                failure("pop3-sys-temp.txt", CauseIds.POP3_TEMPORARY_ERROR, 8, 9),
                failure("pop3-retr-error.txt", CauseIds.POP3_COMMAND_FAILED, 10, 11),
                // SMTP replies
                failure("smtp-rejections.txt", CauseIds.SENDER_REJECTED, 6, 7),
                failure("smtp-rejections.txt", CauseIds.RECIPIENT_REJECTED, 12, 13),
                failure("smtp-rejections.txt", CauseIds.QUOTA_TEMPORARY, 14, 15),
                failure("smtp-rejections.txt", CauseIds.MESSAGE_REJECTED, 20, 21),
                failure("smtp-message-too-large.txt", CauseIds.MESSAGE_TOO_LARGE, 7, 8),
                failure("smtp-bare-lf.txt", CauseIds.BARE_LF, 12, 13),
                // the server refuses or ends the session; STARTTLS never completed
                failure("imap-bye-greeting.txt", CauseIds.SERVER_ENDED_SESSION, 3),
                failure("pop3-err-greeting.txt", CauseIds.SERVER_ENDED_SESSION, 3),
                failure("smtp-554-greeting.txt", CauseIds.SMTP_REFUSED_AT_GREETING, 3),
                failure("imap-autologout.txt", CauseIds.SERVER_ENDED_SESSION, 8, 10),
                failure("smtp-starttls-no-handshake.txt", CauseIds.TLS_FAILED, 8, 9));
    }

    private static Arguments failure(String transcript, String causeId, Integer... evidenceLines) {
        return Arguments.of(transcript, causeId, Arrays.asList(evidenceLines));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void findsTheCauseWithItsEvidenceLines(String transcript, String causeId, List<Integer> evidenceLines) {
        Diagnosis d = builtIn(transcript);
        Finding f = single(d, causeId);
        assertEquals(new HResult(CauseIds.code(causeId)).hex(), new HResult(f.getErrorCode().getValue()).hex(), describe(d));
        assertEquals(evidenceLines, evidenceLines(f), describe(d));
        assertTrue(f.getConfidence() > 0.5 && f.getConfidence() <= 1, describe(d));
        assertTrue(f.getSummary() != null && !f.getSummary().isBlank());
        assertTrue(d.getFindings().stream().allMatch(Finding::isDetermined),
                "every code the client reported is explained:\n" + describe(d));
    }

    @ParameterizedTest
    @ValueSource(strings = { "pop3-healthy.txt", "imap-healthy.txt", "smtp-healthy.txt" })
    void findsNothingInAHealthySession(String transcript) {
        Diagnosis d = builtIn(transcript);
        assertEquals(List.of(), determined(d), describe(d));
        assertTrue(d.getFindings().isEmpty(), describe(d));
    }

    @ParameterizedTest
    @ValueSource(strings = { "pop3-hidden-control-message.txt", "pop3-dropped-after-greeting.txt", "smtp-auth-required.txt",
            "imap-bye-greeting.txt", "pop3-err-greeting.txt", "smtp-554-greeting.txt", "imap-autologout.txt",
            "smtp-starttls-no-handshake.txt" })
    void findsOnlyTheOneCause(String transcript) {
        Diagnosis d = builtIn(transcript);
        assertEquals(1, d.getFindings().size(), describe(d));
    }

    @org.junit.jupiter.api.Test
    void aReportedCodeNoRuleExplainsIsSaidToBeUndetermined() {
        Diagnosis d = builtIn("pop3-undetermined.txt");
        assertEquals(1, d.getFindings().size(), describe(d));
        Finding f = d.getFindings().get(0);
        assertEquals(false, f.isDetermined());
        assertEquals("0x800CCC0F", new HResult(f.getErrorCode().getValue()).hex());
        assertEquals("client reported 0x800CCC0F; cause not determined", f.getSummary());
        assertEquals(List.of(12), evidenceLines(f));
        assertEquals(null, f.getCause());
    }
}
