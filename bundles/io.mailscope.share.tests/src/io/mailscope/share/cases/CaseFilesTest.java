package io.mailscope.share.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.model.Trace;
import io.mailscope.share.cases.OpenedCase.OpenedTrace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.rows.ModelTraceRows;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.tests.harness.Services;

/**
 * Case files on real traces: a saved case reopens with its notes, its traces (the same conversation, row for row and
 * line for line) and its bookmarks; no password or AUTH payload of the traces is in the file; and a damaged or hostile
 * case file is refused with a message naming it, or opens without the part that is broken.
 */
class CaseFilesTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final String OUTLOOK_2010 = "outlook2010-pop3-smtp.log";
    private static final String WLM_AUTH = "wlm-smtp-auth.log";
    private static final String SWAKS_PLAIN = "swaks_plain.txt";
    /** The credentials the fixtures hold in clear: the password, the AUTH LOGIN user and password, an AUTH PLAIN payload. */
    private static final List<String> SECRETS = List.of("S3cret!", "YWxpY2U=", "UzNjcmV0IQ==", "AGFsaWNlAFMzY3JldCE=");

    @TempDir
    Path folder;

    @Test
    void aSavedCaseReopensWithItsNotesTracesAndBookmarks() throws Exception {
        Bookmark stat = new Bookmark(57, 57, "STAT", "STAT says 1 message");
        Bookmark list = new Bookmark(132, 133, "+OK 0 messages (554 octets) [1 control message(s) hidden]",
                "LIST hides it <control message> & UIDL too; ask the provider \u2014 ticket #4711");
        Bookmark locked = new Bookmark(11, 11, "-ERR [IN-USE] Mailbox locked by another session", "");
        Path caseFile = folder.resolve("ticket 4711" + CaseFiles.EXTENSION);
        String notes = "Customer: Outlook 2002, provider's POP3.\nOther users fine.\n\tSecond line indented.";

        CaseFiles.SavedCase saved = CaseFiles.write(caseFile, notes,
                List.of(toSave(SEED, List.of(stat, list)), toSave(OUTLOOK_2010, List.of(locked)), toSave(WLM_AUTH, List.of())), "1.0.0.test");
        assertEquals(3, saved.traces());
        assertEquals(3, saved.bookmarks());
        assertTrue(saved.maskedLines() >= 3, "PASS, and the two AUTH LOGIN responses: " + saved.maskedLines());

        OpenedCase opened = CaseFiles.read(caseFile, folder.resolve("opened"));
        assertEquals(List.of(), opened.problems());
        assertEquals(notes, opened.notes());
        assertEquals("1.0.0.test", opened.producer());
        assertNotNull(opened.saved());
        assertEquals(List.of(SEED, OUTLOOK_2010, WLM_AUTH), opened.traces().stream().map(OpenedTrace::name).toList());
        assertEquals(List.of(stat, list), opened.traces().get(0).bookmarks());
        assertEquals(List.of(locked), opened.traces().get(1).bookmarks());
        assertEquals(testFile(SEED).toString(), opened.traces().get(0).origin());
        for (OpenedTrace trace : opened.traces()) {
            assertTrue(trace.file().startsWith(folder.resolve("opened")), trace.file().toString());
            assertEquals(rows(testFile(trace.name())), rows(trace.file()),
                    trace.name() + ": the stored copy rebuilds the same conversation, line for line");
            assertEquals(Files.readAllLines(testFile(trace.name()), StandardCharsets.ISO_8859_1).size(),
                    Files.readAllLines(trace.file(), StandardCharsets.ISO_8859_1).size());
        }
    }

    @Test
    void noPasswordOrAuthPayloadIsInTheCaseFile() throws Exception {
        Path caseFile = folder.resolve("secrets" + CaseFiles.EXTENSION);
        CaseFiles.write(caseFile, "", List.of(toSave(OUTLOOK_2010, List.of()), toSave(WLM_AUTH, List.of()), toSave(SWAKS_PLAIN, List.of())),
                "1.0.0.test");
        String inside = unzipped(caseFile);
        String originals = Files.readString(testFile(OUTLOOK_2010)) + Files.readString(testFile(WLM_AUTH)) + Files.readString(testFile(SWAKS_PLAIN));
        for (String secret : SECRETS) {
            assertTrue(originals.contains(secret), "the fixtures hold " + secret);
            assertFalse(inside.contains(secret), secret + " is in the case file");
        }
        assertTrue(inside.contains("[tx] PASS ********"), inside);
        assertTrue(inside.contains("-ERR [IN-USE] Mailbox locked by another session"), "everything else stays: " + inside);
    }

    @Test
    void pastedTextIsStoredFromItsSourceLines() throws Exception {
        String text = Files.readString(testFile(WLM_AUTH));
        Trace trace = importer().importText("pasted from ticket 12", text, ImportOptions.DEFAULT, null).trace();
        SourceLines source = SourceLines.ofText(text, trace);
        Path caseFile = folder.resolve("pasted" + CaseFiles.EXTENSION);
        CaseFiles.write(caseFile, "", List.of(new TraceToSave("pasted from ticket 12", "pasted from ticket 12", source::openStream,
                source::hidesLine, List.of(new Bookmark(11, 11, "535", "wrong password")))), "1.0.0.test");
        OpenedCase opened = CaseFiles.read(caseFile, folder.resolve("opened"));
        assertEquals("pasted from ticket 12", opened.traces().get(0).file().getFileName().toString());
        assertEquals(rows(testFile(WLM_AUTH)), rows(opened.traces().get(0).file()));
        assertFalse(Files.readString(opened.traces().get(0).file()).contains("UzNjcmV0IQ=="));
    }

    @Test
    void aFileThatIsNoCaseIsRefusedNamingIt() throws Exception {
        Path text = Files.writeString(folder.resolve("notes" + CaseFiles.EXTENSION), "just text\n");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(text, folder.resolve("x")));
        assertTrue(e.getMessage().startsWith(text + ": not a Mailscope case file (not a zip archive"), e.getMessage());

        Path zipWithoutManifest = zip("other.zip", List.of(new Entry("readme.txt", "hello")));
        e = assertThrows(CaseFileException.class, () -> CaseFiles.read(zipWithoutManifest, folder.resolve("x")));
        assertEquals(zipWithoutManifest + ": not a Mailscope case file (the archive holds no case.xml)", e.getMessage());
    }

    @Test
    void aCaseFromANewerMailscopeIsRefusedWithWhatToDo() throws Exception {
        Path newer = zip("newer.mailscope-case", List.of(new Entry("case.xml", "<mailscopeCase formatVersion=\"7\" producer=\"9.0.0\"/>")));
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(newer, folder.resolve("x")));
        assertTrue(e.getMessage().contains("saved by a newer Mailscope (9.0.0, case format 7; this one reads format 1): update Mailscope"),
                e.getMessage());
    }

    @Test
    void xmlEntitiesAreRefusedAndNothingOutsideTheFolderIsRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "top secret");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<mailscopeCase formatVersion=\"1\"><notes>&x;</notes></mailscopeCase>";
        Path caseFile = zip("hostile.mailscope-case", List.of(new Entry("case.xml", hostile)));
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(caseFile, folder.resolve("x")));
        assertTrue(e.getMessage().startsWith(caseFile + ": case.xml cannot be read: "), e.getMessage());
        assertFalse(e.getMessage().contains("top secret"));
    }

    @Test
    void aMissingOrDamagedPartIsReportedAndTheRestOpens() throws Exception {
        String manifest = """
                <mailscopeCase formatVersion="1" saved="2026-12-06T05:00:00Z" producer="1.0.0">
                  <notes>n</notes>
                  <trace name="gone.log" origin="/x/gone.log" entry="traces/1/gone.log" bytes="10"/>
                  <trace name="../../escape.log" origin="/x/e.log" entry="../../escape.log" bytes="13">
                    <bookmark firstLine="0" lastLine="1" excerpt="x">before the first line</bookmark>
                    <bookmark firstLine="1" lastLine="1" excerpt="S: +OK">the greeting</bookmark>
                  </trace>
                  <trace name="short.log" origin="/x/s.log" entry="traces/3/short.log" bytes="999"/>
                </mailscopeCase>
                """;
        Path caseFile = zip("partial.mailscope-case", List.of(new Entry("case.xml", manifest), new Entry("../../escape.log", "S: +OK ready\n"),
                new Entry("traces/3/short.log", "S: +OK\n")));
        Path into = folder.resolve("opened");
        OpenedCase opened = CaseFiles.read(caseFile, into);
        assertEquals(1, opened.traces().size());
        OpenedTrace escaped = opened.traces().get(0);
        assertTrue(escaped.file().normalize().startsWith(into), "an entry name is never a path: " + escaped.file());
        assertEquals("S: +OK ready\n", Files.readString(escaped.file()));
        assertEquals(List.of(new Bookmark(1, 1, "S: +OK", "the greeting")), escaped.bookmarks());
        assertEquals(3, opened.problems().size(), opened.problems().toString());
        assertTrue(opened.problems().get(0).equals(caseFile + ": gone.log is missing from the archive (entry 'traces/1/gone.log'): not opened"),
                opened.problems().toString());
        assertTrue(opened.problems().get(1).startsWith(caseFile + ": a bookmark of ../../escape.log is left out"), opened.problems().toString());
        assertTrue(opened.problems().get(2).equals(caseFile + ": short.log holds 7 bytes, the case says 999: not opened"),
                opened.problems().toString());
    }

    @Test
    void aTruncatedCaseFileIsRefused() throws Exception {
        Path caseFile = folder.resolve("whole" + CaseFiles.EXTENSION);
        CaseFiles.write(caseFile, "notes", List.of(toSave(SEED, List.of())), "1.0.0.test");
        byte[] bytes = Files.readAllBytes(caseFile);
        Path cut = Files.write(folder.resolve("cut" + CaseFiles.EXTENSION), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(cut, folder.resolve("x")));
        assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static TraceToSave toSave(String name, List<Bookmark> bookmarks) throws Exception {
        Path file = testFile(name);
        Trace trace = importer().importFile(file, ImportOptions.DEFAULT, null, null).trace();
        return new TraceToSave(name, file.toString(), TraceToSave.fileContent(file), SourceLines.ofFile(file, trace)::hidesLine, bookmarks);
    }

    /** @return each row as kind, session, direction, source lines and text */
    private static List<String> rows(Path file) throws Exception {
        ModelTraceRows rows = ModelTraceRows.of(importer().importFile(file, ImportOptions.DEFAULT, null, null).trace());
        List<String> shown = new ArrayList<>();
        IntStream.range(0, rows.size()).mapToObj(rows::row).forEach((TraceRow r) -> shown
                .add(r.kind() + " " + r.session() + " " + r.direction() + " " + r.lineRange() + " " + r.text()));
        return shown;
    }

    private static String unzipped(Path caseFile) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(caseFile))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zip.transferTo(all);
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private record Entry(String name, String text) {
    }

    private Path zip(String name, List<Entry> entries) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Path testFile(String name) throws Exception {
        URL entry = FrameworkUtil.getBundle(CaseFilesTest.class).getEntry("testfiles/" + name);
        assertNotNull(entry, name);
        return Path.of(FileLocator.toFileURL(entry).toURI());
    }

    private static TraceImportService importer() {
        return Services.await(TraceImportService.class);
    }
}
