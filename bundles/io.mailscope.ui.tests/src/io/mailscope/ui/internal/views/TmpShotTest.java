package io.mailscope.ui.internal.views;

import static io.mailscope.ui.tests.shared.Workbench.page;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static io.mailscope.ui.tests.shared.Workbench.resetPage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

class TmpShotTest {
    @Test
    void shot() throws Exception {
        resetPage();
        ErrorCodeCatalogView view = (ErrorCodeCatalogView) page().showView(ErrorCodeCatalogView.ID);
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        view.setFilter("550 5.7.1 Relaying denied");
        for (int i = 0; i < 30; i++) { processEvents(); Thread.sleep(100); }
        Display d = Display.getCurrent();
        GC gc = new GC(d);
        Image image = new Image(d, shell.getBounds().width, shell.getBounds().height);
        gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save("/tmp/catalog-replies-shot.png", SWT.IMAGE_PNG);
        image.dispose();
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }
}
