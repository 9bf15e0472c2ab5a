package io.mailscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;

/** Default ports, command completion and the equivalent command line, as the console offers them. */
class ConsoleHelpersTest {

    @Test
    void eachProtocolAndSecurityHasItsWellKnownPort() {
        assertEquals(110, MailEndpoint.defaultPort(Protocol.POP3, Security.NONE));
        assertEquals(110, MailEndpoint.defaultPort(Protocol.POP3, Security.STARTTLS));
        assertEquals(995, MailEndpoint.defaultPort(Protocol.POP3, Security.IMPLICIT));
        assertEquals(143, MailEndpoint.defaultPort(Protocol.IMAP, Security.STARTTLS));
        assertEquals(993, MailEndpoint.defaultPort(Protocol.IMAP, Security.IMPLICIT));
        assertEquals(25, MailEndpoint.defaultPort(Protocol.SMTP, Security.NONE));
        assertEquals(587, MailEndpoint.defaultPort(Protocol.SMTP, Security.STARTTLS));
        assertEquals(465, MailEndpoint.defaultPort(Protocol.SMTP, Security.IMPLICIT));
    }

    @Test
    void completionOffersTheProtocolsCommandsAndKeepsTheImapTag() {
        assertEquals(List.of("STLS", "STAT"), ProtocolCommands.complete(Protocol.POP3, "st")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("a1 SELECT", "a1 SEARCH"), ProtocolCommands.complete(Protocol.IMAP, "a1 se")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(), ProtocolCommands.complete(Protocol.IMAP, "a1")); //$NON-NLS-1$
        assertEquals(List.of("MAIL FROM:<"), ProtocolCommands.complete(Protocol.SMTP, "mail")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(ProtocolCommands.of(Protocol.SMTP).contains("STARTTLS")); //$NON-NLS-1$
    }

    @Test
    void imapCommandsTypedWithoutATagAreToldFromTaggedOnesAndFromData() {
        for (String untagged : List.of("capability", "select INBOX", "LOGIN alice secret", "UID FETCH 1:* FLAGS", "uid search all", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "  noop", "LIST \"\" *")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(ProtocolCommands.isUntaggedImapCommand(untagged), untagged);
        }
        for (String notUntagged : List.of("a1 CAPABILITY", "A001 select INBOX", "list LIST \"\" *", "DONE", "dGVzdAB0ZXN0AHRlc3Q=", "*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "", "Subject: hello", "uid UID FETCH 1 FLAGS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            assertFalse(ProtocolCommands.isUntaggedImapCommand(notUntagged), notUntagged);
        }
        assertEquals(List.of("SELECT", "SEARCH"), ProtocolCommands.complete(Protocol.IMAP, "se")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void theEquivalentCommandNeverHoldsThePassword() {
        String secret = "Tr0ub4dor&3"; //$NON-NLS-1$
        for (Protocol protocol : List.of(Protocol.POP3, Protocol.IMAP, Protocol.SMTP)) {
            for (Security security : Security.values()) {
                MailEndpoint endpoint = new MailEndpoint(protocol, "mail.example.com", MailEndpoint.defaultPort(protocol, security), security, //$NON-NLS-1$
                        "alice@example.com"); //$NON-NLS-1$
                AccountTestOptions options = AccountTestOptions.of(endpoint, Credential.password(secret.toCharArray()));
                String test = EquivalentCommands.forAccountTest(options, null);
                String console = EquivalentCommands.forConsole(endpoint);
                assertFalse(test.contains(secret) || test.contains("Tr0ub"), test); //$NON-NLS-1$
                assertFalse(console.contains(secret), console);
                assertTrue(test.startsWith(protocol == Protocol.SMTP ? "swaks " : "curl "), test); //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(test.contains("alice@example.com"), test); //$NON-NLS-1$
                assertTrue(console.startsWith(security == Security.NONE ? "telnet " : "openssl s_client "), console); //$NON-NLS-1$ //$NON-NLS-2$
                String fromVariable = EquivalentCommands.forAccountTest(options.withPasswordVariable("MAIL_PASSWORD"), null); //$NON-NLS-1$
                assertTrue(fromVariable.contains("\"$MAIL_PASSWORD\""), fromVariable); //$NON-NLS-1$
                assertFalse(fromVariable.contains(secret), fromVariable);
            }
        }
        assertEquals("openssl s_client -connect mail.example.com:587 -servername mail.example.com -crlf -starttls smtp", //$NON-NLS-1$
                EquivalentCommands.forConsole(new MailEndpoint(Protocol.SMTP, "mail.example.com", 587, Security.STARTTLS, null))); //$NON-NLS-1$
    }
}
