package io.mailscope.ui.internal.properties;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mailscope.model.ErrorCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.ui.internal.views.ErrorCodeCatalogView;

/** The Properties view shows what the Error Code Catalog selects: a "Server replies" entry or an Outlook code. */
class CatalogPropertiesTest {

    private ErrorCodeCatalogView catalog;
    private PropertySheet properties;

    @BeforeEach
    void showCatalogAndProperties() throws Exception {
        resetPage();
        properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        catalog = (ErrorCodeCatalogView) page().showView(ErrorCodeCatalogView.ID);
        // the Properties view follows the part activated after it (as a click into the catalog does)
        page().activate(properties);
        page().activate(catalog);
        processEvents();
    }

    @AfterEach
    void clearFilter() {
        catalog.setFilter("");
    }

    @Test
    void aServerReplyEntryShowsItsReplyCauseConfidenceWhyAndFix() {
        catalog.setFilter("550 5.7.1 Relaying denied"); // selects the entry that decides a pasted reply
        processEvents();
        ReplyText entry = assertInstanceOf(ReplyText.class, catalog.selection());
        Map<String, String> shown = shownProperties("Entry id", "smtp.relay-denied");

        assertEquals("smtp.relay-denied", shown.get("Entry id"), shown.toString());
        assertTrue(shown.get("Reply text (phrases)").contains("relaying denied"), shown.toString());
        assertEquals(String.join(" | ", entry.getPhrases()), shown.get("Reply text (phrases)"));
        // what an entry does not have is left out, not shown as an empty row
        assertEquals(entry.getPattern() == null || entry.getPattern().isBlank() ? null : entry.getPattern(), shown.get("Text pattern"));
        assertTrue(shown.values().stream().noneMatch(String::isEmpty), shown.toString());
        assertEquals("0x800CCC79.relay-denied", shown.get("Cause id"));
        // a refused RCPT TO is what Outlook reports as 0x800CCC79
        assertEquals("0x800CCC79 IXP_E_SMTP_REJECTED_RECIPIENTS", shown.get("Outlook code"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", entry.getConfidence()), shown.get("Confidence"));
        assertEquals(entry.getWhy(), shown.get("Why"));
        assertTrue(shown.get("Fix (tell the customer)").startsWith("Turn on \"My outgoing server (SMTP) requires authentication\""),
                shown.toString());
    }

    @Test
    void aReplyCodeEntryShowsItsCodeAndRegistryTitle() {
        catalog.setFilter("5.7.1");
        processEvents(); // what the filter selected by itself reaches the Properties view before the click below
        ReplyKnowledge x71 = catalog.visibleReplies().stream().filter(k -> k.getId().equals("smtp.X.7.1")).findFirst().orElseThrow();
        clickInCatalog(x71);
        Map<String, String> shown = shownProperties("Reply code", "SMTP X.7.1");
        assertEquals("enhanced status code (RFC 3463)", shown.get("Kind"));
        assertEquals("Delivery not authorized, message refused", shown.get("Registry title"));
        assertTrue(shown.get("Knowledge source").contains("RFC 3463"), shown.toString());
    }

    @Test
    void anOutlookCodeShowsItsSymbolFamilyAndCauses() {
        catalog.setFilter("0x800CCC0F");
        processEvents();
        ErrorCode code = assertInstanceOf(ErrorCode.class, catalog.selection());
        Map<String, String> shown = shownProperties("Code", "0x800CCC0F");
        assertEquals("IXP_E_CONNECTION_DROPPED", shown.get("Symbol"));
        assertEquals(String.valueOf(code.getValue()), shown.get("Decimal"));
        assertTrue(shown.get("Causes").contains("0x800CCC0F.connection-dropped-after-greeting"), shown.toString());
    }

    /** Selects {@code element} as a click does: a click activates the catalog, and the Properties view follows the active part. */
    private void clickInCatalog(Object element) {
        if (page().getActivePart() != catalog) {
            page().activate(catalog);
        }
        catalog.select(element);
        processEvents();
    }

    /**
     * Waits until the Properties view shows the catalog's new selection ({@code key} = {@code value}): it follows the
     * selection through the page's post-selection notification, which may come after the catalog selected the entry,
     * while it still shows what was selected before (an entry of an earlier test).
     *
     * @return the rows the Properties view shows for the catalog's selection, name to value (categories left out)
     */
    private Map<String, String> shownProperties(String key, String value) {
        try {
            waitUntil("the Properties view shows " + key + " " + value, 10, () -> value.equals(rows().get(key)));
        } catch (AssertionError e) {
            // say what was shown instead: a timing failure here must be explainable from the test report alone
            var active = page().getActivePart();
            throw new AssertionError(e.getMessage() + "; it shows " + rows() + " while the catalog selects " + catalog.selection()
                    + " and the active part is " + (active == null ? null : active.getSite().getId()), e);
        }
        return rows();
    }

    private Map<String, String> rows() {
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        Map<String, String> rows = new LinkedHashMap<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, rows);
        }
        return rows;
    }

    private static void collect(TreeItem item, Map<String, String> rows) {
        if (item.getItemCount() == 0) {
            rows.put(item.getText(0), item.getText(1));
        }
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }
}
