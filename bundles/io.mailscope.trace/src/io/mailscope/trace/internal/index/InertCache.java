package io.mailscope.trace.internal.index;

import io.mailscope.trace.internal.bytes.Swar;
import io.mailscope.trace.internal.masking.CredentialHints;

/**
 * {@link CredentialHints#inertAscii} remembered for texts seen before: the lines of a log repeat (a task's header, the
 * flags line, the same commands and replies), and comparing a line with a remembered copy eight bytes at a time costs
 * a fraction of the pair-table walk. Exact: a hit compares the whole text. One per worker thread.
 * <p>
 * The slot is chosen by a hash folded from the text's words with rotations and one multiplication at the end (the
 * multiplications of a per-word hash would form a chain of dependent instructions as long as the text); the last,
 * partial word is read as one word and masked.
 * <p>
 * Texts are remembered with every decimal digit written as {@code 0}: texts that differ only in their digits (the same
 * reply with other numbers, a task's header with another THIS value of digits) share an entry. Exact: no fragment the
 * check looks for holds a digit, and the check looks at the character before an option only to see white space or a
 * {@code -}; a digit is neither, whichever digit it is.
 */
public final class InertCache {

    private static final int SLOTS = 1 << 12;
    private static final int MAX_BYTES = 128;

    private static final int WORDS = MAX_BYTES / Long.BYTES;

    /** The remembered texts, eight bytes per long, the last word's bytes beyond the text zero. */
    private final long[] texts = new long[SLOTS * WORDS];
    private final int[] lengths = new int[SLOTS];
    /** {@link #INERT}, {@link #DOT} and {@link #WITHOUT_THIS_OR_FLAGS} of each remembered text. */
    private final byte[] classes = new byte[SLOTS];
    /** The text being looked up, as remembered texts are written. */
    private final long[] scratch = new long[WORDS + 1];

    public InertCache() {
        java.util.Arrays.fill(lengths, -1);
    }

    private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGHS = 0x8080808080808080L;
    /** Added to a byte's low seven bits: the high bit is set from '0' on, and from '9' + 1 on. */
    private static final long FROM_ZERO = 0x5050505050505050L;
    private static final long ABOVE_NINE = 0x4646464646464646L;

    /** @return {@code word} with each byte '0'..'9' written as '0' (the other bytes as they are) */
    public static long digitsAsZero(long word) {
        long low = word & SEVEN_BITS;
        long digits = (low + FROM_ZERO) & ~(low + ABOVE_NINE) & ~word & HIGHS;
        return word & ~((digits >>> 7) * 0x0F);
    }

    /** {@link #classify}: the text cannot carry a credential ({@code CredentialHints.inertAscii}). */
    public static final int INERT = 1;
    /**
     * {@link #classify}: the text may hold a {@code '.'} (it does, or it is longer than the cache's texts and was not
     * looked at). Remembered with the text: texts equal with their digits as 0 have their dots at the same places.
     */
    public static final int DOT = 2;
    private static final long DOTS = Swar.broadcast((byte) '.');
    /**
     * {@link #classify}: the text holds neither {@code "[THIS:"} nor {@code "(flags ="} (known only for the texts the
     * cache remembers). The structural index's replica reads a quoted text's protocol line without looking for them
     * (the context written into a text, the flags cut off its end). Remembered with the text: neither fragment holds
     * a digit, so a digit written as 0 neither makes nor breaks one.
     */
    public static final int WITHOUT_THIS_OR_FLAGS = 4;
    private static final long SQUARE_OPEN = Swar.broadcast((byte) '[');
    private static final long ROUND_OPEN = Swar.broadcast((byte) '(');
    private static final byte[] THIS_OPEN = LegacyBytes.ascii("[THIS:"); //$NON-NLS-1$
    private static final byte[] FLAGS = LegacyBytes.ascii("(flags ="); //$NON-NLS-1$

    /** @return {@code CredentialHints.inertAscii(b, from, to)} */
    public boolean inert(byte[] b, int from, int to) {
        return (classify(b, from, to) & INERT) != 0;
    }

    /**
     * The credential-free check and the search for a dot in one pass over the text: the structural pass needs both
     * for every line (a line without a dot holds no second timestamp), and a hit answers both without a look at the
     * bytes beyond the hash.
     *
     * @return {@link #INERT} when {@code CredentialHints.inertAscii(b, from, to)}, or'ed with {@link #DOT} when the
     *         text holds a {@code '.'} or is longer than the texts remembered, and with {@link #WITHOUT_THIS_OR_FLAGS}
     *         when it is not longer and holds neither fragment
     */
    public int classify(byte[] b, int from, int to) {
        int length = to - from;
        if (length > MAX_BYTES) {
            return (CredentialHints.inertAscii(b, from, to) ? INERT : 0) | DOT;
        }
        int full = from + (length & ~(Long.BYTES - 1));
        int words = full - from >>> 3;
        long[] text = scratch;
        // digitsAsZero and Swar.partialWord written out: the quick JIT tier (C1) inlines no method of more than 35
        // bytecodes, and would call them for each word
        long tail = 0;
        if (full < to) {
            tail = full + Long.BYTES <= b.length ? Swar.getLong(b, full) & -1L >>> 8 * (Long.BYTES - (to - full))
                    : Swar.partialWord(b, full, to);
            long low = tail & SEVEN_BITS;
            tail &= ~((((low + FROM_ZERO) & ~(low + ABOVE_NINE) & ~tail & HIGHS) >>> 7) * 0x0F);
        }
        text[words] = tail;
        long h = length ^ tail;
        for (int k = 0; k < words; k++) {
            long w = Swar.getLong(b, from + 8 * k);
            long low = w & SEVEN_BITS;
            w &= ~((((low + FROM_ZERO) & ~(low + ABOVE_NINE) & ~w & HIGHS) >>> 7) * 0x0F);
            text[k] = w;
            h = Long.rotateLeft(h, 29) ^ w;
        }
        h *= 0x9E3779B97F4A7C15L;
        int slot = (int) (h >>> 52) & SLOTS - 1;
        int at = slot * WORDS;
        int used = full < to ? words + 1 : words;
        if (lengths[slot] == length) {
            long diff = 0;
            for (int k = 0; k < used; k++) {
                diff |= text[k] ^ texts[at + k];
            }
            if (diff == 0) {
                return classes[slot];
            }
        }
        long dots = 0;
        long opens = 0;
        for (int k = 0; k < used; k++) {
            long w = text[k]; // bytes beyond the text are 0 in the last word
            dots |= Swar.matches(w, DOTS);
            opens |= Swar.matches(w, SQUARE_OPEN) | Swar.matches(w, ROUND_OPEN);
        }
        int result = (CredentialHints.inertAscii(b, from, to) ? INERT : 0) | (dots != 0 ? DOT : 0)
                | (opens == 0 || LegacyBytes.indexOf(b, from, to, THIS_OPEN) < 0 && LegacyBytes.indexOf(b, from, to, FLAGS) < 0
                        ? WITHOUT_THIS_OR_FLAGS
                        : 0);
        System.arraycopy(text, 0, texts, at, used);
        lengths[slot] = length;
        classes[slot] = (byte) result;
        return result;
    }
}
