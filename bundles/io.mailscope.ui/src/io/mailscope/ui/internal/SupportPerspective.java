package io.mailscope.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.mailscope.ui.internal.samples.SamplesView;
import io.mailscope.ui.internal.views.AskCustomerView;
import io.mailscope.ui.internal.views.DiagnosisView;
import io.mailscope.ui.internal.views.ErrorCodeCatalogView;

/**
 * The Support perspective: trace editors in the middle, the Diagnosis of the active trace below them (with the
 * Properties, Error Log and Progress views in the same folder), the Error Code Catalog on the right.
 */
public final class SupportPerspective implements IPerspectiveFactory {

    public static final String ID = "io.mailscope.ui.perspective.support"; //$NON-NLS-1$
    /** The Error Log view of org.eclipse.ui.views.log. */
    public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$
    static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(ErrorCodeCatalogView.ID, IPageLayout.RIGHT, 0.76f, editors);
        IFolderLayout bottom = layout.createFolder("io.mailscope.ui.folders.bottom", IPageLayout.BOTTOM, 0.64f, editors); //$NON-NLS-1$
        bottom.addView(DiagnosisView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        // problems of contributed plug-ins (catalog files, rules, formats) are reported there with their bundle id
        bottom.addView(ERROR_LOG_VIEW_ID);
        bottom.addPlaceholder(PROGRESS_VIEW_ID);
        bottom.addPlaceholder(AskCustomerView.ID);
        // the Samples page opens here on first start and from Help > Samples, beside the trace it opens
        layout.addPlaceholder(SamplesView.ID, IPageLayout.LEFT, 0.42f, editors);
        layout.getViewLayout(ErrorCodeCatalogView.ID).setCloseable(true);
        layout.addShowViewShortcut(DiagnosisView.ID);
        layout.addShowViewShortcut(ErrorCodeCatalogView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ERROR_LOG_VIEW_ID);
        layout.addShowViewShortcut(PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(SamplesView.ID);
        layout.addShowViewShortcut(AskCustomerView.ID);
    }
}
