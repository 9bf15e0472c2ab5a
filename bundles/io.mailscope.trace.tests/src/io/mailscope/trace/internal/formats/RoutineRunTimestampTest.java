package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.index.LegacyBytes;

/**
 * The Outlook 2000-2002 run workers check timestamps with their own word comparison
 * ({@code OutlookLegacyRoutineRun.timestampAt}, no calls in the quick JIT tier's code); it must answer what
 * {@link LegacyBytes#timestampAt} (the parser's pattern on bytes) answers, for every byte a timestamp could be off in.
 */
class RoutineRunTimestampTest {

    private static final byte[] STAMP = "2003.07.11 08:00:02".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    @Test
    void everyByteOfATimestampChangedToEveryValueIsJudgedAsTheParsersPatternJudgesIt() {
        byte[] b = new byte[STAMP.length + 2 * Long.BYTES];
        int timestamps = 0;
        int checked = 0;
        for (int at = 0; at < Long.BYTES; at++) {
            for (int k = 0; k < STAMP.length; k++) {
                for (int v = 0; v < 256; v++) {
                    Arrays.fill(b, (byte) ' ');
                    System.arraycopy(STAMP, 0, b, at, STAMP.length);
                    b[at + k] = (byte) v;
                    for (int to : new int[] { at + STAMP.length - 1, at + STAMP.length, b.length }) {
                        boolean expected = LegacyBytes.timestampAt(b, at, to);
                        String where = " at " + at + " to " + to; //$NON-NLS-1$ //$NON-NLS-2$
                        assertEquals(expected, OutlookLegacyRoutineRun.timestampAt(b, at, to),
                                () -> new String(b, StandardCharsets.ISO_8859_1) + where);
                        timestamps += expected ? 1 : 0;
                        checked++;
                    }
                }
            }
        }
        // each position takes 10 digits (a digit's place) or 1 byte (a fixed one), with the two bounds that hold it
        int perPosition = 0;
        for (byte c : STAMP) {
            perPosition += c >= '0' && c <= '9' ? 10 : 1;
        }
        assertEquals(Long.BYTES * 2 * perPosition, timestamps);
        assertTrue(checked > 100_000);
    }

    @Test
    void randomBytesFromATimestampsAlphabetAreJudgedAsTheParsersPatternJudgesThem() {
        byte[] alphabet = "0123456789.: /:.09\u00b0\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1); //$NON-NLS-1$
        Random random = new Random(16);
        byte[] b = new byte[STAMP.length + Long.BYTES];
        int timestamps = 0;
        for (int n = 0; n < 200_000; n++) {
            System.arraycopy(STAMP, 0, b, 0, STAMP.length);
            // two to five bytes changed: near misses of every shape
            for (int changes = 2 + random.nextInt(4); changes > 0; changes--) {
                b[random.nextInt(STAMP.length)] = alphabet[random.nextInt(alphabet.length)];
            }
            boolean expected = LegacyBytes.timestampAt(b, 0, b.length);
            assertEquals(expected, OutlookLegacyRoutineRun.timestampAt(b, 0, b.length),
                    () -> new String(b, StandardCharsets.ISO_8859_1));
            timestamps += expected ? 1 : 0;
        }
        assertTrue(timestamps > 1_000 && timestamps < 190_000, "timestamps among them: " + timestamps); //$NON-NLS-1$
    }
}
