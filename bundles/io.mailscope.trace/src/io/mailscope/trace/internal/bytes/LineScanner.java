package io.mailscope.trace.internal.bytes;

import java.nio.ByteBuffer;

/**
 * Splits bytes into lines the way {@code LineReader} does: a line ends at {@code LF}; one {@code CR} right before it
 * is no part of the text; a last line without {@code LF} counts when it is not empty. Eight bytes at a time while
 * they are printable ASCII (one subtraction, one or and one and per word); a word with a control or non-ASCII byte is
 * looked at byte by byte, so a typical line costs one such word (its {@code CR LF}).
 */
public final class LineScanner {

    private LineScanner() {
    }

    /**
     * Scans {@code from..to-1} of {@code buffer} (little-endian, see {@link Swar#littleEndian}) into {@code lines}
     * (cleared first).
     *
     * @param endOfInput true when {@code to} is the end of the input: a last line without {@code LF} is a line then;
     *            else it is left for the next block ({@link LineBlock#next()} is its start)
     * @return {@code lines}
     */
    public static LineBlock scan(ByteBuffer buffer, int from, int to, boolean endOfInput, LineBlock lines) {
        lines.clear();
        int start = from;
        boolean plain = true;
        int i = from;
        while (true) {
            while (i + Long.BYTES <= to && Swar.unprintable(buffer.getLong(i)) == 0) {
                i += Long.BYTES;
            }
            if (i >= to) {
                break;
            }
            int blockEnd = Math.min(i + Long.BYTES, to);
            for (; i < blockEnd; i++) {
                byte c = buffer.get(i);
                if (c >= 0x20 || c == '\t') {
                    continue;
                }
                if (c == '\n') {
                    int end = i > start && buffer.get(i - 1) == '\r' ? i - 1 : i;
                    lines.add(start, end, plain);
                    start = i + 1;
                    plain = true;
                } else if (c != '\r' || !lineEndAfter(buffer, i + 1, to, endOfInput)) {
                    plain = false; // a control, a CR inside the line or non-ASCII
                }
            }
        }
        if (endOfInput && start < to) {
            int end = buffer.get(to - 1) == '\r' ? to - 1 : to;
            lines.add(start, end, plain);
            start = to;
        }
        lines.next = start;
        return lines;
    }

    /** @return true when a CR at {@code at - 1} ends its line (LF follows, or the input ends) */
    private static boolean lineEndAfter(ByteBuffer buffer, int at, int to, boolean endOfInput) {
        return at < to ? buffer.get(at) == '\n' : endOfInput;
    }
}
