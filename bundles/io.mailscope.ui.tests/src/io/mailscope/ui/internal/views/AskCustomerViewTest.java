package io.mailscope.ui.internal.views;

import static io.mailscope.ui.tests.shared.Workbench.diagnosisView;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.testFile;
import static io.mailscope.ui.tests.shared.Workbench.traceEditor;
import static io.mailscope.ui.tests.shared.Workbench.waitForOpening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.mailscope.model.requests.TraceRequestCatalog;
import io.mailscope.ui.internal.traces.TraceOpener;

/** Ask the Customer for a Trace, and the Diagnosis view pointing at it when a trace is too thin to decide. */
class AskCustomerViewTest {

    @Test
    void theOutlook2002TextShownIsTheOneTheCatalogHolds() throws Exception {
        resetPage();
        AskCustomerView view = (AskCustomerView) page().showView(AskCustomerView.ID);
        view.select("outlook-2002-2003");
        processEvents();
        TraceRequestCatalog catalog = PlatformUI.getWorkbench().getService(TraceRequestCatalog.class);
        assertNotNull(catalog);
        String expected = catalog.find("outlook-2002-2003").orElseThrow().text();
        assertEquals(expected, view.shownText().replace("\r\n", "\n"));
        assertTrue(view.shownText().contains("OPMLog.log"), view.shownText());

        view.copyToClipboard();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            assertEquals(view.shownText(), clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void aTraceWithoutConversationSaysWhatToAskForNext() {
        resetPage();
        TraceOpener.openFiles(List.of(testFile("dialog-0x800ccc0f.txt")));
        waitForOpening();
        page().activate(traceEditor("dialog-0x800ccc0f.txt"));
        processEvents();
        String ask = diagnosisView().askNextText();
        assertTrue(ask.contains("no conversation with the mail server") && ask.contains("Ask the Customer for a Trace"), ask);

        // the seed case is decided: nothing to ask
        TraceOpener.openFiles(List.of(testFile("outlook2002-pop3-0x800ccc97.log")));
        waitForOpening();
        page().activate(traceEditor("outlook2002-pop3-0x800ccc97.log"));
        processEvents();
        assertEquals("", diagnosisView().askNextText());
    }

}
