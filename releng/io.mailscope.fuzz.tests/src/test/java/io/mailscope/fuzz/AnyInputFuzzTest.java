package io.mailscope.fuzz;

import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * All parsers and the recogniser in one target, for the bounded CI slice (Jazzer fuzzes one target per JVM, and
 * starting one costs more than a short slice): the first byte chooses a built-in format to force, or detection; the
 * rest is the input. Seeds: every fixture, prefixed with the byte of the format that reads it.
 */
class AnyInputFuzzTest {

    /** In {@link FormatFuzzTest}'s method order, which the seed files' first byte follows. */
    static final List<String> FORMATS = List.of("outlook.legacy", "outlook", "outlookexpress", "thunderbird", "javamail",
            "swaks", "curl", "phpmailer", "smtplib", "prefixed", "raw", "errortext");

    @FuzzTest(maxDuration = "60s")
    void anyInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int choice = Byte.toUnsignedInt(data[0]);
        String format = choice < FORMATS.size() ? "io.mailscope.trace." + FORMATS.get(choice) : null;
        ImportInvariants.importAndCheck(Arrays.copyOfRange(data, 1, data.length), format);
    }
}
