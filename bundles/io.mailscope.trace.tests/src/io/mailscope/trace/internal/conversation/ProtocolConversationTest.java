package io.mailscope.trace.internal.conversation;

import static io.mailscope.trace.tests.Imports.describe;
import static io.mailscope.trace.tests.Imports.exchanges;
import static io.mailscope.trace.tests.Imports.importText;
import static io.mailscope.trace.tests.Imports.replies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Exchange;
import io.mailscope.model.Trace;

/**
 * Conversations rebuilt with the protocol vocabulary: literals, message bodies, BDAT chunks and continuations stay
 * data of their command; pipelined commands get their replies in order, IMAP commands by tag.
 */
class ProtocolConversationTest {

    private static List<String> verbs(Trace trace) {
        return exchanges(trace).stream().map(Exchange::getVerb).toList();
    }

    private static Exchange only(Trace trace, String verb) {
        List<Exchange> found = exchanges(trace).stream().filter(e -> verb.equals(e.getVerb())).toList();
        assertEquals(1, found.size(), describe(trace));
        return found.get(0);
    }

    @Test
    void anAppendLiteralIsDataOfItsCommandEvenWhereItsLinesLookLikeCommands() throws Exception {
        // 30 octets: "a2 LOGOUT" (9+2), "C: STAT" (7+2), "QUIT" (4+2), "" (0+2) twice
        Trace trace = importText(String.join("\n", "S: * OK IMAP4rev1 ready", "C: a1 APPEND INBOX {30}",
                "S: + Ready for literal data", "C: a2 LOGOUT", "C: C: STAT", "C: QUIT", "C: ", "C: ",
                "S: a1 OK [APPENDUID 38505 3955] APPEND completed", "C: a3 SORT (SUBJECT) UTF-8 ALL", "S: * SORT 2 1 3",
                "S: a3 OK SORT completed", "C: a4 LOGOUT", "S: * BYE bye", "S: a4 OK")).trace();
        assertEquals(List.of("GREETING", "APPEND", "SORT", "LOGOUT"), verbs(trace), describe(trace));
        assertEquals("a1 OK [APPENDUID 38505 3955] APPEND completed", replies(only(trace, "APPEND")).getLast());
        assertEquals(List.of("* SORT 2 1 3", "a3 OK SORT completed"), replies(only(trace, "SORT")));
    }

    @Test
    void imapRepliesGoToTheirTagsAndServerLiteralsStayInTheirResponse() throws Exception {
        Trace trace = importText(String.join("\n", "S: * OK ready", "C: t1 UID FETCH 7 BODY.PEEK[]", "C: t2 GETACL INBOX",
                "S: * 1 FETCH (UID 7 BODY[] {19}", "S: t2 OK done", "S: * BYE", "S: )", "S: * ACL INBOX fred rwipslda",
                "S: t2 OK GETACL completed", "S: t1 OK FETCH completed")).trace();
        assertEquals(List.of("GREETING", "UID FETCH", "GETACL"), verbs(trace), describe(trace));
        assertEquals("t1 OK FETCH completed", replies(only(trace, "UID FETCH")).getLast());
        assertEquals("t2 OK GETACL completed", replies(only(trace, "GETACL")).getLast());
        assertTrue(replies(only(trace, "UID FETCH")).contains("t2 OK done"), describe(trace)); // literal data
    }

    @Test
    void smtpPipelinedRepliesInOrderAndBdatChunksAreData() throws Exception {
        Trace trace = importText(String.join("\n", "S: 220 mx ESMTP", "C: EHLO c", "S: 250-mx", "S: 250-PIPELINING",
                "S: 250 CHUNKING", "C: MAIL FROM:<a@example.com>", "C: RCPT TO:<b@example.com>", "C: RCPT TO:<c@example.com>",
                "C: BDAT 12 LAST", "C: RSET", "C: QUIT", "S: 250 2.1.0 sender ok", "S: 550 5.1.1 no such user",
                "S: 250 2.1.5 recipient ok", "S: 250 2.0.0 12 octets", "C: QUIT", "S: 221 bye")).trace();
        assertEquals(List.of("GREETING", "EHLO", "MAIL", "RCPT", "RCPT", "BDAT", "QUIT"), verbs(trace), describe(trace));
        List<Exchange> all = exchanges(trace);
        assertEquals(List.of("550 5.1.1 no such user"), replies(all.get(3)));
        assertEquals(List.of("250 2.1.5 recipient ok"), replies(all.get(4)));
        assertEquals(List.of("RSET", "QUIT", "250 2.0.0 12 octets"), replies(all.get(5)));
    }

    @Test
    void pop3MultiLineRepliesKeepDotStuffedLinesAndStatusLookalikes() throws Exception {
        Trace trace = importText(String.join("\n", "S: +OK POP3 ready", "C: STAT", "C: RETR 1", "S: +OK 1 120",
                "S: +OK 120 octets", "S: -ERR this is a body line", "S: ..STAT", "S: .", "C: QUIT", "S: +OK bye")).trace();
        assertEquals(List.of("GREETING", "STAT", "RETR", "QUIT"), verbs(trace), describe(trace));
        assertEquals(List.of("+OK 120 octets", "-ERR this is a body line", "..STAT", "."), replies(only(trace, "RETR")));
    }

    @Test
    void anIdleEndsWithDoneAndAuthenticateDataIsNoCommand() throws Exception {
        Trace trace = importText(String.join("\n", "S: * OK ready", "C: a AUTHENTICATE PLAIN", "S: +",
                "C: AGFsaWNlAHNlY3JldA==", "S: a OK", "C: b IDLE", "S: + idling", "S: * 4 EXISTS", "C: DONE", "S: b OK IDLE done",
                "C: c LOGOUT", "S: * BYE", "S: c OK")).trace();
        assertEquals(List.of("GREETING", "AUTHENTICATE", "IDLE", "LOGOUT"), verbs(trace), describe(trace));
        assertEquals(List.of("+ idling", "* 4 EXISTS", "DONE", "b OK IDLE done"), replies(only(trace, "IDLE")));
    }
}
