package io.mailscope.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mailscope.model.ErrorCode;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.MailscopeWindowAdvisor;
import io.mailscope.ui.internal.SupportPerspective;
import io.mailscope.ui.tests.shared.Workbench;

/** Runs inside the real Mailscope workbench (UI harness with our application). */
class SupportPerspectiveTest {

    private IWorkbenchPage page;

    @BeforeEach
    void openSupportPerspective() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SupportPerspective.ID));
        processEvents();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the workbench settle
        }
    }

    @Test
    void windowIsTitledMailscopeAndShowsTheSupportPerspective() {
        assertEquals(SupportPerspective.ID, page.getPerspective().getId());
        assertEquals(MailscopeWindowAdvisor.TITLE, page.getWorkbenchWindow().getShell().getText());
        assertNotNull(page.findView(ErrorCodeCatalogView.ID), "the catalog view is part of the perspective");
    }

    @Test
    void catalogViewListsTheSeedCodes() {
        ErrorCodeCatalogView view = (ErrorCodeCatalogView) page.findView(ErrorCodeCatalogView.ID);
        view.setFilter("");
        List<Integer> values = view.visibleCodes().stream().map(ErrorCode::getValue).toList();
        for (int seed : new int[] { 0x800CCC0B, 0x800CCC0F, 0x800CCC97 }) {
            assertTrue(values.contains(seed), Integer.toHexString(seed));
        }
    }

    @Test
    void catalogViewFillsItselfOnceItIsShown() throws Exception {
        // a new instance of the view, which starts loading when it is painted: nothing here asks it for codes (setFilter
        // and visibleCodes would start the load themselves)
        page.hideView(page.findView(ErrorCodeCatalogView.ID));
        ErrorCodeCatalogView view = (ErrorCodeCatalogView) page.showView(ErrorCodeCatalogView.ID);
        Workbench.waitUntil("the catalog view to fill its tree", 60, () -> !view.detailsText().equals(Messages.ErrorCodeCatalogView_Loading));
        assertTrue(view.detailsText().matches("(?s)\\d+ codes in the catalog\\..*"), view.detailsText());
    }

    @Test
    void filteringByAnyFormOfACodeShowsItsCausesInTheDetails() {
        ErrorCodeCatalogView view = (ErrorCodeCatalogView) page.findView(ErrorCodeCatalogView.ID);
        view.setFilter("-2146644977");
        processEvents();
        assertEquals(List.of(0x800CCC0F), view.visibleCodes().stream().map(ErrorCode::getValue).toList());
        assertTrue(view.detailsText().startsWith("0x800CCC0F  IXP_E_CONNECTION_DROPPED"), view.detailsText());
        assertTrue(view.detailsText().contains("Cause [connection-dropped-after-greeting]"), view.detailsText());
        assertTrue(view.detailsText().contains("\n  Check: "), "checks are indented under their cause: " + view.detailsText());
        view.setFilter("");
    }

    @Test
    void copyAnswerPutsTheEndUserRemediesOnTheClipboard() {
        ErrorCodeCatalogView view = (ErrorCodeCatalogView) page.findView(ErrorCodeCatalogView.ID);
        view.setFilter("IXP_E_POP3_POPID_OUT_OF_RANGE");
        processEvents();
        view.copyAnswerForSelection();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            String text = (String) clipboard.getContents(TextTransfer.getInstance());
            assertNotNull(text);
            assertTrue(text.startsWith("Error 0x800CCC97: "), text);
            assertTrue(text.contains("What you can do:"), text);
            assertTrue(text.contains("Contact the provider"), text);
        } finally {
            clipboard.dispose();
        }
        view.setFilter("");
    }
}
