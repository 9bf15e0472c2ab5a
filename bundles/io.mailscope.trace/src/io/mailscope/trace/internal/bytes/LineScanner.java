package io.mailscope.trace.internal.bytes;

import java.nio.ByteBuffer;

/**
 * Splits bytes into lines the way {@code LineReader} does: a line ends at {@code LF}; one {@code CR} right before it
 * is no part of the text; a last line without {@code LF} counts when it is not empty. Eight bytes at a time: a word of
 * printable ASCII costs an add, an or and two ands; a word with other bytes gives masks of its line feeds and of the
 * bytes that make a line "not plain", and each line feed in it ends a line, without a loop over its bytes.
 */
public final class LineScanner {

    private static final long LF = Swar.broadcast((byte) '\n');
    private static final long CR = Swar.broadcast((byte) '\r');
    private static final long TAB = Swar.broadcast((byte) '\t');
    private static final long TOP_BYTE = 0x8000000000000000L;

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
        if (buffer.hasArray() && buffer.arrayOffset() == 0) {
            return scan(buffer.array(), from, to, endOfInput, lines);
        }
        byte[] copy = new byte[to];
        buffer.get(from, copy, from, to - from);
        return scan(copy, from, to, endOfInput, lines);
    }

    /** {@link #scan(ByteBuffer, int, int, boolean, LineBlock)} on an array: the same lines at the same indexes. */
    public static LineBlock scan(byte[] bytes, int from, int to, boolean endOfInput, LineBlock lines) {
        lines.clear();
        int start = from;
        boolean plain = true;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = Swar.getLong(bytes, i);
            long unprintable = Swar.unprintable(word);
            if (unprintable == 0) {
                continue;
            }
            long lineFeeds = Swar.matches(word, LF);
            long carriageReturns = Swar.matches(word, CR);
            // bytes that make a line not plain: all but LF, tab, and a CR right before LF
            long bad = unprintable & ~lineFeeds & ~Swar.matches(word, TAB) & ~(carriageReturns & lineFeeds >>> 8);
            if (carriageReturns < 0 && lineEndAfter(bytes, i + Long.BYTES, to, endOfInput)) {
                bad &= ~TOP_BYTE; // CR as the word's last byte, LF the next word's first
            }
            while (lineFeeds != 0) {
                long lowest = lineFeeds & -lineFeeds;
                int at = i + (Long.numberOfTrailingZeros(lowest) >>> 3);
                long before = lowest - 1;
                int end = at > start && bytes[at - 1] == '\r' ? at - 1 : at;
                lines.add(start, end, plain && (bad & before) == 0);
                bad &= ~before;
                start = at + 1;
                plain = true;
                lineFeeds ^= lowest;
            }
            if (bad != 0) {
                plain = false;
            }
        }
        for (; i < to; i++) {
            byte c = bytes[i];
            if (c >= 0x20 || c == '\t') {
                continue;
            }
            if (c == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(start, end, plain);
                start = i + 1;
                plain = true;
            } else if (c != '\r' || !lineEndAfter(bytes, i + 1, to, endOfInput)) {
                plain = false; // a control, a CR inside the line or non-ASCII
            }
        }
        if (endOfInput && start < to) {
            int end = bytes[to - 1] == '\r' ? to - 1 : to;
            lines.add(start, end, plain);
            start = to;
        }
        lines.next = start;
        return lines;
    }

    /**
     * Finds the one line that starts at {@code start} as {@link #scan} finds it (the same start, end and plain flag) and
     * adds it to {@code lines}: for a reader that recognises most lines by their shape and scans only the others.
     *
     * @return where the next line starts, or -1 when no line ends before {@code to} (then none is added: the bytes are
     *         left for the next block, unless {@code endOfInput}, where they are the last line)
     */
    public static int scanLine(byte[] bytes, int start, int to, boolean endOfInput, LineBlock lines) {
        int lf = Swar.indexOf(bytes, start, to, (byte) '\n');
        int lineEnd;
        int next;
        if (lf >= 0) {
            lineEnd = lf;
            next = lf + 1;
        } else if (endOfInput && start < to) {
            lineEnd = to;
            next = to;
        } else {
            return -1;
        }
        int end = lineEnd > start && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        lines.add(start, end, plain(bytes, start, end));
        return next;
    }

    /** @return true when {@code bytes[from..to-1]} are printable ASCII or tabs, eight at a time */
    private static boolean plain(byte[] bytes, int from, int to) {
        long bad = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = Swar.getLong(bytes, i);
            bad |= Swar.unprintable(word) & ~Swar.matches(word, TAB);
        }
        if (i < to) {
            long word = Swar.partialWord(bytes, i, to);
            bad |= (Swar.unprintable(word) & ~Swar.matches(word, TAB)) & -1L >>> 8 * (Long.BYTES - (to - i));
        }
        return bad == 0;
    }

    /** @return true when a CR at {@code at - 1} ends its line (LF follows, or the input ends) */
    private static boolean lineEndAfter(byte[] bytes, int at, int to, boolean endOfInput) {
        return at < to ? bytes[at] == '\n' : endOfInput;
    }
}
