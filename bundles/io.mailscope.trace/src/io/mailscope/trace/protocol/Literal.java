package io.mailscope.trace.protocol;

import java.nio.charset.StandardCharsets;

/**
 * An IMAP literal announced at the end of a line: {@code {n}} (synchronising: the client waits for "+"),
 * {@code {n+}} (LITERAL+, RFC 7888) or {@code ~{n}} (binary, RFC 3516). Its n octets follow the line's CRLF and may
 * span several lines; each line of a transcript counts its octets in UTF-8 plus 2 for its CRLF.
 *
 * @param octets the announced size
 * @param synchronizing true for {@code {n}}: the sender waits for a continuation before sending the data
 */
public record Literal(long octets, boolean synchronizing) {

    /** The largest literal accepted as one (a bigger "count" is text that happens to look like one). */
    public static final long MAX_OCTETS = 1L << 40;

    /** @return the literal the line ends with (spaces after it allowed), or null */
    public static Literal atEnd(CharSequence line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end < 3 || line.charAt(end - 1) != '}') {
            return null;
        }
        int i = end - 2;
        boolean plus = line.charAt(i) == '+' || line.charAt(i) == '-';
        if (plus) {
            i--;
        }
        int digitsEnd = i + 1;
        while (i >= 0 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i--;
        }
        int digits = digitsEnd - i - 1;
        if (i < 0 || line.charAt(i) != '{' || digits < 1 || digits > 13) {
            return null;
        }
        long n = Long.parseLong(line, i + 1, digitsEnd, 10);
        return n > MAX_OCTETS ? null : new Literal(n, !plus);
    }

    /** @return the octets a transcript line stands for on the wire: its UTF-8 bytes and CRLF */
    public static long lineOctets(String line) {
        int n = line.length();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return line.getBytes(StandardCharsets.UTF_8).length + 2L;
            }
        }
        return n + 2L;
    }

    /**
     * @param line a line that starts with the last {@code remaining} octets of a literal
     * @return the part of the line after the literal's data, or "" when the literal ends with (or after) the line
     */
    public static String after(String line, long remaining) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (remaining >= bytes.length) {
            return ""; //$NON-NLS-1$
        }
        return new String(bytes, (int) remaining, bytes.length - (int) remaining, StandardCharsets.UTF_8);
    }
}
