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
 */
public final class InertCache {

    private static final int SLOTS = 1 << 12;
    private static final int MAX_BYTES = 128;

    private static final int WORDS = MAX_BYTES / Long.BYTES;

    /** The remembered texts, eight bytes per long, the last word's bytes beyond the text zero. */
    private final long[] texts = new long[SLOTS * WORDS];
    private final int[] lengths = new int[SLOTS];
    private final boolean[] inert = new boolean[SLOTS];

    public InertCache() {
        java.util.Arrays.fill(lengths, -1);
    }

    /** @return {@code CredentialHints.inertAscii(b, from, to)} */
    public boolean inert(byte[] b, int from, int to) {
        int length = to - from;
        if (length > MAX_BYTES) {
            return CredentialHints.inertAscii(b, from, to);
        }
        int full = from + (length & ~(Long.BYTES - 1));
        long tail = full < to ? Swar.partialWord(b, full, to) : 0;
        long h = length ^ tail;
        for (int i = from; i < full; i += Long.BYTES) {
            h = Long.rotateLeft(h, 29) ^ Swar.getLong(b, i);
        }
        h *= 0x9E3779B97F4A7C15L;
        int slot = (int) (h >>> 52) & SLOTS - 1;
        int at = slot * WORDS;
        if (lengths[slot] == length) {
            long diff = tail ^ (full < to ? texts[at + (full - from >>> 3)] : 0);
            for (int i = from, k = at; i < full; i += Long.BYTES, k++) {
                diff |= Swar.getLong(b, i) ^ texts[k];
            }
            if (diff == 0) {
                return inert[slot];
            }
        }
        boolean result = CredentialHints.inertAscii(b, from, to);
        int k = at;
        for (int j = from; j < full; j += Long.BYTES) {
            texts[k++] = Swar.getLong(b, j);
        }
        if (full < to) {
            texts[k] = tail;
        }
        lengths[slot] = length;
        inert[slot] = result;
        return result;
    }
}
