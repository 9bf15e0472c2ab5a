package io.mailscope.trace.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.bytes.LineBlock;
import io.mailscope.trace.internal.bytes.ParallelLineBlocks;

/**
 * The workers of the structural index find the three template lines of an Outlook 2000-2002 log (a task's header, its
 * flags line, a status report's first line) by their shape, from the first byte to the line's end, reading their hex
 * values once ({@code OutlookLegacyIndexer.findAndMark}); every other line is found by a scan and marked by
 * {@link OutlookLegacyIndexer#markLine}. Whatever the shortcut recognises, each line must carry exactly the marks (and
 * THIS key) {@code markLine} gives it: here for template lines with values of every length and case, a byte that is no
 * hex digit planted at every place of a value, no space after the timestamp, white space around a flags line, CR LF and
 * LF line ends, in blocks of several sizes (so that blocks end inside such lines too).
 */
class TemplateLinesTest {

    private static final String TIME = "2003.07.11 08:00:02";
    private static final String NOT_HEX = "gG/:@`] x.\t";

    @Test
    void templateLinesAreMarkedAsTheScanMarksThem() throws Exception {
        Random random = new Random(15);
        List<String> lines = new ArrayList<>();
        for (int digits = 1; digits <= 16; digits++) {
            String value = hex(random, digits);
            lines.addAll(variants(value));
            for (int at = 0; at < digits; at++) {
                for (char c : NOT_HEX.toCharArray()) {
                    lines.addAll(variants(value.substring(0, at) + c + value.substring(at + 1)));
                }
            }
        }
        for (int at = 0; at < 16; at++) {
            char[] flags = (hex(random, 8) + hex(random, 8)).toCharArray();
            flags[at] = NOT_HEX.charAt(random.nextInt(NOT_HEX.length()));
            lines.add("LTF_TRACE, hr = " + new String(flags, 0, 8) + ", code = " + new String(flags, 8, 8) + ",");
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append(random.nextBoolean() ? "\r\n" : "\n");
        }
        byte[] log = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        int templates = 0;
        for (int range : new int[] { 97, 1000, 4096, 1 << 20 }) {
            templates += compare(log, range);
        }
        // the shortcut did recognise lines: the comparison is not only of scanned lines with themselves
        assertTrue(templates > 1000, templates + " lines marked as templates");
    }

    /** The header, its flags line and a status report with {@code value}, as the log writes them and as it may not. */
    private static List<String> variants(String value) {
        return List.of(TIME + " Callback::LogText[THIS: " + value + "] (flags =",
                TIME + "Callback::LogText[THIS: " + value + "] (flags =",
                TIME + " Callback::LogText[THIS: " + value + "] (flags = ",
                TIME + " Callback::ReportStatus[THIS: " + value + "]",
                TIME + "Callback::ReportStatus[THIS: " + value + "]",
                TIME + " Callback::ReportStatus[THIS: " + value + "] ",
                "LTF_TRACE, hr = " + pad(value) + ", code = " + pad(value) + ",",
                "  LTF_TRACE, hr = " + pad(value) + ", code = " + pad(value) + ", ");
    }

    private static String pad(String value) {
        return (value + "00000000").substring(0, 8);
    }

    private static String hex(Random random, int digits) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < digits; k++) {
            char c = Character.forDigit(random.nextInt(16), 16);
            s.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return s.toString();
    }

    /** @return how many lines the workers marked as a template's */
    private static int compare(byte[] log, int range) throws Exception {
        int templates = 0;
        InertCache cache = new InertCache();
        long[] contexts = new long[1];
        try (ParallelLineBlocks blocks = new ParallelLineBlocks((offset, target) -> {
            if (offset >= log.length) {
                return -1;
            }
            int n = (int) Math.min(target.remaining(), log.length - offset);
            target.put(ByteBuffer.wrap(log, (int) offset, n));
            return n;
        }, log.length, range, OutlookLegacyIndexer.MAX_LINE_BYTES + 2, 2, OutlookLegacyIndexer.FIND_AND_MARK, "template lines test")) {
            ParallelLineBlocks.Scanned block;
            while ((block = blocks.next()) != null) {
                LineBlock lines = block.lines();
                OutlookLegacyIndexer.LineMarks marks = (OutlookLegacyIndexer.LineMarks) block.prepared;
                byte[] b = block.bytes().array();
                for (int i = 0; i < lines.count(); i++) {
                    String line = new String(b, lines.start(i), lines.end(i) - lines.start(i), StandardCharsets.ISO_8859_1);
                    contexts[0] = 0;
                    byte expected = OutlookLegacyIndexer.markLine(b, lines.start(i), lines.end(i), 0, contexts, cache);
                    assertEquals(expected, marks.mark(i), "marks of '" + line + "' (blocks of " + range + " bytes)");
                    if ((expected & (OutlookLegacyIndexer.CONTEXT | OutlookLegacyIndexer.SPLIT)) != 0) {
                        assertEquals(contexts[0], marks.context(i), "THIS key of '" + line + "'");
                    }
                    if ((marks.mark(i) & OutlookLegacyIndexer.TEMPLATE) != 0) {
                        templates++;
                        // what the mark promises the consumer: the text one space after the timestamp, or the whole
                        // line without white space around it
                        assertTrue((marks.mark(i) & OutlookLegacyIndexer.LEADING) != 0 ? line.charAt(TIME.length()) == ' '
                                : line.equals(line.strip()), "text bounds of the template line '" + line + "'");
                    }
                }
            }
        }
        return templates;
    }
}
