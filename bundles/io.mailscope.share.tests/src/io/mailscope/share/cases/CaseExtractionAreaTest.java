package io.mailscope.share.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The folder where opened cases are extracted: a trace no longer shown is deleted, the folder of its case goes with
 * the last one, what an earlier run left behind goes at the next start, and a file someone put there or changed after
 * the extraction is never deleted.
 */
class CaseExtractionAreaTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final String TELNET = "telnet-pop3-0x800ccc0f.txt";

    @TempDir
    Path folder;
    private CaseExtractionArea area;
    private Path caseFile;

    @BeforeEach
    void saveACase() throws Exception {
        caseFile = folder.resolve("ticket" + CaseFiles.EXTENSION);
        CaseFiles.write(caseFile, "notes", List.of(toSave(SEED), toSave(TELNET)), "1.0.0.test");
        area = new CaseExtractionArea(folder.resolve("state/cases"));
    }

    @Test
    void eachTraceGoesWhenItIsReleasedAndTheCaseFolderWithTheLast() throws Exception {
        OpenedCase opened = area.open(caseFile, "ticket-");
        Path seed = opened.traces().get(0).file();
        Path telnet = opened.traces().get(1).file();
        assertTrue(area.holds(seed) && area.holds(telnet), seed + ", " + telnet);
        assertEquals(Files.readAllLines(testFile(SEED), StandardCharsets.ISO_8859_1).size(), Files.readAllLines(seed, StandardCharsets.ISO_8859_1).size(),
                "the seed as saved, line for line");
        Path caseFolder = seed.getParent().getParent();
        assertEquals(area.root(), caseFolder.getParent());

        assertEquals(new CaseExtractionArea.Cleanup(1, List.of()), area.release(seed));
        assertFalse(Files.exists(seed));
        assertFalse(Files.exists(seed.getParent()), "its folder inside the case's folder goes with it");
        assertTrue(Files.isRegularFile(telnet), "the other trace of the case is still shown");

        assertEquals(new CaseExtractionArea.Cleanup(1, List.of()), area.release(telnet));
        assertFalse(Files.exists(caseFolder), "the case's folder goes with its last trace");
        assertTrue(Files.isDirectory(area.root()));
        assertTrue(Files.isRegularFile(caseFile), "the case file itself is never touched");
    }

    @Test
    void aFileSomeonePutThereOrChangedIsNeverDeleted() throws Exception {
        OpenedCase opened = area.open(caseFile, "ticket-");
        Path seed = opened.traces().get(0).file();
        Path telnet = opened.traces().get(1).file();
        Path caseFolder = seed.getParent().getParent();
        Path report = Files.writeString(seed.getParent().resolve("seed.diagnosis.html"), "<html>the engineer's report</html>");
        Files.writeString(telnet, "# the engineer's remark\n", StandardOpenOption.APPEND);

        assertEquals(1, area.release(seed).deleted());
        CaseExtractionArea.Cleanup second = area.release(telnet);
        assertEquals(0, second.deleted());
        assertTrue(second.kept().stream().anyMatch(k -> k.startsWith(telnet + ": changed since Mailscope extracted it")), second.kept().toString());
        assertTrue(Files.readString(telnet).endsWith("# the engineer's remark\n"));
        assertEquals("<html>the engineer's report</html>", Files.readString(report));

        CaseExtractionArea.Cleanup notOurs = area.release(report);
        assertEquals(0, notOurs.deleted());
        assertTrue(notOurs.kept().get(0).contains("not extracted by Mailscope"), notOurs.kept().toString());
        assertTrue(Files.exists(report));
        assertTrue(Files.isDirectory(caseFolder));

        assertEquals(0, area.cleanAll().deleted(), "the next start keeps them too");
        assertTrue(Files.exists(report) && Files.exists(telnet));
    }

    @Test
    void theNextStartRemovesWhatAnEarlierRunLeftBehind() throws Exception {
        OpenedCase first = area.open(caseFile, "ticket-");
        OpenedCase second = area.open(caseFile, "ticket-again-");
        // an extraction stopped half-way (the program was killed): its folder still says so
        Path interrupted = Files.createDirectories(area.root().resolve("20261206-interrupted/1"));
        Files.writeString(interrupted.resolve("seed.log"), "half a trace");
        Files.createFile(interrupted.getParent().resolve(CaseExtractionArea.IN_PROGRESS));
        // a folder Mailscope has no record of (copied there by hand)
        Path foreign = Files.createDirectories(area.root().resolve("copied-by-hand"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        CaseExtractionArea.Cleanup cleanup = area.cleanAll();
        assertEquals(4, cleanup.deleted(), cleanup.toString());
        for (OpenedCase opened : List.of(first, second)) {
            opened.traces().forEach(t -> assertFalse(Files.exists(t.file()), t.file().toString()));
        }
        assertFalse(Files.exists(interrupted.getParent()), "the interrupted extraction is gone");
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
        assertTrue(cleanup.kept().stream().anyMatch(k -> k.startsWith(foreign.toString())), cleanup.kept().toString());
        try (Stream<Path> left = Files.list(area.root())) {
            assertEquals(List.of(foreign), left.toList());
        }
    }

    @Test
    void aDamagedCaseFileLeavesNothingBehind() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken" + CaseFiles.EXTENSION), "not a zip");
        assertThrows(CaseFileException.class, () -> area.open(broken, "broken-"));
        try (Stream<Path> left = Files.list(area.root())) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static TraceToSave toSave(String name) throws Exception {
        Path file = testFile(name);
        return new TraceToSave(name, file.toString(), TraceToSave.fileContent(file), line -> false, List.of());
    }

    private static Path testFile(String name) throws Exception {
        URL entry = FrameworkUtil.getBundle(CaseExtractionAreaTest.class).getEntry("testfiles/" + name);
        assertNotNull(entry, name);
        return Path.of(FileLocator.toFileURL(entry).toURI());
    }
}
