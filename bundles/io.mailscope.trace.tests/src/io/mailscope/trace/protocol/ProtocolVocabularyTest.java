package io.mailscope.trace.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.model.Protocol;

class ProtocolVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = { "CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN", "SELECT", "EXAMINE",
            "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND", "CHECK", "CLOSE",
            "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "UID FETCH", "UID STORE", "UID COPY", "UID SEARCH", "UID MOVE",
            "UID EXPUNGE", "ENABLE", "IDLE", "NAMESPACE", "UNSELECT", "MOVE", "ID", "COMPRESS", "SORT", "THREAD",
            "UID SORT", "UID THREAD", "SETACL", "DELETEACL", "GETACL", "LISTRIGHTS", "MYRIGHTS", "GETMETADATA",
            "SETMETADATA", "GETQUOTA", "GETQUOTAROOT", "SETQUOTA" })
    void everyImapCommandOfRfc9051AndTheCommonExtensionsIsKnown(String verb) {
        assertTrue(ProtocolVocabulary.isVerb(Protocol.IMAP, verb), verb);
        assertEquals(ReplyForm.IMAP_TAGGED, ProtocolVocabulary.command(Protocol.IMAP, verb).orElseThrow().reply());
    }

    @ParameterizedTest
    @ValueSource(strings = { "HELO", "EHLO", "MAIL", "RCPT", "DATA", "RSET", "VRFY", "EXPN", "HELP", "NOOP", "QUIT",
            "STARTTLS", "AUTH", "BDAT", "ETRN" })
    void everySmtpCommandIsKnown(String verb) {
        assertTrue(ProtocolVocabulary.isVerb(Protocol.SMTP, verb), verb);
    }

    @ParameterizedTest
    @ValueSource(strings = { "USER", "PASS", "APOP", "STAT", "LIST", "RETR", "DELE", "NOOP", "RSET", "QUIT", "TOP",
            "UIDL", "CAPA", "AUTH", "STLS", "UTF8" })
    void everyPop3CommandIsKnown(String verb) {
        assertTrue(ProtocolVocabulary.isVerb(Protocol.POP3, verb), verb);
    }

    @ParameterizedTest
    @CsvSource({ "RETR 1, true", "TOP 1 10, true", "CAPA, true", "LIST, true", "LIST 1, false", "UIDL, true",
            "UIDL 3, false", "STAT, false", "AUTH, true", "AUTH PLAIN, false", "USER bob, false" })
    void pop3MultiLineAnswersFollowRfc1939(String line, boolean multiLine) {
        CommandForm form = ProtocolVocabulary.commandOf(Protocol.POP3, line).orElseThrow();
        assertEquals(multiLine, form.multiLineAnswer(line), line);
    }

    @Test
    void traitsSayWhatACommandDoes() {
        assertTrue(ProtocolVocabulary.command(Protocol.SMTP, "bdat").orElseThrow().has(CommandTrait.CHUNK));
        assertTrue(ProtocolVocabulary.command(Protocol.SMTP, "DATA").orElseThrow().has(CommandTrait.MESSAGE_BODY));
        assertTrue(ProtocolVocabulary.command(Protocol.POP3, "STLS").orElseThrow().has(CommandTrait.STARTS_TLS));
        assertTrue(ProtocolVocabulary.command(Protocol.IMAP, "IDLE").orElseThrow().has(CommandTrait.IDLE));
        assertTrue(ProtocolVocabulary.command(Protocol.IMAP, "LOGOUT").orElseThrow().has(CommandTrait.CLOSES));
        assertEquals("RFC 5256", ProtocolVocabulary.command(Protocol.IMAP, "UID THREAD").orElseThrow().standard());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "EHLO client.example|SMTP", "mail from:<a@b>|SMTP", "BDAT 100 LAST|SMTP",
            "STAT|POP3", "RETR 1|POP3", "STLS|POP3", "a1 CREATE box|IMAP", "5.25 APPEND box {310+}|IMAP",
            "A003 GETACL INBOX|IMAP", "t1 SETMETADATA INBOX (/private/comment {3}|IMAP", "QUIT|UNKNOWN", "NOOP|UNKNOWN",
            "AUTH PLAIN|UNKNOWN", "Subject: afternoon meeting|UNKNOWN", "Hello Joe, could we|UNKNOWN" })
    void aCommandLineTellsItsProtocolOnlyWhenOnlyOneHasIt(String line, Protocol protocol) {
        assertEquals(protocol, ProtocolVocabulary.protocolOfCommand(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "+OK POP3 ready|POP3", "-ERR [IN-USE] locked|POP3", "* OK IMAP4rev1|IMAP",
            "* BYE Autologout|IMAP", "* 3 EXISTS|IMAP", "220 mx ESMTP|SMTP", "554 5.7.1 no|SMTP",
            "* hello|UNKNOWN", "Date: Mon|UNKNOWN" })
    void aServerLineTellsItsProtocol(String line, Protocol protocol) {
        assertEquals(protocol, ProtocolVocabulary.protocolOfReply(line), line);
    }

    @Test
    void commandLinesOfAnyProtocol() {
        assertTrue(ProtocolVocabulary.isCommandLine("a1 UNSUBSCRIBE box"));
        assertTrue(ProtocolVocabulary.isCommandLine("DONE"));
        assertTrue(ProtocolVocabulary.isCommandLine("ehlo x"));
        assertFalse(ProtocolVocabulary.isCommandLine("Ehlo x"));
        assertFalse(ProtocolVocabulary.isCommandLine("From: Fred Foobar <foobar@Blurdybloop.COM>"));
        assertFalse(ProtocolVocabulary.isCommandLine(""));
    }
}
