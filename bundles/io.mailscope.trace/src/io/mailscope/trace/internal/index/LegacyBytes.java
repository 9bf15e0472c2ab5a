package io.mailscope.trace.internal.index;

import java.nio.charset.StandardCharsets;

import static io.mailscope.trace.internal.bytes.AsciiBytes.hex;

import io.mailscope.trace.internal.bytes.Swar;
import io.mailscope.trace.internal.formats.LegacyLineScan;

/** Byte-level matches for the structural index of Outlook 2000-2002 logs: the parser's patterns on printable ASCII. */
public final class LegacyBytes {

    static final int TS = LegacyLineScan.TIMESTAMP_LENGTH;

    private LegacyBytes() {
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code LegacyLineScan.timestampAt} on bytes: {@code \d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d} at {@code at}. */
    public static boolean timestampAt(byte[] b, int at, int to) {
        if (at + TS > to) {
            return false;
        }
        // two words against the templates "dddd.dd." and "dd dd:dd", then ":dd"
        return template(Swar.getLong(b, at), TEMPLATE_DATE) && template(Swar.getLong(b, at + 8), TEMPLATE_TIME)
                && b[at + 16] == ':' && digit(b[at + 17]) && digit(b[at + 18]);
    }

    static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** {template, fixed-byte mask, digit mask} of a word pattern where 'd' stands for a digit. */
    private static long[] template(String pattern) {
        long template = 0;
        long fixed = 0;
        long digits = 0;
        for (int k = 0; k < 8; k++) {
            char c = pattern.charAt(k);
            template |= (long) (c == 'd' ? '0' : c) << 8 * k;
            if (c == 'd') {
                digits |= 0xffL << 8 * k;
            } else {
                fixed |= 0xffL << 8 * k;
            }
        }
        return new long[] { template, fixed, digits };
    }

    private static final long[] TEMPLATE_DATE = template("dddd.dd."); //$NON-NLS-1$
    private static final long[] TEMPLATE_TIME = template("dd dd:dd"); //$NON-NLS-1$
    private static final long LOW_NIBBLES_HIGH = 0xF0F0F0F0F0F0F0F0L;
    private static final long SIXES = 0x0606060606060606L;
    private static final long SIXTEENS = 0x1010101010101010L;

    /** @return true when the fixed bytes are equal and the digit bytes are '0'..'9' */
    private static boolean template(long word, long[] t) {
        long diff = word ^ t[0];
        if ((diff & t[1]) != 0) {
            return false;
        }
        long d = diff & t[2]; // a digit's byte is 0..9 here, any other byte of the digit positions is not
        return (d & LOW_NIBBLES_HIGH) == 0 && (d + (SIXES & t[2]) & SIXTEENS & t[2]) == 0;
    }

    /**
     * {@code LegacyLineScan.nextTimestamp} on the line {@code from..to-1}: the first timestamp starting at or after
     * column {@code column}, as a buffer index, or -1.
     */
    static int nextTimestamp(byte[] b, int from, int to, int column) {
        int dot = Swar.indexOf(b, from + column + 4, to, (byte) '.');
        while (dot >= 0) {
            if (timestampAt(b, dot - 4, to)) {
                return dot - 4;
            }
            dot = Swar.indexOf(b, dot + 1, to, (byte) '.');
        }
        return -1;
    }

    /** {@link #thisKey}: the first complete THIS value has more than 14 hex digits (the pass does not cover it). */
    static final long THIS_TOO_LONG = -3;
    /** No key known (the consumer looks for it in the entry's text). */
    static final long UNKNOWN_CONTEXT = -2;

    /**
     * {@code LegacyLineScan.findThis} on bytes: the key of the first complete {@code [THIS: hex]} in {@code t[from..to-1]}
     * (the number of digits in the top byte, the value below), {@code OutlookLegacyIndexer.NO_CONTEXT} (-1) when there
     * is none, {@link #THIS_TOO_LONG} when it has more than 14 digits.
     */
    public static long thisKey(byte[] t, int from, int to) {
        long span = thisValueSpan(t, from, to);
        if (span < 0) {
            return OutlookLegacyIndexer.NO_CONTEXT;
        }
        int value = (int) (span >>> 32);
        int end = (int) span;
        if (end - value > 14) {
            return THIS_TOO_LONG;
        }
        long v = 0;
        for (int k = value; k < end; k++) {
            v = v << 4 | hexValue(t[k]);
        }
        return (long) (end - value) << 56 | v;
    }

    /**
     * {@code LegacyLineScan.findThis} on bytes: where the value of the first complete {@code [THIS: hex]} in
     * {@code t[from..to-1]} is (shared by {@link #thisKey} and the import's routine triage, which keeps the value itself).
     *
     * @return the value's first index in the upper 32 bits and its end (the index of the {@code ']'}) in the lower 32,
     *         or -1 when there is none
     */
    public static long thisValueSpan(byte[] t, int from, int to) {
        int at = indexOf(t, from, to, OutlookLegacyIndexer.THIS_OPEN);
        while (at >= 0) {
            int value = at + OutlookLegacyIndexer.THIS_OPEN.length;
            if (value < to && t[value] == ' ') {
                value++;
            }
            int end = value;
            while (end < to && hex(t[end])) {
                end++;
            }
            if (end > value && end < to && t[end] == ']') {
                return (long) value << 32 | end;
            }
            at = indexOf(t, at + 1, to, OutlookLegacyIndexer.THIS_OPEN);
        }
        return -1;
    }

    /** The text of a task's header line up to its THIS value. */
    private static final byte[] HEADER_START = ascii("Callback::LogText[THIS: "); //$NON-NLS-1$
    /** The text of a task's header line after its THIS value. */
    private static final byte[] HEADER_END = ascii("] (flags ="); //$NON-NLS-1$
    private static final long[] HEADER_WORDS = words(HEADER_START);
    /** The continuation line of a task's header up to its first value, and between the two. */
    private static final byte[] FLAGS_START = ascii("LTF_TRACE, hr = "); //$NON-NLS-1$
    private static final byte[] FLAGS_MIDDLE = ascii(", code = "); //$NON-NLS-1$
    private static final int FLAGS_LENGTH = FLAGS_START.length + 8 + FLAGS_MIDDLE.length + 8 + 1;
    /** {@link #headerKey}: the text is not the header template. */
    public static final long NOT_THE_TEMPLATE = -4;

    /**
     * The text of nearly every other line of an Outlook 2000-2002 log is a task's header,
     * {@code Callback::LogText[THIS: <hex>] (flags =}, exactly: such a text holds no credential fragment (the fixed
     * parts hold none, and every fragment of {@code CredentialHints} needs a letter that is no hex digit, or a
     * {@code -}, {@code :} or {@code /} next to it, which the parts around the value do not have there) and no
     * {@code '.'}, and its THIS value is {@link #thisKey}'s. Recognising it costs less than the credential-free check.
     *
     * @return the THIS key when {@code t[from..to-1]} is that text with a value of 1 to 14 hex digits, else
     *         {@link #NOT_THE_TEMPLATE}
     */
    public static long headerKey(byte[] t, int from, int to) {
        int value = from + HEADER_START.length;
        int end = to - HEADER_END.length;
        return value < end && allHex(t, value, end) ? headerKeyOfHexRun(t, from, to) : NOT_THE_TEMPLATE;
    }

    /**
     * {@link #headerKey} of a text whose bytes from its value's first ({@code from + 24}) up to {@code to - 10} (where
     * {@code "] (flags ="} would begin) the caller has found to be hex digits: the same answer without checking them a
     * second time (the workers find where a header line ends by the end of that run of digits).
     */
    static long headerKeyOfHexRun(byte[] t, int from, int to) {
        int value = from + HEADER_START.length;
        // the 24 bytes before the value are three words
        if (to - value < 1 + HEADER_END.length || Swar.getLong(t, from) != HEADER_WORDS[0]
                || Swar.getLong(t, from + 8) != HEADER_WORDS[1] || Swar.getLong(t, from + 16) != HEADER_WORDS[2]) {
            return NOT_THE_TEMPLATE;
        }
        // the value's digits eight at a time: the template leaves exactly HEADER_END's bytes after them
        int end = to - HEADER_END.length;
        int digits = end - value;
        if (digits == 0 || digits > 14 || !startsWith(t, end, to, HEADER_END)) {
            return NOT_THE_TEMPLATE;
        }
        return (long) digits << 56 | hexValue(t, value, end);
    }

    /** @return true when {@code t[from..to-1]} are all ASCII hex digits (eight at a time) */
    static boolean allHex(byte[] t, int from, int to) {
        int k = from;
        for (; k + Long.BYTES <= to; k += Long.BYTES) {
            if (Swar.hexDigits(Swar.getLong(t, k)) != HIGHS) {
                return false;
            }
        }
        // the last bytes as one word, the bytes beyond {@code to} not looked at
        return k == to || (Swar.hexDigits(Swar.partialWord(t, k, to)) | HIGHS << 8 * (to - k)) == HIGHS;
    }

    /**
     * @param t ASCII hex digits in {@code from..to-1}, at most 16 ({@link #allHex})
     * @return their value in base 16, eight digits at a time
     */
    static long hexValue(byte[] t, int from, int to) {
        long v = 0;
        int k = from;
        for (; k + Long.BYTES <= to; k += Long.BYTES) {
            v = v << 32 | Swar.hexValue(Swar.getLong(t, k));
        }
        if (k < to) {
            // the remaining digits as the high digits of a word whose others are 0
            int rest = to - k;
            v = v << 4 * rest | Swar.hexValue(Swar.partialWord(t, k, to)) >>> 4 * (Long.BYTES - rest);
        }
        return v;
    }

    private static final long HIGHS = 0x8080808080808080L;

    private static final byte[] STATUS_START = ascii("Callback::ReportStatus[THIS: "); //$NON-NLS-1$
    /** The first 24 bytes of {@link #STATUS_START} as three words, and the last five as the low bytes of a fourth. */
    private static final long[] STATUS_WORDS = words(STATUS_START);
    private static final long FIVE_BYTES = 0xFF_FFFF_FFFFL;

    /** @return {@code prefix} as little-endian words, the last one's bytes beyond the prefix 0 */
    private static long[] words(byte[] prefix) {
        long[] words = new long[(prefix.length + Long.BYTES - 1) / Long.BYTES];
        for (int k = 0; k < prefix.length; k++) {
            words[k / Long.BYTES] |= (prefix[k] & 0xffL) << 8 * (k % Long.BYTES);
        }
        return words;
    }

    /**
     * @return true when {@code t[from..to-1]} is the first line of a status report,
     *         {@code Callback::ReportStatus[THIS: <hex>]} with 1 to 14 hex digits exactly: no credential fragment (as for
     *         {@link #headerKey}) and no {@code '.'}
     */
    public static boolean statusLine(byte[] t, int from, int to) {
        int value = from + STATUS_START.length;
        return to - value >= 2 && allHex(t, value, to - 1) && statusLineOfHexRun(t, from, to);
    }

    /**
     * {@link #statusLine} of a text whose bytes from its value's first ({@code from + 29}) up to {@code to - 1} the
     * caller has found to be hex digits: the same answer without checking them a second time.
     */
    static boolean statusLineOfHexRun(byte[] t, int from, int to) {
        int value = from + STATUS_START.length;
        // at least two bytes after the 29 of the start: four whole words to compare
        return to - value >= 2 && to - value <= 15 && t[to - 1] == ']' && Swar.getLong(t, from) == STATUS_WORDS[0]
                && Swar.getLong(t, from + 8) == STATUS_WORDS[1] && Swar.getLong(t, from + 16) == STATUS_WORDS[2]
                && (Swar.getLong(t, from + 24) & FIVE_BYTES) == STATUS_WORDS[3];
    }

    /**
     * @return true when {@code t[from..to-1]} is the continuation line of a task's header,
     *         {@code LTF_TRACE, hr = <8 hex>, code = <8 hex>,} exactly: no credential fragment (as for
     *         {@link #headerKey}) and no {@code '.'}
     */
    public static boolean flagsLine(byte[] t, int from, int to) {
        int code = from + FLAGS_START.length + 8;
        return to - from == FLAGS_LENGTH && startsWith(t, from, to, FLAGS_START) && hex8(t, from + FLAGS_START.length)
                && startsWith(t, code, to, FLAGS_MIDDLE) && hex8(t, code + FLAGS_MIDDLE.length) && t[to - 1] == ',';
    }

    private static boolean hex8(byte[] t, int at) {
        return Swar.hexDigits(Swar.getLong(t, at)) == HIGHS;
    }

    /**
     * @return the value of a hex digit ({@link io.mailscope.trace.internal.bytes.AsciiBytes#hex} is true for it):
     *         {@code Character.digit(c, 16)} for ASCII
     */
    static int hexValue(byte c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    /** {@code Character.isWhitespace} for the bytes of a printable ASCII line. */
    static boolean whitespace(byte c) {
        return c == ' ' || c == '\t';
    }

    static String string(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Copies {@code b[from..to-1]} to {@code target[at..]} eight bytes at a time; up to seven bytes beyond the copy may
     * be overwritten, so {@code target} needs that much room after it.
     */
    static void copyWords(byte[] b, int from, int to, byte[] target, int at) {
        int i = from;
        int k = at;
        for (; i + Long.BYTES <= to; i += Long.BYTES, k += Long.BYTES) {
            LONGS.set(target, k, Swar.getLong(b, i));
        }
        if (i < to) {
            LONGS.set(target, k, Swar.partialWord(b, i, to));
        }
    }

    static byte[] ensure(byte[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    static boolean startsWith(byte[] t, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        int k = 0;
        for (; k + Long.BYTES <= prefix.length; k += Long.BYTES) {
            if ((long) LONGS.get(t, from + k) != (long) LONGS.get(prefix, k)) {
                return false;
            }
        }
        for (; k < prefix.length; k++) {
            if (t[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** @return the first index of byte {@code a} or {@code b} in {@code t[from..to-1]}, eight bytes at a time, or -1 */
    static int indexOfEither(byte[] t, int from, int to, byte a, byte b) {
        long pa = Swar.broadcast(a);
        long pb = Swar.broadcast(b);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long w = (long) LONGS.get(t, i);
            long mask = Swar.matches(w, pa) | Swar.matches(w, pb);
            if (mask != 0) {
                return i + Swar.firstByte(mask);
            }
        }
        for (; i < to; i++) {
            if (t[i] == a || t[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static final java.lang.invoke.VarHandle LONGS = Swar.LONGS;

    /** @return the first index of {@code needle} in {@code t[from..to-1]}, or -1; its first byte is looked for eight at a time */
    static int indexOf(byte[] t, int from, int to, byte[] needle) {
        int last = to - needle.length;
        if (last < from) {
            return -1;
        }
        long pattern = Swar.broadcast(needle[0]);
        int i = from;
        while (i <= last) {
            int candidate;
            if (i + Long.BYTES <= to) {
                long mask = Swar.matches((long) LONGS.get(t, i), pattern);
                if (mask == 0) {
                    i += Long.BYTES;
                    continue;
                }
                candidate = i + Swar.firstByte(mask);
            } else {
                candidate = i;
                while (candidate <= last && t[candidate] != needle[0]) {
                    candidate++;
                }
            }
            if (candidate > last) {
                return -1;
            }
            int k = 1;
            while (k < needle.length && t[candidate + k] == needle[k]) {
                k++;
            }
            if (k == needle.length) {
                return candidate;
            }
            i = candidate + 1;
        }
        return -1;
    }
}
