package io.mailscope.ui.internal.editors;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.rows.RowQuery;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.traces.TraceDocument;
import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.ui.tests.shared.UiThreadGaps;

/**
 * A large generated trace (POP3 sessions of a mail client polling every few minutes, one with a failure) opens in the
 * trace editor while it is still being read: its first rows are painted before the import ends, and the UI thread
 * keeps processing events (a 10 ms timerExec heartbeat) while it loads and while the table scrolls to its end by the
 * scroll slider, the keyboard and Go to Line. The limits are generous on purpose (a shared CI machine); the figures
 * themselves are in docs/benchmarks.md (releng/benchmarks/editor-benchmark.sh).
 */
class LargeTraceTest {

    /**
     * About 500 MB: 326,000 POP3 sessions of an Outlook 2000-2002 troubleshooting log (26 lines, 19 of them protocol
     * records, 1.6 KB a session; 6.2 million rows), paged through the record index; generated into a temporary folder
     * and deleted after the test. A smaller size can be given with {@code -Dmailscope.test.largeTraceSessions=N} for a
     * quick run on a loaded machine.
     */
    private static final int SESSIONS = Integer.getInteger("mailscope.test.largeTraceSessions", 326_000).intValue();
    /** Rows: 19 protocol records a session, 3 fewer in the one whose LIST fails. */
    private static final int ROWS = SESSIONS * 19 - 3;
    /** The source line of the last record ("+OK Bye"): a header line, 26 lines a session, 3 fewer in the failing one. */
    private static final int LAST_RECORD_LINE = 1 + SESSIONS * 26 - 3 - 2;
    private static final long MAX_UI_GAP_MILLIS = 2_000;

    @TempDir
    static Path folder;
    private static Path trace;
    private static Path spool;
    private static String previousSpool;

    @BeforeAll
    static void generateTheTrace() throws Exception {
        trace = folder.resolve("large-pop3.log");
        generate(trace);
        spool = Files.createDirectories(folder.resolve("spool"));
        previousSpool = System.setProperty("mailscope.spool.dir", spool.toString());
    }

    @AfterAll
    static void restoreTheSpoolFolder() {
        if (previousSpool == null) {
            System.clearProperty("mailscope.spool.dir");
        } else {
            System.setProperty("mailscope.spool.dir", previousSpool);
        }
    }

    /**
     * Cancel in the Progress view (the editor's Stop does the same) while the trace is read: the import stops, the
     * rows read stay in the editor, pageable to the last one, and neither the editor nor the Diagnosis view claims a
     * diagnosis.
     */
    @Test
    void cancellingTheImportKeepsTheRowsReadAndGivesNoDiagnosis() throws Exception {
        resetPage();
        Job job = TraceOpener.openFiles(List.of(trace));
        waitUntil("the editor, open while the trace is read", 300, () -> !traceEditors().isEmpty());
        TraceEditor editor = traceEditors().get(0);
        assertEquals(TraceDocument.State.LOADING, editor.document().state());
        job.cancel();
        waitUntil("the import stopped", 120, () -> editor.document().state() != TraceDocument.State.LOADING);
        waitUntil("the opening job ended", 120, () -> job.getState() == Job.NONE);
        processEvents();
        assertEquals(TraceDocument.State.STOPPED, editor.document().state(), String.valueOf(editor.document().problem()));
        int rows = editor.rowCount();
        assertTrue(rows > 0 && rows < ROWS, rows + " rows read before the stop");
        assertEquals(rows, editor.shownRows().size());
        assertEquals("+OK POP3 server ready <0.1331720132@pop.example.test>", editor.paintedText(0, 4).strip());
        editor.scrollToRow(rows - 1);
        processEvents();
        assertEquals(editor.shownRows().row(rows - 1).text(), editor.paintedText(rows - 1, 4).strip(), "the last row read is painted");
        assertNull(editor.document().diagnosis());
        assertTrue(editor.loadingText().startsWith("Stopped. The " + rows + " rows read"), editor.loadingText());
        assertTrue(editor.loadingText().contains("there is no diagnosis"), editor.loadingText());
        assertEquals(List.of(), diagnosisView().findings());
        assertTrue(diagnosisView().headerText().contains("no diagnosis"), diagnosisView().headerText());

        editor.getSite().getPage().closeEditor(editor, false);
        processEvents();
        try (java.util.stream.Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "temporary files left after the editor closed");
        }
    }

    @Test
    void theUiThreadKeepsProcessingEventsWhileALargeTraceLoadsAndScrolls() throws Exception {
        resetPage();
        long started = System.nanoTime();
        Display display = Display.getCurrent();
        UiThreadGaps gaps = UiThreadGaps.start();
        Job job = TraceOpener.openFiles(List.of(trace));
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (traceEditors().isEmpty() && job.getState() != Job.NONE && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
        }
        assertEquals(1, traceEditors().size(), "the editor opened while the trace was read");
        TraceEditor editor = traceEditors().get(0);
        processEvents();
        String firstRow = editor.paintedText(0, 4);
        boolean stillReading = !editor.document().loaded();
        long firstRowsMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(stillReading, "the first rows were shown before the import ended");
        assertEquals("+OK POP3 server ready <0.1331720132@pop.example.test>", firstRow == null ? null : firstRow.strip());
        assertNull(editor.document().diagnosis(), "no diagnosis (and no 'no failure found') before the trace is read");
        long whileOpening = gaps.worstMillis();

        // while it loads the engineer scrolls along the rows read so far
        int scrolledWhileLoading = 0;
        while (job.getState() != Job.NONE && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
                if (scrolledWhileLoading++ % 50 == 0) {
                    editor.scrollToRow(editor.rowCount() - 1);
                }
            }
        }
        processEvents();
        long whileLoading = gaps.worstMillis();
        System.out.printf("LargeTraceTest: %d MB, first rows after %d ms, read in %d ms, worst gap while the editor opened %d ms, while loading %d ms (at %d ms, UI thread CPU in it %d ms)%n", //$NON-NLS-1$
                Files.size(trace) >> 20, firstRowsMillis, (System.nanoTime() - started) / 1_000_000, whileOpening, whileLoading,
                (gaps.worstAtNanos() - started) / 1_000_000, gaps.worstCpuMillis());
        assertEquals(Job.NONE, job.getState(), "the import ended");
        assertTrue(editor.document().loaded(), "read to the end: " + editor.document().state() + " " + editor.document().problem());

        assertTrue(editor.document().paged(), "a trace this large is paged from the record index");
        int rows = editor.shownRows().size();
        assertEquals(ROWS, rows, "every protocol line is a row (the Begin/Connected/End lines are events)");
        assertEquals(rows, editor.rowCount(), "the table scrolls over every row");
        assertTrue(editor.table().getItemCount() <= editor.visibleRowCount(), "the table holds only the rows in view: "
                + editor.table().getItemCount());
        gaps.reset();
        for (int top = 0; top < rows; top += Math.max(1, rows / 20)) {
            editor.scrollToRow(top);
            processEvents();
            assertEquals(Math.min(top, rows - editor.visibleRowCount()), editor.topRow());
        }
        // Ctrl+End as the keyboard gives it
        Event end = new Event();
        end.keyCode = SWT.END;
        end.stateMask = SWT.CTRL;
        editor.table().notifyListeners(SWT.KeyDown, end);
        processEvents();
        assertEquals(rows - editor.visibleRowCount(), editor.topRow(), "scrolled to the end");
        assertArrayEquals(new int[] { rows - 1 }, editor.selectedPositions(), "Ctrl+End selects the last row");
        assertEquals("+OK Bye", editor.paintedText(rows - 1, 4).strip());
        // Page Up goes to the top of the view first, then a page up with the view; the wheel scrolls 3 rows a notch
        int visible = editor.visibleRowCount();
        Event pageUp = new Event();
        pageUp.keyCode = SWT.PAGE_UP;
        editor.table().notifyListeners(SWT.KeyDown, pageUp);
        assertArrayEquals(new int[] { rows - visible }, editor.selectedPositions(), "Page Up selects the top row in view");
        assertEquals(rows - visible, editor.topRow(), "the view stays");
        editor.table().notifyListeners(SWT.KeyDown, pageUp);
        int pageTop = rows - visible - (visible - 1);
        assertArrayEquals(new int[] { pageTop }, editor.selectedPositions(), "Page Up again selects the row a page up");
        assertEquals(pageTop, editor.topRow(), "and the view moves with it");
        Event wheel = new Event();
        wheel.count = 3;
        editor.table().notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(pageTop - 3, editor.topRow(), "the wheel scrolls up three rows");
        assertArrayEquals(new int[] { pageTop }, editor.selectedPositions(), "scrolling keeps the selection");
        assertEquals(editor.shownRows().row(pageTop).text(), editor.paintedText(pageTop, 4).strip());
        System.out.printf("LargeTraceTest: %d rows, worst gap while scrolling %d ms (UI thread CPU in it %d ms)%n", rows, gaps.worstMillis(), //$NON-NLS-1$
                gaps.worstCpuMillis());
        long whileScrolling = gaps.worstMillis();
        gaps.stop();

        // the last record is reachable: it is the last line of the file, painted with its text
        TraceRow lastRow = editor.shownRows().row(rows - 1);
        assertEquals(LAST_RECORD_LINE, lastRow.lastLine());
        assertEquals("+OK Bye", lastRow.text());
        editor.goToLine(2);
        assertArrayEquals(new int[] { 0 }, editor.selectedPositions(), "Go to Line 2 selects the first row");
        assertEquals(0, editor.topRow());
        editor.goToLine(LAST_RECORD_LINE);
        assertArrayEquals(new int[] { rows - 1 }, editor.selectedPositions(), "Go to Line of the last line selects the last row");
        assertEquals("+OK Bye", editor.paintedText(rows - 1, 4).strip());

        // a text filter re-reads the whole source in a job: its rows appear while it runs, the UI thread goes on, and a
        // new filter (here: none) cancels it
        UiThreadGaps filterGaps = UiThreadGaps.start();
        io.mailscope.trace.rows.TraceRows all = editor.shownRows();
        editor.applyQuery(RowQuery.ALL.withText("+ok bye"));
        assertTrue(editor.filtering(), "the filter runs in the background");
        waitUntil("the first 1,000 rows the filter found, shown while it still runs", 120,
                () -> editor.shownRows() != all && editor.rowCount() >= 1_000);
        assertTrue(editor.filtering(), "rows are shown before the filter ends");
        assertEquals("+OK Bye", editor.paintedText(0, 4).strip());
        editor.applyQuery(RowQuery.ALL);
        assertFalse(editor.filtering(), "showing every row cancels the filter");
        assertEquals(rows, editor.rowCount());
        // a filter on the index alone (the session of the failure) over the whole trace
        editor.applyQuery(RowQuery.ALL.withSession(SESSIONS / 2 + 1));
        waitUntil("the session filter", 120, () -> !editor.filtering());
        processEvents();
        assertEquals(16, editor.rowCount(), "the failing session's rows");
        assertEquals("-ERR [SYS/TEMP] Internal error, try again later", editor.paintedText(13, 4).strip());
        filterGaps.stop();
        System.out.printf("LargeTraceTest: worst gap while filtering %d ms%n", filterGaps.worstMillis()); //$NON-NLS-1$

        // closing the editor closes the index and deletes its temporary files
        editor.getSite().getPage().closeEditor(editor, false);
        processEvents();
        try (java.util.stream.Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "temporary files left after the editor closed");
        }

        // the limits last, so that a run on a loaded machine still checks everything else
        assertTrue(whileLoading < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + whileLoading + " ms while the trace loaded");
        assertTrue(whileScrolling < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + whileScrolling + " ms while the table scrolled");
        assertTrue(filterGaps.worstMillis() < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + filterGaps.worstMillis() + " ms while filtering");
    }

    /**
     * Healthy POP3 polls of an Outlook 2000-2002 troubleshooting log (the format of the seed cases, a second apart),
     * with one session whose LIST fails in the middle.
     */
    private static void generate(Path file) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW)) {
            w.write("2012.03.14 10:15:32 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
            StringBuilder b = new StringBuilder(2048);
            for (int s = 0; s < SESSIONS; s++) {
                int second = s + 1;
                String p = String.format("2012.03.%02d %02d:%02d:%02d POP3 (pop.example.test): ", 14 + second / 86400 % 15, second / 3600 % 24,
                        second / 60 % 60, second % 60);
                b.setLength(0);
                for (String line : new String[] { "Begin execution", "Port: 110, Secure: NO, SPA: NO", "Finding host", "Connecting to host",
                        "Connected to host", "[rx] +OK POP3 server ready <" + s + ".1331720132@pop.example.test>", "[tx] USER alice", "[rx] +OK",
                        "[tx] PASS *****", "[rx] +OK Logged in.", "[tx] STAT", "[rx] +OK 2 3412", "[tx] UIDL", "[rx] +OK",
                        "[rx] 1 " + Integer.toHexString(s * 31 + 1), "[rx] 2 " + Integer.toHexString(s * 31 + 2), "[rx] .", "[tx] LIST" }) {
                    b.append(p).append(line).append('\n');
                }
                String[] list = s == SESSIONS / 2 ? new String[] { "[rx] -ERR [SYS/TEMP] Internal error, try again later" }
                        : new String[] { "[rx] +OK 2 messages (3412 octets)", "[rx] 1 1706", "[rx] 2 1706", "[rx] ." };
                for (String line : list) {
                    b.append(p).append(line).append('\n');
                }
                for (String line : new String[] { "[tx] QUIT", "[rx] +OK Bye", "Disconnected from host", "End execution" }) {
                    b.append(p).append(line).append('\n');
                }
                w.append(b);
            }
        }
    }
}
