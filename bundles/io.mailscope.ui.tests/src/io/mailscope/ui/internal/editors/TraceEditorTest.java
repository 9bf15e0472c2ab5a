package io.mailscope.ui.internal.editors;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Direction;
import io.mailscope.model.Finding;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.trace.rows.RowQuery;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.handlers.OpenTraceHandler;

/** The seed 0x800CCC97 trace opened through the Open Trace command, read in the trace editor and the Diagnosis view. */
class TraceEditorTest {

    static final String SEED = "outlook2002-pop3-0x800ccc97.log";

    private TraceEditor seed;

    /** Runs File > Open Trace (the command and its handler, as Ctrl+O does) with the file the dialog would return. */
    static void openThroughCommand(String file) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(OpenTraceHandler.COMMAND_ID),
                Map.of(OpenTraceHandler.PATH_PARAMETER, testFile(file).toString()));
        handlers.executeCommand(command, null);
        waitForOpening();
    }

    @BeforeEach
    void openSeed() throws Exception {
        resetPage();
        openThroughCommand(SEED);
        seed = traceEditor(SEED);
    }

    private static Finding finding0x800CCC97() {
        return diagnosisView().findings().stream().filter(f -> f.getErrorCode() != null && f.getErrorCode().getValue() == 0x800CCC97)
                .findFirst().orElseThrow(() -> new AssertionError("no 0x800CCC97 finding: " + diagnosisView().findings()));
    }

    @Test
    void theOpenTraceCommandOpensTheSeedWithItsDiagnosis() {
        assertEquals(seed, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
        Finding finding = finding0x800CCC97();
        assertEquals("IXP_E_POP3_POPID_OUT_OF_RANGE", finding.getErrorCode().getSymbol());
        assertEquals("0x800CCC97.server-bug.hidden-control-message", finding.getCause().getId());
        assertTrue(seed.shownRows().size() > 20, "the conversation is shown: " + seed.shownRows().size());
    }

    @Test
    void selectingTheFindingSelectsItsStatUidlAndListRows() {
        diagnosisView().select(finding0x800CCC97());
        processEvents();
        List<String> commands = seed.selectedRows().stream().filter(r -> r.direction() == Direction.CLIENT).map(TraceRow::text).toList();
        assertEquals(List.of("STAT", "UIDL", "LIST"), commands);
        List<String> selected = seed.selectedRows().stream().map(TraceRow::text).toList();
        assertTrue(selected.contains("+OK 1 554"), selected.toString());
        assertTrue(selected.contains("+OK 0 messages (554 octets) [1 control message(s) hidden]"), selected.toString());
        // the workbench selection (Properties view, handlers) is the same rows
        IStructuredSelection selection = (IStructuredSelection) seed.getSite().getSelectionProvider().getSelection();
        assertEquals(seed.selectedRows(), selection.toList());
    }

    @Test
    void evidenceHiddenByAFilterIsRevealedWhenTheFindingIsSelected() {
        seed.applyQuery(RowQuery.ALL.withDirection(Direction.SERVER));
        waitForFilter();
        assertTrue(seed.shownRows().page(0, seed.shownRows().size()).stream().noneMatch(r -> r.text().equals("STAT")));
        diagnosisView().select(finding0x800CCC97());
        processEvents();
        assertTrue(seed.selectedRows().stream().anyMatch(r -> r.text().equals("STAT")), seed.selectedRows().toString());
    }

    @Test
    void goToLineSelectsTheRowReadFromThatLineAndTheSourcePaneShowsIt() {
        seed.goToLine(91);
        assertEquals("UIDL", seed.selectedRows().get(0).text());
        seed.setSourceVisible(true);
        processEvents();
        String source = seed.sourceText();
        assertTrue(source.contains("    91  2003.07.11 15:11:12 \"POP3: [tx] UIDL\")"), source);
        assertTrue(source.contains("    86  "), "five lines of context: " + source);
        seed.setSourceVisible(false);
        assertEquals("", seed.sourceText());
    }

    @Test
    void theFilterBoxShowsOnlyMatchingRowsAndCopyCopiesThem() {
        seed.applyQuery(RowQuery.ALL.withText("uidl"));
        waitForFilter();
        assertEquals(List.of("UIDL"), seed.shownRows().page(0, 10).stream().map(TraceRow::text).toList());
        seed.goToLine(91);
        org.eclipse.ui.IActionBars bars = seed.getEditorSite().getActionBars();
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.COPY.getId()).run();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            String text = (String) clipboard.getContents(TextTransfer.getInstance());
            assertTrue(text.startsWith("91\t"), text);
            assertTrue(text.contains("\t1 POP3\tC\t"), text);
            assertTrue(text.contains("UIDL"), text);
        } finally {
            clipboard.dispose();
        }
        seed.applyQuery(RowQuery.ALL);
    }

    @Test
    void copyAnswerForTheCustomerCopiesTheDiagnosedCause() {
        Finding finding = finding0x800CCC97();
        String answer = io.mailscope.ui.internal.views.DiagnosisView.answer(finding);
        assertTrue(answer.startsWith("Error " + ErrorCodes.hex(finding.getErrorCode())), answer);
        assertTrue(answer.contains("What you can do:"), answer);
    }

    /** A filter runs as a job: the table shows its rows when it is done. */
    private void waitForFilter() {
        waitUntil("the filter job", 60, () -> !seed.filtering());
        processEvents();
    }
}
