package io.mailscope.trace.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.tests.Imports;

/**
 * The structural index read in blocks whose borders fall anywhere gives the index of the sequential import: on the real
 * Outlook 2002 logs of the test files (the seed's wrapped lines, interleaved and cut entries, a context written into a
 * text; the SMTP AUTH LOGIN log's secrets to mask), joined as a Windows log (CR LF everywhere), and once more with a
 * customer's name in UTF-8 in one text. The blocks are 1 byte (a border after every byte), a few small sizes, and the
 * sizes that put a border exactly inside a wrapped record, between the CR and the LF of a line end and inside each
 * multi-byte UTF-8 character. Each must page the same records as the import without the structural pass, with no entry
 * corrected.
 */
class BlockBordersTest {

    private static final String UTF8_LINE = "2003.07.11 15:20:30 \"SMTP: <rx> 250 Gr\u00fc\u00dfe aus Z\u00fcrich, 5 \u20ac, \uD834\uDD1E\")\r\n";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(OutlookLegacyIndexer.RANGE_PROPERTY);
        FastPath.enable(true);
    }

    @Test
    void bordersAnywhereGiveTheSequentialIndex() throws Exception {
        byte[] seed = Files.readAllBytes(Imports.file("outlook2002-pop3-0x800ccc97.log"));
        byte[] smtp = Files.readAllBytes(Imports.file("written/outlook2002-smtp-auth-login.log"));
        String seedText = new String(seed, StandardCharsets.ISO_8859_1);
        assertTrue(!seedText.contains("\r") && seedText.contains("\nand local blobs\")"), "the seed has LF line ends and wrapped lines");

        // the seed as written: LF, a wrapped text ("... and local blobs") to cut inside
        int wrapped = seedText.indexOf("\nand local blobs\")") + 1;
        check("seed", seed, false, wrapped, wrapped + 3, wrapped - 1);

        // both logs as one Windows log: CR LF everywhere
        byte[] windows = concat(seedText.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1), smtp);
        String windowsText = new String(windows, StandardCharsets.ISO_8859_1);
        int cr = windowsText.indexOf("\r\n", windowsText.indexOf("\r\nand local blobs\")") + 2);
        int secret = windowsText.indexOf("UzNjcmV0IQ==");
        check("windows", windows, false, cr, cr + 1, secret + 4, windowsText.indexOf("\r\nand local blobs\")") + 3);

        // a line of UTF-8 in the middle: the structural pass stops at it, the import indexes the rest
        int middle = windowsText.indexOf("\r\n2003.07.11 15:20:09") + 2;
        byte[] utf8 = concat(concat(java.util.Arrays.copyOfRange(windows, 0, middle), UTF8_LINE.getBytes(StandardCharsets.UTF_8)),
                java.util.Arrays.copyOfRange(windows, middle, windows.length));
        String utf8Text = new String(utf8, StandardCharsets.ISO_8859_1);
        int u = utf8Text.indexOf("Gr\u00c3\u00bc") + 3; // the second byte of the two of 'ü'
        int euro = utf8Text.indexOf("\u00e2\u0082\u00ac");
        int clef = utf8Text.indexOf("\u00f0\u009d\u0084\u009e");
        check("utf8", utf8, true, u, euro + 1, euro + 2, clef + 1, clef + 2, clef + 3);
    }

    /** Indexes {@code bytes} in blocks of many sizes, among them each {@code borders} offset (a border right there). */
    private void check(String name, byte[] bytes, boolean stopsAtUtf8, int... borders) throws Exception {
        Path log = Files.write(dir.resolve(name + ".log"), bytes);
        FastPath.enable(false);
        List<IndexedRecord> reference = StructuralIndexTest.pages(log, null);
        FastPath.enable(true);
        assertTrue(reference.size() >= 10, reference.size() + " records in " + name);
        TreeSet<Integer> sizes = new TreeSet<>(List.of(1, 2, 3, 7, 8, 64, 4096));
        for (int border : borders) {
            // a block of exactly that size ends there (and every multiple of it); one less and one more shift it
            sizes.addAll(List.of(border, border - 1, border + 1));
        }
        for (int size : sizes) {
            System.setProperty(OutlookLegacyIndexer.RANGE_PROPERTY, String.valueOf(size));
            String[] stop = new String[1];
            List<IndexedRecord> structural = StructuralIndexTest.pages(log, stop);
            assertEquals(reference, structural, name + " in blocks of " + size + " bytes");
            if (stopsAtUtf8) {
                assertTrue(stop[0] != null && stop[0].contains("printable ASCII"), name + ", blocks of " + size + ": " + stop[0]);
            } else {
                assertNull(stop[0], name + ", blocks of " + size + ": every record from the bytes");
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
