package io.mailscope.trace.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<DecodedLine> read(byte[] bytes, int max) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes), max);
        List<DecodedLine> lines = new ArrayList<>();
        DecodedLine line;
        while ((line = reader.next()) != null) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void offsetsAndTerminators() throws IOException {
        List<DecodedLine> lines = read("a\r\nbc\n\nd".getBytes(StandardCharsets.US_ASCII), 100);
        assertEquals(4, lines.size());
        assertEquals("a", lines.get(0).text());
        assertEquals(0, lines.get(0).offset());
        assertEquals("bc", lines.get(1).text());
        assertEquals(3, lines.get(1).offset());
        assertEquals("", lines.get(2).text());
        assertEquals(6, lines.get(2).offset());
        assertEquals("d", lines.get(3).text());
        assertEquals(7, lines.get(3).offset());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertTrue(read(new byte[0], 10).isEmpty());
        LineReader reader = new LineReader(new ByteArrayInputStream("x\n".getBytes(StandardCharsets.US_ASCII)));
        reader.next();
        assertNull(reader.next());
        assertEquals(2, reader.position());
    }

    @Test
    void utf8IsDecodedAndInvalidBytesReplaced() throws IOException {
        byte[] valid = "Grüße\n".getBytes(StandardCharsets.UTF_8);
        DecodedLine line = read(valid, 100).get(0);
        assertEquals("Grüße", line.text());
        assertFalse(line.invalidBytes());
        DecodedLine bad = read(new byte[] { 'o', 'k', (byte) 0xC3, (byte) 0x28, '!', '\n' }, 100).get(0);
        assertTrue(bad.invalidBytes());
        assertTrue(bad.text().startsWith("ok\uFFFD"));
    }

    @Test
    void longLinesAreTruncatedAndTheNextLineKeepsItsOffset() throws IOException {
        byte[] bytes = ("x".repeat(200_000) + "\nnext\n").getBytes(StandardCharsets.US_ASCII);
        List<DecodedLine> lines = read(bytes, 1000);
        assertEquals(2, lines.size());
        assertEquals(1000, lines.get(0).text().length());
        assertEquals(200_000, lines.get(0).truncatedFromBytes());
        assertEquals("next", lines.get(1).text());
        assertEquals(200_001, lines.get(1).offset());
    }

    @Test
    void nulBytesMarkBinaryLines() throws IOException {
        List<DecodedLine> lines = read(new byte[] { 'a', 0, 'b', '\n', 'c', '\n' }, 100);
        assertTrue(lines.get(0).binary());
        assertFalse(lines.get(1).binary());
    }
}
