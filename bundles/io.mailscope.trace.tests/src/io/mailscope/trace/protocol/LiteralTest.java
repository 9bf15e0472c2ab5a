package io.mailscope.trace.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiteralTest {

    @Test
    void synchronisingNonSynchronisingAndBinaryLiterals() {
        Literal sync = Literal.atEnd("A003 APPEND box {310}");
        assertEquals(310, sync.octets());
        assertTrue(sync.synchronizing());
        Literal plus = Literal.atEnd("A004 APPEND box (\\Seen) {310+}  ");
        assertEquals(310, plus.octets());
        assertFalse(plus.synchronizing());
        assertFalse(Literal.atEnd("a LOGIN {5-}").synchronizing()); // LITERAL- (RFC 7888)
        assertEquals(42, Literal.atEnd("* 1 FETCH (BINARY[] ~{42}").octets());
        assertNull(Literal.atEnd("a1 SELECT {INBOX}"));
        assertNull(Literal.atEnd("no literal"));
        assertNull(Literal.atEnd("{}"));
    }

    @Test
    void octetsAreUtf8BytesPlusCrlf() {
        assertEquals(7, Literal.lineOctets("hello"));
        assertEquals(2, Literal.lineOctets(""));
        assertEquals(5 + 2, Literal.lineOctets("gr\u00fcn")); // ü is two octets in UTF-8
        assertEquals(" {6}", Literal.after("alice {6}", 5));
        assertEquals("", Literal.after("alice", 9));
    }
}
