package io.mailscope.share.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stand-ins for addresses, host names, IP addresses and machine names. */
class PseudonymsTest {

    @Test
    void theSameOriginalGetsTheSameStandIn() {
        Pseudonyms pseudonyms = new Pseudonyms();
        String once = pseudonyms.replace("MAIL FROM:<alice@provider.example> via smtp.provider.example 203.0.113.77");
        String twice = pseudonyms.replace("RCPT TO:<Alice@provider.example> via smtp.provider.example 203.0.113.77");
        assertTrue(once.contains("user1@example.invalid") && twice.contains("user1@example.invalid"), once + " / " + twice);
        assertTrue(once.contains("host1.example.invalid") && twice.contains("host1.example.invalid"), once + " / " + twice);
        assertTrue(once.contains("192.0.2.1") && !once.contains("203.0.113.77"), once);
        assertEquals("at 10:15:32 in OPMLog.log", pseudonyms.replace("at 10:15:32 in OPMLog.log"), "times and file names stay");
        assertEquals("EHLO client1", pseudonyms.replace("EHLO OFFICE-PC"));
    }

}
