package io.mailscope.trace.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
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

    /** Records the length of every read asked for. */
    private static final class AskedReads extends FilterInputStream {
        final List<Integer> asked = new ArrayList<>();

        AskedReads(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            asked.add(len);
            return super.read(b, off, len);
        }
    }

    /**
     * With short reads after skips, a reader that skips runs ahead asks its stream for few bytes after each skip (so that
     * the skipped bytes are never copied), twice as many with each read that follows, and reads the same lines at the
     * same offsets as without.
     */
    @Test
    void shortReadsAfterSkipsGiveTheSameLines() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i).append(" ").append("x".repeat(i % 97)).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        AskedReads stream = new AskedReads(bytes);
        LineReader reader = new LineReader(stream).shortReadsAfterSkips(64);
        List<DecodedLine> all = read(bytes, LineReader.DEFAULT_MAX_LINE_BYTES);
        int index = 0;
        int skips = 0;
        int shortReads = 0;
        while (index < all.size()) {
            if (index % 50 == 10) {
                // a run of lines skipped, longer than what is buffered
                int lines = Math.min(40, all.size() - index);
                long end = index + lines < all.size() ? all.get(index + lines).offset() : bytes.length;
                int reads = stream.asked.size();
                reader.skipAhead(end - reader.position(), lines);
                index += lines;
                skips++;
                if (index < all.size()) {
                    DecodedLine line = reader.next();
                    assertEquals(all.get(index), line);
                    if (stream.asked.size() > reads) {
                        assertEquals(64, stream.asked.get(reads), "the first read after a skip");
                        shortReads++;
                    }
                    index++;
                }
                continue;
            }
            assertEquals(all.get(index), reader.next());
            index++;
        }
        assertNull(reader.next());
        assertEquals(bytes.length, reader.position());
        assertEquals(all.size(), reader.lineNumber());
        // the first skips (about a fifth) are within the first read's buffer; after them, every skip is followed by a short read
        assertTrue(skips > 300 && shortReads > skips * 7 / 10, skips + " skips, " + shortReads + " followed by a short read");
        // reads that follow each other ask twice as many bytes each time, up to the buffer
        assertTrue(stream.asked.contains(128) && stream.asked.contains(256), stream.asked.toString());
    }
}
