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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import io.mailscope.ui.internal.traces.TraceOpener;
import io.mailscope.ui.tests.shared.UiThreadGaps;

/**
 * Benchmark, not part of the default suite (its name does not end in Test): opens the trace named by the system
 * property {@code mailscope.bench.trace} in the workbench's trace editor and prints the time until the first rows are
 * painted, the UI thread's longest gap while it loads and while the table scrolls, and the time to show 50 random pages
 * and the last one. Run by {@code releng/benchmarks/editor-benchmark.sh}.
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
        while (job.getState() != Job.NONE || traceEditors().isEmpty()) {
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
        TraceEditor editor = traceEditors().get(0);
        Table table = editor.table();
        while (display.readAndDispatch()) {
            // paint the first rows
        }
        String firstText = table.getItem(0).getText(4);
        long firstRows = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BENCH %s: %d MB, %d rows, paged=%s%n", trace.getFileName(), Files.size(trace) >> 20, //$NON-NLS-1$
                Integer.valueOf(table.getItemCount()), Boolean.valueOf(editor.document().paged()));
        System.out.printf("BENCH first rows visible: %d ms (first row '%s'); UI max gap while loading: %d ms%n", firstRows, firstText, //$NON-NLS-1$
                gaps.worstMillis());

        gaps.reset();
        int rows = table.getItemCount();
        Random random = new Random(15);
        double[] pageMillis = new double[51];
        for (int i = 0; i < pageMillis.length; i++) {
            int top = i == pageMillis.length - 1 ? rows - 1 : random.nextInt(rows);
            long t0 = System.nanoTime();
            table.setTopIndex(top);
            while (display.readAndDispatch()) {
                // paint the page
            }
            table.getItem(top).getText(4);
            pageMillis[i] = (System.nanoTime() - t0) / 1e6;
        }
        gaps.stop();
        double[] sorted = pageMillis.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH pages (50 random + last): median %.1f ms, p95 %.1f ms, max %.1f ms, last page %.1f ms; UI max gap while scrolling: %d ms%n", //$NON-NLS-1$
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1], pageMillis[pageMillis.length - 1],
                gaps.worstMillis());
        assertEquals(rows, editor.shownRows().size());
        editor.getSite().getPage().closeEditor(editor, false);
    }
}
