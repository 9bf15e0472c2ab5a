package io.mailscope.trace.internal.index;

import java.nio.ByteBuffer;

import io.mailscope.trace.internal.masking.CredentialHints;

/**
 * {@link CredentialHints#inertAscii} remembered for texts seen before: the lines of a log repeat (a task's header, the
 * flags line, the same commands and replies), and comparing a line with a remembered copy eight bytes at a time costs
 * a fraction of the pair-table walk. Exact: a hit compares the whole text. One per worker thread.
 */
final class InertCache {

    private static final int SLOTS = 1 << 12;
    private static final int MAX_BYTES = 128;

    private static final int WORDS = MAX_BYTES / Long.BYTES;

    /** The remembered texts, eight bytes per long, the last word's bytes beyond the text zero. */
    private final long[] texts = new long[SLOTS * WORDS];
    private final int[] lengths = new int[SLOTS];
    private final boolean[] inert = new boolean[SLOTS];

    InertCache() {
        java.util.Arrays.fill(lengths, -1);
    }

    /** @return {@code CredentialHints.inertAscii(b, from, to)} */
    boolean inert(ByteBuffer b, int from, int to) {
        int length = to - from;
        if (length > MAX_BYTES) {
            return CredentialHints.inertAscii(b, from, to);
        }
        long h = length;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = (h ^ b.getLong(i)) * 0x9E3779B97F4A7C15L;
        }
        for (; i < to; i++) {
            h = (h ^ b.get(i)) * 0x9E3779B97F4A7C15L;
        }
        int slot = (int) (h >>> 52) & SLOTS - 1;
        int at = slot * WORDS;
        if (lengths[slot] == length && same(b, from, to, at)) {
            return inert[slot];
        }
        boolean result = CredentialHints.inertAscii(b, from, to);
        int k = at;
        int j = from;
        for (; j + Long.BYTES <= to; j += Long.BYTES) {
            texts[k++] = b.getLong(j);
        }
        if (j < to) {
            texts[k] = tail(b, j, to);
        }
        lengths[slot] = length;
        inert[slot] = result;
        return result;
    }

    /** @return the bytes {@code from..to-1} (fewer than eight) as a little-endian long, the rest zero */
    private static long tail(ByteBuffer b, int from, int to) {
        long w = 0;
        for (int i = to - 1; i >= from; i--) {
            w = w << 8 | b.get(i) & 0xffL;
        }
        return w;
    }

    private boolean same(ByteBuffer b, int from, int to, int at) {
        int i = from;
        int k = at;
        for (; i + Long.BYTES <= to; i += Long.BYTES, k++) {
            if (b.getLong(i) != texts[k]) {
                return false;
            }
        }
        return i == to || tail(b, i, to) == texts[k];
    }
}
