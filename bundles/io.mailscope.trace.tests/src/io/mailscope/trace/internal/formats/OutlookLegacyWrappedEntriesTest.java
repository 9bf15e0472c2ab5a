package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;

/**
 * The Outlook 2000-2002 parser's wrapped entries: the text of an entry of two pieces is the first, a space when the
 * second line had text, and the second stripped, whether or not an entry of the same pieces came before (the parser
 * hands a repeated one again as the same String, which the builder's masking tells by identity); the LogText header's
 * context is the one its text names; the JOINED_WRAPPED_LINE repair names the entry's lines.
 */
class OutlookLegacyWrappedEntriesTest {

    private static final String T = "2003.07.11 08:00:02 "; //$NON-NLS-1$
    private static final String FLAGS = "LTF_TRACE, hr = 00000000, code = 00000000,"; //$NON-NLS-1$

    private static List<TraceRecord> parse(List<String> lines) {
        TraceParser parser = new OutlookLegacyFormat().newParser();
        List<TraceRecord> records = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            parser.accept(new SourceLine(i + 1, offset, lines.get(i)), records::add);
            offset += lines.get(i).length() + 1;
        }
        parser.finish(records::add);
        return records;
    }

    private static List<String> otherTexts(List<TraceRecord> records) {
        return records.stream().filter(TraceRecord.Other.class::isInstance).map(r -> ((TraceRecord.Other) r).text()).toList();
    }

    private static String header(String context) {
        return T + "Callback::LogText[THIS: " + context + "] (flags ="; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void anEntryOfTwoPiecesIsTheSameTextWhatEverCameBefore() {
        List<String> lines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        // the same first piece with other second pieces, and the same second piece with other first pieces, in turn
        String[][] entries = { { header("20000001"), FLAGS }, { header("20000001"), FLAGS },
                { header("20000001"), "LTF_ERROR, hr = 00000000, code = 00000000," }, { header("20000001"), FLAGS },
                { header("21000001"), FLAGS }, { header("20000001"), FLAGS }, { header("21000001"), FLAGS },
                { header("20000001"), "  " + FLAGS + "  " }, { T + "Callback::Other", "" }, { T + "Callback::Other", "   " },
                { T + "Callback::Other", "" }, { T + "Callback::Other", "   " }, { T, "Callback::Other" },
                { T, "Callback::Other" }, { T + "Callback::Other", "x" }, { T + "Callback::Other x", "" } };
        for (String[] entry : entries) {
            lines.add(entry[0]);
            lines.add(entry[1]);
            String first = entry[0].substring(T.length());
            String second = entry[1].strip();
            expected.add(first.isEmpty() || entry[1].isEmpty() ? first + second : first + " " + second);
        }
        lines.add(T + "\"POP3: Connected to host\")"); //$NON-NLS-1$
        assertEquals(expected, otherTexts(parse(lines)));
    }

    @Test
    void anEntryOfThreePiecesAndTheCutStatusAreJoinedAsBefore() {
        List<TraceRecord> records = parse(List.of(header("20000001"), FLAGS, "more", header("20000001"), FLAGS,
                T + "Callback::ReportStatus[THIS: 21000001]", "(ulAsynchPhase = RSF_COMPLETED", //$NON-NLS-1$ //$NON-NLS-2$
                header("20000001"), FLAGS, T + "\"POP3: [tx] NOOP\")", ", hrStatus = 0x00000000)", //$NON-NLS-1$ //$NON-NLS-2$
                T + "\"POP3: Connected to host\")")); //$NON-NLS-1$
        assertEquals(List.of("Callback::LogText[THIS: 20000001] (flags = " + FLAGS + " more", //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::LogText[THIS: 20000001] (flags = " + FLAGS, "Callback::LogText[THIS: 20000001] (flags = " + FLAGS, //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::ReportStatus[THIS: 21000001] (ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x00000000)"), //$NON-NLS-1$
                otherTexts(records));
    }

    @Test
    void aRepeatedHeaderIsHandedOnAsTheSameTextAndNamesItsContext() {
        List<String> lines = new ArrayList<>();
        String[] contexts = { "20000001", "20000001", "21000001", "20000001", "2100000A", "21000001", "20000001" };
        for (String context : contexts) {
            lines.add(header(context));
            lines.add(FLAGS);
            lines.add(T + "\"POP3: [tx] NOOP\")"); //$NON-NLS-1$
        }
        List<TraceRecord> records = parse(lines);
        List<String> headers = otherTexts(records);
        assertSame(headers.get(0), headers.get(1), "the same header again");
        assertSame(headers.get(1), headers.get(3), "the header before the one before");
        assertEquals(List.of("20000001", "20000001", "21000001", "20000001", "2100000a", "21000001", "20000001"),
                records.stream().filter(TraceRecord.Wire.class::isInstance).map(r -> ((TraceRecord.Wire) r).context()).toList());
    }

    @Test
    void theJoinedRepairNamesTheEntrysLines() {
        List<String> lines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int[] pieces = { 2, 3, 2, 4, 2 };
        int line = 1;
        for (int round = 0; round < 2_400; round++) {
            // two lines each first (every power of ten up to 1000 is an entry's last line), then more
            int n = round < 1_200 ? 2 : pieces[round % pieces.length];
            lines.add(header("20000001"));
            for (int k = 1; k < n; k++) {
                lines.add(FLAGS);
            }
            expected.add("wrapped entry L" + line + "-L" + (line + n - 1) + " joined"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            line += n;
        }
        lines.add(T + "\"POP3: Connected to host\")"); //$NON-NLS-1$
        List<String> descriptions = parse(lines).stream().filter(TraceRecord.Repair.class::isInstance)
                .map(r -> ((TraceRecord.Repair) r).description()).toList();
        assertEquals(expected, descriptions);
    }
}
