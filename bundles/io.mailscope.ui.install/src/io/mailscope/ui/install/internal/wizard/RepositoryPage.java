package io.mailscope.ui.install.internal.wizard;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.mailscope.ui.install.provisioning.AvailableFeature;
import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.RepositoryContents;
import io.mailscope.ui.install.provisioning.RepositoryLocation;

import io.mailscope.ui.internal.viewers.ColumnLabels;
import io.mailscope.ui.internal.viewers.ViewerColumns;

/**
 * First page: the repository location (typed, from the history, or browsed to as a folder or .zip archive), and the
 * features found there with name, version, provider and whether this Mailscope already has them. Loading runs in the
 * wizard's progress area and can be cancelled; a problem is shown in full under the list, with the location.
 */
public final class RepositoryPage extends WizardPage {

    private static final String HISTORY = "repositoryHistory"; //$NON-NLS-1$
    private static final int HISTORY_SIZE = 10;

    private final InstallRulePluginsWizard wizard;
    private Combo location;
    private Label summary;
    private CheckboxTableViewer features;
    private Text details;
    private RepositoryContents contents;

    RepositoryPage(InstallRulePluginsWizard wizard) {
        super("repository"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.RepositoryPage_Title);
        setDescription(Messages.RepositoryPage_Description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(page);

        new Label(page, SWT.NONE).setText(Messages.RepositoryPage_Location);
        location = new Combo(page, SWT.BORDER | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(location);
        location.setItems(history());
        location.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) { // Enter loads the location instead of pressing the dialog's default button
                e.doit = false;
                load();
            }
        });
        location.addListener(SWT.Selection, e -> load());
        button(page, Messages.RepositoryPage_Load, this::load);
        button(page, Messages.RepositoryPage_Folder, this::browseFolder);
        button(page, Messages.RepositoryPage_Archive, this::browseArchive);

        summary = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(summary);

        features = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        features.getTable().setHeaderVisible(true);
        features.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(640, 180).applyTo(features.getControl());
        column(Messages.RepositoryPage_Name, 280, AvailableFeature::name);
        column(Messages.RepositoryPage_Version, 140, f -> f.version().toString());
        column(Messages.RepositoryPage_Provider, 140, AvailableFeature::provider);
        column(Messages.RepositoryPage_Status, 100, RepositoryPage::status);
        column(Messages.RepositoryPage_Id, 290, AvailableFeature::id);
        features.setContentProvider(ArrayContentProvider.getInstance());
        features.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return ((AvailableFeature) element).installed();
            }

            @Override
            public boolean isGrayed(Object element) {
                return ((AvailableFeature) element).installed();
            }
        });
        features.addCheckStateListener(event -> {
            if (!((AvailableFeature) event.getElement()).installable()) {
                features.refresh(event.getElement()); // what is installed stays checked and grey
            }
            updateComplete();
        });
        features.addSelectionChangedListener(event -> showDescription());

        details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(640, 90).applyTo(details);

        Button installed = new Button(page, SWT.PUSH);
        installed.setText(Messages.RepositoryPage_Installed);
        installed.addListener(SWT.Selection, e -> wizard.showInstalled(getShell()));
        GridDataFactory.swtDefaults().span(5, 1).applyTo(installed);

        setControl(page);
        if (wizard.notProvisioned() != null) {
            showProblem(Messages.RepositoryPage_NotProvisioned, wizard.notProvisioned());
            page.setEnabled(false);
        }
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void column(String title, int width, Function<AvailableFeature, String> text) {
        ViewerColumns.add(features, title, width, ColumnLabels.of(AvailableFeature.class, text)
                .foreground(f -> f.installable() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY)));
    }

    private static String status(AvailableFeature feature) {
        if (feature.installed()) {
            return Messages.RepositoryPage_StatusInstalled;
        }
        return feature.update() ? NLS.bind(Messages.RepositoryPage_StatusUpdate, feature.installedVersion()) : ""; //$NON-NLS-1$
    }

    private void browseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.RepositoryPage_ChooseFolder);
        String folder = dialog.open();
        if (folder != null) {
            setLocation(folder);
        }
    }

    private void browseArchive() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.zip;*.jar", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String file = dialog.open();
        if (file != null) {
            setLocation(file);
        }
    }

    /** Sets the location as if typed and loads it (Browse does the same; tests call this). */
    public void setLocation(String text) {
        location.setText(text);
        load();
    }

    /** Loads the location in the wizard's progress area; cancellable. */
    public void load() {
        if (wizard.notProvisioned() != null) {
            return;
        }
        contents = null;
        features.setInput(List.of());
        details.setText(""); //$NON-NLS-1$
        setErrorMessage(null);
        setMessage(null);
        updateComplete();
        RepositoryContents[] loaded = new RepositoryContents[1];
        try {
            URI uri = RepositoryLocation.parse(location.getText());
            summary.setText(NLS.bind(Messages.RepositoryPage_Loading, uri));
            P2Work.run(getContainer(), monitor -> loaded[0] = wizard.installer().load(uri, monitor));
        } catch (InstallProblem e) {
            showProblem(e.getMessage(), e);
            return;
        } catch (InterruptedException e) {
            summary.setText(""); //$NON-NLS-1$
            setMessage(Messages.RepositoryPage_Cancelled, IMessageProvider.WARNING);
            return;
        }
        contents = loaded[0];
        remember(location.getText().strip());
        features.setInput(contents.features());
        summary.setText(NLS.bind(Messages.RepositoryPage_Loaded,
                new Object[] { contents.name(), contents.features().size(), contents.installable().size() }));
        if (contents.installable().isEmpty()) {
            setMessage(NLS.bind(Messages.RepositoryPage_NothingNew, contents.location()), IMessageProvider.INFORMATION);
        } else if (contents.installable().size() == 1) {
            features.setChecked(contents.installable().get(0), true);
        }
        updateComplete();
    }

    /** A problem in full under the list (p2's explanations run over several lines), its first line as the page error. */
    void showProblem(String headline, Throwable problem) {
        summary.setText(""); //$NON-NLS-1$
        String message = problem == null || problem.getMessage() == null ? headline : problem.getMessage();
        setErrorMessage(message.lines().findFirst().orElse(headline));
        details.setText(message);
    }

    private void showDescription() {
        if (((IStructuredSelection) features.getSelection()).getFirstElement() instanceof AvailableFeature feature) {
            details.setText(feature.description());
        }
    }

    private void updateComplete() {
        setPageComplete(!chosen().isEmpty());
    }

    /** The checked features that can be installed. */
    public List<AvailableFeature> chosen() {
        if (features == null || contents == null) {
            return List.of();
        }
        return Arrays.stream(features.getCheckedElements()).map(AvailableFeature.class::cast).filter(AvailableFeature::installable).toList();
    }

    /** Checks a feature as a user would (tests). */
    public void check(AvailableFeature feature, boolean checked) {
        features.setChecked(feature, checked);
        updateComplete();
    }

    /** The loaded repository, or null. */
    public RepositoryContents contents() {
        return contents;
    }

    /** The text of the details area: a feature's description or the last problem in full. */
    public String detailsText() {
        return details.getText();
    }

    private String[] history() {
        IDialogSettings settings = wizard.getDialogSettings();
        String[] history = settings == null ? null : settings.getArray(HISTORY);
        return history == null ? new String[0] : history;
    }

    private void remember(String entry) {
        IDialogSettings settings = wizard.getDialogSettings();
        if (settings == null || entry.isEmpty()) {
            return;
        }
        List<String> history = new ArrayList<>(Arrays.asList(history()));
        history.remove(entry);
        history.add(0, entry);
        String[] kept = history.subList(0, Math.min(HISTORY_SIZE, history.size())).toArray(String[]::new);
        settings.put(HISTORY, kept);
        location.setItems(kept);
        location.setText(entry);
    }
}
