package bare.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** A perspective with only the (empty) editor area. */
public final class EmptyPerspective implements IPerspectiveFactory {

    static final String ID = "bare.rcp.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
