package io.mailscope.ui.internal.editors;

import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.traceEditors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.ui.tests.shared.UiThreadGaps;

/**
 * Benchmark, not part of the default suite (its name does not end in Test): opens the trace named by the system
 * property {@code mailscope.bench.trace} in the workbench's trace editor and prints the time until the first rows are
 * painted (the import still running), the time until the trace is read and diagnosed, the UI thread's longest gap
 * (a 10 ms timerExec heartbeat) while it loads and while the table scrolls, and the time to show 50 random pages, the
 * last one (Ctrl+End) and pages by Page Down. Run by {@code releng/benchmarks/editor-benchmark.sh}.
 */
class TraceEditorBenchmark {

    @Test
    void openAndScroll() throws Exception {
        String file = System.getProperty("mailscope.bench.trace");
        assertNotNull(file, "set -Dmailscope.bench.trace=FILE (releng/benchmarks/editor-benchmark.sh does)");
        Path trace = Path.of(file);
        resetPage();
        Display display = Display.getCurrent();
        UiThreadGaps gaps = UiThreadGaps.start();
        long started = System.nanoTime();
        Job job = TraceOpener.openFiles(List.of(trace));
        long firstRows = -1;
        boolean loadedAtFirstRows = false;
        long openingGap = 0;
        long openingCpu = 0;
        TraceEditor editor = null;
        int scrolls = 0;
        while (job.getState() != Job.NONE || editor == null) {
            if (editor == null && !traceEditors().isEmpty()) {
                editor = traceEditors().get(0);
            }
            if (editor != null && firstRows < 0 && editor.rowCount() > 0 && editor.paintedText(0, 4) != null
                    && !editor.paintedText(0, 4).isEmpty()) {
                firstRows = (System.nanoTime() - started) / 1_000_000;
                loadedAtFirstRows = editor.document().loaded();
                openingGap = gaps.worstMillis();
                openingCpu = gaps.worstCpuMillis();
                gaps.reset();
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
                if (editor != null && scrolls++ % 100 == 0) {
                    editor.scrollToRow(editor.rowCount() - 1); // follow the rows read, as an engineer would
                }
            }
        }
        while (display.readAndDispatch()) {
            // the last growth
        }
        long loaded = (System.nanoTime() - started) / 1_000_000;
        long loadingGap = gaps.worstMillis();
        System.out.printf("BENCH %s: %d MB, %,d rows, paged=%s, %s%n", trace.getFileName(), Files.size(trace) >> 20, //$NON-NLS-1$
                Integer.valueOf(editor.rowCount()), Boolean.valueOf(editor.document().paged()), editor.document().state());
        System.out.printf("BENCH first rows visible: %d ms (import still running: %s); read and diagnosed: %d ms; UI max gap until the first rows (editor opening) %d ms (UI thread CPU in it %d ms), after them while loading: %d ms (at %d ms; UI thread CPU in it %d ms)%n", //$NON-NLS-1$
                firstRows, Boolean.valueOf(!loadedAtFirstRows), loaded, openingGap, openingCpu, loadingGap, (gaps.worstAtNanos() - started) / 1_000_000,
                gaps.worstCpuMillis());

        gaps.reset();
        int rows = editor.rowCount();
        Random random = new Random(15);
        double[] pageMillis = new double[50];
        double[] pageCpuMillis = new double[50];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < pageMillis.length; i++) {
            int top = random.nextInt(rows);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            editor.scrollToRow(top);
            while (display.readAndDispatch()) {
                // paint the page
            }
            editor.paintedText(editor.topRow(), 4);
            pageMillis[i] = (System.nanoTime() - t0) / 1e6;
            pageCpuMillis[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Event end = new Event();
        end.keyCode = SWT.END;
        end.stateMask = SWT.CTRL;
        long t0 = System.nanoTime();
        editor.table().notifyListeners(SWT.KeyDown, end);
        while (display.readAndDispatch()) {
            // paint the last page
        }
        double lastPage = (System.nanoTime() - t0) / 1e6;
        assertEquals(rows - 1, editor.selectedPositions()[0]);
        editor.scrollToRow(rows / 3);
        Event pageDown = new Event();
        pageDown.keyCode = SWT.PAGE_DOWN;
        double[] pageDownMillis = new double[50];
        editor.table().notifyListeners(SWT.KeyDown, pageDown); // caret into view
        for (int i = 0; i < pageDownMillis.length; i++) {
            long p0 = System.nanoTime();
            editor.table().notifyListeners(SWT.KeyDown, pageDown);
            while (display.readAndDispatch()) {
                // paint the next page
            }
            pageDownMillis[i] = (System.nanoTime() - p0) / 1e6;
        }
        gaps.stop();
        double[] sorted = pageMillis.clone();
        Arrays.sort(sorted);
        double[] downs = pageDownMillis.clone();
        Arrays.sort(downs);
        double[] cpu = pageCpuMillis.clone();
        Arrays.sort(cpu);
        System.out.printf("BENCH pages (50 random): UI thread CPU per page median %.1f ms, max %.1f ms%n", cpu[cpu.length / 2], cpu[cpu.length - 1]); //$NON-NLS-1$
        System.out.printf("BENCH pages (50 random): median %.1f ms, p95 %.1f ms, max %.1f ms; last page (Ctrl+End) %.1f ms; Page Down x50: median %.1f ms, max %.1f ms; UI max gap while scrolling: %d ms (UI thread CPU in it %d ms)%n", //$NON-NLS-1$
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1], lastPage,
                downs[downs.length / 2], downs[downs.length - 1], gaps.worstMillis(), gaps.worstCpuMillis());
        editor.getSite().getPage().closeEditor(editor, false);
    }
}
