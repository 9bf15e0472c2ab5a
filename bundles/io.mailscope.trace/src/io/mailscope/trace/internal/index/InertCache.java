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

    private final byte[] texts = new byte[SLOTS * MAX_BYTES];
    private final int[] lengths = new int[SLOTS];
    private final boolean[] inert = new boolean[SLOTS];
    private final ByteBuffer view = ByteBuffer.wrap(texts).order(java.nio.ByteOrder.LITTLE_ENDIAN);

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
        int at = slot * MAX_BYTES;
        if (lengths[slot] == length && same(b, from, to, at)) {
            return inert[slot];
        }
        boolean result = CredentialHints.inertAscii(b, from, to);
        b.get(from, texts, at, length);
        lengths[slot] = length;
        inert[slot] = result;
        return result;
    }

    private boolean same(ByteBuffer b, int from, int to, int at) {
        int i = from;
        int k = at;
        for (; i + Long.BYTES <= to; i += Long.BYTES, k += Long.BYTES) {
            if (b.getLong(i) != view.getLong(k)) {
                return false;
            }
        }
        for (; i < to; i++, k++) {
            if (b.get(i) != texts[k]) {
                return false;
            }
        }
        return true;
    }
}
