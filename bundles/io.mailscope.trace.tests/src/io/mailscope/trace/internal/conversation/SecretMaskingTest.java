package io.mailscope.trace.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.model.Protocol;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskingSession;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
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
        assertEquals("PASS ********", client("PASS S3cret!").text());
        assertEquals("APOP alice ********", client("APOP alice 143904b05d1f0d56db3020ec5e934d4d").text());
        assertEquals("AUTH PLAIN ********", client("AUTH PLAIN AGFsaWNlAFMzY3JldCE=").text());
        assertTrue(client("PASS S3cret!").changed());
        assertFalse(client("PASS ********").changed(), "already masked by the client");
        assertEquals("USER alice", client("USER alice").text());
    }

    @Test
    void imapLoginAndAuthenticate() {
        assertEquals("a1 LOGIN alice ********", client("a1 LOGIN alice S3cret!").text());
        assertEquals("a1 LOGIN \"alice smith\" ********",
                client("a1 LOGIN \"alice smith\" \"S3cret! x\"").text());
        assertEquals("A2 AUTHENTICATE PLAIN ********",
                client("A2 AUTHENTICATE PLAIN AGFsaWNlAFMzY3JldCE=").text());
        assertEquals("A3 SELECT INBOX", client("A3 SELECT INBOX").text());
    }

    @Test
    void smtpAuthMechanisms() {
        assertEquals("AUTH LOGIN ********", client("AUTH LOGIN YWxpY2U=").text());
        assertEquals("AUTH XOAUTH2 ********", client("AUTH XOAUTH2 dXNlcj1h").text());
        assertEquals("AUTH CRAM-MD5", client("AUTH CRAM-MD5").text());
        MaskingSession cram = CredentialMasking.newSession();
        assertEquals("AUTH CRAM-MD5", cram.client("AUTH CRAM-MD5").text());
        assertEquals("334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+", cram.server("334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+").text());
        assertEquals("********", cram.client("YWxpY2UgOGQ5ZjA=").text(), "CRAM-MD5 response");
        MaskingSession cancel = CredentialMasking.newSession();
        cancel.client("AUTH LOGIN");
        cancel.server("334 VXNlcm5hbWU6");
        assertEquals("*", cancel.client("*").text(), "SASL cancel is not a secret");
    }

    @Test
    void credentialsInOtherLines() {
        assertEquals("passwordeval = ********", CredentialMasking.maskText("passwordeval = echo S3cret!").text());
        assertEquals("$ curl -v pop3://alice:********@localhost/", CredentialMasking.maskText("$ curl -v pop3://alice:S3cret!@localhost/").text());
        assertEquals("password = *", CredentialMasking.maskText("password = *").text());
        assertEquals("LOGIN/PASS failed", CredentialMasking.maskText("LOGIN/PASS failed").text());
    }

    private static io.mailscope.trace.masking.MaskedLine client(String line) {
        return CredentialMasking.newSession().client(line);
    }

    /** The dummy password must be nowhere in the trace, not even as a verb (upper-cased). */
    private static void assertNowhere(Trace trace, String secret) {
        for (String value : Imports.allStrings(trace)) {
            assertFalse(value.toUpperCase(java.util.Locale.ROOT).contains(secret.toUpperCase(java.util.Locale.ROOT)),
                    "'" + secret + "' found in '" + value + "'\n" + Imports.describe(trace));
        }
    }

    @Test
    void passFollowedByATab() throws Exception {
        assertEquals("PASS ********", client("PASS\tS3cret!").text());
        assertEquals("a1\tLOGIN\talice ********", client("a1\tLOGIN\talice\tS3cret!").text());
        assertEquals("C:\tPASS\t********", CredentialMasking.maskText("C:\tPASS\tS3cret!").text());
        Trace trace = Imports.importText("+OK ready\nUSER alice\n+OK\nPASS\tS3cret!\n-ERR [AUTH] failed\n").trace();
        assertNowhere(trace, "S3cret!");
        assertTrue(Imports.exchange(trace, "PASS").getCommand().isMasked());
    }

    @Test
    void imapLoginWithLiteralPlus() throws Exception {
        Trace trace = Imports.importText("* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\nA1 LOGIN {5+}\nalice {7+}\nS3cret!\n"
                + "A1 NO [AUTHENTICATIONFAILED] x\n").trace();
        assertNowhere(trace, "S3cret!");
        var login = Imports.exchange(trace, "LOGIN");
        assertEquals(List.of("alice {7+}", "********", "A1 NO [AUTHENTICATIONFAILED] x"), Imports.replies(login));
        assertEquals(2, Imports.exchanges(trace).size(), "the literal lines are no commands: " + Imports.describe(trace));
        // password literal announced on the command line, synchronizing literal with the server's "+"
        Trace sync = Imports.importText("* OK ready\nA1 LOGIN alice {7}\n+ Ready\nS3cret!\nA1 OK done\nA2 LOGOUT\n").trace();
        assertNowhere(sync, "S3cret!");
        assertEquals(List.of("+ Ready", "********", "A1 OK done"), Imports.replies(Imports.exchange(sync, "LOGIN")));
    }

    @Test
    void authLoginWithoutServerChallenges() throws Exception {
        Trace trace = Imports.importText("C: AUTH LOGIN\nC: YWxpY2U=\nC: UzNjcmV0IQ==\nS: 535 5.7.8 bad\n").trace();
        assertNowhere(trace, "UzNjcmV0IQ==");
        assertEquals(Protocol.SMTP, trace.getSessions().get(0).getProtocol(), "AUTH is no IMAP tag");
        var auth = Imports.exchange(trace, "AUTH");
        assertEquals(List.of("********", "********", "535 5.7.8 bad"), Imports.replies(auth));
        assertEquals(1, Imports.exchanges(trace).size(), Imports.describe(trace));
    }

    @Test
    void jsonConfigurationLines() throws Exception {
        assertEquals("{\"host\":\"h\",\"user\":\"alice\",\"password\":\"********\"}",
                CredentialMasking.maskText("{\"host\":\"h\",\"user\":\"alice\",\"password\":\"S3cret!\"}").text());
        assertEquals("\"passwd\": \"********\",", CredentialMasking.maskText("\"passwd\": \"S3cret!\",").text());
        assertEquals("{\"password\":\"********\"}", client("{\"password\":\"S3cret!\"}").text());
        // a session whose protocol is not known yet: the line is read as a command
        Trace trace = Imports.importText("C: {\"host\":\"h\",\"user\":\"alice\",\"password\":\"S3cret!\"}\nC: HELLO\nS: hi\n").trace();
        assertNowhere(trace, "S3cret!");
    }

    @Test
    void credentialsInCommandLineOptions() {
        assertEquals("$ curl --user alice:******** pop3://h/", CredentialMasking.maskText("$ curl --user alice:S3cret! pop3://h/").text());
        assertEquals("$ curl -u alice:******** imap://h/", CredentialMasking.maskText("$ curl -u alice:S3cret! imap://h/").text());
        assertEquals("$ curl -ualice:******** imap://h/", CredentialMasking.maskText("$ curl -ualice:S3cret! imap://h/").text());
        assertEquals("swaks --auth-user alice --auth-password ******** --to x",
                CredentialMasking.maskText("swaks --auth-user alice --auth-password S3cret! --to x").text());
        assertEquals("swaks -au alice -ap ******** -t x", CredentialMasking.maskText("swaks -au alice -ap S3cret! -t x").text());
        assertEquals("fetchmail --pass ******** -v", CredentialMasking.maskText("fetchmail --pass S3cret! -v").text());
        assertEquals("tool --password ******** -v", CredentialMasking.maskText("tool --password S3cret! -v").text());
        assertEquals("see https://alice:********@example.test/x", CredentialMasking.maskText("see https://alice:S3cret!@example.test/x").text());
        assertEquals("curl -u alice pop3://h/", CredentialMasking.maskText("curl -u alice pop3://h/").text(), "no password given");
        assertEquals("swaks --auth-password ********", CredentialMasking.maskText("swaks --auth-password ********").text());
    }

    @Test
    void parserFailureMessagesAndLaterLines() throws Exception {
        TraceFormat failing = new TraceFormat() {
            @Override
            public double confidence(Sample sample) {
                return 1;
            }

            @Override
            public TraceParser newParser() {
                return (line, sink) -> {
                    if (line.text().contains("AUTH")) {
                        throw new IllegalStateException("cannot parse '" + line.text() + "' nor 'PASS S3cret!'");
                    }
                    sink.accept(new TraceRecord.Other(Span.of(line), line.text()));
                };
            }
        };
        TraceImporter.FormatHandle handle = new TraceImporter.FormatHandle() {
            @Override
            public TraceFormatInfo info() {
                return new TraceFormatInfo("test.failing", "Failing", "", "test");
            }

            @Override
            public Optional<TraceFormat> format() {
                return Optional.of(failing);
            }
        };
        List<Throwable> logged = new ArrayList<>();
        TraceImporter importer = new TraceImporter(List.of(handle), v -> null, (format, what, error) -> logged.add(error));
        Trace trace = importer.importText("t", "C: EHLO x\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: YWxpY2U=\nC: UzNjcmV0IQ==\n"
                + "S: 535 bad\nC: PASS\tS3cret!\nC: QUIT\n", ImportOptions.DEFAULT, null).trace();
        assertNowhere(trace, "S3cret!");
        assertNowhere(trace, "UzNjcmV0IQ==");
        assertTrue(trace.getProblems().stream().anyMatch(p -> p.getMessage().contains("failed at line 2 (java.lang.IllegalStateException)")),
                trace.getProblems().toString());
        assertEquals(1, logged.size());
        java.io.StringWriter stack = new java.io.StringWriter();
        logged.get(0).printStackTrace(new java.io.PrintWriter(stack));
        assertFalse(stack.toString().contains("S3cret!"), stack.toString());
        assertTrue(stack.toString().startsWith("java.lang.IllegalStateException"), stack.toString());
        assertTrue(trace.getOtherLines().stream().anyMatch(l -> l.getText().equals("S: 535 bad")));
        assertTrue(trace.getOtherLines().stream().anyMatch(l -> l.getText().equals("C: QUIT")));
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
