package io.mailscope.trace.internal.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells from the first bytes of a text how it is encoded: UTF-16 with a byte order mark, UTF-16 without one (ASCII text
 * with every other byte zero, as Notepad and PowerShell write it), or bytes (UTF-8, ASCII, Latin-1: the line reader
 * handles them); and whether its lines end in a lone CR (classic Mac OS, some Windows tools and paste buffers).
 */
final class TextSniffer {

    /** Bytes looked at before deciding (fewer at the end of a short input). */
    static final int HEAD_BYTES = 4096;

    /**
     * @param charset the charset to decode with, null for bytes that need no decoding
     * @param bomLength bytes of a UTF-16 byte order mark to skip
     */
    record Encoding(Charset charset, int bomLength) {
        static final Encoding BYTES = new Encoding(null, 0);

        boolean utf16() {
            return charset != null;
        }
    }

    private TextSniffer() {
    }

    static Encoding encoding(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        int pairs = length / 2;
        if (pairs < 4) {
            return Encoding.BYTES;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            if (head[i] == 0) {
                evenZeros++;
            }
            if (head[i + 1] == 0) {
                oddZeros++;
            }
        }
        // text of Latin letters in UTF-16: one byte of each pair is zero, the other hardly ever; binary data (all
        // zeros, or zeros everywhere) does not look like that and stays refused as binary
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
            return new Encoding(StandardCharsets.UTF_16LE, 0);
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
            return new Encoding(StandardCharsets.UTF_16BE, 0);
        }
        return Encoding.BYTES;
    }

    /** @return true when the text has lone CRs and no LF: its lines end in CR only */
    static boolean crOnly(byte[] text, int length) {
        boolean loneCr = false;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                return false;
            }
            if (text[i] == '\r' && (i + 1 >= length || text[i + 1] != '\n')) {
                loneCr |= i + 1 < length; // a CR that is the head's last byte may be the first half of CR LF
            }
        }
        return loneCr;
    }

    /** @return true when at least half of the bytes are NUL or control characters other than line layout */
    static boolean binary(byte[] head, int length) {
        if (length == 0) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            byte b = head[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                controls++;
            }
        }
        return controls * 2 >= length;
    }

    static boolean gzip(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }
}
