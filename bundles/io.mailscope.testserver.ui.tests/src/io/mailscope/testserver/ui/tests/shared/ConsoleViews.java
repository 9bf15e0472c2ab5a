package io.mailscope.testserver.ui.tests.shared;

import java.util.Arrays;

import org.eclipse.ui.IWorkbenchPage;

/** The Session Consoles open (io.mailscope.session.ui, used here only through its view id). */
public final class ConsoleViews {

    /** The Session Console view (it allows several, with secondary ids). */
    public static final String CONSOLE_VIEW = "io.mailscope.session.ui.console"; //$NON-NLS-1$

    private ConsoleViews() {
    }

    /** @return how many Session Consoles are open on the page */
    public static int open(IWorkbenchPage page) {
        return (int) Arrays.stream(page.getViewReferences()).filter(r -> r.getId().equals(CONSOLE_VIEW)).count();
    }
}
