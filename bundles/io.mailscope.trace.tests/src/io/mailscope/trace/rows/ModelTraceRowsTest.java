package io.mailscope.trace.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/** The rows the trace editor pages through, on the seed 0x800CCC97 Outlook log (interleaved, wrapped, paired replies). */
class ModelTraceRowsTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";

    private static TraceRows seedRows() throws Exception {
        return ModelTraceRows.of(Imports.importFile(SEED).trace());
    }

    private static TraceRow find(TraceRows rows, String text) {
        for (TraceRow r : rows.page(0, rows.size())) {
            if (r.text().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void anExchangeKeepsItsReplyNextToTheCommandEvenWhenTheReplyIsFarAway() throws Exception {
        TraceRows rows = seedRows();
        TraceRow stat = find(rows, "STAT");
        assertEquals(RowKind.COMMAND, stat.kind());
        assertEquals(Direction.CLIENT, stat.direction());
        assertEquals(Protocol.POP3, stat.protocol());
        assertEquals(57, stat.firstLine());
        assertTrue(stat.exchangeHead());
        TraceRow reply = rows.row(stat.index() + 1);
        assertEquals("+OK 1 554", reply.text());
        assertEquals(86, reply.firstLine());
        assertEquals(Direction.SERVER, reply.direction());
        assertEquals(stat.exchange(), reply.exchange());
        assertFalse(reply.exchangeHead());
        assertTrue(reply.repaired(), "the reply was paired with its distant command by the import");
    }

    @Test
    void everyProtocolLineConnectionAndStatusEventIsARow() throws Exception {
        ImportResult imported = Imports.importFile(SEED);
        TraceRows rows = ModelTraceRows.of(imported.trace());
        long protocolLines = imported.trace().getSessions().stream().flatMap(s -> s.getExchanges().stream())
                .mapToLong(e -> e.getReplyLines().size() + (e.getCommand() == null ? 0 : 1)).sum();
        long events = imported.trace().getSessions().stream().mapToLong(s -> s.getConnectionEvents().size()).sum()
                + imported.trace().getStatusEvents().size();
        assertEquals(protocolLines + events, rows.size());
        assertEquals(1, rows.page(0, rows.size()).stream().filter(r -> r.kind() == RowKind.STATUS && r.text().contains("0x800ccc97")).count());
        assertTrue(find(rows, "PASS ********").masked());
    }

    @Test
    void aSourceLineLeadsToTheRowReadFromIt() throws Exception {
        TraceRows rows = seedRows();
        assertEquals("+OK 0 messages (554 octets) [1 control message(s) hidden]", rows.row(rows.positionOfLine(133)).text());
        assertEquals("UIDL", rows.row(rows.positionOfLine(91)).text());
        // a line no row was read from (Outlook's own bookkeeping) leads to the next row
        assertEquals("UIDL", rows.row(rows.positionOfLine(90)).text());
        int[] evidence = rows.positionsCovering(127, 136);
        assertEquals(List.of("LIST", "+OK 0 messages (554 octets) [1 control message(s) hidden]", "."),
                java.util.Arrays.stream(evidence).mapToObj(p -> rows.row(p).text()).toList());
    }

    @Test
    void filtersByTextDirectionAndSessionAndCollapsesExchanges() throws Exception {
        TraceRows rows = seedRows();
        TraceRows uidl = rows.filter(RowQuery.ALL.withText("uidl"));
        assertEquals(List.of("UIDL"), uidl.page(0, 10).stream().map(TraceRow::text).toList());
        assertEquals(find(rows, "UIDL").index(), uidl.row(0).index(), "a filtered row keeps its index in the whole conversation");
        TraceRows client = rows.filter(RowQuery.ALL.withDirection(Direction.CLIENT));
        assertTrue(client.page(0, client.size()).stream().allMatch(r -> r.direction() == Direction.CLIENT));
        assertEquals(List.of("USER [my email account", "PASS ********", "STAT", "QUIT", "UIDL", "LIST", "QUIT"),
                client.page(0, client.size()).stream().map(TraceRow::text).toList());
        TraceRows second = rows.filter(RowQuery.ALL.withSession(2));
        assertTrue(second.size() > 0 && second.page(0, second.size()).stream().allMatch(r -> r.session() == 2));
        int uidlExchange = find(rows, "UIDL").exchange();
        TraceRows collapsed = rows.filter(RowQuery.ALL.withCollapsed(Set.of(uidlExchange)));
        assertEquals(rows.size() - 2, collapsed.size(), "the UIDL exchange shows only its command");
    }

    @Test
    void sourceLinesAroundARowAreReadAgainFromTheFileAndSecretsStayHidden() throws Exception {
        ImportResult imported = Imports.importFile(SEED);
        TraceRows rows = ModelTraceRows.of(imported.trace());
        SourceLines source = SourceLines.ofFile(Imports.file(SEED), imported.trace());
        List<String> file = Files.readAllLines(Imports.file(SEED), StandardCharsets.ISO_8859_1);
        TraceRow stat = find(rows, "STAT");
        List<SourceLines.NumberedLine> around = source.around(stat, 3);
        assertEquals(List.of(54, 55, 56, 57, 58, 59, 60), around.stream().map(SourceLines.NumberedLine::number).toList());
        for (SourceLines.NumberedLine line : around) {
            assertEquals(file.get(line.number() - 1), line.text());
        }
        TraceRow first = rows.row(0);
        assertEquals(1, source.around(first, 10).get(0).number(), "context stops at the first line");
        TraceRow pass = find(rows, "PASS ********");
        SourceLines.NumberedLine passLine = source.around(pass, 0).get(0);
        assertTrue(passLine.hidden(), "the line the import masked a secret in is not shown raw");
        assertEquals(SourceLines.HIDDEN, passLine.text());
        // pasted text: the same lines, from the text instead of the file
        String text = String.join("\n", file) + "\n";
        SourceLines pasted = SourceLines.ofText(text, imported.trace());
        assertEquals(around, pasted.around(stat, 3));
    }
}
