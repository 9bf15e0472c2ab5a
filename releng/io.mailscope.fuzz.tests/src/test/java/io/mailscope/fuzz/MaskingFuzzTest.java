package io.mailscope.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;

/**
 * The masking component under arbitrary surroundings: lines the fuzzer makes up (noise, replies, other commands) before
 * and between, a credential line in one of the syntaxes, framed as a protocol line (optional tag) or as a logged line
 * (a timestamp-and-marker prefix): the password never comes out of the session.
 */
class MaskingFuzzTest {

    private static final String PASSWORD = "Fz9!pw";

    @FuzzTest(maxDuration = "20s")
    void maskedWhateverTheFraming(FuzzedDataProvider data) {
        MaskingSession session = CredentialMasking.newSession();
        int noise = data.consumeInt(0, 4);
        for (int i = 0; i < noise; i++) {
            String line = data.consumeAsciiString(60).replace('\n', ' ').replace(PASSWORD, "");
            switch (data.consumeInt(0, 2)) {
                case 0 -> session.client(line);
                case 1 -> session.server(line);
                default -> session.text(line);
            }
        }
        String user = "u" + Integer.toHexString(data.consumeInt(0, 0xffff));
        String credential = switch (data.consumeInt(0, 6)) {
            case 0 -> "PASS " + PASSWORD;
            case 1 -> "LOGIN " + user + " " + PASSWORD;
            case 2 -> "LOGIN \"" + user + "\" \"" + PASSWORD + "\"";
            case 3 -> "AUTHENTICATE PLAIN " + PASSWORD;
            case 4 -> "AUTH LOGIN " + PASSWORD;
            case 5 -> "APOP " + user + " " + PASSWORD;
            default -> "AUTH XOAUTH2 " + PASSWORD;
        };
        String tag = data.consumeBoolean() ? "a" + data.consumeInt(0, 999) + " " : "";
        boolean logged = data.consumeBoolean();
        MaskedLine masked;
        if (logged) {
            String prefix = data.consumeInt(0, 59) + ":" + data.consumeInt(10, 59) + " " + (data.consumeBoolean() ? "C: " : "> ");
            masked = session.text(prefix + tag + credential);
        } else {
            masked = session.client(tag + credential);
        }
        String line = masked.text();
        assertFalse(line.contains(PASSWORD), () -> "'" + line + "' after noise");
    }
}
