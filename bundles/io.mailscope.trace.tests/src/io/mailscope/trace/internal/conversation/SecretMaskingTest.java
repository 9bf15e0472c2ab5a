package io.mailscope.trace.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.model.Protocol;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/** Credentials never reach the model: the dummy password S3cret! and its base64 forms are masked as lines are read. */
class SecretMaskingTest {

    /** The dummy password, its base64 (AUTH LOGIN) and the AUTH PLAIN blob of the captured fixtures. */
    static final List<String> SECRETS = List.of("S3cret!", "UzNjcmV0IQ==", "AGFsaWNlAFMzY3JldCE=",
            "dXNlcj1hbGljZUBleGFtcGxlLnRlc3QBYXV0aD1CZWFyZXIgeWEyOS5TM2NyZXQhAQE=");

    static Stream<String> filesWithSecrets() throws Exception {
        return Stream.of("captured", "written", "public").flatMap(dir -> {
            try (Stream<Path> files = Files.list(Path.of("testfiles", dir))) {
                return files.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
                        .map(p -> dir + "/" + p.getFileName()).toList().stream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("filesWithSecrets")
    void noSecretInTheModel(String file) throws Exception {
        ImportResult result = Imports.importFile(file);
        for (String value : Imports.allStrings(result.trace())) {
            for (String secret : SECRETS) {
                assertFalse(value.contains(secret), file + ": '" + secret + "' found in '" + value + "'");
            }
        }
    }

    @Test
    void theFixturesReallyContainTheSecrets() throws Exception {
        // guards the test above: it must see the secrets in the source to prove anything
        assertTrue(Files.readString(Path.of("testfiles/captured/swaks_tls.txt")).contains("UzNjcmV0IQ=="));
        assertTrue(Files.readString(Path.of("testfiles/captured/py1.txt")).contains("AGFsaWNlAFMzY3JldCE="));
        assertTrue(Files.readString(Path.of("testfiles/captured/jm14_pop.txt")).contains("S3cret!"));
        assertTrue(Files.readString(Path.of("testfiles/captured/msmtp.txt")).contains("S3cret!"));
    }

    @Test
    void maskedLinesAreMarkedAndRepairsRecorded() throws Exception {
        Trace trace = Imports.importFile("captured/swaks_tls.txt").trace();
        var auth = Imports.exchange(trace, "AUTH");
        assertEquals("********", auth.getReplyLines().get(1).getText());
        assertTrue(auth.getReplyLines().get(1).isMasked());
        assertTrue(auth.getReplyLines().get(3).isMasked());
        assertFalse(auth.getReplyLines().get(0).isMasked(), "server prompts are not secrets");
        long repairs = trace.getRepairs().stream().filter(r -> r.getKind() == RepairKind.MASKED_SECRET).count();
        assertEquals(2, repairs);
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.MASKED_SECRET && r.getFirstLine() == 26));
    }

    @Test
    void pop3PassAndApop() {
        assertEquals("PASS ********", SecretMasker.command(Protocol.POP3, "PASS S3cret!").text());
        assertEquals("APOP alice ********", SecretMasker.command(Protocol.POP3, "APOP alice 143904b05d1f0d56db3020ec5e934d4d").text());
        assertEquals("AUTH PLAIN ********", SecretMasker.command(Protocol.POP3, "AUTH PLAIN AGFsaWNlAFMzY3JldCE=").text());
        assertTrue(SecretMasker.command(Protocol.POP3, "PASS S3cret!").changed());
        assertFalse(SecretMasker.command(Protocol.POP3, "PASS ********").changed(), "already masked by the client");
        assertEquals("USER alice", SecretMasker.command(Protocol.POP3, "USER alice").text());
    }

    @Test
    void imapLoginAndAuthenticate() {
        assertEquals("a1 LOGIN alice ********", SecretMasker.command(Protocol.IMAP, "a1 LOGIN alice S3cret!").text());
        assertEquals("a1 LOGIN \"alice smith\" ********",
                SecretMasker.command(Protocol.IMAP, "a1 LOGIN \"alice smith\" \"S3cret! x\"").text());
        assertEquals("A2 AUTHENTICATE PLAIN ********",
                SecretMasker.command(Protocol.IMAP, "A2 AUTHENTICATE PLAIN AGFsaWNlAFMzY3JldCE=").text());
        assertEquals("A3 SELECT INBOX", SecretMasker.command(Protocol.IMAP, "A3 SELECT INBOX").text());
    }

    @Test
    void smtpAuthMechanisms() {
        assertEquals("AUTH LOGIN ********", SecretMasker.command(Protocol.SMTP, "AUTH LOGIN YWxpY2U=").text());
        assertEquals("AUTH XOAUTH2 ********", SecretMasker.command(Protocol.SMTP, "AUTH XOAUTH2 dXNlcj1h").text());
        assertEquals("AUTH CRAM-MD5", SecretMasker.command(Protocol.SMTP, "AUTH CRAM-MD5").text());
        assertEquals("********", SecretMasker.continuation("YWxpY2UgOGQ5ZjA=").text(), "CRAM-MD5 response");
        assertEquals("*", SecretMasker.continuation("*").text(), "SASL cancel is not a secret");
    }

    @Test
    void credentialsInOtherLines() {
        assertEquals("passwordeval = ********", SecretMasker.other("passwordeval = echo S3cret!").text());
        assertEquals("$ curl -v pop3://alice:********@localhost/", SecretMasker.other("$ curl -v pop3://alice:S3cret!@localhost/").text());
        assertEquals("password = *", SecretMasker.other("password = *").text());
        assertEquals("LOGIN/PASS failed", SecretMasker.other("LOGIN/PASS failed").text());
    }

    @Test
    void theSourceFileIsNotModified() throws Exception {
        Path file = Imports.file("captured/swaks_tls.txt");
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Imports.importFile("captured/swaks_tls.txt");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }
}
