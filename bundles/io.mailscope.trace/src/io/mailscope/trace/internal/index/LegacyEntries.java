package io.mailscope.trace.internal.index;

import java.nio.charset.StandardCharsets;

import io.mailscope.trace.internal.bytes.LineBlock;
import io.mailscope.trace.internal.bytes.Swar;

import static io.mailscope.trace.internal.bytes.AsciiBytes.endsWithIgnoreCase;
import static io.mailscope.trace.internal.bytes.AsciiBytes.hex;
import static io.mailscope.trace.internal.index.LegacyBytes.*;
import static io.mailscope.trace.internal.index.OutlookLegacyIndexer.*;

/**
 * The chunk-local half of the parser's rules for the structural index of Outlook 2000-2002 logs, done by the worker
 * threads on their block: the lines are grouped into entries (a line with a leading timestamp and the lines after it
 * without one, which the parser joins into one entry), and each entry whose reading does not depend on what came
 * before it is classified as the parser's {@code flush} would classify it: a task's header (its THIS key), a protocol
 * line (protocol, direction, the client command's kind and where its payload is), a connection event, a status event
 * or an other line. What is left to the one thread that applies the rules in order ({@link LegacyReplica}) is the
 * sequential part: connections, sessions and masking, a few field updates per entry.
 * <p>
 * An entry is left to that thread's line-by-line rules ({@link #LINES}) when reading it needs more than its own lines:
 * the block's first lines (the rest of an entry begun in the block before) and its last entry (it may go on in the
 * next block), an entry with a second timestamp inside a line, an annotation candidate, a continuation line that may
 * be the rest of a cut status report, a cut status report itself, a text with its THIS value written into it, and
 * lines the rules do not cover (not printable ASCII, too long: that thread stops there).
 */
final class LegacyEntries {

    /** Applied line by line by the rules thread, as before the entries were classified here. */
    static final byte LINES = 0;
    /** A {@code Callback::LogText} header: {@link #keys} holds its THIS key. */
    static final byte HEADER = 1;
    /** A protocol line: {@link #wires} holds its word, direction and command kind; its payload is the entry's text. */
    static final byte WIRE = 2;
    static final byte CONNECTED_EVENT = 3;
    static final byte DISCONNECTED_EVENT = 4;
    static final byte STATUS_EVENT = 5;
    /** An other line: the entry's text. */
    static final byte OTHER = 6;

    /** Flags of an entry. */
    static final byte ENTRY_INERT = 1;
    /** The entry's text is in {@link #arena} (it has more than one line), else in the block's buffer. */
    static final byte IN_ARENA = 2;
    /**
     * The entry's text was not kept: when it must be masked after all (it is not inert, or the latest session's masking
     * is not settled) the rules thread reads the entry's lines.
     */
    static final byte NO_TEXT = 4;

    /** The number of entries (groups of lines) of the block after its first lines. */
    int count;
    /** Per entry: the index of its first line in the block. */
    int[] firsts = new int[512];
    byte[] kinds = new byte[512];
    byte[] flags = new byte[512];
    /** Per entry: the THIS key of a {@link #HEADER}. */
    long[] keys = new long[512];
    /** Per entry: the text's (or a WIRE's payload's) start and end, in the block's buffer or in {@link #arena}. */
    int[] textFroms = new int[512];
    int[] textTos = new int[512];
    /** Per WIRE entry: {@code verb << 8 | client << 4 | word}. */
    int[] wires = new int[512];
    /** The joined texts of entries of more than one line that the rules thread reads. */
    byte[] arena = new byte[4096];
    private int arenaLength;

    private void add(int first) {
        if (count == firsts.length) {
            int size = count * 2;
            firsts = java.util.Arrays.copyOf(firsts, size);
            kinds = java.util.Arrays.copyOf(kinds, size);
            flags = java.util.Arrays.copyOf(flags, size);
            keys = java.util.Arrays.copyOf(keys, size);
            textFroms = java.util.Arrays.copyOf(textFroms, size);
            textTos = java.util.Arrays.copyOf(textTos, size);
            wires = java.util.Arrays.copyOf(wires, size);
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

    /**
     * Groups and classifies the lines of a block, after {@link OutlookLegacyIndexer}'s marks per line.
     */
    void classify(byte[] b, LineBlock lines, LineMarks marks) {
        count = 0;
        arenaLength = 0;
        byte[] m = marks.marks;
        int n = lines.count();
        for (int i = 0; i < n; i++) {
            if ((m[i] & LEADING) != 0) {
                add(i);
            }
        }
        // the last entry may go on in the next block: left to the rules thread
        for (int e = 0; e + 1 < count; e++) {
            classify(e, b, lines, marks);
        }
    }

    private void classify(int e, byte[] b, LineBlock lines, LineMarks marks) {
        int first = firsts[e];
        int end = firsts[e + 1];
        byte[] m = marks.marks;
        boolean inert = true;
        for (int i = first; i < end; i++) {
            byte mark = m[i];
            if ((mark & (SPLIT | BRACKET_STAR)) != 0 || !lines.plain(i) || lines.end(i) - lines.start(i) > MAX_LINE_BYTES - 1) {
                return; // LINES
            }
            inert &= (mark & INERT) != 0;
            if (i > first) {
                int s = lines.start(i);
                int to = lines.end(i);
                while (s < to && whitespace(b[s])) {
                    s++;
                }
                if (s < to && b[s] == ',') {
                    return; // maybe the rest of a cut status report (the rules thread knows): LINES
                }
            }
        }
        int lineFrom = lines.start(first);
        int lineTo = lines.end(first);
        int textFrom = lineFrom + TS + (lineFrom + TS < lineTo && b[lineFrom + TS] == ' ' ? 1 : 0);
        if ((m[first] & CONTEXT) != 0) {
            // a Callback::LogText header whose THIS key the workers read: its text is not needed unless it changes
            // a masking (then the rules thread reads its lines)
            kinds[e] = HEADER;
            keys[e] = marks.contexts[first];
            flags[e] = (byte) (inert ? ENTRY_INERT | NO_TEXT : NO_TEXT);
            return;
        }
        if ((m[first] & STATUS_LINE) != 0 && end - first == 2) {
            // a status report, its first line the template (no "hrStatus", no parenthesis, ends with ']'): what the
            // parser finds in the joined text is in the second line's stripped text, read where it is
            int from = lines.start(first + 1);
            int to = lines.end(first + 1);
            while (from < to && whitespace(b[from])) {
                from++;
            }
            while (to > from && whitespace(b[to - 1])) {
                to--;
            }
            if (indexOf(b, from, to, HR_STATUS) < 0 && unbalanced(b, from, to)) {
                return; // a cut status report: the rules thread keeps it for its rest (LINES)
            }
            kinds[e] = hrStatusNonZero(b, from, to) ? STATUS_EVENT : OTHER;
            flags[e] = (byte) (inert ? ENTRY_INERT | NO_TEXT : NO_TEXT);
            return;
        }
        byte[] t = b;
        int from = textFrom;
        int to = lineTo;
        if (end - first > 1) {
            // the parser's join: a continuation line's stripped text after a space (none after an empty text)
            int at = arenaLength;
            int length = lineTo - textFrom;
            arena = ensure(arena, at + length + Long.BYTES);
            copyWords(b, textFrom, lineTo, arena, at);
            for (int i = first + 1; i < end; i++) {
                int cFrom = lines.start(i);
                int cTo = lines.end(i);
                int sFrom = cFrom;
                int sTo = cTo;
                while (sFrom < sTo && whitespace(b[sFrom])) {
                    sFrom++;
                }
                while (sTo > sFrom && whitespace(b[sTo - 1])) {
                    sTo--;
                }
                arena = ensure(arena, at + length + 1 + (sTo - sFrom) + Long.BYTES);
                if (length > 0 && cTo > cFrom) {
                    arena[at + length++] = ' ';
                }
                copyWords(b, sFrom, sTo, arena, at + length);
                length += sTo - sFrom;
            }
            t = arena;
            from = at;
            to = at + length;
        }
        byte kind = entry(e, t, from, to, inert);
        kinds[e] = kind;
        if (kind != LINES) {
            flags[e] = (byte) ((inert ? ENTRY_INERT : 0) | (t == arena ? IN_ARENA : 0));
            if (t == arena && (kind == WIRE || kind == OTHER)) {
                arenaLength = to; // kept for the rules thread
            }
        }
    }

    /** The parser's {@code flush} of an entry whose text is {@code t[from..to-1]}: its kind. */
    private byte entry(int e, byte[] t, int from, int to, boolean inert) {
        byte first = from < to ? t[from] : 0;
        textFroms[e] = from;
        textTos[e] = to;
        if (first == '"') {
            return loggedText(e, t, from, to);
        }
        if (first == 'C' && startsWith(t, from, to, LOG_TEXT)) {
            long key = thisKey(t, from, to);
            if (key == THIS_TOO_LONG) {
                return LINES; // the rules thread stops there
            }
            keys[e] = key;
            return HEADER;
        }
        if (first == 'C' && startsWith(t, from, to, REPORT_STATUS)) {
            if (indexOf(t, from, to, HR_STATUS) < 0 && unbalanced(t, from, to)) {
                return LINES; // a cut status report: the rules thread keeps it for its rest
            }
            return hrStatusNonZero(t, from, to) ? STATUS_EVENT : OTHER;
        }
        return OTHER;
    }

    /** The parser's {@code loggedText}: a quoted text entry. */
    private byte loggedText(int e, byte[] t, int from, int to) {
        int s = from + 1;
        int end = to;
        if (end - s >= 2 && t[end - 2] == '"' && t[end - 1] == ')') {
            end -= 2;
        } else if (end - s >= 1 && t[end - 1] == '"') {
            end -= 1;
        }
        int flagsAt = -1;
        for (int at = indexOfEither(t, s, end, (byte) '[', (byte) '('); at >= 0; at = indexOfEither(t, at + 1, end,
                (byte) '[', (byte) '(')) {
            if (t[at] == '[' ? startsWith(t, at, end, THIS_OPEN) : flagsAt < 0 && startsWith(t, at, end, FLAGS)) {
                if (t[at] == '[') {
                    return LINES; // the context written into the text
                }
                flagsAt = at;
            }
        }
        if (flagsAt > s) {
            end = flagsAt;
        }
        long wire = wireLine(t, s, end);
        if (wire >= 0) {
            int payload = (int) (wire >>> 32);
            int client = (int) wire >>> 4 & 1;
            int verb = client == 1 ? verb(t, payload, end) : VERB_NONE;
            wires[e] = verb << 8 | (int) wire & 0xff;
            textFroms[e] = payload;
            textTos[e] = end;
            return WIRE;
        }
        if (endsWithIgnoreCase(t, s, end, CONNECTED) && !endsWithIgnoreCase(t, s, end, DISCONNECTED)) {
            return CONNECTED_EVENT;
        }
        if (endsWithIgnoreCase(t, s, end, DISCONNECTED)) {
            return DISCONNECTED_EVENT;
        }
        if ((indexOf(t, s, end, HEX_LOWER) >= 0 || indexOf(t, s, end, HEX_UPPER) >= 0)
                && HRESULT.matcher(new String(t, s, end - s, StandardCharsets.ISO_8859_1)).find()) {
            return STATUS_EVENT;
        }
        return OTHER;
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
