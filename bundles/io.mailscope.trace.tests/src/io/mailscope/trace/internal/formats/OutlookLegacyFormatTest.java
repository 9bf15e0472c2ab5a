package io.mailscope.trace.internal.formats;

import static io.mailscope.trace.tests.Imports.exchange;
import static io.mailscope.trace.tests.Imports.importFile;
import static io.mailscope.trace.tests.Imports.range;
import static io.mailscope.trace.tests.Imports.replies;
import static io.mailscope.trace.tests.Imports.replyRanges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Exchange;
import io.mailscope.model.Protocol;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/** The seed case 0x800CCC97: the garbled Outlook 2002 log as the customer pasted it. */
class OutlookLegacyFormatTest {

    private static ImportResult result;
    private static Trace trace;

    @BeforeAll
    static void importSeed() throws Exception {
        result = importFile("outlook2002-pop3-0x800ccc97.log");
        trace = result.trace();
    }

    @Test
    void detectedAsTheOldOutlookLog() {
        assertEquals("io.mailscope.trace.outlook.legacy", result.format().formatId());
        assertTrue(result.format().confidence() > 0.9, result.candidates().toString());
        assertEquals(175, trace.getLineCount());
    }

    @Test
    void statUidlAndListAreOneConversation() {
        Exchange stat = exchange(trace, "STAT");
        Exchange uidl = exchange(trace, "UIDL");
        Exchange list = exchange(trace, "LIST");
        Session session = stat.getSession();
        assertEquals(Protocol.POP3, session.getProtocol());
        assertSame(session, uidl.getSession());
        assertSame(session, list.getSession());
        assertSame(session, exchange(trace, "USER").getSession());
        assertSame(session, exchange(trace, "PASS").getSession());
        assertEquals(2, trace.getSessions().size(), Imports.describe(trace));
        Session later = trace.getSessions().get(1);
        assertEquals(List.of("QUIT"), later.getExchanges().stream().map(Exchange::getVerb).toList(),
                "the second QUIT belongs to a later connection");
        assertEquals(List.of("+OK Bye!"), replies(later.getExchanges().get(0)));
    }

    @Test
    void statIsAnsweredByOneMessageOf554Octets() {
        Exchange stat = exchange(trace, "STAT");
        assertEquals("STAT", stat.getCommand().getText());
        assertEquals("L57", range(stat.getCommand()));
        assertEquals(List.of("+OK 1 554"), replies(stat));
        assertEquals(List.of("L86"), replyRanges(stat));
        assertTrue(stat.isComplete());
    }

    @Test
    void uidlIsAnsweredByAnEmptyList() {
        Exchange uidl = exchange(trace, "UIDL");
        assertEquals("L91", range(uidl.getCommand()));
        assertEquals(List.of("+OK ", "."), replies(uidl));
        assertEquals(List.of("L94", "L97"), replyRanges(uidl));
        assertTrue(uidl.isComplete());
    }

    @Test
    void listSaysZeroMessagesWithAHiddenControlMessage() {
        Exchange list = exchange(trace, "LIST");
        assertEquals("L127", range(list.getCommand()));
        assertEquals(List.of("+OK 0 messages (554 octets) [1 control message(s) hidden]", "."), replies(list));
        assertEquals(List.of("L132-133", "L136"), replyRanges(list), "the wrapped reply spans two source lines");
        assertTrue(list.isComplete());
    }

    @Test
    void loginRepliesArePairedWithinTheirContext() {
        assertEquals(List.of("+OK Need a password"), replies(exchange(trace, "USER")));
        Exchange pass = exchange(trace, "PASS");
        assertEquals("PASS ********", pass.getCommand().getText());
        assertEquals(List.of("+OK You have 0 messages totaling 554 octets from [my mail directory here]"), replies(pass));
        assertEquals(List.of("L40-41"), replyRanges(pass));
    }

    @Test
    void hrStatus0x800ccc97IsAStatusEventLinkedToTheCatalog() {
        StatusEvent status = trace.getStatusEvents().stream().filter(s -> s.getValue() == 0x800CCC97).findFirst()
                .orElseThrow(() -> new AssertionError("no 0x800ccc97 status event: " + trace.getStatusEvents()));
        assertEquals(150, status.getFirstLine());
        assertEquals(151, status.getLastLine());
        assertNotNull(status.getErrorCode(), "linked to the catalog");
        assertEquals(0x800CCC97, status.getErrorCode().getValue());
        assertSame(exchange(trace, "LIST").getSession(), status.getSession());
        assertEquals(1, trace.getStatusEvents().size(), "successful hrStatus values are not status events");
    }

    @Test
    void repairsAreRecorded() {
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.JOINED_WRAPPED_LINE
                && r.getFirstLine() == 132 && r.getLastLine() == 133), "wrapped LIST reply joined");
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.SEPARATED_INTERLEAVED_ENTRY
                && r.getFirstLine() == 38), "entry written into L38 separated");
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.SEPARATED_INTERLEAVED_ENTRY
                && r.getFirstLine() == 60 && r.getDescription().contains("ReportStatus entry at L37")),
                "the cut ReportStatus tail at L60 given back to the entry of L37-38");
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.PAIRED_DISTANT_REPLY
                && r.getFirstLine() == 86), "STAT's distant reply paired");
    }

    @Test
    void connectionEventsKeepTheirLines() {
        Session session = exchange(trace, "STAT").getSession();
        assertTrue(session.getConnectionEvents().stream()
                .anyMatch(e -> e.getKind() == ConnectionEventKind.CONNECTED && e.getFirstLine() == 50));
        assertTrue(session.getContextId().contains("001885a8") && session.getContextId().contains("001b06d8"),
                session.getContextId());
    }

    @Test
    void everySourceLineIsAccountedFor() {
        java.util.BitSet covered = new java.util.BitSet();
        java.util.function.Consumer<io.mailscope.model.TraceEvent> cover = e -> covered.set(e.getFirstLine(), e.getLastLine() + 1);
        trace.getOtherLines().forEach(cover);
        trace.getStatusEvents().forEach(cover);
        for (Session s : trace.getSessions()) {
            s.getConnectionEvents().forEach(cover);
            for (Exchange e : s.getExchanges()) {
                if (e.getCommand() != null) {
                    cover.accept(e.getCommand());
                }
                e.getReplyLines().forEach(cover);
            }
        }
        assertEquals(trace.getOtherLineCount(), trace.getOtherLines().size());
        assertEquals(175, covered.cardinality(), "uncovered: " + uncovered(covered));
    }

    /**
     * "Connected to host" and "Disconnected from host" are told by the end of the logged text in any case, as the
     * text lowered by {@code Locale.ROOT} ends: an upper-case ASCII end is a connection event, an end with a
     * character that lowers to more than one ({@code \u0130}, the dotted capital I, lowers to "i" and a combining dot)
     * is not.
     */
    @Test
    void connectionTextsAreToldByTheirLoweredEnd() throws Exception {
        String header = "2003.07.11 08:00:02 Callback::LogText[THIS: 20000001] (flags =\nLTF_TRACE, hr = 00000000, code = 00000000,\n";
        Trace t = Imports.importText("2003.07.11 08:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>\n"
                + header + "2003.07.11 08:00:02 \"POP3: CONNECTED TO HOST\")\n"
                + header + "2003.07.11 08:00:02 \"POP3: <rx> +OK POP3 server ready\")\n"
                + header + "2003.07.11 08:00:03 \"POP3: D\u0130SCONNECTED FROM HOST\")\n"
                + header + "2003.07.11 08:00:03 \"POP3: Disconnected From Host\")\n").trace();
        assertEquals(1, t.getSessions().size(), Imports.describe(t));
        assertEquals(List.of(ConnectionEventKind.CONNECTED + " POP3: CONNECTED TO HOST",
                ConnectionEventKind.CLOSED_BY_SERVER + " POP3: Disconnected From Host"),
                t.getSessions().get(0).getConnectionEvents().stream().map(e -> e.getKind() + " " + e.getText()).toList());
        assertTrue(t.getOtherLines().stream().anyMatch(o -> o.getText().equals("\"POP3: D\u0130SCONNECTED FROM HOST\")")),
                "kept as an other line: " + Imports.describe(t));
    }

    /**
     * The connections' names are counted up in their digits, across every carry (9 to 10, 99 to 100, ...): the names
     * {@code "outlook-connection-" + n} for n = 1, 2, 3…
     */
    @Test
    void connectionNamesCountUpAcrossEveryCarry() {
        var names = new OutlookLegacyFormat.ConnectionNames("outlook-connection-");
        for (int n = 1; n <= 120_000; n++) {
            String name = names.next();
            if (!name.equals("outlook-connection-" + n)) {
                assertEquals("outlook-connection-" + n, name, "connection " + n);
            }
        }
    }

    /**
     * A connection that is over (two connections later) no longer has its contexts: a task whose THIS value repeats a
     * context of it (the client reuses its task objects' addresses) and connects again begins a new connection, as a
     * context never seen would.
     */
    @Test
    void aContextOfAConnectionThatIsOverStartsANewOneWhenItConnectsAgain() throws Exception {
        StringBuilder log = new StringBuilder("2003.07.11 08:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
        String[] contexts = { "20000001", "20000002", "20000003", "20000001" };
        for (String context : contexts) {
            for (String text : List.of("Connected to host", "<rx> +OK POP3 server ready", "[tx] USER someone", "<rx> +OK",
                    "[tx] QUIT", "<rx> +OK bye", "Disconnected from host")) {
                log.append("2003.07.11 08:00:02 Callback::LogText[THIS: ").append(context)
                        .append("] (flags =\nLTF_TRACE, hr = 00000000, code = 00000000,\n2003.07.11 08:00:02 \"POP3: ")
                        .append(text).append("\")\n");
            }
        }
        Trace t = Imports.importText(log.toString()).trace();
        assertEquals(List.of("outlook-connection-1 20000001", "outlook-connection-2 20000002", "outlook-connection-3 20000003",
                "outlook-connection-4 20000001"), t.getSessions().stream().map(Session::getContextId).toList(), Imports.describe(t));
    }

    private static List<Integer> uncovered(java.util.BitSet covered) {
        List<Integer> missing = new java.util.ArrayList<>();
        for (int line = 1; line <= 175; line++) {
            if (!covered.get(line)) {
                missing.add(line);
            }
        }
        return missing;
    }
}
