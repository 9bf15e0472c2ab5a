package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Python's repr escapes as smtplib's debug output prints them; a {@code \x} without two hex digits (a garbled or cut
 * line, found by the fuzzer: it made format detection fail with a NumberFormatException) is kept as it is.
 */
class SmtplibUnreprTest {

    @Test
    void escapesAreResolved() {
        assertEquals("250-PIPELINING\r\n", SmtplibFormat.unrepr("b'250-PIPELINING\\r\\n'"));
        assertEquals("A\tb'\"\\", SmtplibFormat.unrepr("'\\x41\\tb\\'\"\\\\'"));
    }

    @Test
    void aHexEscapeWithoutTwoHexDigitsIsKept() {
        assertEquals("a\\x\nb", SmtplibFormat.unrepr("b'a\\x\\nb'"));
        assertEquals("ends \\x4", SmtplibFormat.unrepr("'ends \\x4'"));
        assertEquals("ends \\x", SmtplibFormat.unrepr("'ends \\x'"));
        assertEquals("\\xg1", SmtplibFormat.unrepr("'\\xg1'"));
    }
}
