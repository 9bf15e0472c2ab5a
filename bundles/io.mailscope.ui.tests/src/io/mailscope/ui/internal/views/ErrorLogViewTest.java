package io.mailscope.ui.internal.views;

import static io.mailscope.ui.tests.shared.Workbench.find;
import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;
import static io.mailscope.ui.tests.shared.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;

import io.mailscope.ui.internal.SupportPerspective;

/** The Error Log of the Support perspective: a problem's message and the plug-in that reported it can be read. */
class ErrorLogViewTest {

    @Test
    void theMessageAndThePlugInOfAProblemFitTheirColumns() throws Exception {
        resetPage();
        IViewPart before = page().findView(SupportPerspective.ERROR_LOG_VIEW_ID);
        if (before != null) {
            page().hideView(before); // a new instance: its columns as a new user sees them
        }
        IViewPart log = page().showView(SupportPerspective.ERROR_LOG_VIEW_ID);
        String message = "A rule plug-in failed on trace customer-ticket-4711.log: rule 'team.intermail' threw IllegalStateException";
        ILog.of(org.osgi.framework.FrameworkUtil.getBundle(SupportPerspectiveTest.class)).warn(message);
        // the Error Log's tree: the one with the columns Message, Plug-in, Date
        Tree tree = find(log.getSite().getShell(), Tree.class, t -> t.getColumnCount() >= 2 && t.getColumn(0).getText().equals("Message")
                && t.getColumn(1).getText().equals("Plug-in"));
        waitUntil("the Error Log shows the warning", 30, () -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText(0).equals(message)));
        processEvents();
        TreeItem item = Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals(message)).findFirst().orElseThrow();
        GC gc = new GC(tree);
        try {
            int messageWidth = tree.getColumn(0).getWidth();
            assertTrue(messageWidth >= 600, "the Message column is " + messageWidth + " px: too narrow to read a problem");
            int plugIn = gc.textExtent(item.getText(1)).x;
            assertTrue(tree.getColumn(1).getWidth() >= plugIn + 24, "the Plug-in column cuts '" + item.getText(1) + "' ("
                    + plugIn + " px) at " + tree.getColumn(1).getWidth() + " px");
            int longestBundleId = gc.textExtent("io.mailscope.examples.rules").x;
            assertTrue(tree.getColumn(1).getWidth() >= longestBundleId + 24, "a contributed rule plug-in's id fits");
        } finally {
            gc.dispose();
        }
    }
}
