package io.mailscope.ui.install.internal.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.InstalledFeature;
import io.mailscope.ui.install.provisioning.PlannedChange;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

import io.mailscope.ui.internal.viewers.ColumnLabels;
import io.mailscope.ui.internal.viewers.ViewerColumns;

/** The plug-ins installed on top of Mailscope, with Remove (a p2 uninstall, then the offer to restart). */
final class InstalledPluginsDialog extends TitleAreaDialog {

    private final RulePluginInstaller installer;
    private TableViewer table;
    private Button remove;

    InstalledPluginsDialog(Shell parent, RulePluginInstaller installer) {
        super(parent);
        this.installer = installer;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Installed_Title);
        setTitle(Messages.Installed_Title);
        setMessage(Messages.Installed_Message);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 180).indent(8, 8).applyTo(table.getControl());
        column(Messages.RepositoryPage_Name, 230, InstalledFeature::name);
        column(Messages.RepositoryPage_Version, 150, InstalledFeature::version);
        column(Messages.RepositoryPage_Provider, 110, InstalledFeature::provider);
        column(Messages.RepositoryPage_Id, 240, InstalledFeature::id);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(e -> remove.setEnabled(!e.getSelection().isEmpty()));
        refresh();
        return area;
    }

    private void column(String title, int width, Function<InstalledFeature, String> text) {
        ViewerColumns.add(table, title, width, ColumnLabels.of(InstalledFeature.class, text));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        remove = createButton(parent, IDialogConstants.CLIENT_ID, Messages.Installed_Remove, false);
        remove.setEnabled(false);
        remove.addListener(SWT.Selection, e -> removeSelected());
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private void refresh() {
        try {
            List<InstalledFeature> features = installer.installed();
            table.setInput(features);
            if (features.isEmpty()) {
                setMessage(Messages.Installed_None, IMessageProvider.INFORMATION);
            }
        } catch (InstallProblem e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void removeSelected() {
        List<InstalledFeature> chosen = Arrays.stream(((IStructuredSelection) table.getSelection()).toArray()).map(InstalledFeature.class::cast).toList();
        String names = String.join(", ", chosen.stream().map(InstalledFeature::name).toList()); //$NON-NLS-1$
        try {
            P2Work.run(new ProgressMonitorDialog(getShell()), monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Installed_Removing, names), 2);
                PlannedChange change = installer.resolveUninstall(chosen, progress.split(1));
                installer.apply(change, progress.split(1));
            });
        } catch (InstallProblem e) {
            MessageDialog.openError(getShell(), Messages.Installed_Failed, e.getMessage());
            return;
        } catch (InterruptedException e) {
            setMessage(Messages.Wizard_InstallCancelled, IMessageProvider.WARNING);
            return;
        }
        refresh();
        if (MessageDialog.openQuestion(getShell(), Messages.Restart_Title, NLS.bind(Messages.Installed_Removed, names))) {
            close();
            PlatformUI.getWorkbench().restart();
        }
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
