package io.mailscope.trace.internal.formats;

import static io.mailscope.trace.tests.Imports.exchange;
import static io.mailscope.trace.tests.Imports.exchanges;
import static io.mailscope.trace.tests.Imports.importFile;
import static io.mailscope.trace.tests.Imports.range;
import static io.mailscope.trace.tests.Imports.replies;
import static io.mailscope.trace.tests.Imports.replyRanges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Exchange;
import io.mailscope.model.Protocol;
import io.mailscope.model.Session;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;
import io.mailscope.trace.internal.conversation.ConversationBuilder;
import io.mailscope.trace.tests.Imports;

/** Per format: the rebuilt exchanges (verbs, reply text, source lines) of its fixtures. */
class FormatConversationTest {

    private static List<String> verbs(Trace trace) {
        return exchanges(trace).stream().map(Exchange::getVerb).toList();
    }

    private static boolean hasEvent(Session session, ConnectionEventKind kind, int line) {
        return session.getConnectionEvents().stream().anyMatch(e -> e.getKind() == kind && e.getFirstLine() == line);
    }

    @Test
    void outlookNewerStyleRebuildsPop3AndSmtpSessions() throws Exception {
        Trace trace = importFile("written/outlook2010-pop3-smtp.log").trace();
        assertEquals(2, trace.getSessions().size());
        Session pop = trace.getSessions().get(0);
        assertEquals(Protocol.POP3, pop.getProtocol());
        assertEquals("pop.example.test", pop.getHost());
        assertEquals(110, pop.getPort());
        assertEquals(List.of("GREETING", "USER", "PASS", "QUIT"), pop.getExchanges().stream().map(Exchange::getVerb).toList());
        Exchange pass = exchange(trace, "PASS");
        assertEquals("PASS ********", pass.getCommand().getText());
        assertEquals(List.of("-ERR [IN-USE] Mailbox locked by another session"), replies(pass));
        assertEquals("L11", replyRanges(pass).get(0));
        assertEquals(0x800CCC92, trace.getStatusEvents().get(0).getValue());
        Session smtp = trace.getSessions().get(1);
        assertEquals(Protocol.SMTP, smtp.getProtocol());
        Exchange rcpt = exchange(trace, "RCPT");
        assertEquals(List.of("554 5.7.1 <bob@elsewhere.test>: Relay access denied"), replies(rcpt));
        assertEquals(List.of("250-smtp.example.test", "250-AUTH LOGIN PLAIN", "250 8BITMIME"), replies(exchange(trace, "EHLO")));
        assertTrue(hasEvent(smtp, ConnectionEventKind.CONNECTED, 20));
    }

    @Test
    void outlookImapLogPairsTaggedReplies() throws Exception {
        Trace trace = importFile("written/outlook2013-imap.log").trace();
        Exchange login = exchange(trace, "LOGIN");
        assertEquals("A0002", login.getTag());
        assertEquals("A0002 LOGIN alice ********", login.getCommand().getText());
        assertEquals(List.of("A0002 NO [AUTHENTICATIONFAILED] Authentication failed."), replies(login));
        Exchange logout = exchange(trace, "LOGOUT");
        assertEquals(List.of("* BYE Logging out", "A0003 OK Logout completed."), replies(logout));
        assertEquals(List.of("L10", "L11"), replyRanges(logout));
    }

    @Test
    void outlookExpressPop3LogEndsInADroppedRetr() throws Exception {
        Trace trace = importFile("written/oe6-pop3.log").trace();
        assertEquals(List.of("GREETING", "USER", "PASS", "STAT", "LIST", "UIDL", "RETR"), verbs(trace));
        assertEquals(List.of("+OK 2 messages (3412 octets)", "1 1706", "2 1706", "."), replies(exchange(trace, "LIST")));
        Exchange retr = exchange(trace, "RETR");
        assertFalse(retr.isComplete(), "the connection dropped before RETR was answered");
        assertEquals("L19", range(retr.getCommand()));
        assertEquals(0x800CCC0F, trace.getStatusEvents().get(0).getValue());
        assertEquals(20, trace.getStatusEvents().get(0).getFirstLine());
    }

    @Test
    void windowsLiveMailSmtpAuthIsMasked() throws Exception {
        Trace trace = importFile("written/wlm-smtp-auth.log").trace();
        Exchange auth = exchange(trace, "AUTH");
        assertEquals(List.of("334 VXNlcm5hbWU6", "********", "334 UGFzc3dvcmQ6", "********",
                "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"), replies(auth));
        assertEquals(Direction.CLIENT, auth.getReplyLines().get(1).getDirection());
        assertTrue(auth.getReplyLines().get(3).isMasked());
        assertTrue(auth.isComplete());
    }

    @Test
    void thunderbirdImapLogIsOneSessionPerConnectionObject() throws Exception {
        Trace trace = importFile("written/thunderbird-imap.moz.log").trace();
        assertEquals(1, trace.getSessions().size());
        Session session = trace.getSessions().get(0);
        assertEquals("imap.example.test", session.getHost());
        Exchange capability = exchange(trace, "CAPABILITY");
        assertEquals("1", capability.getTag());
        assertEquals(List.of("* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN IDLE", "1 OK Pre-login capabilities listed."),
                replies(capability));
        assertTrue(exchanges(trace).stream().anyMatch(e -> replies(e).contains("2 NO [AUTHENTICATIONFAILED] Authentication failed.")));
        assertEquals(1, trace.getStatusEvents().size(), "the E/IMAP line");
    }

    @Test
    void thunderbirdPop3AndSmtpModules() throws Exception {
        Trace trace = importFile("written/thunderbird-pop3-smtp.moz.log").trace();
        assertEquals(2, trace.getSessions().size());
        assertEquals(List.of("-ERR [SYS/TEMP] Mailbox is locked by another POP3 session"), replies(exchange(trace, "STAT")));
        assertTrue(hasEvent(trace.getSessions().get(0), ConnectionEventKind.CLOSED_BY_SERVER, 10));
        assertEquals(List.of("530 5.7.0 Authentication required"), replies(exchange(trace, "MAIL")));
    }

    @Test
    void javaMailBareLinesAreToldApartByGrammar() throws Exception {
        Trace trace = importFile("captured/jm_smtp.txt").trace();
        assertEquals(1, trace.getSessions().size(), Imports.describe(trace));
        Session session = trace.getSessions().get(0);
        assertEquals("127.0.0.1", session.getHost());
        assertEquals(2525, session.getPort());
        assertEquals(TlsState.STARTTLS, session.getTls());
        assertEquals(List.of("GREETING", "EHLO", "STARTTLS", "EHLO", "MAIL", "RCPT", "DATA", "QUIT"), verbs(trace));
        Exchange data = exchange(trace, "DATA");
        List<String> dataReplies = replies(data);
        assertEquals("354 End data with <CR><LF>.<CR><LF>", dataReplies.get(0));
        assertEquals("250 2.0.0 Ok: queued as 4F2A1C0B3D", dataReplies.get(dataReplies.size() - 1));
        assertEquals(".", dataReplies.get(dataReplies.size() - 2));
        assertTrue(data.isComplete());
    }

    @Test
    void javaMail14PrefixedPop3() throws Exception {
        Trace trace = importFile("captured/jm14_pop.txt").trace();
        assertEquals(List.of("GREETING", "USER", "PASS", "STAT", "TOP", "QUIT"), verbs(trace));
        assertEquals(List.of("+OK 75 octets", "From: alice@example.test", "To: bob@example.test", "Subject: hello", "",
                "Hi Bob.", "."), replies(exchange(trace, "TOP")));
        assertEquals("PASS ********", exchange(trace, "PASS").getCommand().getText());
    }

    @Test
    void javaMailTlsFailureIsAConnectionEvent() throws Exception {
        Trace trace = importFile("captured/jm14_smtp.txt").trace();
        Session session = trace.getSessions().get(0);
        assertTrue(hasEvent(session, ConnectionEventKind.TLS_FAILED, 25), Imports.describe(trace));
        assertEquals(TlsState.FAILED, session.getTls());
        Exchange lastEhlo = session.getExchanges().get(session.getExchanges().size() - 1);
        assertEquals("EHLO", lastEhlo.getVerb());
        assertFalse(lastEhlo.isComplete());
    }

    @Test
    void javaMailImapLiteralStaysInTheFetch() throws Exception {
        Trace trace = importFile("captured/jm_imap.txt").trace();
        Exchange fetch = exchange(trace, "FETCH");
        assertEquals("A3", fetch.getTag());
        List<String> r = replies(fetch);
        assertEquals("* 1 FETCH (UID 1 RFC822.SIZE 75 BODY[] {75}", r.get(0));
        assertEquals("A3 OK Fetch completed", r.get(r.size() - 1));
        assertTrue(r.contains("Hi Bob."));
        assertEquals(List.of("GREETING", "CAPABILITY", "EXAMINE", "FETCH"), verbs(trace));
    }

    @Test
    void swaksTlsSession() throws Exception {
        Trace trace = importFile("captured/swaks_tls.txt").trace();
        Session session = trace.getSessions().get(0);
        assertEquals(TlsState.STARTTLS, session.getTls());
        assertTrue(hasEvent(session, ConnectionEventKind.TLS_STARTED, 13));
        assertTrue(hasEvent(session, ConnectionEventKind.CLOSED_BY_CLIENT, 48));
        assertEquals(List.of("GREETING", "EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"), verbs(trace));
        Exchange data = exchange(trace, "DATA");
        assertEquals("250 2.0.0 Ok: queued as 4F2A1C0B3D", replies(data).get(replies(data).size() - 1));
        assertEquals("L45", replyRanges(data).get(replyRanges(data).size() - 1));
    }

    @Test
    void swaksRejectedRecipient() throws Exception {
        Trace trace = importFile("captured/swaks_rej.txt").trace();
        Exchange rcpt = exchange(trace, "RCPT");
        assertEquals(List.of("550 5.1.1 <reject@example.test>: Recipient address rejected: User unknown"), replies(rcpt));
        assertEquals("L14", replyRanges(rcpt).get(0));
    }

    @Test
    void swaksImplicitTlsAndCramMd5() throws Exception {
        Trace trace = importFile("public/005-swaks-cram-md5-535.log").trace();
        Session session = trace.getSessions().get(0);
        assertEquals(TlsState.IMPLICIT, session.getTls());
        assertEquals(465, session.getPort());
        Exchange auth = exchange(trace, "AUTH");
        assertEquals(List.of("334 XXXX", "********", "535 authentication failed"), replies(auth));
    }

    @Test
    void curlPop3ApopRejected() throws Exception {
        Trace trace = importFile("captured/curl_pop.txt").trace();
        Exchange apop = exchange(trace, "APOP");
        assertEquals("APOP alice ********", apop.getCommand().getText());
        assertEquals(List.of("-ERR Unknown command"), replies(apop));
        assertEquals(List.of("+OK Capability list follows", "USER", "UIDL", "TOP", "STLS", "."), replies(exchange(trace, "CAPA")));
        Session session = trace.getSessions().get(0);
        assertEquals(2110, session.getPort());
        assertTrue(hasEvent(session, ConnectionEventKind.CLOSED_BY_SERVER, 17), "curl closed without QUIT");
    }

    @Test
    void curlSmtpKeepsTheDataExchangeWhole() throws Exception {
        Trace trace = importFile("captured/curl_smtp.txt").trace();
        assertEquals(List.of("GREETING", "EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "DATA"), verbs(trace));
        assertEquals(List.of("354 End data with <CR><LF>.<CR><LF>", "250 2.0.0 Ok: queued as 4F2A1C0B3D"),
                replies(exchange(trace, "DATA")));
        assertEquals(List.of("334 ", "********", "235 2.7.0 Authentication successful"), replies(exchange(trace, "AUTH")));
    }

    @Test
    void curlImapTaggedExchanges() throws Exception {
        Trace trace = importFile("captured/curl_imap.txt").trace();
        Exchange select = exchange(trace, "SELECT");
        assertEquals("A003", select.getTag());
        assertEquals("A003 OK [READ-WRITE] Select completed", replies(select).get(replies(select).size() - 1));
        assertEquals("A004", exchange(trace, "UID FETCH").getTag());
    }

    @Test
    void phpMailerEchoModeJoinsIndentedContinuations() throws Exception {
        Trace trace = importFile("captured/pm2_echo.txt").trace();
        Exchange ehlo = exchange(trace, "EHLO");
        assertEquals(List.of("250-mail.example.test", "250-PIPELINING", "250-SIZE 10240000", "250-STARTTLS",
                "250-AUTH PLAIN LOGIN", "250 8BITMIME"), replies(ehlo));
        assertEquals(List.of("L3", "L4", "L5", "L6", "L7", "L8"), replyRanges(ehlo));
        assertEquals("250 2.0.0 Ok: queued as 4F2A1C0B3D", replies(exchange(trace, "DATA")).get(replies(exchange(trace, "DATA")).size() - 1));
    }

    @Test
    void phpMailerHtmlModeRepliesAreUnglued() throws Exception {
        Trace trace = importFile("public/015-phpmailer-gmail-535-badcredentials.log").trace();
        Exchange auth = exchange(trace, "AUTH");
        List<String> r = replies(auth);
        assertEquals("535-5.7.8 Username and Password not accepted. Learn more at", r.get(r.size() - 2));
        assertEquals("535 5.7.8 https://support.google.com/mail/?p=BadCredentials u17sm8981445ljk.62 - gsmtp", r.get(r.size() - 1));
        assertTrue(auth.isComplete());
        assertEquals(8, replies(exchange(trace, "EHLO")).size());
    }

    @Test
    void pythonSmtplibSendAndReply() throws Exception {
        Trace trace = importFile("captured/py2.txt").trace();
        assertEquals(List.of("EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "DATA", "QUIT"), verbs(trace));
        assertEquals("AUTH PLAIN ********", exchange(trace, "AUTH").getCommand().getText());
        Exchange rejected = exchanges(trace).get(6);
        assertEquals(List.of("550 5.1.1 <reject@example.test>: Recipient address rejected: User unknown"), replies(rejected));
        assertEquals("21:41:02.868548", rejected.getReplyLines().get(0).getTime());
    }

    @Test
    void rawTelnetSmtpSession() throws Exception {
        Trace trace = importFile("public/003-telnet-smtp-auth-login-success.log").trace();
        Session session = trace.getSessions().get(0);
        assertEquals("mailserver.example.com", session.getHost());
        assertEquals(587, session.getPort());
        assertEquals(List.of("GREETING", "EHLO", "AUTH", "QUIT"), verbs(trace));
        assertEquals(List.of("334 VXNlcm5hbWU6", "********", "334 UGFzc3dvcmQ6", "********", "235 2.0.0 OK Authenticated"),
                replies(exchange(trace, "AUTH")));
        assertTrue(hasEvent(session, ConnectionEventKind.CLOSED_BY_CLIENT, 25));
    }

    @Test
    void rawNetcatPop3IsToldApartByGrammar() throws Exception {
        Trace trace = importFile("public/006-netcat-pop3-login-success.log").trace();
        assertEquals(1, trace.getSessions().size(), Imports.describe(trace));
        assertEquals(List.of("GREETING", "USER", "PASS", "LIST", "QUIT"), verbs(trace));
        assertEquals(List.of("+OK 1 messages:", "1 6115", "."), replies(exchange(trace, "LIST")));
        assertEquals("pass ********", exchange(trace, "PASS").getCommand().getText());
    }

    @Test
    void rawTranscriptEndingAfterTheGreetingIsClosedByServer() throws Exception {
        Trace trace = importFile("public/014-telnet-smtp-ehlo-postfix-ok.log").trace();
        Session session = trace.getSessions().get(0);
        assertTrue(hasEvent(session, ConnectionEventKind.CLOSED_BY_SERVER, 15));
        assertEquals(9, replies(exchange(trace, "EHLO")).size());
        assertEquals("250 DSN", replies(exchange(trace, "EHLO")).get(8));
    }

    @Test
    void wiresharkDumpWithTwoConnections() throws Exception {
        Trace trace = importFile("public/012-wireshark-pop3-apop-rejected.log").trace();
        assertEquals(2, trace.getSessions().size(), Imports.describe(trace));
        assertEquals(List.of("-ERR [AUTH] Error logging in."), replies(exchange(trace, "APOP")));
        assertEquals("+OK pop.free.fr Zimbra POP3 server closing connection",
                replies(trace.getSessions().get(1).getExchanges().get(5)).get(0));
    }

    @Test
    void opensslImplicitTls() throws Exception {
        Trace trace = importFile("public/010-openssl-s_client-pop3s-success.log").trace();
        Session session = trace.getSessions().get(0);
        assertEquals(TlsState.IMPLICIT, session.getTls());
        assertEquals(995, session.getPort());
        assertEquals("+OK DUB006-POP93 POP3 server ready", replies(exchange(trace, ConversationBuilder.GREETING)).get(0));
    }

    @Test
    void mailKitImapLog() throws Exception {
        Trace trace = importFile("public/016-mailkit-imap-dovecot-authfailed.log").trace();
        Session session = trace.getSessions().get(0);
        assertEquals(Protocol.IMAP, session.getProtocol());
        assertEquals("mail.procyon-systems.de", session.getHost());
        assertEquals(143, session.getPort());
        Exchange login = exchange(trace, "LOGIN");
        assertEquals("A00000004 LOGIN ******** ********", login.getCommand().getText());
        assertTrue(login.getCommand().isMasked());
        assertEquals(List.of("A00000004 NO [AUTHENTICATIONFAILED] Authentication failed."), replies(login));
        Exchange greeting = exchanges(trace).get(0);
        assertEquals(ConversationBuilder.GREETING, greeting.getVerb());
        assertNull(greeting.getCommand());
        assertEquals("L2", replyRanges(greeting).get(0));
    }

    @Test
    void mailKitPop3WrongPortShowsAnImapGreeting() throws Exception {
        Trace trace = importFile("public/001-mailkit-pop3-wrong-port.log").trace();
        Session session = trace.getSessions().get(0);
        assertEquals(Protocol.POP3, session.getProtocol(), "the URL says pop; the greeting is IMAP's");
        assertEquals(List.of("* OK Gimap ready for requests from 62.220.2.230"), replies(exchanges(trace).get(0)));
    }

    @Test
    void nodemailerInterleavedConnectionsBySessionId() throws Exception {
        Trace trace = importFile("public/020-nodemailer-o365-smtp-auth-disabled-tenant.log").trace();
        assertEquals(2, trace.getSessions().size(), Imports.describe(trace));
        assertTrue(exchanges(trace).stream().anyMatch(e -> replies(e).get(replies(e).size() - 1).startsWith("535 5.7.139")));
    }

    @Test
    void genericArrowsWithTimestamps() throws Exception {
        Trace trace = importFile("written/generic-arrows.log").trace();
        assertEquals(List.of("GREETING", "USER", "PASS", "QUIT"), verbs(trace));
        assertEquals(List.of("-ERR [AUTH] Authentication failed."), replies(exchange(trace, "PASS")));
        assertEquals("L6", replyRanges(exchange(trace, "PASS")).get(0));
    }

    @Test
    void genericClientServerWords() throws Exception {
        Trace trace = importFile("written/generic-client-server.log").trace();
        assertEquals(List.of("EHLO", "MAIL", "RCPT", "QUIT"), verbs(trace));
        assertEquals(List.of("452 4.2.2 Mailbox full"), replies(exchange(trace, "RCPT")));
    }

    @Test
    void genericSendRecvImap() throws Exception {
        Trace trace = importFile("written/generic-send-recv.log").trace();
        Exchange auth = exchange(trace, "AUTHENTICATE");
        assertEquals(List.of("+", "********", "a1 OK AUTHENTICATE completed"), replies(auth));
        assertEquals(List.of("* 3 EXISTS", "a2 OK [READ-WRITE] SELECT completed"), replies(exchange(trace, "SELECT")));
    }

    @Test
    void fetchmailPop3WithoutBodies() throws Exception {
        Trace trace = importFile("captured/fetchmail_pop.txt").trace();
        assertEquals(List.of("+OK 75 octets"), replies(exchange(trace, "RETR")));
        assertEquals(List.of("+OK Logging out."), replies(exchange(trace, "QUIT")));
        assertEquals(List.of("-ERR Unknown command"), replies(exchange(trace, "LAST")));
    }

    @Test
    void msmtpPipelinedCommandsGetTheirOwnReplies() throws Exception {
        Trace trace = importFile("captured/msmtp.txt").trace();
        assertEquals(List.of("250 2.1.0 Ok"), replies(exchange(trace, "MAIL")));
        assertEquals(List.of("250 2.1.5 Ok"), replies(exchange(trace, "RCPT")));
        List<String> data = replies(exchange(trace, "DATA"));
        assertEquals("354 End data with <CR><LF>.<CR><LF>", data.get(0));
        assertEquals("250 2.0.0 Ok: queued as 4F2A1C0B3D", data.get(data.size() - 1));
    }

    @Test
    void errorDialogBecomesStatusEventsWithTheAccountsServer() throws Exception {
        Trace trace = importFile("written/dialog-0x800ccc0f.txt").trace();
        assertEquals(2, trace.getStatusEvents().size());
        trace.getStatusEvents().forEach(s -> assertEquals(0x800CCC0F, s.getValue()));
        assertNotNull(trace.getStatusEvents().get(0).getErrorCode(), "linked to the catalog");
        Session session = trace.getStatusEvents().get(0).getSession();
        assertEquals("pop.example.test", session.getHost());
        assertEquals(110, session.getPort());
        assertEquals(Protocol.POP3, session.getProtocol());
        assertEquals(3, trace.getStatusEvents().get(0).getFirstLine());
    }

    @Test
    void smtpDialogText() throws Exception {
        Trace trace = importFile("written/dialog-0x800ccc79.txt").trace();
        assertEquals(0x800CCC79, trace.getStatusEvents().get(0).getValue());
        assertEquals(Protocol.SMTP, trace.getStatusEvents().get(0).getSession().getProtocol());
    }

    @Test
    void exceptionTextIsAStatusAndARefusedConnection() throws Exception {
        Trace trace = importFile("written/exception-javamail.txt").trace();
        assertTrue(trace.getStatusEvents().stream().anyMatch(s -> s.getText().startsWith("javax.mail.MessagingException")));
        assertTrue(trace.getSessions().stream().anyMatch(s -> hasEvent(s, ConnectionEventKind.REFUSED, 3)));
    }
}
