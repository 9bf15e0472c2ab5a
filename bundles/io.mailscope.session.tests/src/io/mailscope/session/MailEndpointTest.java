package io.mailscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;

class MailEndpointTest {

    @Test
    void schemesGiveProtocolSecurityAndDefaultPort() {
        assertEquals(new MailEndpoint(Protocol.POP3, "mail.example.com", 995, Security.IMPLICIT, "alice"), //$NON-NLS-1$ //$NON-NLS-2$
                MailEndpoint.parse("pop3s://alice@mail.example.com", false)); //$NON-NLS-1$
        assertEquals(new MailEndpoint(Protocol.IMAP, "mail.example.com", 143, Security.STARTTLS, null), //$NON-NLS-1$
                MailEndpoint.parse("imap://mail.example.com", true)); //$NON-NLS-1$
        assertEquals(new MailEndpoint(Protocol.SMTP, "::1", 2525, Security.NONE, "a@b.example"), //$NON-NLS-1$ //$NON-NLS-2$
                MailEndpoint.parse("smtp://a%40b.example@[::1]:2525", false)); //$NON-NLS-1$
        assertEquals(587, MailEndpoint.parse("submission://x@h", true).port()); //$NON-NLS-1$
        assertEquals("imaps://alice@[::1]:993", new MailEndpoint(Protocol.IMAP, "::1", 993, Security.IMPLICIT, "alice").uri()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aPasswordInTheUriAndWrongInputAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailEndpoint.parse("pop3://alice:pw@h", false)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("never given on the command line"), e.getMessage()); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> MailEndpoint.parse("http://h", false)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> MailEndpoint.parse("pop3s://h", true)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> MailEndpoint.parse("pop3://h:0", false)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> AccountTestOptions.normalizeFingerprint("AB:CD")); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> AccountTestOptions.of(MailEndpoint.parse("pop3://h", false), null).withMechanism("NTLM")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
