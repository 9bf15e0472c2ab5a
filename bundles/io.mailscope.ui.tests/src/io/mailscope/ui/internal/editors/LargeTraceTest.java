package io.mailscope.ui.internal.editors;

import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.ui.tests.shared.UiThreadGaps;

/**
 * A large generated trace (POP3 sessions of a mail client polling every few minutes, one with a failure) opens in a
 * job: the UI thread keeps processing events while it loads and while the table scrolls to its end. The limits are
 * generous on purpose (a shared CI machine); the figures themselves belong in a benchmark.
 */
class LargeTraceTest {

    /**
     * About 100 MB (5.7 million rows), paged through the record index: as large as keeps this test near a
     * minute on a loaded 2-core machine (it waits for the whole import; the benchmark figures are in docs/benchmarks.md).
     */
    private static final int SESSIONS = 300_000;
    /** 20 lines a session, 3 fewer in the one whose LIST fails. */
    private static final int LINES = SESSIONS * 20 - 3;
    private static final long MAX_UI_GAP_MILLIS = 2_000;

    @Test
    void theUiThreadKeepsProcessingEventsWhileALargeTraceLoadsAndScrolls(@TempDir Path folder) throws Exception {
        resetPage();
        Path spool = Files.createDirectories(folder.resolve("spool"));
        String previousSpool = System.setProperty("mailscope.spool.dir", spool.toString());
        try {
            openScrollAndClose(folder, spool);
        } finally {
            if (previousSpool == null) {
                System.clearProperty("mailscope.spool.dir");
            } else {
                System.setProperty("mailscope.spool.dir", previousSpool);
            }
        }
    }

    private static void openScrollAndClose(Path folder, Path spool) throws Exception {
        Path trace = folder.resolve("large-pop3.log");
        generate(trace);
        long started = System.nanoTime();
        Display display = Display.getCurrent();
        UiThreadGaps gaps = UiThreadGaps.start();
        Job job = TraceOpener.openFiles(List.of(trace));
        long deadline = System.nanoTime() + 300_000_000_000L;
        while ((job.getState() != Job.NONE || traceEditors().isEmpty()) && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
        }
        assertEquals(1, traceEditors().size(), "the large trace opened");
        long whileLoading = gaps.worstMillis();
        System.out.printf("LargeTraceTest: %d MB opened in %d ms, worst gap while loading %d ms%n", Files.size(trace) >> 20, //$NON-NLS-1$
                (System.nanoTime() - started) / 1_000_000, whileLoading);
        assertTrue(whileLoading < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + whileLoading + " ms while the trace loaded");

        TraceEditor editor = traceEditors().get(0);
        assertTrue(editor.document().paged(), "a trace this large is paged from the record index");
        Table table = findTable(editor);
        int rows = editor.shownRows().size();
        assertEquals(LINES - SESSIONS, rows, "every protocol line is a row (the Connected lines are events)");
        gaps.reset();
        for (int top = 0; top < rows; top += Math.max(1, rows / 20)) {
            table.setTopIndex(top);
            while (display.readAndDispatch()) {
                // paint the rows now visible
            }
        }
        table.setTopIndex(rows - 1);
        while (display.readAndDispatch()) {
            // paint the last page
        }
        int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        assertTrue(table.getTopIndex() >= rows - 1 - visible, "scrolled to the end: top " + table.getTopIndex() + " of " + rows);
        System.out.printf("LargeTraceTest: %d rows, worst gap while scrolling %d ms%n", rows, gaps.worstMillis()); //$NON-NLS-1$
        assertTrue(gaps.worstMillis() < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + gaps.worstMillis() + " ms while the table scrolled");
        gaps.stop();

        // the last record is reachable: it is the last line of the file, painted with its text
        TraceRow lastRow = editor.shownRows().row(rows - 1);
        assertEquals(LINES, lastRow.lastLine());
        assertEquals("+OK Logging out.", lastRow.text());
        assertEquals("+OK Logging out.", table.getItem(rows - 1).getText(4).strip());
        editor.goToLine(LINES);
        assertEquals(rows - 1, table.getSelectionIndex(), "Go to Line of the last line selects the last row");

        // closing the editor closes the index and deletes its temporary files
        editor.getSite().getPage().closeEditor(editor, false);
        processEvents();
        try (java.util.stream.Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "temporary files left after the editor closed");
        }
    }

    private static Table findTable(TraceEditor editor) {
        return editor.table();
    }

    /** Healthy POP3 polls with one session whose LIST fails, in the generic C:/S: transcript format. */
    private static void generate(Path file) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int s = 0; s < SESSIONS; s++) {
                w.write("Connected to pop://mail.example.test:110/\n");
                w.write("S: +OK POP3 server ready <" + s + ".1700000000@mail.example.test>\n");
                w.write("C: USER user" + (s % 50) + "@example.test\nS: +OK\nC: PASS ********\nS: +OK Logged in.\n");
                w.write("C: STAT\nS: +OK 2 4096\nC: UIDL\nS: +OK\nS: 1 000000015f3a2b1c\nS: 2 000000015f3a2b1d\nS: .\n");
                w.write(s == SESSIONS / 2 ? "C: LIST\nS: -ERR [SYS/TEMP] Internal error, try again later\n" : "C: LIST\nS: +OK 2 messages\nS: 1 2048\nS: 2 2048\nS: .\n");
                w.write("C: QUIT\nS: +OK Logging out.\n");
            }
        }
    }
}
