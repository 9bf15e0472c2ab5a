package io.mailscope.trace.internal.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Byte searches eight bytes at a time ("SIMD within a register"): a {@code long} read from a buffer is tested for a
 * byte value, or for bytes outside printable ASCII, with a few arithmetic operations instead of eight comparisons.
 * Buffers must be in {@link ByteOrder#LITTLE_ENDIAN little-endian} order (see {@link #littleEndian}), so that the lowest
 * set bit of a match mask is the first matching byte.
 */
public final class Swar {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** 0x80 - 0x20 in every byte: added to a byte below 0x80, it sets the high bit exactly from 0x20 on. */
    private static final long ABOVE_SPACE = 0x6060606060606060L;

    /** Little-endian longs at any byte index of a {@code byte[]}: {@code (long) LONGS.get(bytes, index)}. */
    public static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Swar() {
    }

    /** @return the eight bytes at {@code index} of {@code bytes} as a little-endian long */
    public static long getLong(byte[] bytes, int index) {
        return (long) LONGS.get(bytes, index);
    }

    /**
     * @return the bytes {@code from..to-1} (at most eight) as a little-endian long, the bytes beyond zero; one load
     *         where the array has eight bytes at {@code from}
     */
    public static long partialWord(byte[] bytes, int from, int to) {
        if (from + Long.BYTES <= bytes.length) {
            return to - from >= Long.BYTES ? getLong(bytes, from) : getLong(bytes, from) & -1L >>> 8 * (Long.BYTES - (to - from));
        }
        long w = 0;
        for (int i = to - 1; i >= from; i--) {
            w = w << 8 | bytes[i] & 0xffL;
        }
        return w;
    }

    /** @return the index of the first byte equal to {@code value} in {@code bytes[from..to-1]}, or -1 */
    public static int indexOf(byte[] bytes, int from, int to, byte value) {
        long pattern = broadcast(value);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long mask = matches(getLong(bytes, i), pattern);
            if (mask != 0) {
                return i + firstByte(mask);
            }
        }
        if (i < to) {
            long mask = matches(partialWord(bytes, i, to), pattern) & -1L >>> 8 * (Long.BYTES - (to - i));
            return mask != 0 ? i + firstByte(mask) : -1;
        }
        return -1;
    }

    /**
     * @return true when {@code a[aFrom..aFrom+n)} and {@code b[bFrom..bFrom+n)} (both within their arrays) hold the same
     *         bytes; eight at a time, the last word overlapping the one before: what {@code Arrays.equals} answers, in
     *         code the quick JIT tier (C1) compiles without calls (it has no intrinsic for {@code Arrays.equals}'s
     *         vectorized mismatch, which it calls through two range checks)
     */
    public static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
        if (n < Long.BYTES) {
            for (int i = 0; i < n; i++) {
                if (a[aFrom + i] != b[bFrom + i]) {
                    return false;
                }
            }
            return true;
        }
        int last = n - Long.BYTES;
        for (int i = 0; i < last; i += Long.BYTES) {
            if (getLong(a, aFrom + i) != getLong(b, bFrom + i)) {
                return false;
            }
        }
        return getLong(a, aFrom + last) == getLong(b, bFrom + last);
    }

    /** @return a view of {@code buffer} (same content, position and limit) whose multi-byte reads are little-endian */
    public static ByteBuffer littleEndian(ByteBuffer buffer) {
        return buffer.order() == ByteOrder.LITTLE_ENDIAN ? buffer : buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return {@code value} in each of the eight bytes of a long */
    public static long broadcast(byte value) {
        return (value & 0xffL) * ONES;
    }

    /**
     * @return a mask with the high bit set in each byte of {@code word} equal to the byte broadcast in {@code pattern}
     *         (exact: no false positives, unlike the shorter "has zero byte" test)
     */
    public static long matches(long word, long pattern) {
        long x = word ^ pattern;
        return ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS;
    }

    /**
     * @return a mask with the high bit set in each byte of {@code word} below 0x20 (a control, CR, LF, tab) or from 0x80
     *         (non-ASCII); exact per byte (no borrow runs from one byte into the next)
     */
    public static long unprintable(long word) {
        long atLeastSpace = (word & ~HIGHS) + ABOVE_SPACE; // high bit set where the low seven bits are >= 0x20
        return (~atLeastSpace | word) & HIGHS;
    }

    /**
     * {@link #hexDigits}' constants, public for code that writes the check out (the quick JIT tier inlines no method of
     * its size): added to a byte's low seven bits, they set its high bit from '0', '9' + 1, 'a' and 'f' + 1 on
     * ({@code LOWER_CASE} or'ed in first makes 'A'-'F' 'a'-'f')
     */
    public static final long FROM_ZERO = 0x5050505050505050L;
    public static final long ABOVE_NINE = 0x4646464646464646L;
    public static final long LOWER_CASE = 0x2020202020202020L;
    public static final long FROM_A = 0x1F1F1F1F1F1F1F1FL;
    public static final long ABOVE_F = 0x1919191919191919L;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;

    /**
     * @return a mask with the high bit set in each byte of {@code word} that is an ASCII hex digit ({@code 0-9},
     *         {@code a-f}, {@code A-F}); exact per byte: each byte's low seven bits plus a constant stay below 0x100,
     *         so no carry runs into the next byte, and a byte from 0x80 is never a digit
     */
    public static long hexDigits(long word) {
        long low = word & ~HIGHS;
        long digit = (low + FROM_ZERO) & ~(low + ABOVE_NINE); // 0x30..0x39
        long lower = low | LOWER_CASE; // 'A'..'F' as 'a'..'f'; no other byte becomes one of them
        long letter = (lower + FROM_A) & ~(lower + ABOVE_F); // 0x61..0x66
        return (digit | letter) & ~word & HIGHS;
    }

    /**
     * @param word eight ASCII hex digits ({@link #hexDigits} all set), the first in the lowest byte; bytes that are 0
     *            count as the digit 0
     * @return their value, the lowest byte's digit the most significant: what parsing the eight characters in base
     *         16 gives
     */
    public static long hexValue(long word) {
        // each byte's digit value: the low nibble, plus 9 for a letter (bit 6 is set in 'a'-'f' and 'A'-'F' only)
        long nibbles = (word & LOW_NIBBLES) + 9 * (word >>> 6 & ONES);
        // pairs of digits into bytes, pairs of bytes into 16 bits, then 32: the earlier digit in the higher bits
        long bytes = (nibbles << 4 | nibbles >>> 8) & 0x00FF00FF00FF00FFL;
        long shorts = (bytes << 8 | bytes >>> 16) & 0x0000FFFF0000FFFFL;
        return (shorts << 16 | shorts >>> 32) & 0xFFFFFFFFL;
    }

    /** @return the index (0-7) of the first byte flagged in a mask of {@link #matches}, 8 when none is */
    public static int firstByte(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }

    /**
     * {@link #firstByte} without {@code Long.numberOfTrailingZeros}, which the quick JIT tier (C1) compiles into a call
     * of {@code Integer.numberOfTrailingZeros} (it has no intrinsic for it): the lowest flagged bit as one set byte
     * (1 << 8k) times a constant whose byte 7 - k holds k puts k into the top byte. For the Outlook 2000-2002 run
     * workers' loops, which the launcher runs in C1 code; C2 turns {@link #firstByte} into one instruction.
     *
     * @param mask a mask of {@link #matches} (or {@link #unprintable}, {@link #hexDigits}): bits set only in the bytes'
     *            high bits
     * @return the index (0-7) of the first byte flagged, 8 when none is
     */
    public static int firstFlaggedByte(long mask) {
        return mask == 0 ? Long.BYTES : (int) (((mask & -mask) >>> 7) * BYTE_INDEXES >>> 56);
    }

    /** bytes 7, 6, ... 0 from the lowest up: byte 7 - k holds k */
    private static final long BYTE_INDEXES = 0x0001020304050607L;

    /**
     * @param buffer little-endian
     * @return the index of the first byte equal to {@code value} in {@code from..to-1} (absolute indexes), or -1
     */
    public static int indexOf(ByteBuffer buffer, int from, int to, byte value) {
        long pattern = broadcast(value);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long mask = matches(buffer.getLong(i), pattern);
            if (mask != 0) {
                return i + firstByte(mask);
            }
        }
        if (i < to && i + Long.BYTES <= buffer.capacity()) {
            // the last bytes as one word, the bytes beyond to masked off
            long mask = matches(buffer.getLong(i), pattern) & -1L >>> 8 * (Long.BYTES - (to - i));
            return mask != 0 ? i + firstByte(mask) : -1;
        }
        for (; i < to; i++) {
            if (buffer.get(i) == value) {
                return i;
            }
        }
        return -1;
    }
}
