package io.mailscope.ui.install.internal.wizard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.mailscope.ui.install.provisioning.PlannedChange;

/** Second page: what p2 resolved (features, and its own account of the plan) before anything is changed. */
public final class ReviewPage extends WizardPage {

    private Label heading;
    private Text plan;
    private PlannedChange change;

    ReviewPage() {
        super("review"); //$NON-NLS-1$
        setTitle(Messages.ReviewPage_Title);
        setDescription(Messages.ReviewPage_Description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        heading = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(heading);
        new Label(page, SWT.NONE).setText(Messages.ReviewPage_Details);
        plan = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 220).applyTo(plan);
        setControl(page);
    }

    void show(PlannedChange resolved, String profileId) {
        change = resolved;
        heading.setText(NLS.bind(Messages.ReviewPage_Features,
                new Object[] { String.join(", ", resolved.features()), resolved.repository(), profileId })); //$NON-NLS-1$
        plan.setText(resolved.details());
        setPageComplete(true);
    }

    /** A failed install: its first line as the page error, all of it (p2's account runs over lines) in the plan area. */
    void showProblem(String message) {
        setErrorMessage(message.lines().findFirst().orElse(message));
        plan.setText(message);
    }

    void clear() {
        change = null;
        setPageComplete(false);
    }

    /** The resolved change Finish carries out, or null. */
    public PlannedChange change() {
        return change;
    }

    /** The text shown for p2's plan (tests). */
    public String planText() {
        return plan.getText();
    }
}
