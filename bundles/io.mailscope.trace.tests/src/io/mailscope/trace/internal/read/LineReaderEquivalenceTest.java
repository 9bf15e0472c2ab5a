package io.mailscope.trace.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line reader's in-buffer fast path and its slow path for lines across buffer borders or over the limit must
 * both give exactly the lines of a straightforward reference decoder.
 */
class LineReaderEquivalenceTest {

    /** Random lines: ASCII, CR LF, UTF-8, invalid bytes, control characters, NUL, long lines; about 3 MB. */
    private static byte[] input(long seed) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < 3_000_000) {
            int kind = random.nextInt(20);
            int length = kind == 0 ? random.nextInt(200_000) : random.nextInt(120);
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(1000);
                if (r < 3 && kind == 1) {
                    out.write(random.nextInt(0x20)); // controls, NUL
                } else if (r < 6 && kind == 2) {
                    out.write(0x80 + random.nextInt(0x80)); // invalid or partial UTF-8
                } else if (r < 10 && kind == 3) {
                    out.writeBytes("ü€".getBytes(StandardCharsets.UTF_8));
                } else if (r == 11) {
                    out.write('\r');
                } else {
                    out.write(0x20 + random.nextInt(0x5f));
                }
            }
            if (random.nextInt(10) == 0) {
                out.write('\r');
            }
            out.write('\n');
        }
        if (seed % 2 == 0) {
            out.writeBytes("no terminator\r".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** The reference: split at LF, classify, cut and decode, as documented on {@link DecodedLine}. */
    private static List<DecodedLine> reference(byte[] b, int max) {
        List<DecodedLine> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < b.length) {
            int nl = start;
            while (nl < b.length && b[nl] != '\n') {
                nl++;
            }
            int content = nl - start;
            int kept = Math.min(content, max);
            boolean nonAscii = false;
            boolean nul = false;
            int controls = 0;
            for (int i = start; i < start + kept; i++) {
                byte c = b[i];
                if (c < 0) {
                    nonAscii = true;
                } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                    controls++;
                    nul |= c == 0;
                }
            }
            int length = kept;
            if (length > 0 && length == content && b[start + length - 1] == '\r') {
                length--;
            }
            String text;
            boolean invalid = false;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, length))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(b, start, length, StandardCharsets.UTF_8);
                invalid = true;
            }
            assertEquals(nonAscii || invalid, nonAscii);
            int total = content + (nl < b.length ? 1 : 0);
            lines.add(new DecodedLine(++number, start, text, total, invalid, content > kept ? content : 0,
                    nul || controls > 0 && controls * 10 > kept));
            start = nl + 1;
        }
        return lines;
    }

    /** Returns at most a few bytes per read, so that lines cross buffer borders at every position. */
    private static InputStream dribbling(byte[] bytes, long seed) {
        Random random = new Random(seed);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(70_000)));
            }
        };
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4 })
    void fastPathAndSlowPathGiveTheReferenceLines(long seed) throws IOException {
        byte[] bytes = input(seed);
        int max = seed < 3 ? LineReader.DEFAULT_MAX_LINE_BYTES : 1000;
        List<DecodedLine> expected = reference(bytes, max);

        List<DecodedLine> plain = new ArrayList<>();
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes), max);
        for (DecodedLine line; (line = reader.next()) != null;) {
            plain.add(line);
            assertEquals(line.offset() + line.byteLength(), reader.position());
        }
        assertEquals(expected, plain);
        assertEquals(bytes.length, reader.position());

        List<DecodedLine> dribbled = new ArrayList<>();
        LineReader slow = new LineReader(dribbling(bytes, seed), max);
        for (DecodedLine line; (line = slow.next()) != null;) {
            dribbled.add(line);
        }
        assertEquals(expected, dribbled);

    }
}
