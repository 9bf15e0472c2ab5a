package io.mailscope.ui.internal.editors;

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

import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * A large generated trace (POP3 sessions of a mail client polling every few minutes, one with a failure) opens in a
 * job: the UI thread keeps processing events while it loads and while the table scrolls to its end. The limits are
 * generous on purpose (a shared CI machine); the figures themselves belong in a benchmark.
 */
class LargeTraceTest {

    /** About 40 MB; what the model-backed editor handles today (beyond that it needs the record index). */
    private static final int SESSIONS = 60_000;
    private static final long MAX_UI_GAP_MILLIS = 2_000;

    @Test
    void theUiThreadKeepsProcessingEventsWhileALargeTraceLoadsAndScrolls(@TempDir Path folder) throws Exception {
        resetPage();
        Path trace = folder.resolve("large-pop3.log");
        generate(trace);
        Display display = Display.getCurrent();
        long[] last = { System.nanoTime() };
        long[] worst = { 0 };
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            long now = System.nanoTime();
            worst[0] = Math.max(worst[0], (now - last[0]) / 1_000_000);
            last[0] = now;
            display.timerExec(10, tick[0]);
        };
        display.timerExec(10, tick[0]);
        Job job = TraceOpener.openFiles(List.of(trace));
        long deadline = System.nanoTime() + 300_000_000_000L;
        while ((job.getState() != Job.NONE || traceEditors().isEmpty()) && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
        }
        assertEquals(1, traceEditors().size(), "the large trace opened");
        long whileLoading = worst[0];
        System.out.printf("LargeTraceTest: worst gap while loading %d ms%n", whileLoading); //$NON-NLS-1$
        assertTrue(whileLoading < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + whileLoading + " ms while the trace loaded");

        TraceEditor editor = traceEditors().get(0);
        Table table = findTable(editor);
        int rows = editor.shownRows().size();
        assertTrue(rows > 1000, "rows shown: " + rows);
        worst[0] = 0;
        last[0] = System.nanoTime();
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
        System.out.printf("LargeTraceTest: %d rows, worst gap while scrolling %d ms%n", rows, worst[0]); //$NON-NLS-1$
        assertTrue(worst[0] < MAX_UI_GAP_MILLIS, "the UI thread was blocked for " + worst[0] + " ms while the table scrolled");
        display.timerExec(-1, tick[0]);
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
