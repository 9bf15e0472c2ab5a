package io.mailscope.ui.install.internal.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

/** Help &gt; Install Rule Plug-ins...: the wizard on this Mailscope's own profile, then the offer to restart. */
public final class InstallRulePluginsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        InstallRulePluginsWizard wizard = new InstallRulePluginsWizard(RulePluginInstaller::forRunningProduct);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        if (dialog.open() == Window.OK && !wizard.installed().isEmpty()) {
            String names = String.join(", ", wizard.installed().stream().map(AvailableFeature::name).toList()); //$NON-NLS-1$
            if (MessageDialog.openQuestion(shell, Messages.Restart_Title, NLS.bind(Messages.Restart_Question, names))) {
                PlatformUI.getWorkbench().restart();
            }
        }
        return null;
    }
}
