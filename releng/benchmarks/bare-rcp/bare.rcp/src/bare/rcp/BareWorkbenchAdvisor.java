package bare.rcp;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens one window of the size Mailscope opens on the benchmark's 1280x860 screen (1200x800), with nothing in it. */
final class BareWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The window title the benchmark waits for. */
    static final String TITLE = "Bare RCP"; //$NON-NLS-1$

    @Override
    public String getInitialWindowPerspectiveId() {
        return EmptyPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1200, 800));
                window.setShowCoolBar(false);
                window.setShowPerspectiveBar(false);
                window.setTitle(TITLE);
            }
        };
    }
}
