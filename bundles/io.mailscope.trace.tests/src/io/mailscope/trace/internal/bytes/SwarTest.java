package io.mailscope.trace.internal.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SwarTest {

    private static int naiveIndexOf(byte[] bytes, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void indexOfFindsTheFirstMatchAtEveryAlignmentAndByteValue() {
        Random random = new Random(15);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                // few distinct values, including 0x80 and 0xFF whose borrows fool the short "has zero byte" test
                bytes[i] = (byte) new int[] { 'a', '\n', '.', 0x80, 0xFF, 0x00, 0x0A ^ 0x80 }[random.nextInt(7)];
            }
            ByteBuffer direct = Swar.littleEndian(ByteBuffer.allocateDirect(bytes.length));
            direct.put(0, bytes);
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            for (byte value : new byte[] { '\n', '.', (byte) 0x80, 0x00, 'z' }) {
                assertEquals(naiveIndexOf(bytes, from, to, value), Swar.indexOf(direct, from, to, value),
                        "value " + value + " in " + from + ".." + to);
                assertEquals(naiveIndexOf(bytes, from, to, value), Swar.indexOf(Swar.littleEndian(ByteBuffer.wrap(bytes)), from, to, value),
                        "heap buffer");
            }
        }
    }

    @Test
    void firstByteAndFirstFlaggedByteAreTheIndexOfTheLowestFlaggedByteOfEveryMaskOfHighBits() {
        // all 256 masks of high bits: the lowest flagged byte counted from the low end, 8 for none
        for (int bits = 0; bits < 256; bits++) {
            long mask = 0;
            int first = 8;
            for (int k = 7; k >= 0; k--) {
                if ((bits >>> k & 1) != 0) {
                    mask |= 0x80L << 8 * k;
                    first = k;
                }
            }
            assertEquals(first, Swar.firstByte(mask), Long.toHexString(mask));
            assertEquals(first, Swar.firstFlaggedByte(mask), Long.toHexString(mask));
        }
    }

    @Test
    void equalComparesTheRangesAsArraysEqualsDoes() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            byte[] a = new byte[random.nextInt(40)];
            random.nextBytes(a);
            int n = random.nextInt(a.length + 1);
            int aFrom = random.nextInt(a.length - n + 1);
            byte[] b = new byte[n + random.nextInt(20)];
            random.nextBytes(b);
            int bFrom = random.nextInt(b.length - n + 1);
            System.arraycopy(a, aFrom, b, bFrom, n);
            if (n > 0 && random.nextBoolean()) {
                b[bFrom + random.nextInt(n)] ^= (byte) (1 << random.nextInt(8)); // one bit off, anywhere in the range
            }
            assertEquals(java.util.Arrays.equals(a, aFrom, aFrom + n, b, bFrom, bFrom + n), Swar.equal(a, aFrom, b, bFrom, n),
                    n + " bytes at " + aFrom + " and " + bFrom);
        }
    }

    @Test
    void matchesFlagsExactlyTheEqualBytes() {
        Random random = new Random(16);
        for (int round = 0; round < 100_000; round++) {
            long word = random.nextLong();
            byte value = (byte) random.nextInt(256);
            if (random.nextBoolean()) {
                word = word & ~(0xffL << 8 * random.nextInt(8)) | (value & 0xffL) << 8 * random.nextInt(8);
            }
            long mask = Swar.matches(word, Swar.broadcast(value));
            for (int k = 0; k < 8; k++) {
                boolean equal = (byte) (word >>> 8 * k) == value;
                assertEquals(equal, (mask >>> 8 * k & 0x80) != 0, Long.toHexString(word) + " byte " + k);
            }
        }
    }

    @Test
    void unprintableFlagsExactlyControlsAndNonAscii() {
        Random random = new Random(17);
        int[] interesting = { 0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xFF };
        for (int round = 0; round < 100_000; round++) {
            long word = 0;
            for (int k = 0; k < 8; k++) {
                long b = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256);
                word |= b << 8 * k;
            }
            long mask = Swar.unprintable(word);
            for (int k = 0; k < 8; k++) {
                int b = (int) (word >>> 8 * k) & 0xff;
                assertEquals(b < 0x20 || b >= 0x80, (mask >>> 8 * k & 0x80) != 0, Long.toHexString(word) + " byte " + k);
            }
        }
    }
    /** Every byte value at every position of a word, the other bytes random: digits, letters of both cases, the rest. */
    @Test
    void hexDigitsFlagsExactlyTheAsciiHexDigits() {
        Random random = new Random(18);
        for (int value = 0; value < 256; value++) {
            for (int position = 0; position < 8; position++) {
                for (int round = 0; round < 50; round++) {
                    long word = random.nextLong() & ~(0xffL << 8 * position) | (long) value << 8 * position;
                    long mask = Swar.hexDigits(word);
                    for (int k = 0; k < 8; k++) {
                        int b = (int) (word >>> 8 * k) & 0xff;
                        assertEquals(Character.digit((char) b, 16) >= 0 && b < 0x80, (mask >>> 8 * k & 0x80) != 0,
                                Long.toHexString(word) + " byte " + k);
                        assertEquals(0, mask & ~0x8080808080808080L, Long.toHexString(word));
                    }
                }
            }
        }
    }

    /** Eight hex digits in either case, first digit in the lowest byte, read as a number as {@link Long#parseLong} does. */
    @Test
    void hexValueReadsEightDigitsAsParseLong() {
        Random random = new Random(19);
        String digits = "0123456789abcdefABCDEF"; //$NON-NLS-1$
        for (int round = 0; round < 100_000; round++) {
            byte[] text = new byte[8];
            for (int k = 0; k < 8; k++) {
                text[k] = (byte) digits.charAt(random.nextInt(digits.length()));
            }
            String s = new String(text, java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(Long.parseLong(s, 16), Swar.hexValue(Swar.getLong(text, 0)), s);
        }
    }
}
