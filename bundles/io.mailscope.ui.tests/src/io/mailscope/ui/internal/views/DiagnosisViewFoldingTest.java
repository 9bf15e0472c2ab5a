package io.mailscope.ui.internal.views;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Finding;
import io.mailscope.ui.internal.editors.TraceEditor;
import io.mailscope.ui.internal.traces.TraceOpener;

/**
 * A trace in which the same fault repeats (the seed session retried 30 times, as a customer's client does every few
 * minutes): the Diagnosis view folds the 30 identical findings into one row with its count, as {@code diagnose}
 * reports do, and the other occurrences stay reachable as the row's children and with Next/Previous Occurrence, each
 * revealing its own evidence in the trace editor.
 */
class DiagnosisViewFoldingTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final String RETRIED = "retried-30-times.log";
    private static final int SEED_LINES = 175;
    /** The ids of the view's Next / Previous Occurrence actions (also bound to Ctrl+. and Ctrl+,). */
    private static final String NEXT_OCCURRENCE = "io.mailscope.ui.views.diagnosis.nextOccurrence";
    private static final String PREVIOUS_OCCURRENCE = "io.mailscope.ui.views.diagnosis.previousOccurrence";

    @TempDir
    Path folder;
    private TraceEditor editor;

    @BeforeEach
    void openRetriedTrace() throws Exception {
        resetPage();
        List<String> seedLines = Files.readAllLines(testFile(SEED), StandardCharsets.ISO_8859_1);
        assertEquals(SEED_LINES, seedLines.size());
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            repeated.addAll(seedLines);
        }
        Path log = Files.write(folder.resolve(RETRIED), repeated, StandardCharsets.ISO_8859_1);
        TraceOpener.openFiles(List.of(log));
        waitForOpening();
        editor = traceEditor(RETRIED);
        page().activate(editor);
        // the view's widgets are looked at: bring it to the top of its stack (another test may have left the Error
        // Log or the Properties view there)
        page().showView(DiagnosisView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        processEvents();
    }

    @Test
    void thirtyIdenticalFindingsAreOneRowWithTheirCount() {
        DiagnosisView view = diagnosisView();
        assertEquals(30, view.findings().stream().filter(DiagnosisViewFoldingTest::is0x800CCC97).count(),
                "the engine finds the fault in each of the 30 sessions");

        Tree tree = findingsTree();
        List<TreeItem> rows = List.of(tree.getItems()).stream().filter(i -> i.getText(0).contains("0x800CCC97")).toList();
        assertEquals(1, rows.size(), "one row for the 30 identical findings: " + texts(tree));
        TreeItem row = rows.get(0);
        assertEquals("30", row.getText(column(tree, "Occurs")), "the row's occurrence count");
        assertTrue(row.getText(column(tree, "Evidence")).startsWith("L57 "), row.getText(column(tree, "Evidence")));
    }

    @Test
    void selectingTheRowRevealsTheFirstOccurrenceAndNextOccurrenceTheOthers() {
        DiagnosisView view = diagnosisView();
        Finding first = view.findings().stream().filter(DiagnosisViewFoldingTest::is0x800CCC97).findFirst().orElseThrow();
        view.select(first);
        processEvents();
        assertTrue(editor.selectedRows().stream().anyMatch(r -> r.covers(57)), "the first occurrence's STAT: " + editor.selectedRows());
        String details = detailsText();
        assertTrue(details.contains("Occurs 30 times in this trace; the others at lines 232-"), details);

        ActionContributionItem next = toolbarAction(view, NEXT_OCCURRENCE);
        next.getAction().run();
        processEvents();
        int secondStat = 57 + SEED_LINES;
        assertTrue(editor.selectedRows().stream().anyMatch(r -> r.covers(secondStat)),
                "Next Occurrence reveals the second session's STAT (line " + secondStat + "): " + editor.selectedRows());
        Tree tree = findingsTree();
        TreeItem selected = tree.getSelection()[0];
        assertNotNull(selected.getParentItem(), "the occurrence is a child of the folded row");
        assertEquals(30, selected.getParentItem().getItemCount(), "every occurrence is listed under the row");
        assertTrue(selected.getText(0).contains("2 of 30"), selected.getText(0));

        // Previous Occurrence from the first wraps to the last
        toolbarAction(view, PREVIOUS_OCCURRENCE).getAction().run();
        toolbarAction(view, PREVIOUS_OCCURRENCE).getAction().run();
        processEvents();
        int lastStat = 57 + 29 * SEED_LINES;
        assertTrue(editor.selectedRows().stream().anyMatch(r -> r.covers(lastStat)),
                "from the first, Previous Occurrence goes to the last (line " + lastStat + "): " + editor.selectedRows());

        // a repeat selected by another part (the account test, a bookmark) shows as its child row
        Finding fifth = view.findings().stream().filter(DiagnosisViewFoldingTest::is0x800CCC97).skip(4).findFirst().orElseThrow();
        view.select(fifth);
        processEvents();
        assertTrue(tree.getSelection()[0].getText(0).contains("5 of 30"), tree.getSelection()[0].getText(0));
        assertTrue(editor.selectedRows().stream().anyMatch(r -> r.covers(57 + 4 * SEED_LINES)), editor.selectedRows().toString());
    }

    private static boolean is0x800CCC97(Finding f) {
        return f.getErrorCode() != null && f.getErrorCode().getValue() == 0x800CCC97;
    }

    private static ActionContributionItem toolbarAction(DiagnosisView view, String id) {
        IContributionItem item = view.getViewSite().getActionBars().getToolBarManager().find(id);
        assertNotNull(item, "the Diagnosis view's toolbar offers " + id);
        return (ActionContributionItem) item;
    }

    /**
     * @return the Diagnosis view's findings tree, taken from the view itself (searching the window for a visible tree
     *         with a Confidence column failed now and then while another part's layout was still pending)
     */
    private static Tree findingsTree() {
        processEvents();
        Tree tree = assertInstanceOf(Tree.class, diagnosisView().findingsControl(), "the Diagnosis view shows its findings in a tree");
        assertTrue(List.of(tree.getColumns()).stream().anyMatch(c -> c.getText().equals("Confidence")), "the findings tree has a Confidence column");
        return tree;
    }

    private static String detailsText() {
        List<StyledText> found = new ArrayList<>();
        collect(page().getWorkbenchWindow().getShell(), StyledText.class, found);
        return found.stream().filter(StyledText::isVisible).map(StyledText::getText).filter(t -> t.contains("Evidence")).findFirst()
                .orElseThrow(() -> new AssertionError("no details pane with the evidence"));
    }

    private static int column(Tree tree, String title) {
        TreeColumn[] columns = tree.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title + " in " + List.of(columns).stream().map(TreeColumn::getText).toList());
    }

    private static List<String> texts(Tree tree) {
        return List.of(tree.getItems()).stream().map(i -> i.getText(0)).toList();
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
