package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.TraceParser;

/**
 * The byte triage of the Outlook 2003+ parser: which sessions it calls routine (counted without parsing when the
 * listener does not need their exchanges) and, above all, which it must leave to the parser. What counting instead
 * of parsing gives is compared with parsing on whole generated logs by FastSlowPathEqualityTest
 * (io.mailscope.diagnosis.tests); here each rule of the triage is checked on one session.
 */
class OutlookRoutineTriageTest {

    private static final String POP3 = "2012.03.14 00:00:01 POP3 (pop.example.test): ";
    private static final String SMTP = "2012.03.14 00:00:02 SMTP (smtp.example.test): ";
    private static final String NEXT = "2012.03.14 00:00:03 POP3 (pop.example.test): Begin execution\n";

    private static List<String> pop3Session() {
        List<String> lines = new ArrayList<>(List.of("Port: 110, Secure: NO, SPA: NO", "Finding host", "Connecting to host",
                "Connected to host", "[rx] +OK POP3 server ready <1.1331720132@pop.example.test>", "[tx] USER alice", "[rx] +OK",
                "[tx] PASS *****", "[rx] +OK Logged in.", "[tx] STAT", "[rx] +OK 2 3412", "[tx] UIDL", "[rx] +OK", "[rx] 1 20",
                "[rx] 2 21", "[rx] .", "[tx] LIST", "[rx] +OK 2 messages (3412 octets)", "[rx] 1 1706", "[rx] 2 1706", "[rx] .",
                "[tx] QUIT", "[rx] +OK Bye", "Disconnected from host", "End execution"));
        return lines;
    }

    private static List<String> smtpSession() {
        return new ArrayList<>(List.of("Port: 25, Secure: NO, SPA: NO", "Connecting to host", "Connected to host",
                "[rx] 220 smtp.example.test ESMTP ready", "[tx] EHLO workstation", "[rx] 250-smtp.example.test",
                "[rx] 250-AUTH LOGIN PLAIN", "[rx] 250 8BITMIME", "[tx] MAIL FROM: <alice@example.test>", "[rx] 250 2.1.0 Ok",
                "[tx] RCPT TO: <bob@example.test>", "[rx] 250 2.1.5 Ok", "[tx] RCPT TO: <carol@example.test>", "[rx] 250 2.1.5 Ok",
                "[tx] DATA", "[rx] 354 End data with <CR><LF>.<CR><LF>", "[rx] 250 2.0.0 Ok: queued as 1A2B", "[tx] QUIT",
                "[rx] 221 2.0.0 Bye", "Disconnected from host", "End execution"));
    }

    /** A parser that has just read the "Begin execution" line of {@code prefix}'s connection. */
    private static RoutineTriage begun(String prefix) {
        TraceParser parser = new OutlookFormat().newParser();
        parser.accept(new SourceLine(1, 0, prefix + "Begin execution"), record -> {
            // the records of the begin line are not looked at here
        });
        return (RoutineTriage) parser;
    }

    private static byte[] bytes(String prefix, List<String> lines, String after) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(prefix).append(l).append('\n'));
        return b.append(after).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int match(String prefix, List<String> lines, String after, OutlookRoutineSession.SessionShape[] shape) {
        RoutineTriage triage = begun(prefix);
        assertTrue(triage.routineSessionMayFollow(), "a fresh connection's session may be routine");
        byte[] b = bytes(prefix, lines, after);
        return triage.routineSession(b, 0, b.length, shape);
    }

    private static void assertNotRoutine(String prefix, List<String> lines, UnaryOperator<List<String>> change) {
        assertEquals(RoutineTriage.NOT_ROUTINE, match(prefix, change.apply(lines), NEXT, new OutlookRoutineSession.SessionShape[1]));
    }

    @Test
    void theHealthyCheckForMailIsRoutineUpToItsEndExecution() {
        OutlookRoutineSession.SessionShape[] shape = new OutlookRoutineSession.SessionShape[1];
        List<String> lines = pop3Session();
        int end = match(POP3, lines, NEXT, shape);
        assertEquals(bytes(POP3, lines, "").length, end, "the run ends before the next Begin execution");
        OutlookRoutineSession.SessionShape s = shape[0];
        assertEquals(110, s.port());
        assertEquals(3, s.othersBeforeConnected()); // Port, Finding host, Connecting to host
        assertEquals(3, s.connectedLine());
        assertEquals(23, s.disconnectedLine());
        assertEquals(25, s.lines());
        assertEquals(19, s.wireLines());
        assertEquals(7, s.exchanges());
        assertEquals(6, s.commands());
        assertEquals("2012.03.14 00:00:01", s.connectedTime());
        assertEquals(bytes(POP3, lines.subList(0, 3), "").length, s.connectedOffset());
    }

    @Test
    void aSendToTwoRecipientsIsRoutine() {
        OutlookRoutineSession.SessionShape[] shape = new OutlookRoutineSession.SessionShape[1];
        assertTrue(match(SMTP, smtpSession(), NEXT, shape) > 0);
        assertEquals(25, shape[0].port());
        assertEquals(6, shape[0].commands()); // EHLO, MAIL, two RCPT, DATA, QUIT
        assertEquals(7, shape[0].exchanges());
    }

    @Test
    void whatARuleOrTheMaskingWouldSeeIsNotRoutine() {
        // STAT counts a message UIDL and LIST do not list (0x800CCC97)
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[rx] +OK 2 3412", "[rx] +OK 3 5118"));
        // a failed reply
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[rx] +OK Logged in.", "[rx] -ERR [IN-USE] Mailbox locked"));
        // a password in clear (the masking records a repair) and a credential's word in a reply
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[tx] PASS *****", "[tx] PASS example7"));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[rx] +OK Logged in.", "[rx] +OK Logged in, token renewed."));
        // a status line, a drop, an encrypted port, an extra command
        assertNotRoutine(POP3, pop3Session(), l -> insertBefore(l, "[tx] QUIT", "Error: 0x800CCC0F"));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "Disconnected from host", "Connection closed by server"));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "Port: 110, Secure: NO, SPA: NO", "Port: 995, Secure: YES, SPA: NO"));
        // a number that is no port (the parser reads it as "port not known")
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "Port: 110, Secure: NO, SPA: NO", "Port: 70000, Secure: NO, SPA: NO"));
        assertNotRoutine(POP3, pop3Session(), l -> insertBefore(l, "[tx] QUIT", "[tx] NOOP"));
        // another connection's line in between
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[tx] STAT", "[tx] STAT\n" + SMTP + "Connecting to host"));
        // a timestamp the parser does not read as one
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[tx] LIST", "[tx] LIST\n2012.03.14 0:00:01 POP3 (pop.example.test): [rx] +OK"));
        // SMTP: a refused message, a masked banner's refusal of EHLO
        assertNotRoutine(SMTP, smtpSession(), l -> replace(l, "[rx] 250 2.0.0 Ok: queued as 1A2B", "[rx] 452 4.3.1 Insufficient system storage"));
        assertNotRoutine(SMTP, smtpSession(), l -> replace(l, "[rx] 250-smtp.example.test", "[rx] 500 5.5.1 Command unrecognized"));
    }

    /**
     * Each line's head is compared word by word (the prefix's words and the last 8 bytes with the marker): a marker
     * of the other direction or of the debug channel, or another host that differs in any word of the prefix (the
     * first, a middle one, the last one that overlaps), is another line than the session's.
     */
    @Test
    void aLineWhoseMarkerOrHostDiffersInAnyWordIsNotRoutine() {
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[rx] +OK Logged in.", "[tx] +OK Logged in."));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[tx] STAT", "[rx] STAT"));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[rx] +OK Bye", "[db] +OK Bye"));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[rx] +OK Bye", "[rx]X+OK Bye"));
        for (String other : List.of("2012.03.14 00:00:01 POP3 (pop.example.tesT): ", "2012.03.14 00:00:01 POP3 (pop.exaMple.test): ",
                "2012.03.14 00:00:01 POP4 (pop.example.test): ")) {
            assertNotRoutine(POP3, pop3Session(), l -> {
                List<String> changed = replace(l, "[tx] STAT", "[tx] STAT\n" + other + "[rx] +OK 2 3412");
                changed.remove("[rx] +OK 2 3412"); // the line now comes with the other prefix
                return changed;
            });
        }
    }

    /**
     * The conversations are read as state machines: each listing must hold exactly the messages STAT counts (none
     * included), each line must come in its place, and an SMTP send needs a recipient.
     */
    @Test
    void theListingsAndTheRecipientsAreCountedLineByLine() {
        OutlookRoutineSession.SessionShape[] shape = new OutlookRoutineSession.SessionShape[1];
        List<String> empty = new ArrayList<>(pop3Session());
        empty = replace(empty, "[rx] +OK 2 3412", "[rx] +OK 0 0");
        empty.removeAll(List.of("[rx] 1 20", "[rx] 2 21", "[rx] 1 1706", "[rx] 2 1706"));
        assertTrue(match(POP3, empty, NEXT, shape) > 0, "a mailbox without messages: STAT 0, empty listings");
        assertEquals(15, shape[0].wireLines());
        assertEquals(7, shape[0].exchanges());
        assertNotRoutine(POP3, empty, l -> insertBefore(l, "[rx] .", "[rx] 1 20"));
        List<String> three = replace(pop3Session(), "[rx] +OK 2 3412", "[rx] +OK 3 5118");
        three = insertAfter(three, "[rx] 2 21", "[rx] 3 22");
        three = insertAfter(three, "[rx] 2 1706", "[rx] 3 1706");
        assertTrue(match(POP3, three, NEXT, shape) > 0, "three messages, each listed twice");
        assertEquals(21, shape[0].wireLines());
        // one listing line short or one too many, in either listing
        assertNotRoutine(POP3, three, l -> remove(l, "[rx] 3 22"));
        assertNotRoutine(POP3, three, l -> remove(l, "[rx] 3 1706"));
        assertNotRoutine(POP3, pop3Session(), l -> insertAfter(l, "[rx] 2 21", "[rx] 3 22"));
        assertNotRoutine(POP3, pop3Session(), l -> insertAfter(l, "[rx] 2 1706", "[rx] 3 1706"));
        // lines out of their place: a reply where a command belongs, a command twice, the listing end missing
        assertNotRoutine(POP3, pop3Session(), l -> remove(l, "[tx] USER alice"));
        assertNotRoutine(POP3, pop3Session(), l -> insertBefore(l, "[tx] UIDL", "[tx] STAT"));
        assertNotRoutine(POP3, pop3Session(), l -> replace(l, "[tx] UIDL", "[tx] LIST"));
        assertNotRoutine(POP3, pop3Session(), l -> remove(l, "[rx] +OK Bye"));

        List<String> oneRecipient = remove(remove(smtpSession(), "[tx] RCPT TO: <carol@example.test>"), "[rx] 250 2.1.5 Ok");
        assertTrue(match(SMTP, oneRecipient, NEXT, shape) > 0);
        assertEquals(5, shape[0].commands()); // EHLO, MAIL, RCPT, DATA, QUIT
        assertEquals(14, shape[0].wireLines());
        List<String> none = remove(oneRecipient, "[tx] RCPT TO: <bob@example.test>");
        assertNotRoutine(SMTP, remove(none, "[rx] 250 2.1.5 Ok"), UnaryOperator.identity());
        // EHLO answered by continuation lines only, a RCPT without its reply, DATA without the 354
        assertNotRoutine(SMTP, smtpSession(), l -> remove(l, "[rx] 250 8BITMIME"));
        assertNotRoutine(SMTP, smtpSession(), l -> remove(l, "[rx] 250 2.1.5 Ok"));
        assertNotRoutine(SMTP, smtpSession(), l -> remove(l, "[rx] 354 End data with <CR><LF>.<CR><LF>"));
    }

    /**
     * Every byte of a line's timestamp is checked: on a line whose timestamp is not the one of the line before (the
     * triage compares a repeated timestamp as a whole and checks a new one byte class by byte class), a digit, a
     * separator or a non-ASCII byte out of its place makes the session not routine.
     */
    @Test
    void aTimestampWithAByteOutOfPlaceIsNotRoutine() {
        OutlookRoutineSession.SessionShape[] shape = new OutlookRoutineSession.SessionShape[1];
        byte[] good = bytes(POP3, pop3Session(), NEXT);
        int line = new String(good, StandardCharsets.ISO_8859_1).indexOf(POP3 + "[rx] +OK Logged in.");
        byte[] later = good.clone();
        later[line + 18] = '7'; // 00:00:07, a second later than the lines before
        assertTrue(begun(POP3).routineSession(later, 0, later.length, shape) > 0, "a well-formed new timestamp");
        for (int i = 0; i < 20; i++) {
            byte c = later[line + i];
            boolean digit = c >= '0' && c <= '9';
            for (byte wrong : digit ? new byte[] { 'x', '.', ' ', ':', (byte) 0xb9 } : new byte[] { '5', c == ' ' ? (byte) ':' : (byte) ' ', (byte) 0xae }) {
                byte[] bad = later.clone();
                bad[line + i] = wrong;
                assertEquals(RoutineTriage.NOT_ROUTINE, begun(POP3).routineSession(bad, 0, bad.length, shape),
                        "byte " + i + " of the timestamp is " + (char) (wrong & 0xff));
            }
        }
    }

    /**
     * A line's text is read eight bytes at a time up to its end: a control byte, a lone CR or a non-ASCII byte at any
     * place of the text (every alignment, the last word's bytes too) makes the session not routine.
     */
    @Test
    void aByteThatIsNotPrintableAnywhereInALineIsNotRoutine() {
        OutlookRoutineSession.SessionShape[] shape = new OutlookRoutineSession.SessionShape[1];
        byte[] good = bytes(POP3, pop3Session(), NEXT);
        assertTrue(begun(POP3).routineSession(good, 0, good.length, shape) > 0);
        String greeting = POP3 + "[rx] +OK POP3 server ready <1.1331720132@pop.example.test>\n";
        int from = new String(good, StandardCharsets.ISO_8859_1).indexOf(greeting) + POP3.length() + 5;
        int to = from + greeting.length() - POP3.length() - 5 - 1;
        for (int at = from; at < to; at++) {
            for (byte odd : new byte[] { '\r', '\t', 0, 0x1f, (byte) 0x80, (byte) 0xe9, (byte) 0xff }) {
                if (odd == '\r' && at == to - 1) {
                    continue; // a CR right before the LF: a CR LF line end, the text one byte shorter
                }
                byte[] bad = good.clone();
                bad[at] = odd;
                assertEquals(RoutineTriage.NOT_ROUTINE, begun(POP3).routineSession(bad, 0, bad.length, shape),
                        "byte " + (odd & 0xff) + " at " + (at - from) + " of the greeting's text");
            }
        }
    }

    @Test
    void theSessionMustBeFollowedByABeginExecution() {
        OutlookRoutineSession.SessionShape[] shape = new OutlookRoutineSession.SessionShape[1];
        assertEquals(RoutineTriage.NOT_ROUTINE, match(POP3, pop3Session(), POP3 + "Error: 0x800CCC0F\n", shape));
        // at the end of the bytes given the triage cannot decide; at the end of the input the importer parses it
        assertEquals(RoutineTriage.MORE_BYTES, match(POP3, pop3Session(), "", shape));
        assertEquals(RoutineTriage.MORE_BYTES, match(POP3, pop3Session().subList(0, 12), "", shape));
    }

    /**
     * The workers match one whole session after another with one matcher per thread: what it keeps from the sessions
     * before (the prefix's words, the last valid timestamp, the replies remembered per state, that more bytes were
     * wanted) decides nothing about the next. Run on one thread, in this order: another host of the same length (its
     * last word differs), a longer one, the first host again, a session cut short and then a whole one, a reply that
     * differs from the one remembered for its state.
     */
    @Test
    void eachSessionIsMatchedAsIfItWereTheThreadsFirst() {
        String sameLength = "2012.03.14 00:00:01 POP3 (pop.example.tesx): ";
        String longer = "2012.03.14 00:00:01 POP3 (mail.pop.example.test): ";
        assertRoutine(POP3, pop3Session());
        assertEquals(RoutineTriage.NOT_ROUTINE, matchOnThisThread(POP3, bytes(sameLength, pop3Session(), NEXT)),
                "the lines of another host than the prefix's");
        assertRoutine(sameLength, pop3Session());
        assertRoutine(longer, pop3Session());
        assertRoutine(POP3, pop3Session());
        assertEquals(RoutineTriage.MORE_BYTES, matchOnThisThread(POP3, bytes(POP3, pop3Session().subList(0, 12), "")));
        assertRoutine(POP3, pop3Session());
        assertEquals(RoutineTriage.NOT_ROUTINE, matchOnThisThread(POP3,
                bytes(POP3, replace(pop3Session(), "[rx] +OK Logged in.", "[rx] +OK Logged in, token renewed."), NEXT)),
                "the reply to PASS differs from the one remembered and has a credential's word");
        assertEquals(RoutineTriage.NOT_ROUTINE, matchOnThisThread(POP3,
                bytes(POP3, replace(pop3Session(), "[rx] +OK Logged in.", "[rx] -ERR Logged in."), NEXT)));
        assertRoutine(SMTP, smtpSession());
        assertRoutine(POP3, pop3Session());
    }

    private static void assertRoutine(String prefix, List<String> lines) {
        assertEquals(bytes(prefix, lines, "").length, matchOnThisThread(prefix, bytes(prefix, lines, NEXT)), prefix);
    }

    /** The session matched as a worker matches it, with the session's prefix {@code WORD (host): } */
    private static int matchOnThisThread(String prefix, byte[] session) {
        byte[] wordAndHost = prefix.substring(20).getBytes(StandardCharsets.ISO_8859_1);
        return WORKERS.routineSession(wordAndHost, session, 0, session.length, new OutlookRoutineSession.SessionShape[1]);
    }

    private static final RoutineTriage.SessionsAhead WORKERS = ((RoutineTriage) new OutlookFormat().newParser()).sessionsAhead();

    @Test
    void aBeginExecutionOfAConnectionStillOpenOffersNothing() {
        TraceParser parser = new OutlookFormat().newParser();
        parser.accept(new SourceLine(1, 0, POP3 + "Begin execution"), record -> {
        });
        parser.accept(new SourceLine(2, 70, POP3 + "Connecting to host"), record -> {
        });
        parser.accept(new SourceLine(3, 140, POP3 + "Begin execution"), record -> {
        });
        assertFalse(((RoutineTriage) parser).routineSessionMayFollow(), "the same connection goes on: its session is not fresh");
    }

    private static List<String> replace(List<String> lines, String what, String with) {
        int at = lines.indexOf(what);
        assertTrue(at >= 0, what);
        List<String> changed = new ArrayList<>(lines);
        changed.set(at, with);
        return changed;
    }

    private static List<String> remove(List<String> lines, String what) {
        List<String> changed = new ArrayList<>(lines);
        assertTrue(changed.remove(what), what);
        return changed;
    }

    private static List<String> insertAfter(List<String> lines, String after, String line) {
        List<String> changed = new ArrayList<>(lines);
        int at = lines.indexOf(after);
        assertTrue(at >= 0, after);
        changed.add(at + 1, line);
        return changed;
    }

    private static List<String> insertBefore(List<String> lines, String before, String line) {
        List<String> changed = new ArrayList<>(lines);
        changed.add(lines.indexOf(before), line);
        return changed;
    }
}
