package io.mailscope.trace.protocol;

import static io.mailscope.trace.protocol.LineKind.CHUNK_DATA;
import static io.mailscope.trace.protocol.LineKind.COMMAND;
import static io.mailscope.trace.protocol.LineKind.CONTINUATION;
import static io.mailscope.trace.protocol.LineKind.LITERAL_DATA;
import static io.mailscope.trace.protocol.LineKind.MESSAGE_BODY;
import static io.mailscope.trace.protocol.LineKind.REPLY;
import static io.mailscope.trace.protocol.LineKind.REPLY_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Protocol;

/** Transcripts in C:/S: form, each line's expected kind checked in order. */
class SessionGrammarTest {

    private static List<LineKind> kinds(Protocol protocol, String... lines) {
        SessionGrammar g = new SessionGrammar(protocol);
        List<LineKind> kinds = new ArrayList<>();
        for (String line : lines) {
            String text = line.length() > 3 ? line.substring(3) : ""; //$NON-NLS-1$
            kinds.add(line.startsWith("C:") ? g.client(text) : g.server(text)); //$NON-NLS-1$
        }
        return kinds;
    }

    @Test
    void imapSynchronisingLiteralSpansLinesByOctets() {
        // 11 + 2 + 7 + 2 = 22 octets: both lines are the literal, the next line a command
        assertEquals(List.of(COMMAND, REPLY, LITERAL_DATA, LITERAL_DATA, REPLY, COMMAND),
                kinds(Protocol.IMAP, "C: A1 APPEND box {22}", "S: + Ready", "C: Subject: hi", "C: A2 NOOP",
                        "S: A1 OK done", "C: A3 NOOP"));
    }

    @Test
    void imapLiteralPlusNeedsNoContinuationAndAnotherLiteralContinuesTheCommand() {
        assertEquals(List.of(COMMAND, LITERAL_DATA, LITERAL_DATA, REPLY, COMMAND),
                kinds(Protocol.IMAP, "C: a LOGIN {5+}", "C: alice {6+}", "C: secret", "S: a OK", "C: b LOGOUT"));
    }

    @Test
    void anEmptyLiteralLeavesTheNextLineToItsCommand() {
        assertEquals(List.of(COMMAND, LITERAL_DATA, REPLY, COMMAND),
                kinds(Protocol.IMAP, "C: a APPEND box {0+}", "C: ", "S: a NO [LIMIT] empty message", "C: b NOOP"));
    }

    @Test
    void aRefusedSynchronisingLiteralIsNeverSent() {
        assertEquals(List.of(COMMAND, REPLY, COMMAND),
                kinds(Protocol.IMAP, "C: a1 APPEND nosuch {300}", "S: a1 NO [TRYCREATE] no such mailbox", "C: a2 NOOP"));
    }

    @Test
    void imapServerLiteralLinesAreDataEvenWhenTheyLookLikeResponses() {
        // the literal ends with "a OK": ")" is the rest of the FETCH response
        assertEquals(List.of(COMMAND, REPLY, REPLY_DATA, REPLY_DATA, REPLY_DATA, REPLY),
                kinds(Protocol.IMAP, "C: a UID FETCH 1 BODY[]", "S: * 1 FETCH (UID 1 BODY[] {15}", "S: * BYE x", "S: a OK",
                        "S: )", "S: a OK done"));
    }

    @Test
    void idleEndsWithDoneAndAuthenticateTakesContinuationLines() {
        assertEquals(List.of(COMMAND, REPLY, REPLY, CONTINUATION, REPLY, COMMAND, REPLY, CONTINUATION, REPLY),
                kinds(Protocol.IMAP, "C: a IDLE", "S: + idling", "S: * 2 EXISTS", "C: DONE", "S: a OK", "C: b AUTHENTICATE PLAIN",
                        "S: +", "C: AGFsaWNlAHNlY3JldA==", "S: b OK"));
    }

    @Test
    void smtpPipeliningDataBodyAndBdatChunks() {
        assertEquals(List.of(COMMAND, COMMAND, COMMAND, REPLY, REPLY, REPLY, MESSAGE_BODY, MESSAGE_BODY, MESSAGE_BODY,
                REPLY, COMMAND, CHUNK_DATA, CHUNK_DATA, REPLY, COMMAND),
                kinds(Protocol.SMTP, "C: MAIL FROM:<a@b>", "C: RCPT TO:<c@d>", "C: DATA", "S: 250 OK", "S: 250 OK",
                        "S: 354 go", "C: QUIT", "C: ..dot-stuffed", "C: .", "S: 250 queued", "C: BDAT 12 LAST",
                        "C: RSET", "C: DATA", "S: 250 12 octets", "C: QUIT"));
    }

    @Test
    void smtpAuthLoginTakesOneLinePer334() {
        assertEquals(List.of(COMMAND, REPLY, CONTINUATION, REPLY, CONTINUATION, REPLY, COMMAND),
                kinds(Protocol.SMTP, "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: YWxpY2U=", "S: 334 UGFzc3dvcmQ6",
                        "C: c2VjcmV0", "S: 235 ok", "C: QUIT"));
    }

    @Test
    void pop3MultiLineRepliesWithDotStuffingAndPipelining() {
        assertEquals(List.of(REPLY, COMMAND, COMMAND, REPLY, REPLY, REPLY_DATA, REPLY_DATA, REPLY_DATA, REPLY_DATA, COMMAND,
                REPLY),
                kinds(Protocol.POP3, "S: +OK ready", "C: LIST 1", "C: RETR 1", "S: +OK 1 120", "S: +OK 120 octets",
                        "S: ..a line starting with a dot", "S: +OK not a status", "S: ", "S: .", "C: QUIT", "S: +OK bye"));
    }

    @Test
    void pop3ErrorToRetrIsOneLine() {
        assertEquals(List.of(COMMAND, REPLY, COMMAND, REPLY),
                kinds(Protocol.POP3, "C: RETR 9", "S: -ERR no such message", "C: QUIT", "S: +OK"));
    }
}
