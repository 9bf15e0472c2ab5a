package io.mailscope.ui.install.internal.wizard;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.PlannedChange;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

/**
 * Help &gt; Install Rule Plug-ins: load a p2 repository, choose features, Next resolves them with p2 (progress,
 * Cancel; missing requirements and conflicts are shown on the first page), Finish installs them into this Mailscope's
 * profile. The handler then offers a restart. All p2 work is done by {@link RulePluginInstaller}, the same code the
 * headless installer application runs.
 */
public final class InstallRulePluginsWizard extends Wizard implements IPageChangingListener {

    private final RulePluginInstaller installer;
    private final InstallProblem notProvisioned;
    private RepositoryPage repositoryPage;
    private ReviewPage reviewPage;
    private List<AvailableFeature> installed = List.of();

    public InstallRulePluginsWizard(InstallerSource source) {
        RulePluginInstaller found = null;
        InstallProblem problem = null;
        try {
            found = source.installer();
        } catch (InstallProblem e) {
            problem = e;
        }
        installer = found;
        notProvisioned = problem;
        setWindowTitle(Messages.Wizard_Title);
        setNeedsProgressMonitor(true);
        setDialogSettings(settings());
    }

    private static IDialogSettings settings() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return new DialogSettings("install"); //$NON-NLS-1$
        }
        return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(InstallRulePluginsWizard.class)).getDialogSettings();
    }

    @Override
    public void addPages() {
        repositoryPage = new RepositoryPage(this);
        reviewPage = new ReviewPage();
        addPage(repositoryPage);
        addPage(reviewPage);
    }

    @Override
    public void setContainer(IWizardContainer container) {
        super.setContainer(container);
        if (container instanceof WizardDialog dialog) {
            dialog.addPageChangingListener(this);
        }
    }

    /** Next from the repository page resolves the chosen features; the page change is refused when p2 cannot. */
    @Override
    public void handlePageChanging(PageChangingEvent event) {
        if (event.getCurrentPage() == repositoryPage && event.getTargetPage() == reviewPage) {
            event.doit = resolve();
        } else if (event.getTargetPage() == repositoryPage) {
            reviewPage.clear();
        }
    }

    /** Resolves the features checked on the first page; true when p2 found a consistent set. */
    public boolean resolve() {
        List<AvailableFeature> chosen = repositoryPage.chosen();
        URI repository = repositoryPage.contents().location();
        PlannedChange[] change = new PlannedChange[1];
        repositoryPage.setErrorMessage(null);
        try {
            P2Work.run(getContainer(), monitor -> change[0] = installer.resolveInstall(repository, chosen,
                    SubMonitor.convert(monitor, NLS.bind(Messages.Wizard_Resolving, String.join(", ", chosen.stream().map(AvailableFeature::id).toList())), 1) //$NON-NLS-1$
                            .split(1)));
        } catch (InstallProblem e) {
            repositoryPage.showProblem(Messages.Wizard_Failed, e);
            return false;
        } catch (InterruptedException e) {
            repositoryPage.setMessage(Messages.Wizard_ResolveCancelled, IMessageProvider.WARNING);
            return false;
        }
        reviewPage.show(change[0], installer.profileId());
        return true;
    }

    @Override
    public boolean canFinish() {
        return reviewPage.change() != null;
    }

    @Override
    public boolean performFinish() {
        PlannedChange change = reviewPage.change();
        try {
            P2Work.run(getContainer(), monitor -> installer.apply(change,
                    SubMonitor.convert(monitor, NLS.bind(Messages.Wizard_Installing, String.join(", ", change.features())), 1).split(1))); //$NON-NLS-1$
        } catch (InstallProblem e) {
            reviewPage.showProblem(e.getMessage());
            return false;
        } catch (InterruptedException e) {
            reviewPage.setMessage(Messages.Wizard_InstallCancelled, IMessageProvider.WARNING);
            return false;
        }
        installed = repositoryPage.chosen();
        return true;
    }

    /** Opens the list of installed plug-ins (with Remove). */
    void showInstalled(Shell shell) {
        if (installer != null) {
            new InstalledPluginsDialog(shell, installer).open();
        }
    }

    RulePluginInstaller installer() {
        return installer;
    }

    /** Why nothing can be installed (the product is not p2-managed), or null. */
    InstallProblem notProvisioned() {
        return notProvisioned;
    }

    public RepositoryPage repositoryPage() {
        return repositoryPage;
    }

    public ReviewPage reviewPage() {
        return reviewPage;
    }

    /** What the last successful Finish installed. */
    public List<AvailableFeature> installed() {
        return installed;
    }
}
