package io.mailscope.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.mailscope.ui.internal.views.ErrorCodeCatalogView;

/** The Support perspective: the catalog now; trace, diagnosis and console views join it as they arrive. */
public final class SupportPerspective implements IPerspectiveFactory {

    public static final String ID = "io.mailscope.ui.perspective.support"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(ErrorCodeCatalogView.ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.getViewLayout(ErrorCodeCatalogView.ID).setCloseable(true);
    }
}
