package io.mailscope.trace.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The masking API: by syntax, whatever protocol; stateful across SASL exchanges and literals. */
class CredentialMaskingTest {

    private static MaskingSession session() {
        return CredentialMasking.newSession();
    }

    @Test
    void everyProtocolsSyntaxInOneSession() {
        MaskingSession s = session();
        assertEquals("PASS ********", s.client("PASS S3cret!").text());
        assertEquals("a1 LOGIN alice ********", s.client("a1 LOGIN alice S3cret!").text());
        assertEquals("a1 LOGIN \"alice smith\" ********", s.client("a1 LOGIN \"alice smith\" \"S3 cret\"").text());
        assertEquals("APOP alice ********", s.client("APOP alice 143904b05d1f0d56db3020ec5e934d4d").text());
        assertEquals("AUTH PLAIN ********", s.client("AUTH PLAIN AGFsaWNlAFMzY3JldCE=").text());
        assertEquals("2 login \"alice\" ********", s.client("2 login \"alice\" \"S3cret!\"").text(), "Thunderbird writes lower case");
        assertEquals("USER alice", s.client("USER alice").text());
        assertEquals("a3 SELECT INBOX", s.client("a3 SELECT INBOX").text());
    }

    @Test
    void whatWasMaskedIsReportedNotTheSecret() {
        MaskedLine m = session().client("A1 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB5YTI5AQE=");
        assertEquals(List.of(new MaskedCredential(CredentialKind.BEARER_TOKEN, "AUTHENTICATE XOAUTH2")), m.credentials());
        assertTrue(m.changed());
        assertEquals("AUTHENTICATE XOAUTH2", m.describe());
        MaskedLine already = session().client("PASS ********");
        assertTrue(already.carriesCredential());
        assertFalse(already.changed(), "the client masked it already");
        assertFalse(session().client("EHLO x").carriesCredential());
    }

    @Test
    void saslContinuationsAfterChallengesOfAnyMechanism() {
        for (String mechanism : List.of("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2", "OAUTHBEARER", "SCRAM-SHA-256", "NTLM")) {
            MaskingSession s = session();
            assertEquals("A2 AUTHENTICATE " + mechanism, s.client("A2 AUTHENTICATE " + mechanism).text());
            assertEquals("+ ", s.server("+ ").text());
            assertEquals("********", s.client("c2VjcmV0LWRhdGE=").text(), mechanism);
            assertEquals("+ UGFzc3dvcmQ6", s.server("+ UGFzc3dvcmQ6").text());
            assertEquals("********", s.client("bm90LWJhc2U2NCBhdCBhbGwh").text(), mechanism + ": any line after a challenge");
            assertEquals("A2 NO failed", s.server("A2 NO failed").text());
            assertEquals("A3 LOGOUT", s.client("A3 LOGOUT").text());
        }
    }

    @Test
    void saslLinesWithoutChallengesEndAtTheNextCommand() {
        MaskingSession s = session();
        s.client("AUTH LOGIN");
        assertEquals("********", s.client("YWxpY2U=").text());
        assertEquals("********", s.client("UzNjcmV0IQ==").text());
        assertEquals("QUIT", s.client("QUIT").text());
        MaskingSession plain = session();
        plain.client("AUTH PLAIN");
        assertEquals("********", plain.client("AGFsaWNlAFMzY3JldCE=").text());
        assertEquals("STAT", plain.client("STAT").text(), "a bare verb is base64 too, but a command");
    }

    @Test
    void cancelIsNoSecret() {
        MaskingSession s = session();
        s.client("AUTH LOGIN");
        s.server("334 VXNlcm5hbWU6");
        assertEquals("*", s.client("*").text());
        assertEquals("501 cancelled", s.server("501 cancelled").text());
    }

    @Test
    void imapLiterals() {
        MaskingSession s = session();
        assertEquals("A1 LOGIN {5}", s.client("A1 LOGIN {5}").text());
        s.server("+ Ready");
        assertEquals("alice {7}", s.client("alice {7}").text());
        s.server("+ Ready");
        assertEquals("********", s.client("S3cret!").text());
        assertEquals("A2 LOGIN {5+}", s.client("A2 LOGIN {5+}").text());
        assertEquals("alice ********", s.client("alice S3cret!").text());
        assertEquals("A3 LOGIN alice {7+}", s.client("A3 LOGIN alice {7+}").text());
        assertEquals("********", s.client("S3cret!").text());
        assertEquals("A4 APPEND INBOX {30}", s.client("A4 APPEND INBOX {30}").text());
        s.server("+ Ready");
        assertEquals("From: alice@example.test", s.client("From: alice@example.test").text(), "message literals are no secrets");
    }

    @Test
    void capabilityListsAndRepliesAreNotMasked() {
        MaskingSession s = session();
        assertEquals("250-AUTH PLAIN LOGIN", s.server("250-AUTH PLAIN LOGIN").text());
        assertEquals("250 AUTH PLAIN LOGIN", s.server("250 AUTH PLAIN LOGIN").text());
        assertEquals("AUTH PLAIN LOGIN CRAM-MD5", s.client("AUTH PLAIN LOGIN CRAM-MD5").text());
        assertEquals("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready", s.server("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready").text());
        assertEquals("-ERR [AUTH] Authentication failed.", s.server("-ERR [AUTH] Authentication failed.").text());
    }

    @Test
    void serverEchoesOfASecretAreMasked() {
        MaskingSession s = session();
        s.client("a1 LOGIN alice S3cret!");
        assertEquals("500 5.3.3 Unrecognized command 'a1 LOGIN alice ********'",
                s.server("500 5.3.3 Unrecognized command 'a1 LOGIN alice S3cret!'").text());
    }

    @Test
    void freeTextWithPrefixes() {
        assertEquals("2024-05-01 10:00:01 C: a1 LOGIN alice ********",
                CredentialMasking.maskText("2024-05-01 10:00:01 C: a1 LOGIN alice S3cret!").text());
        assertEquals("send: 'PASS ********", CredentialMasking.maskText("send: 'PASS S3cret!\\r\\n'").text());
        assertEquals("DEBUG IMAP: A1 AUTHENTICATE PLAIN ********",
                CredentialMasking.maskText("DEBUG IMAP: A1 AUTHENTICATE PLAIN AGFsaWNlAFMzY3JldCE=").text());
        assertEquals("Please LOGIN with your account", CredentialMasking.maskText("Please LOGIN with your account").text(),
                "prose is no command");
        String imapError = "Sync exited with error: Login failed: (No(No { information: \"Too many simultaneous connections. (Failure)\" }))";
        assertEquals(imapError, CredentialMasking.maskText(imapError).text(), "an error text about a logon keeps its reason");
        String imapBackup = "ERROR: command: LOGIN => unexpected response: 'NO cleartext logins disabled'";
        assertEquals(imapBackup, CredentialMasking.maskText(imapBackup).text(), "a log line quoting the LOGIN verb keeps the reply");
        String roundcube = "[31-Aug-2025 04:16:21 +0000]: <5jb4qf16> IMAP Error: Login failed for admin against mail.example from 172.18.0.5."
                + " Could not connect to ssl://mail.example:993: Unknown reason";
        assertEquals(roundcube, CredentialMasking.maskText(roundcube).text(), "a log's message about a failed logon is prose, not LOGIN");
        String placeholder = "IMAP command 'AUTHENTICATE PLAIN <authdata>' returned an error: NO authentication failure";
        assertEquals(placeholder, CredentialMasking.maskText(placeholder).text(),
                "a program's placeholder is no SASL data (base64 has no angle brackets): the error after it stays");
        assertEquals("IMAP: LOGIN alice ********", CredentialMasking.maskText("IMAP: LOGIN alice failed").text(),
                "a status word in the user name's place is a status only in prose: a command keeps its mask");
        assertEquals("Authorization: Bearer ********", CredentialMasking.maskText("Authorization: Bearer ya29.a0AfH6SM").text());
        assertEquals("{\"access_token\":\"********\",\"expires_in\":3599}",
                CredentialMasking.maskText("{\"access_token\":\"ya29.a0AfH6SM\",\"expires_in\":3599}").text());
        assertEquals("curl --oauth2-bearer ******** imap://h/", CredentialMasking.maskText("curl --oauth2-bearer ya29.tok imap://h/").text());
    }

    @Test
    void freeTextSaslExchange() {
        MaskingSession s = session();
        assertEquals("C: AUTH LOGIN", s.text("C: AUTH LOGIN").text());
        assertEquals("S: 334 VXNlcm5hbWU6", s.text("S: 334 VXNlcm5hbWU6").text());
        assertEquals("C: ********", s.text("C: YWxpY2U=").text());
        assertEquals("S: 535 failed", s.text("S: 535 failed").text());
    }
}
