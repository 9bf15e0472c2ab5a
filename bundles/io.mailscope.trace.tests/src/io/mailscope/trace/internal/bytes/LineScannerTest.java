package io.mailscope.trace.internal.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.read.DecodedLine;
import io.mailscope.trace.internal.read.LineReader;

/** The scanner's lines are {@link LineReader}'s: offsets, ends and text of plain lines, on random bytes. */
class LineScannerTest {

    /** Random lines of printable text, CR LF / LF / lone CR, tabs, controls and non-ASCII bytes, short and long. */
    static byte[] randomText(Random random, int lines) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < lines; n++) {
            int length = random.nextInt(10) == 0 ? random.nextInt(3000) : random.nextInt(90);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(200);
                b.append(kind == 0 ? '\r' : kind == 1 ? '\t' : kind == 2 ? '\u00e9' : kind == 3 ? '\u0001' : (char) (' ' + random.nextInt(95)));
            }
            b.append(switch (random.nextInt(4)) {
                case 0 -> "\n";
                case 1 -> "\r";
                default -> "\r\n";
            });
        }
        if (random.nextBoolean()) {
            b.append("last line without terminator");
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<DecodedLine> reference(byte[] bytes) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes), Integer.MAX_VALUE - 16);
        List<DecodedLine> lines = new ArrayList<>();
        DecodedLine line;
        while ((line = reader.next()) != null) {
            lines.add(line);
        }
        return lines;
    }

    private static boolean plain(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x80 || c == '\t');
    }

    @Test
    void linesAreThoseOfTheLineReader() throws IOException {
        Random random = new Random(1515);
        LineBlock block = new LineBlock();
        for (int round = 0; round < 300; round++) {
            byte[] bytes = randomText(random, random.nextInt(60));
            ByteBuffer buffer = Swar.littleEndian(ByteBuffer.allocateDirect(bytes.length + 5));
            buffer.put(3, bytes); // not at index 0: positions are the buffer's
            LineScanner.scan(buffer, 3, 3 + bytes.length, true, block);
            List<DecodedLine> expected = reference(bytes);
            assertEquals(expected.size(), block.count());
            for (int i = 0; i < block.count(); i++) {
                DecodedLine line = expected.get(i);
                assertEquals(line.offset(), block.start(i) - 3, "start of line " + (i + 1));
                String text = new String(bytes, block.start(i) - 3, block.end(i) - block.start(i), StandardCharsets.ISO_8859_1);
                assertEquals(plain(line.text()), block.plain(i), "plain flag of line " + (i + 1) + ": " + line.text());
                if (block.plain(i)) {
                    assertEquals(line.text(), text, "text of line " + (i + 1));
                }
                assertEquals(line.offset() + line.byteLength(), i + 1 < block.count() ? block.start(i + 1) - 3 : block.next() - 3);
            }
        }
    }

    /**
     * One line at a time ({@link LineScanner#scanLine}, for a reader that recognises most lines by their shape) gives
     * the lines of a whole scan: starts, ends, plain flags, and where the unterminated rest begins, at the end of the
     * input and before it.
     */
    @Test
    void lineByLineGivesTheLinesOfAWholeScan() {
        Random random = new Random(1516);
        LineBlock whole = new LineBlock();
        LineBlock single = new LineBlock();
        for (int round = 0; round < 300; round++) {
            byte[] text = randomText(random, random.nextInt(60));
            byte[] bytes = new byte[text.length + 11];
            System.arraycopy(text, 0, bytes, 3, text.length);
            int to = 3 + text.length;
            boolean endOfInput = random.nextBoolean();
            LineScanner.scan(bytes, 3, to, endOfInput, whole);
            single.clear();
            int start = 3;
            int next;
            while (start < to && (next = LineScanner.scanLine(bytes, start, to, endOfInput, single)) >= 0) {
                start = next;
            }
            assertEquals(whole.count(), single.count());
            for (int i = 0; i < whole.count(); i++) {
                assertEquals(whole.start(i), single.start(i), "start of line " + (i + 1));
                assertEquals(whole.end(i), single.end(i), "end of line " + (i + 1));
                assertEquals(whole.plain(i), single.plain(i), "plain flag of line " + (i + 1));
            }
            assertEquals(whole.next(), start);
        }
    }

    @Test
    void anUnterminatedLastLineIsLeftForTheNextBlock() {
        byte[] bytes = "one\r\ntwo\nthr".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = Swar.littleEndian(ByteBuffer.wrap(bytes));
        LineBlock block = LineScanner.scan(buffer, 0, bytes.length, false, new LineBlock());
        assertEquals(2, block.count());
        assertEquals(3, block.end(0));
        assertEquals(5, block.start(1));
        assertEquals(9, block.next());
        LineScanner.scan(buffer, 0, bytes.length, true, block);
        assertEquals(3, block.count());
        assertEquals(12, block.end(2));
    }

    @Test
    void crLfCrAndLfEndings() {
        byte[] bytes = "a\r\nb\rc\n\r\nd\r".getBytes(StandardCharsets.US_ASCII);
        LineBlock block = LineScanner.scan(Swar.littleEndian(ByteBuffer.wrap(bytes)), 0, bytes.length, true, new LineBlock());
        assertEquals(4, block.count());
        assertEquals(1, block.end(0)); // "a"
        assertEquals(false, block.plain(1)); // "b\rc": a lone CR is part of the line (CR-only inputs are converted before)
        assertEquals(6, block.end(1));
        assertEquals(block.start(2), block.end(2)); // an empty CR LF line
        assertEquals(10, block.end(3)); // "d" at the end: its CR is stripped as LineReader does
        assertEquals(true, block.plain(3));
    }
}
