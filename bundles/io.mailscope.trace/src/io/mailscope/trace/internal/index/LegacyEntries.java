package io.mailscope.trace.internal.index;

import io.mailscope.trace.internal.bytes.LineBlock;
import io.mailscope.trace.internal.bytes.Swar;

import static io.mailscope.trace.internal.bytes.AsciiBytes.hex;
import static io.mailscope.trace.internal.index.LegacyBytes.*;
import static io.mailscope.trace.internal.index.OutlookLegacyIndexer.*;

/**
 * The chunk-local part of the parser's rules for the structural index of Outlook 2000-2002 logs, done by the worker
 * threads on their block: the lines are grouped into entries (a line with a leading timestamp and the lines after it
 * without one, which the parser joins into one entry), and the entries the workers recognised line by line already
 * (a task's header, a status report whose first line is the template: together about 60 % of the lines) are
 * classified as the parser's {@code flush} would: the header's THIS key, a status event or an inert other line. The
 * rules thread ({@link LegacyReplica}) applies such an entry with a few field updates instead of reading its lines.
 * <p>
 * Every other entry is read line by line by the rules thread ({@link #LINES}): the block's first lines (the rest of an
 * entry begun in the block before) and its last entry (it may go on in the next block), protocol lines and connection
 * events (their text is scanned once either way; here it would cost a copy of the joined lines more), an entry with a
 * second timestamp inside a line, an annotation candidate, a continuation line that may be the rest of a cut status
 * report, a cut status report itself, and lines the rules do not cover (not printable ASCII, too long: that thread
 * stops there). The shared byte-level parts of the parser's patterns are here too.
 */
final class LegacyEntries {

    /** Applied line by line by the rules thread. */
    static final byte LINES = 0;
    /** A {@code Callback::LogText} header: {@link #keys} holds its THIS key. */
    static final byte HEADER = 1;
    /** A status report with a status (hrStatus not 0). */
    static final byte STATUS_EVENT = 2;
    /** A status report without one: an other line. */
    static final byte OTHER = 3;

    /**
     * The entry's text cannot carry a credential. The entry's text is not kept: when it must be masked (it is not inert,
     * or the builder's latest session's masking is not settled) the rules thread reads the entry's lines.
     */
    static final byte ENTRY_INERT = 1;

    /** The number of entries (groups of lines) of the block after its first lines. */
    int count;
    /** Per entry: the index of its first line in the block. */
    int[] firsts = new int[512];
    byte[] kinds = new byte[512];
    byte[] flags = new byte[512];
    /** Per entry: the THIS key of a {@link #HEADER}. */
    long[] keys = new long[512];

    private void add(int first) {
        if (count == firsts.length) {
            int size = count * 2;
            firsts = java.util.Arrays.copyOf(firsts, size);
            kinds = java.util.Arrays.copyOf(kinds, size);
            flags = java.util.Arrays.copyOf(flags, size);
            keys = java.util.Arrays.copyOf(keys, size);
        }
        firsts[count] = first;
        kinds[count] = LINES;
        flags[count] = 0;
        count++;
    }

    /** @return the index of the line after entry {@code e} */
    int end(int e, LineBlock lines) {
        return e + 1 < count ? firsts[e + 1] : lines.count();
    }

    // the entry being grouped (the block's last one stays LINES: it may go on in the next block)
    private boolean open;
    private boolean simple;
    private boolean inert;
    private int lineCount;
    private byte firstMark;
    private byte statusKind;

    void clear() {
        count = 0;
        open = false;
    }

    /**
     * The next line of the block, with its marks ({@link OutlookLegacyIndexer}): a line with a leading timestamp ends
     * the entry before it (classified now: its lines are complete) and begins one.
     */
    void line(byte[] b, LineBlock lines, int i, byte m, LineMarks marks) {
        if ((m & LEADING) != 0) {
            classifyOpen(marks);
            add(i);
            open = true;
            simple = true;
            inert = true;
            lineCount = 0;
            firstMark = m;
            statusKind = LINES;
        } else if (!open) {
            return; // the rest of the block before's last entry
        }
        lineCount++;
        int from = lines.start(i);
        int to = lines.end(i);
        if ((m & (SPLIT | BRACKET_STAR)) != 0 || !lines.plain(i) || to - from > MAX_LINE_BYTES - 1) {
            simple = false;
            return;
        }
        inert &= (m & INERT) != 0;
        if ((m & LEADING) != 0 || !simple) {
            return;
        }
        // a continuation line: its stripped text is what the parser appends
        while (from < to && whitespace(b[from])) {
            from++;
        }
        while (to > from && whitespace(b[to - 1])) {
            to--;
        }
        if (from < to && b[from] == ',') {
            simple = false; // maybe the rest of a cut status report (the rules thread knows)
        } else if (lineCount == 2 && (firstMark & STATUS_LINE) != 0) {
            // a status report whose first line is the template (no "hrStatus", no parenthesis, ends with ']'): what
            // the parser looks for in the joined text is in this line's stripped text
            statusKind = indexOf(b, from, to, HR_STATUS) < 0 && unbalanced(b, from, to) ? LINES // cut: kept for its rest
                    : hrStatusNonZero(b, from, to) ? STATUS_EVENT : OTHER;
        }
    }

    /** The entry grouped so far is complete: its kind. */
    private void classifyOpen(LineMarks marks) {
        if (!open || !simple) {
            return;
        }
        int e = count - 1;
        if ((firstMark & CONTEXT) != 0) {
            kinds[e] = HEADER;
            keys[e] = marks.contexts[firsts[e]];
        } else if ((firstMark & STATUS_LINE) != 0 && lineCount == 2) {
            kinds[e] = statusKind;
        } else {
            return;
        }
        flags[e] = inert ? ENTRY_INERT : 0;
    }

    static final byte[] HEX_LOWER = ascii("0x"); //$NON-NLS-1$
    static final byte[] HEX_UPPER = ascii("0X"); //$NON-NLS-1$

    /**
     * The parser's WIRE pattern on {@code t[s..e-1]}.
     *
     * @return -1 when the text is no protocol line, else the payload's index in the upper 32 bits, 1 << 4 for a client
     *         line, and the protocol word's index in {@link OutlookLegacyIndexer#WIRE_WORDS} in the low 4 bits
     */
    static long wireLine(byte[] t, int s, int e) {
        int word = switch (s < e ? t[s] : 0) {
            case 'P' -> 0;
            case 'S' -> 1;
            case 'I' -> 2;
            case 'N' -> 3;
            case 'H' -> 4;
            default -> -1;
        };
        if (word < 0 || !startsWith(t, s, e, WIRE_WORDS[word])) {
            return -1;
        }
        int m = s + WIRE_WORDS[word].length;
        if (e < m + 4) {
            return -1;
        }
        byte open = t[m];
        byte d = t[m + 1];
        byte close = t[m + 3];
        if (!(open == '[' && close == ']' || open == '<' && close == '>') || t[m + 2] != 'x' || d != 't' && d != 'r') {
            return -1;
        }
        int payload = m + 4;
        if (payload < e && t[payload] == ' ') {
            payload++;
        }
        return (long) payload << 32 | (d == 't' ? 1 << 4 : 0) | word;
    }

    /** @return the kind of the first word of the stripped command (the parser's {@code verb}) */
    static int verb(byte[] t, int s, int e) {
        while (s < e && whitespace(t[s])) {
            s++;
        }
        while (e > s && whitespace(t[e - 1])) {
            e--;
        }
        if (s == e) {
            return VERB_NONE; // blank: no verb
        }
        int space = s;
        while (space < e && t[space] != ' ') {
            space++;
        }
        if (space - s != 4) {
            return VERB_OTHER;
        }
        int w = (t[s] | 0x20) << 24 | (t[s + 1] | 0x20) << 16 | (t[s + 2] | 0x20) << 8 | t[s + 3] | 0x20;
        // toUpperCase(ROOT) of ASCII: letters only; a non-letter that becomes a letter with 0x20 is no letter
        boolean letters = true;
        for (int k = s; k < s + 4; k++) {
            int c = t[k] | 0x20;
            letters &= c >= 'a' && c <= 'z';
        }
        if (!letters) {
            return VERB_OTHER;
        }
        return switch (w) {
            case 'q' << 24 | 'u' << 16 | 'i' << 8 | 't' -> VERB_QUIT;
            case 'u' << 24 | 's' << 16 | 'e' << 8 | 'r', 'a' << 24 | 'p' << 16 | 'o' << 8 | 'p' -> VERB_LOGIN;
            default -> VERB_OTHER;
        };
    }

    /** {@code LegacyLineScan.findHrStatus} on bytes, and its value not 0. */
    static boolean hrStatusNonZero(byte[] t, int from, int to) {
        int at = indexOf(t, from, to, HR_STATUS_VALUE);
        while (at >= 0) {
            int digits = at + HR_STATUS_VALUE.length;
            int end = digits;
            long value = 0;
            while (end < to && end - digits < 8 && hex(t[end])) {
                value = value << 4 | hexValue(t[end]);
                end++;
            }
            if (end > digits) {
                return value != 0;
            }
            at = indexOf(t, at + 1, to, HR_STATUS_VALUE);
        }
        return false;
    }

    /** @return true when {@code t[from..to-1]} opens more parentheses than it closes */
    static boolean unbalanced(byte[] t, int from, int to) {
        int depth = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long w = (long) LONGS.get(t, i);
            depth += Long.bitCount(Swar.matches(w, OPEN_PARENS)) - Long.bitCount(Swar.matches(w, CLOSE_PARENS));
        }
        for (; i < to; i++) {
            if (t[i] == '(') {
                depth++;
            } else if (t[i] == ')') {
                depth--;
            }
        }
        return depth > 0;
    }
}
