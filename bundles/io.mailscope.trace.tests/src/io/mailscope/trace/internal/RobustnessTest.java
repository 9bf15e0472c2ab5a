package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.RepairKind;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.tests.Imports;

/** Bad input gives a clear message or a partial import, never an exception from a parser. */
class RobustnessTest {

    @TempDir
    Path dir;

    private ImportResult importBytes(byte[] bytes) throws Exception {
        Path file = dir.resolve("input.log");
        Files.write(file, bytes);
        return Imports.service().importFile(file, ImportOptions.DEFAULT, null, null);
    }

    @Test
    void binaryFileIsAClearError() throws Exception {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 50) {
            bytes[i] = 0;
        }
        Path file = dir.resolve("image.bin");
        Files.write(file, bytes);
        TraceImportException e = assertThrows(TraceImportException.class,
                () -> Imports.service().importFile(file, ImportOptions.DEFAULT, null, null));
        assertTrue(e.getMessage().contains("binary content at line 1, byte offset 0"), e.getMessage());
    }

    @Test
    void binaryPartIsSkippedAndTheReadablePartImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Files.readAllBytes(Imports.file("captured/swaks_plain.txt")));
        long binaryOffset = out.size();
        int binaryLine = Files.readAllLines(Imports.file("captured/swaks_plain.txt")).size() + 1;
        out.write(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, '\n', 0, 0, 0, '\n' });
        ImportResult result = importBytes(out.toByteArray());
        Trace trace = result.trace();
        assertEquals("io.mailscope.trace.swaks", result.format().formatId());
        assertTrue(trace.getProblems().stream().anyMatch(p -> p.getMessage().contains("binary content at line " + binaryLine
                + ", byte offset " + binaryOffset)), trace.getProblems().toString());
        assertEquals("250 2.0.0 Ok: queued as 4F2A1C0B3D",
                Imports.replies(Imports.exchange(trace, "DATA")).get(Imports.replies(Imports.exchange(trace, "DATA")).size() - 1));
    }

    @Test
    void tenMegabyteSingleLine() throws Exception {
        byte[] head = Files.readAllBytes(Imports.file("written/generic-arrows.log"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head);
        out.write(("<<< +OK " + "A".repeat(10 * 1024 * 1024) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(">>> NOOP\n<<< +OK\n".getBytes(StandardCharsets.US_ASCII));
        ImportResult result = importBytes(out.toByteArray());
        Trace trace = result.trace();
        assertEquals(11, trace.getLineCount());
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.TRUNCATED_LONG_LINE && r.getFirstLine() == 9));
        assertEquals("L11", Imports.replyRanges(Imports.exchange(trace, "NOOP")).get(0));
    }

    @Test
    void invalidUtf8IsReplacedAndRecorded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("S: +OK ready\nC: USER j".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] { (byte) 0xFC, 'r', 'g' });
        out.write("\nS: +OK\n".getBytes(StandardCharsets.US_ASCII));
        Trace trace = importBytes(out.toByteArray()).trace();
        assertTrue(trace.getRepairs().stream().anyMatch(r -> r.getKind() == RepairKind.REPLACED_INVALID_BYTES && r.getFirstLine() == 2));
        assertEquals("USER j\uFFFDrg", Imports.exchange(trace, "USER").getCommand().getText());
        assertEquals("+OK", Imports.replies(Imports.exchange(trace, "USER")).get(0));
    }

    @Test
    void truncatedFileKeepsIncompleteExchanges() throws Exception {
        String full = Files.readString(Imports.file("captured/jm_pop.txt"));
        String cut = full.substring(0, full.indexOf("Subject: hello") + 5);
        Trace trace = importBytes(cut.getBytes(StandardCharsets.UTF_8)).trace();
        var top = Imports.exchange(trace, "TOP");
        assertTrue(!top.isComplete(), "the TOP body was cut off");
        assertEquals("Subje", Imports.replies(top).get(Imports.replies(top).size() - 1));
    }

    @Test
    void mixedPasteIsReportedAndTheReadablePartImported() throws Exception {
        ImportResult result = Imports.importFile("written/mixed-paste.txt");
        Trace trace = result.trace();
        assertEquals("io.mailscope.trace.outlook", result.format().formatId());
        assertTrue(trace.getProblems().stream().anyMatch(p -> p.getMessage().startsWith("mixed input: 2 lines look like swaks")),
                trace.getProblems().toString());
        assertEquals("+OK", Imports.replies(Imports.exchange(trace, "USER")).get(0));
        assertEquals(0x800CCC0F, trace.getStatusEvents().get(0).getValue());
    }

    @Test
    void unrecognisedInputListsTheClosestCandidates() {
        TraceImportException.Unrecognised e = assertThrows(TraceImportException.Unrecognised.class,
                () -> Imports.importText("Dear support,\nmy mail does not work since Monday.\nRegards\n"));
        assertTrue(e.getMessage().contains("not a recognised mail trace"));
        assertTrue(!e.candidates().isEmpty());
        assertTrue(e.candidates().get(0).confidence() < 0.3);
    }

    @Test
    void forcedFormatIsUsedEvenWhenAnotherScoresHigher() throws Exception {
        Path file = Imports.file("captured/curl_pop.txt");
        ImportResult result = Imports.service().importFile(file,
                ImportOptions.DEFAULT.withFormatId("io.mailscope.trace.prefixed"), null, null);
        assertEquals("io.mailscope.trace.prefixed", result.format().formatId());
        assertEquals("io.mailscope.trace.prefixed", result.trace().getFormatId());
        assertThrows(TraceImportException.class, () -> Imports.service().importFile(file,
                ImportOptions.DEFAULT.withFormatId("no.such.format"), null, null));
    }
}
