package io.mailscope.trace.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;
import io.mailscope.trace.protocol.ReplyLine.Kind;
import io.mailscope.trace.protocol.ReplyLine.Status;

class ReplyLineTest {

    @Test
    void smtpCodesEnhancedCodesAndContinuation() {
        ReplyLine r = ReplyLine.parse(Protocol.SMTP, "550-5.7.1 Relaying denied");
        assertEquals(550, r.code());
        assertEquals("5.7.1", r.enhancedCode());
        assertTrue(r.continued());
        assertTrue(r.failure());
        assertEquals(Status.TRANSIENT_FAILURE, ReplyLine.parse(Protocol.SMTP, "451 4.7.1 greylisted").status());
        assertTrue(ReplyLine.parse(Protocol.SMTP, "334 VXNlcm5hbWU6").continuation());
        assertEquals(Status.INTERMEDIATE, ReplyLine.parse(Protocol.SMTP, "354 go ahead").status());
        assertTrue(ReplyLine.parse(Protocol.SMTP, "421 4.3.2 shutting down").endsSession());
        assertFalse(ReplyLine.parse(Protocol.SMTP, "421-more").endsSession());
        assertTrue(ReplyLine.parse(Protocol.SMTP, "554 no SMTP service here").refusesAsGreeting());
        assertFalse(ReplyLine.parse(Protocol.SMTP, "220 mx ESMTP").refusesAsGreeting());
        assertEquals(Kind.OTHER, ReplyLine.parse(Protocol.SMTP, "25O typo").kind());
        assertNull(ReplyLine.parse(Protocol.SMTP, "250 OK").enhancedCode());
    }

    @Test
    void pop3StatusAndRfc2449ResponseCodes() {
        ReplyLine inUse = ReplyLine.parse(Protocol.POP3, "-ERR [IN-USE] mailbox locked");
        assertEquals("IN-USE", inUse.responseCode());
        assertEquals(Status.TRANSIENT_FAILURE, inUse.status());
        assertEquals(Status.PERMANENT_FAILURE, ReplyLine.parse(Protocol.POP3, "-ERR [AUTH] bad password").status());
        assertEquals("SYS/TEMP", ReplyLine.parse(Protocol.POP3, "-ERR [SYS/TEMP] try later").responseCode());
        assertTrue(ReplyLine.parse(Protocol.POP3, "+OK 2 320").positive());
        assertTrue(ReplyLine.parse(Protocol.POP3, "+ ").continuation());
        assertTrue(ReplyLine.parse(Protocol.POP3, "-ERR go away").refusesAsGreeting());
        assertEquals(Kind.OTHER, ReplyLine.parse(Protocol.POP3, "+OKAY").kind());
    }

    @Test
    void imapTaggedUntaggedContinuationAndResponseCodes() {
        ReplyLine no = ReplyLine.parse(Protocol.IMAP, "a1 NO [TRYCREATE] APPEND failed");
        assertEquals(Kind.IMAP_TAGGED, no.kind());
        assertEquals("a1", no.tag());
        assertEquals("TRYCREATE", no.responseCode());
        assertEquals(Status.PERMANENT_FAILURE, no.status());
        assertEquals(Status.TRANSIENT_FAILURE, ReplyLine.parse(Protocol.IMAP, "A2 NO [UNAVAILABLE] later").status());
        ReplyLine bye = ReplyLine.parse(Protocol.IMAP, "* BYE [ALERT] Autologout; idle for too long");
        assertEquals(Status.BYE, bye.status());
        assertEquals("ALERT", bye.responseCode());
        assertTrue(bye.endsSession());
        assertTrue(bye.refusesAsGreeting());
        ReplyLine fetch = ReplyLine.parse(Protocol.IMAP, "* 12 FETCH (BODY[] {310}");
        assertEquals("FETCH", fetch.name());
        assertEquals(Status.DATA, fetch.status());
        assertNull(fetch.responseCode());
        assertEquals(Status.PREAUTH, ReplyLine.parse(Protocol.IMAP, "* PREAUTH ready").status());
        assertTrue(ReplyLine.parse(Protocol.IMAP, "+ Ready for literal data").continuation());
        assertTrue(ReplyLine.parse(Protocol.IMAP, "+").continuation());
        assertEquals(Status.WARNING, ReplyLine.parse(Protocol.IMAP, "* NO Disk is 98% full").status());
        assertEquals(Kind.OTHER, ReplyLine.parse(Protocol.IMAP, "Subject: hello").kind());
    }
}
