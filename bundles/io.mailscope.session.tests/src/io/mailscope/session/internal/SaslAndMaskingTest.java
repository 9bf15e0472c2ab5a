package io.mailscope.session.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;

class SaslAndMaskingTest {

    @Test
    void cramMd5MatchesTheExampleOfRfc2195() {
        String challenge = Base64.getEncoder().encodeToString("<1896.697170952@postoffice.reston.mci.net>".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        String answer = new String(Base64.getDecoder().decode(Sasl.cramMd5("tim", "tanstaaftanstaaf", challenge)), StandardCharsets.US_ASCII); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("tim b913a602c7eda7a495b4e6e7334d3890", answer); //$NON-NLS-1$
    }

    @Test
    void plainAndOauthPayloadsHaveTheirRfcLayout() {
        assertEquals("\0alice\0pw", new String(Base64.getDecoder().decode(Sasl.plain("alice", "pw")), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("user=a@b\u0001auth=Bearer T\u0001\u0001", new String(Base64.getDecoder().decode(Sasl.xoauth2("a@b", "T")), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("n,a=a=2Cb,\u0001auth=Bearer T\u0001\u0001", new String(Base64.getDecoder().decode(Sasl.oauthBearer("a,b", "T")), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void everyFormOfAKnownSecretIsScrubbedFromAnyText() {
        SessionMasking masking = new SessionMasking();
        masking.addSecret("alice", "S3cret-pw"); //$NON-NLS-1$ //$NON-NLS-2$
        String plain = Sasl.plain("alice", "S3cret-pw"); //$NON-NLS-1$ //$NON-NLS-2$
        String login = Sasl.login("S3cret-pw"); //$NON-NLS-1$
        for (String line : new String[] { "PASS S3cret-pw", "a1 LOGIN alice \"S3cret-pw\"", "AUTH PLAIN " + plain, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "XYZZY " + plain, "weird " + login + " line", "S3cret-pw" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            String masked = masking.clientLine(Protocol.POP3, line, false);
            assertFalse(masked.contains("S3cret-pw") || masked.contains(plain) || masked.contains(login), masked); //$NON-NLS-1$
        }
        assertEquals(SessionMasking.MASK, masking.clientLine(Protocol.SMTP, login, true));
        assertEquals("server said " + SessionMasking.MASK, masking.serverLine("server said S3cret-pw")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(masking.text("note: url imap://alice:S3cret-pw@host").contains("imap://alice:" + SessionMasking.MASK + "@host")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void ipv6AddressesAreShownInTheirShortForm() throws Exception {
        assertEquals("::1", LineConnection.display(java.net.InetAddress.getByName("0:0:0:0:0:0:0:1"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2001:db8::8:800:200c:417a", LineConnection.display(java.net.InetAddress.getByName("2001:db8:0:0:8:800:200c:417a"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2001:db8:0:1:1:1:1:1", LineConnection.display(java.net.InetAddress.getByName("2001:db8:0:1:1:1:1:1"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("fe80::", LineConnection.display(java.net.InetAddress.getByName("fe80:0:0:0:0:0:0:0"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("192.0.2.1", LineConnection.display(java.net.InetAddress.getByName("192.0.2.1"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void shellWordsAreQuotedOnlyWhenNeeded() {
        assertEquals("alice@example.com", EquivalentCommand.quote("alice@example.com")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("'it'\\''s me'", EquivalentCommand.quote("it's me")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("'$HOME'", EquivalentCommand.quote("$HOME")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
