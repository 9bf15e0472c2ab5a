package io.mailscope.trace.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.masking.CredentialHints;

/**
 * The credential-free check the structural record index makes per line ({@link InertCache} over
 * {@link CredentialHints#inertAscii(byte[], int, int)}) gives exactly what the masking's own check
 * ({@link CredentialHints#inert(String)}) gives: for every printable ASCII line of the test files and every tail of it
 * that starts at a word, placed at every alignment inside other bytes (the last partial word is read as one word and
 * masked), at the very end of an array (read byte by byte there), and again from the cache (a hit compares the whole
 * text) with other bytes around it. The dot the same pass looks for ({@link InertCache#DOT}: a line without one holds no
 * second timestamp) is reported exactly when the text holds one, or when it is longer than the texts the cache keeps;
 * {@link InertCache#WITHOUT_THIS_OR_FLAGS} (the replica then reads a quoted text without looking for the context written
 * into it or the flags after it) exactly when the text is not longer and holds neither {@code "[THIS:"} nor
 * {@code "(flags ="}.
 */
class InertTextsTest {

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testfiles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n")) {
                    if (line.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t')) {
                        texts.add(line);
                        for (int space = line.indexOf(' '); space >= 0; space = line.indexOf(' ', space + 1)) {
                            texts.add(line.substring(space + 1));
                        }
                    }
                }
            }
        }
        // fragments at the edges, in any case, options after what is and is not white space
        texts.addAll(List.of("pass", "PaSs", "xpas", "apo", "APOP", "-u", "-U x", "x-u", "x -u", "\t-ap", "--user", "a-ap",
                "://", ":/", "Bearer", "beare", "tokeN", "seCret", "LoGiN", "auth", "aut", "p", "", "1 1b3-uid", "x-ap y",
                "[THIS:", "[THIS", "THIS:", "[this:", "x[THIS:", "\"[THIS: 1a] POP3: [tx] STAT\"", "(flags =", "(flags",
                "flags =", "(flags=", "x (flags =", "[(flags =", "([THIS:", "\"POP3: [rx] +OK\" (flags = 0\")\""));
        return texts;
    }

    @Test
    void theCheckOnBytesIsTheMaskingsCheck() throws IOException {
        Random random = new Random(15);
        InertCache cache = new InertCache();
        int inert = 0;
        int held = 0;
        for (String text : texts()) {
            boolean expected = CredentialHints.inert(text);
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            for (int before = 0; before < 8; before++) {
                byte[] around = new byte[before + bytes.length + 9];
                random.nextBytes(around);
                System.arraycopy(bytes, 0, around, before, bytes.length);
                assertEquals(expected, CredentialHints.inertAscii(around, before, before + bytes.length), text);
                assertEquals(classes(text), cache.classify(around, before, before + bytes.length), text);
                // the same text again elsewhere, other bytes around it: from the cache
                byte[] other = new byte[bytes.length + 16];
                random.nextBytes(other);
                System.arraycopy(bytes, 0, other, 8 - before, bytes.length);
                assertEquals(classes(text), cache.classify(other, 8 - before, 8 - before + bytes.length), text);
            }
            // at the very end of its array: no word can be read past the text
            assertEquals(classes(text), new InertCache().classify(bytes, 0, bytes.length), text);
            assertEquals(expected, CredentialHints.inertAscii(bytes, 0, bytes.length), text);
            if (expected) {
                inert++;
            } else {
                held++;
            }
        }
        assertTrue(inert > 5_000 && held > 500, "inert " + inert + ", held back " + held);
    }

    /** @return what {@link InertCache#classify} must answer, from the masking's check and {@code String.indexOf} */
    private static int classes(String text) {
        return (CredentialHints.inert(text) ? InertCache.INERT : 0)
                | (text.indexOf('.') >= 0 || text.length() > 128 ? InertCache.DOT : 0)
                | (text.length() <= 128 && !text.contains("[THIS:") && !text.contains("(flags =") ? InertCache.WITHOUT_THIS_OR_FLAGS : 0);
    }

    @Test
    void aCachedTextNeverAnswersForAnotherWithTheSameSlot() {
        // texts that differ in one byte only, and lengths, eight bytes at a time: a hit must compare everything
        InertCache cache = new InertCache();
        String base = "Callback::LogText[THIS: 20000001] (flags = LTF_TRACE, hr = 00000000, code = 00000000,";
        for (int at = 0; at < base.length(); at++) {
            for (String fragment : List.of("pass", "-u", "://", "x", ".")) {
                String text = base.substring(0, at) + fragment + base.substring(at);
                byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(classes(text), cache.classify(bytes, 0, bytes.length), text);
                byte[] plain = base.getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(CredentialHints.inert(base), cache.inert(plain, 0, plain.length), base);
            }
        }
    }

    @Test
    void textsThatDifferInTheirDigitsShareAnEntryAndItsAnswer() {
        // the cache remembers texts with their digits as 0: what it answers for one must be right for all of them
        InertCache cache = new InertCache();
        for (String shape : List.of("Callback::LogText[THIS: #######9] (flags =", "POP3: <rx> # 1b#-uid", "PASS ####", "#-u x",
                "x #-ap y", "x -u#", "a1 LOGIN #", "+OK # messages (#### octets)", "#://#", "-#u", "p#ass",
                "\"POP3: [tx] RETR #\"", "\"[THIS: #] POP3: [tx] RETR #\"", "\"SMTP: [rx] 250 #\" (flags = #\")\"")) {
            for (int digit = 0; digit <= 9; digit++) {
                String text = shape.replace('#', (char) ('0' + digit));
                byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(CredentialHints.inert(text), cache.inert(bytes, 0, bytes.length), text);
                assertEquals(classes(text), cache.classify(bytes, 0, bytes.length), text);
            }
        }
        for (long word : new long[] { 0x3031323334353637L, 0x2f3a393a30413061L, 0xff39b9302f2f2f2fL, 0 }) {
            long expected = 0;
            for (int k = 0; k < Long.BYTES; k++) {
                long b = word >>> 8 * k & 0xff;
                expected |= (b >= '0' && b <= '9' ? '0' : b) << 8 * k;
            }
            assertEquals(expected, InertCache.digitsAsZero(word), Long.toHexString(word));
        }
    }
    private static final String HEX = "0123456789abcdefABCDEF"; //$NON-NLS-1$

    private static String hex(Random random, int digits) {
        StringBuilder value = new StringBuilder();
        for (int k = 0; k < digits; k++) {
            value.append(HEX.charAt(random.nextInt(HEX.length())));
        }
        return value.toString();
    }

    /** The bytes of {@code text} inside other bytes, with the text at {@code before}. */
    private static byte[] placed(String text, int before) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] around = new byte[before + bytes.length + 9];
        java.util.Arrays.fill(around, (byte) 'x');
        System.arraycopy(bytes, 0, around, before, bytes.length);
        return around;
    }

    /**
     * The two lines of a task's header and the first of a status report that the workers recognise whole
     * ({@link LegacyBytes#headerKey}, {@link LegacyBytes#flagsLine}, {@link LegacyBytes#statusLine}) are recognised
     * exactly: the header's key is the one {@link LegacyBytes#thisKey} reads, and every text recognised is one the
     * credential-free check finds inert and that holds no dot (no second timestamp), for THIS values of every length
     * and hex digits in either case; texts that only resemble them are not recognised (the general check answers for
     * those).
     */
    @Test
    void theHeaderLinesRecognisedWholeAreInertAndKeyedAsTheGeneralCheckSays() {
        Random random = new Random(1515);
        for (int round = 0; round < 20_000; round++) {
            int digits = 1 + random.nextInt(16);
            String value = hex(random, digits);
            String header = "Callback::LogText[THIS: " + value + "] (flags ="; //$NON-NLS-1$ //$NON-NLS-2$
            int before = random.nextInt(8);
            byte[] bytes = placed(header, before);
            long key = LegacyBytes.headerKey(bytes, before, before + header.length());
            if (digits > 14) {
                assertEquals(LegacyBytes.NOT_THE_TEMPLATE, key, header);
            } else {
                assertEquals(LegacyBytes.thisKey(bytes, before + "Callback::LogText".length(), before + header.length()), key, header); //$NON-NLS-1$
                assertTrue(key >= 0, header);
                assertTrue(CredentialHints.inert(header), header);
                assertEquals(-1, header.indexOf('.'), header);
            }
            String status = "Callback::ReportStatus[THIS: " + value + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(digits <= 14, LegacyBytes.statusLine(placed(status, before), before, before + status.length()), status);
            assertTrue(CredentialHints.inert(status), status);
            assertEquals(-1, status.indexOf('.'), status);
            String flags = "LTF_TRACE, hr = " + hex(random, 8) + ", code = " + hex(random, 8) + ","; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            assertTrue(LegacyBytes.flagsLine(placed(flags, before), before, before + flags.length()), flags);
            assertTrue(CredentialHints.inert(flags), flags);
            assertEquals(-1, flags.indexOf('.'), flags);
        }
        // one byte of the value that is no hex digit, at each place, of every kind (next to the digits' and letters'
        // ranges, either case, not ASCII): the values are read eight digits at a time
        byte[] notHex = { '/', ':', '@', 'G', '`', 'g', ' ', '.', (byte) 0xB0, (byte) 0xC1, (byte) 0xE6 };
        for (int round = 0; round < 20_000; round++) {
            int digits = 1 + random.nextInt(14);
            int place = random.nextInt(digits);
            byte wrong = notHex[random.nextInt(notHex.length)];
            String value = hex(random, digits);
            int before = random.nextInt(8);
            byte[] header = placed("Callback::LogText[THIS: " + value + "] (flags =", before); //$NON-NLS-1$ //$NON-NLS-2$
            header[before + "Callback::LogText[THIS: ".length() + place] = wrong; //$NON-NLS-1$
            assertEquals(LegacyBytes.NOT_THE_TEMPLATE, LegacyBytes.headerKey(header, before, header.length - 9),
                    new String(header, StandardCharsets.ISO_8859_1));
            byte[] status = placed("Callback::ReportStatus[THIS: " + value + "]", before); //$NON-NLS-1$ //$NON-NLS-2$
            status[before + "Callback::ReportStatus[THIS: ".length() + place] = wrong; //$NON-NLS-1$
            assertTrue(!LegacyBytes.statusLine(status, before, status.length - 9), new String(status, StandardCharsets.ISO_8859_1));
            String flagsText = "LTF_TRACE, hr = " + hex(random, 8) + ", code = " + hex(random, 8) + ","; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            byte[] flags = placed(flagsText, before);
            flags[before + (random.nextBoolean() ? "LTF_TRACE, hr = ".length() : "LTF_TRACE, hr = 00000000, code = ".length()) //$NON-NLS-1$ //$NON-NLS-2$
                    + random.nextInt(8)] = wrong;
            assertTrue(!LegacyBytes.flagsLine(flags, before, before + flagsText.length()), new String(flags, StandardCharsets.ISO_8859_1));
        }
        for (String other : List.of("Callback::LogText[THIS: ] (flags =", "Callback::LogText[THIS: 2000] (flags = ", //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::LogText[THIS: 2000] (flags", "Callback::LogText[THIS:2000] (flags =", //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::LogText[THIS: 20g0] (flags =", "Callback::LogText[THIS: 2000]] (flags =", //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::LogTexT[THIS: 2000] (flags =", "Callback::ReportStatus[THIS: 2000]", //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::LogText[THIS: 2000] (flags = pass")) { //$NON-NLS-1$
            byte[] bytes = placed(other, 3);
            assertEquals(LegacyBytes.NOT_THE_TEMPLATE, LegacyBytes.headerKey(bytes, 3, 3 + other.length()), other);
        }
        for (String other : List.of("Callback::ReportStatus[THIS: ]", "Callback::ReportStatus[THIS: 21g0]", //$NON-NLS-1$ //$NON-NLS-2$
                "Callback::ReportStatus[THIS: 2100] ", "Callback::ReportStatus[THIS:2100]", "Callback::ReportStatus[THIS: 2100]]", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "Callback::ReportStatus[THIS: 2100] (hrStatus = 0x800ccc0e)")) { //$NON-NLS-1$
            assertTrue(!LegacyBytes.statusLine(placed(other, 5), 5, 5 + other.length()), other);
        }
        for (String other : List.of("LTF_TRACE, hr = 0000000, code = 00000000,", "LTF_TRACE, hr = 00000000, code = 00000000", //$NON-NLS-1$ //$NON-NLS-2$
                "LTF_TRACE, hr = 00000000, code = 00000000, ", "LTF_TRACE, hr = 0000000g, code = 00000000,", //$NON-NLS-1$ //$NON-NLS-2$
                "LTF_TRACE, hr = 00000000, code = 0000000.,", "LTF_TRACE, hr = 00000000; code = 00000000,", //$NON-NLS-1$ //$NON-NLS-2$
                "LTF_TRACE, hr = 00000000, pass = 00000000,")) { //$NON-NLS-1$
            byte[] bytes = placed(other, 3);
            assertTrue(!LegacyBytes.flagsLine(bytes, 3, 3 + other.length()), other);
        }
    }
}
