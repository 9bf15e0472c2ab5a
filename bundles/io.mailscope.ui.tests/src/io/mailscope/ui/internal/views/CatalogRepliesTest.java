package io.mailscope.ui.internal.views;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mailscope.model.ErrorCode;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;

/**
 * The catalog view's "Server replies" branch on the shipped reply knowledge. Expected titles are the registries'
 * (RFC 3463 / RFC 5248, RFC 2449); the Outlook codes are those the client reports for the stage (imnxport.h).
 */
class CatalogRepliesTest {

    private ErrorCodeCatalogView view;

    @BeforeEach
    void showCatalog() throws Exception {
        resetPage();
        view = (ErrorCodeCatalogView) page().showView(ErrorCodeCatalogView.ID);
        processEvents();
    }

    @AfterEach
    void clearFilter() {
        view.setFilter("");
    }

    @Test
    void theUnfilteredCatalogListsTheReplyKnowledgeBelowTheCodes() {
        view.setFilter("");
        List<ReplyKnowledge> replies = view.visibleReplies();
        assertTrue(replies.size() >= 200, "the shipped reply knowledge: " + replies.size());
        assertTrue(replies.stream().anyMatch(k -> k.getId().equals("smtp.X.7.1")), "registry entries are listed");
        assertTrue(replies.stream().anyMatch(k -> k.getId().equals("smtp.relay-denied")), "reply texts are listed");
        assertTrue(view.visibleCodes().stream().anyMatch(c -> c.getValue() == 0x800CCC0F), "the codes stay");
    }

    @Test
    void anEnhancedStatusCodeFindsItsRegistryEntry() {
        view.setFilter("5.7.1");
        processEvents();
        List<String> ids = view.visibleReplies().stream().map(ReplyKnowledge::getId).toList();
        assertTrue(ids.contains("smtp.X.7.1"), ids.toString());
        view.select(view.visibleReplies().stream().filter(k -> k.getId().equals("smtp.X.7.1")).findFirst().orElseThrow());
        processEvents();
        assertTrue(view.detailsText().startsWith("SMTP X.7.1\nDelivery not authorized, message refused\n"), view.detailsText());
        assertTrue(view.detailsText().contains("Source: RFC 3463"), view.detailsText());
    }

    @Test
    void aPastedReplySelectsTheEntryThatDecidesAndLinksToItsCause() {
        view.setFilter("550 5.7.1 Relaying denied");
        processEvents();
        List<String> ids = view.visibleReplies().stream().map(ReplyKnowledge::getId).toList();
        assertTrue(ids.containsAll(List.of("smtp.relay-denied", "smtp.550", "smtp.X.7.1")), ids.toString());
        ReplyKnowledge selected = assertInstanceOf(ReplyKnowledge.class, view.selection());
        assertEquals("smtp.relay-denied", selected.getId());
        String details = view.detailsText();
        // a refused RCPT TO is reported by Outlook as 0x800CCC79 IXP_E_SMTP_REJECTED_RECIPIENTS
        assertTrue(details.contains("Cause: 0x800CCC79 IXP_E_SMTP_REJECTED_RECIPIENTS [relay-denied]"), details);
        assertTrue(details.contains("Tell the user: Turn on \"My outgoing server (SMTP) requires authentication\""), details);
        assertTrue(details.contains("relaying denied"), "the phrases it is found by: " + details);

        view.copyAnswerForSelection();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            assertTrue(String.valueOf(clipboard.getContents(TextTransfer.getInstance())).startsWith("Turn on \"My outgoing server (SMTP)"));
        } finally {
            clipboard.dispose();
        }

        view.showCauseForSelection();
        processEvents();
        ErrorCode code = assertInstanceOf(ErrorCode.class, view.selection());
        assertEquals(0x800CCC79, code.getValue());
        assertTrue(view.detailsText().startsWith("0x800CCC79  IXP_E_SMTP_REJECTED_RECIPIENTS"), view.detailsText());
    }

    @Test
    void aPop3ResponseCodeShowsItsCause() {
        view.setFilter("IN-USE");
        processEvents();
        ReplyCode inUse = (ReplyCode) view.visibleReplies().stream().filter(k -> k.getId().equals("pop3.IN-USE")).findFirst().orElseThrow();
        view.select(inUse);
        processEvents();
        String details = view.detailsText();
        assertTrue(details.startsWith("POP3 IN-USE\n"), details);
        assertTrue(details.contains("Cause: 0x800CCC90 IXP_E_POP3_RESPONSE_ERROR [mailbox-in-use]"), details);
        assertTrue(details.contains("Source: RFC 2449"), details);
    }

    @Test
    void aFilterOfAnOutlookCodeStillSelectsTheCode() {
        view.setFilter("0x800CCC0F");
        processEvents();
        assertEquals(List.of(0x800CCC0F), view.visibleCodes().stream().map(ErrorCode::getValue).toList());
        assertInstanceOf(ErrorCode.class, view.selection());
    }
}
