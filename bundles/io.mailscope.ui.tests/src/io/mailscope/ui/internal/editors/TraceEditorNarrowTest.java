package io.mailscope.ui.internal.editors;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.samples.SamplesView;

/**
 * A trace editor squeezed beside the Samples page and the catalog in a small window: the filter box keeps a usable
 * width, the other filters and the row count wrap below it instead of being cut off, and the box still filters.
 */
class TraceEditorNarrowTest {

    /** A filter box narrower than this shows too little of a pasted reply to be of use (about 25 characters). */
    private static final int USABLE_BOX = 200;

    private Shell shell;
    private Point sizeBefore;

    @BeforeEach
    void narrowWindow() throws Exception {
        resetPage();
        shell = page().getWorkbenchWindow().getShell();
        sizeBefore = shell.getSize();
    }

    @AfterEach
    void restoreWindow() {
        shell.setSize(sizeBefore);
        if (page().findView(SamplesView.ID) != null) {
            page().hideView(page().findView(SamplesView.ID));
        }
        processEvents();
    }

    @Test
    void theFilterBoxStaysUsableWhenTheEditorIsNarrow() throws Exception {
        TraceEditorTest.openThroughCommand(TraceEditorTest.SEED);
        TraceEditor seed = traceEditor(TraceEditorTest.SEED);
        page().showView(SamplesView.ID); // the editors share the width with the Samples page, as on a first start
        page().activate(seed);
        shell.setSize(760, 700);
        processEvents();

        Composite bar = seed.filterBar();
        int editorWidth = bar.getParent().getSize().x;
        assertTrue(editorWidth < USABLE_BOX + bar.getChildren()[1].computeSize(-1, -1).x,
                "the editor is too narrow for all filters on one line: " + editorWidth);
        int box = seed.filterBox().getSize().x;
        assertTrue(box >= Math.min(USABLE_BOX, editorWidth - 8), "the filter box is " + box + " px wide in " + editorWidth);
        Rectangle visible = bar.getDisplay().map(bar.getParent(), null, bar.getParent().getClientArea());
        for (Control control : controls(bar)) {
            Rectangle at = control.getDisplay().map(control.getParent(), null, control.getBounds());
            assertTrue(at.x >= visible.x && at.x + at.width <= visible.x + visible.width,
                    control + " at " + at + " is cut off by the editor " + visible);
        }
        Rectangle table = seed.table().getDisplay().map(seed.table().getParent(), null, seed.table().getBounds());
        Rectangle barAt = bar.getDisplay().map(bar.getParent(), null, bar.getBounds());
        assertTrue(table.y >= barAt.y + barAt.height, "the rows start below the wrapped filters");

        seed.filterBox().setText("uidl"); // as typed
        waitUntil("the filter job", 60, () -> !seed.filtering());
        processEvents();
        assertEquals(List.of("UIDL"), seed.shownRows().page(0, 10).stream().map(TraceRow::text).toList());
        seed.filterBox().setText("");
        waitUntil("all rows again", 60, () -> !seed.filtering());
    }

    /** @return the bar's controls: the filter box, the controls beside it, each of those */
    private static List<Control> controls(Composite bar) {
        List<Control> all = new ArrayList<>();
        for (Control child : bar.getChildren()) {
            all.add(child);
            if (child instanceof Composite composite && !(child instanceof org.eclipse.swt.widgets.Spinner)
                    && !(child instanceof org.eclipse.swt.widgets.Combo)) {
                all.addAll(List.of(composite.getChildren()));
            }
        }
        return all;
    }
}
