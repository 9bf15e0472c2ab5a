package io.mailscope.trace.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.model.Trace;
import io.mailscope.trace.tests.Imports;

/**
 * The leaks of issue #19: masking followed the protocol guessed for the session (the port decided it), so credentials
 * typed or sent at the wrong port were stored and printed in clear. Each file is a real-shaped transcript of one such
 * case; none of the password's forms may reach the model.
 */
class WrongPortMaskingTest {

    static final String PASSWORD = "S3cret!";
    static final String TOKEN = "ya29.S3cret!Tok";

    /** The password, its AUTH LOGIN and AUTH PLAIN base64 forms, the bearer token and its XOAUTH2 blob. */
    static List<String> secrets() {
        Base64.Encoder b64 = Base64.getEncoder();
        return List.of(PASSWORD, b64.encodeToString(PASSWORD.getBytes()),
                b64.encodeToString(("\0alice@example.test\0" + PASSWORD).getBytes()), TOKEN,
                b64.encodeToString(("user=alice@example.test\u0001auth=Bearer " + TOKEN + "\u0001\u0001").getBytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "curl-imap-on-587.log", "curl-pop3-on-993.log", "telnet-imap-login-at-25.log",
            "telnet-pop3-pass-at-143.log", "imap-login-both-literals.log", "prefixed-imap-login-both-literals.log",
            "arrows-imap-login-both-literals.log", "swaks-auth-plain-at-143.log" })
    void noCredentialReachesTheModel(String file) throws Exception {
        String source = Files.readString(Path.of("testfiles/hostile", file));
        assertTrue(secrets().stream().anyMatch(source::contains), "the fixture carries a credential: " + file);
        Trace trace = Imports.importFile("hostile/" + file).trace();
        assertFalse(trace.getSessions().isEmpty(), file + " is imported as a conversation");
        for (String value : Imports.allStrings(trace)) {
            for (String secret : secrets()) {
                assertFalse(value.contains(secret), file + ": '" + secret + "' in '" + value + "'\n" + Imports.describe(trace));
            }
        }
        assertTrue(Imports.allStrings(trace).stream().anyMatch(v -> v.contains("********")),
                "the masked lines are kept, masked: " + Imports.describe(trace));
    }

    @ParameterizedTest
    @ValueSource(strings = { "curl-imap-on-587.log", "telnet-pop3-pass-at-143.log" })
    void theRestOfTheConversationStaysReadable(String file) throws Exception {
        Trace trace = Imports.importFile("hostile/" + file).trace();
        String all = String.join("\n", Imports.allStrings(trace)).toLowerCase(Locale.ROOT);
        assertTrue(all.contains("authentication failed") || all.contains("error in imap command"), all);
        assertTrue(all.contains("alice"), "user names are no secrets: " + all);
    }

    @org.junit.jupiter.api.Test
    void bothLiteralLoginKeepsTheUserAndMasksThePassword() throws Exception {
        Trace trace = Imports.importFile("hostile/imap-login-both-literals.log").trace();
        var login = Imports.exchange(trace, "LOGIN");
        assertEquals(List.of("+ Ready for literal data", "alice@example.test {7}", "+ Ready for literal data", "********",
                "A1 NO [AUTHENTICATIONFAILED] Authentication failed."), Imports.replies(login), Imports.describe(trace));
    }
}
