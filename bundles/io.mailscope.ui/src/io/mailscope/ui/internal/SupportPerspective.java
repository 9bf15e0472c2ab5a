package io.mailscope.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.mailscope.ui.internal.views.ErrorCodeCatalogView;

/** The Support perspective: the catalog now; trace, diagnosis and console views join it as they arrive. */
public final class SupportPerspective implements IPerspectiveFactory {

    public static final String ID = "io.mailscope.ui.perspective.support"; //$NON-NLS-1$
    /** The Error Log view of org.eclipse.ui.views.log. */
    static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(ErrorCodeCatalogView.ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.getViewLayout(ErrorCodeCatalogView.ID).setCloseable(true);
        // problems of contributed plug-ins (catalog files, rules, formats) are reported there with their bundle id
        layout.addPlaceholder(ERROR_LOG_VIEW_ID, IPageLayout.BOTTOM, 0.75f, ErrorCodeCatalogView.ID);
        layout.addShowViewShortcut(ErrorCodeCatalogView.ID);
        layout.addShowViewShortcut(ERROR_LOG_VIEW_ID);
    }
}
