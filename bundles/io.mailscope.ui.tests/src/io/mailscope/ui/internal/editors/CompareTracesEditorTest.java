package io.mailscope.ui.internal.editors;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.compare.AlignedExchange;
import io.mailscope.diagnosis.compare.Difference;
import io.mailscope.ui.internal.traces.TraceOpener;

/** Seed 0x800CCC97 next to a healthy POP3 session: "other users on the same server have no problem". */
class CompareTracesEditorTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final String HEALTHY = "pop3-healthy-fetchmail.txt";

    @Test
    void theCompareCommandShowsTheSeedNextToAHealthyTraceWithStatAndUidlMarked() throws Exception {
        resetPage();
        TraceOpener.openFiles(List.of(testFile(HEALTHY), testFile(SEED)));
        waitForOpening();
        page().activate(traceEditor(SEED));
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("io.mailscope.ui.commands.compareTraces", null); //$NON-NLS-1$
        processEvents();
        CompareTracesEditor editor = (CompareTracesEditor) page().getActiveEditor();
        assertEquals(SEED, editor.compareInput().left().name(), "the active trace is on the left");
        assertEquals(HEALTHY, editor.compareInput().right().name());
        List<AlignedExchange> rows = editor.compareInput().comparison().rows();
        for (String verb : List.of("STAT", "UIDL")) {
            int position = positionOf(rows, verb);
            AlignedExchange row = rows.get(position);
            assertTrue(row.differences().contains(Difference.EVIDENCE), verb + ": " + row);
            String shown = editor.rowText(position);
            assertTrue(shown.contains("evidence") && shown.contains("0x800CCC97"), shown);
            assertTrue(editor.isMarked(position), verb + " is marked");
        }
        int user = positionOf(rows, "USER");
        assertTrue(rows.get(user).differences().isEmpty());
        editor.rowText(user);
        assertTrue(!editor.isMarked(user), "USER matches and is not marked");
        assertTrue(editor.rowText(positionOf(rows, "UIDL")).contains("reply length"));
    }

    private static int positionOf(List<AlignedExchange> rows, String verb) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).left() != null && rows.get(i).right() != null && verb.equals(rows.get(i).verb())) {
                return i;
            }
        }
        throw new AssertionError("no aligned " + verb);
    }
}
