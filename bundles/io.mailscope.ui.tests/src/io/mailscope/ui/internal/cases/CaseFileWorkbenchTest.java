package io.mailscope.ui.internal.cases;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Finding;
import io.mailscope.share.cases.Bookmark;
import io.mailscope.share.cases.CaseFiles;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * A case in the workbench: notes and bookmarks on the seed trace and a healthy session (rows of the trace editor and
 * a finding of the Diagnosis view) are saved as a case file, the editors closed, and the case file reopened: both traces
 * open again, diagnosed, with the case notes and each bookmark, shown in the Case Notes view, and a bookmark leads back
 * to its rows.
 */
class CaseFileWorkbenchTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final String HEALTHY = "pop3-healthy-fetchmail.txt";

    @TempDir
    Path folder;
    private CaseNotes notes;

    @BeforeEach
    void setUp() {
        resetPage();
        notes = PlatformUI.getWorkbench().getService(CaseNotes.class);
        assertNotNull(notes, "the workbench offers the case notes service");
        notes.setNotes("");
    }

    @AfterEach
    void tearDown() {
        notes.setNotes("");
        resetPage();
    }

    @Test
    void aSavedCaseReopensWithItsNotesAndBookmarks() throws Exception {
        TraceOpener.openFiles(List.of(testFile(SEED), testFile(HEALTHY)));
        waitForOpening();
        TraceEditor seed = traceEditor(SEED);
        TraceEditor healthy = traceEditor(HEALTHY);

        // a bookmark on rows selected in the editor: the STAT command
        page().activate(seed);
        seed.goToLine(57);
        List<TraceRow> stat = seed.selectedRows();
        assertEquals("STAT", stat.get(0).text());
        Bookmark onRows = withNote(AddNoteHandler.bookmarkOf(List.of(), seed), "STAT counts 1 message, UIDL lists none");
        notes.add(seed.document(), onRows);
        // a bookmark on the finding's evidence, as Add Note does with a finding selected in the Diagnosis view
        Finding finding = seed.document().diagnosis().getFindings().get(0);
        Bookmark onFinding = withNote(AddNoteHandler.bookmarkOf(List.of(finding), seed), "ask the provider about hidden control messages");
        notes.add(seed.document(), onFinding);
        Bookmark healthyStat = new Bookmark(17, 17, "STAT", "a healthy STAT for comparison");
        notes.add(healthy.document(), healthyStat);
        notes.setNotes("Ticket 4711: Outlook 2002, one provider only.\nNew profile did not help.");

        assertEquals(new Bookmark(57, 57, "STAT", onRows.note()), onRows);
        assertEquals(57, onFinding.firstLine());
        assertEquals(133, onFinding.lastLine(), "the finding's evidence ends with LIST's reply, lines 132-133");
        assertTrue(onFinding.excerpt().startsWith("0x800CCC97 "), onFinding.excerpt());

        CaseNotesView view = (CaseNotesView) page().showView(CaseNotesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        page().activate(seed);
        processEvents();
        assertEquals(List.of(onRows, onFinding), view.shownBookmarks());

        Path caseFile = folder.resolve("ticket-4711" + CaseFiles.EXTENSION);
        // what File > Save Case As saves (its job then says so in a dialog, which would wait for a click here)
        CaseFiles.SavedCase saved = CaseWorkbench.save(caseFile, notes.notes(), CaseWorkbench.tracesToSave(page()));
        assertEquals(2, saved.traces());
        assertEquals(3, saved.bookmarks());

        // a new desk: nothing open, no notes
        page().closeAllEditors(false);
        notes.setNotes("");
        processEvents();
        assertTrue(traceEditors().isEmpty());

        CaseWorkbench.open(caseFile);
        waitForOpening();
        waitUntil("both traces of the case are open", 60, () -> traceEditors().size() == 2);
        TraceEditor reopenedSeed = traceEditor(SEED);
        assertEquals("Ticket 4711: Outlook 2002, one provider only.\nNew profile did not help.", notes.notes());
        assertEquals(List.of(onRows, onFinding), notes.bookmarks(reopenedSeed.document()));
        assertEquals(List.of(healthyStat), notes.bookmarks(traceEditor(HEALTHY).document()));
        assertEquals("0x800CCC97", io.mailscope.model.catalog.ErrorCodes.hex(reopenedSeed.document().diagnosis().getFindings().get(0).getErrorCode()),
                "the reopened trace is diagnosed as before");
        assertFalse(reopenedSeed.document().file().equals(testFile(SEED)), "opened from the case file, not from the original");

        page().activate(reopenedSeed);
        processEvents();
        assertEquals(notes.notes(), view.notesText());
        assertEquals(List.of(onRows, onFinding), view.shownBookmarks());
        reopenedSeed.goToLine(onFinding.lastLine());
        assertTrue(reopenedSeed.selectedRows().get(0).covers(onFinding.lastLine()), "the bookmark finds its rows again");
    }

    @Test
    void tracesExtractedFromACaseGoWithTheirEditorsAndAFileTheUserPutThereStays() throws Exception {
        TraceOpener.openFiles(List.of(testFile(SEED), testFile(HEALTHY)));
        waitForOpening();
        Path caseFile = folder.resolve("ticket-4712" + CaseFiles.EXTENSION);
        CaseWorkbench.save(caseFile, "two traces", CaseWorkbench.tracesToSave(page()));
        page().closeAllEditors(false);
        processEvents();

        CaseWorkbench.open(caseFile);
        waitForOpening();
        waitUntil("both traces of the case are open", 60, () -> traceEditors().size() == 2);
        Path seedCopy = traceEditor(SEED).document().file();
        Path healthyCopy = traceEditor(HEALTHY).document().file();
        assertTrue(Files.isRegularFile(seedCopy) && Files.isRegularFile(healthyCopy), seedCopy + ", " + healthyCopy);
        assertFalse(seedCopy.startsWith(folder), "extracted into the workbench's state area: " + seedCopy);
        Path extraction = seedCopy.getParent().getParent();
        assertEquals(extraction, healthyCopy.getParent().getParent(), "one folder per opened case");
        // an engineer saved a report next to the extracted trace (the export dialog offers the trace's folder)
        Path usersFile = Files.writeString(seedCopy.getParent().resolve("seed.diagnosis.html"), "<html>the engineer's report</html>");
        assertEquals(caseFile.toAbsolutePath().normalize(), io.mailscope.ui.internal.traces.RecentTraces.list().get(0),
                "File > Recent Traces offers the case file, not the copies extracted from it");

        page().closeEditor(traceEditor(SEED), false);
        waitUntil("the seed's extracted copy is deleted with its editor", 30, () -> !Files.exists(seedCopy));
        assertTrue(Files.isRegularFile(healthyCopy), "the other trace of the case is still open, its copy stays");
        page().closeAllEditors(false);
        waitUntil("the last extracted copy is deleted with its editor", 30, () -> !Files.exists(healthyCopy));
        assertEquals("<html>the engineer's report</html>", Files.readString(usersFile), "a file the engineer put there is never deleted");
        assertTrue(io.mailscope.ui.internal.traces.RecentTraces.list().stream().noneMatch(p -> p.startsWith(extraction)),
                io.mailscope.ui.internal.traces.RecentTraces.list().toString());
    }

    @Test
    void aDamagedCaseFileChangesNothing() throws Exception {
        TraceOpener.openFiles(List.of(testFile(HEALTHY)));
        waitForOpening();
        notes.setNotes("kept");
        Path broken = Files.writeString(folder.resolve("broken" + CaseFiles.EXTENSION), "not a zip");
        Job job = CaseWorkbench.open(broken);
        waitUntil("the case job ends", 30, () -> job.getResult() != null);
        assertTrue(job.getResult().getMessage().contains(broken + ": not a Mailscope case file"), job.getResult().getMessage());
        processEvents();
        assertEquals(1, traceEditors().size(), "the trace that was open stays open, nothing else opened");
        assertEquals("kept", notes.notes());
        closeDialogs();
    }

    private static Bookmark withNote(Bookmark bookmark, String note) {
        assertNotNull(bookmark);
        return new Bookmark(bookmark.firstLine(), bookmark.lastLine(), bookmark.excerpt(), note);
    }

    private static void closeDialogs() {
        processEvents();
        for (var shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            if (shell != page().getWorkbenchWindow().getShell() && !shell.isDisposed()) {
                shell.close();
            }
        }
        processEvents();
    }
}
