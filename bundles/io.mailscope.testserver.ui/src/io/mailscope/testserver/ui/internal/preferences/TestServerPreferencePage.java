package io.mailscope.testserver.ui.internal.preferences;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.ui.internal.DemoServerSettings;
import io.mailscope.testserver.ui.internal.Messages;
import io.mailscope.testserver.ui.internal.TestServers;

/**
 * Window &gt; Preferences &gt; Mailscope &gt; Test Server: whether the workbench starts the demo test server, in which
 * scenario, on which ports. Applies at the next start; the Test Server view starts and stops servers now.
 */
public final class TestServerPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "io.mailscope.testserver.ui.preferences.testServer"; //$NON-NLS-1$

    private List<ScenarioInfo> scenarios = List.of();
    private Button startAtStart;
    private Combo scenario;
    private final Map<MailProtocol, Spinner> ports = new EnumMap<>(MailProtocol.class);

    @Override
    public void init(IWorkbench workbench) {
        TestServers servers = workbench.getService(TestServers.class);
        if (servers != null) {
            scenarios = servers.scenarios();
        }
        setDescription(Messages.Preferences_Description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        startAtStart = new Button(page, SWT.CHECK);
        startAtStart.setText(Messages.Preferences_StartAtStart);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(startAtStart);
        new Label(page, SWT.NONE).setText(Messages.Preferences_Scenario);
        scenario = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scenario);
        for (ScenarioInfo s : scenarios) {
            scenario.add(s.id() + " \u2014 " + s.name()); //$NON-NLS-1$
        }
        for (MailProtocol p : MailProtocol.values()) {
            new Label(page, SWT.NONE).setText(NLS.bind(Messages.Preferences_Port, p.name()));
            Spinner port = new Spinner(page, SWT.BORDER);
            port.setValues(0, 0, 65535, 0, 1, 100);
            ports.put(p, port);
        }
        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.Preferences_PortNote);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
        startAtStart.addListener(SWT.Selection, e -> updateEnablement());
        show(DemoServerSettings.load());
        return page;
    }

    private void show(DemoServerSettings settings) {
        startAtStart.setSelection(settings.startAtStart());
        int index = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(settings.scenarioId())) {
                index = i;
            }
        }
        if (!scenarios.isEmpty()) {
            scenario.select(index);
        }
        ports.forEach((p, spinner) -> spinner.setSelection(settings.ports().get(p)));
        updateEnablement();
    }

    private void updateEnablement() {
        scenario.setEnabled(startAtStart.getSelection());
        ports.values().forEach(s -> s.setEnabled(startAtStart.getSelection()));
    }

    /** @return the settings as the page shows them */
    public DemoServerSettings shown() {
        Map<MailProtocol, Integer> chosen = new EnumMap<>(MailProtocol.class);
        ports.forEach((p, spinner) -> chosen.put(p, spinner.getSelection()));
        String id = scenario.getSelectionIndex() < 0 ? DemoServerSettings.DEFAULTS.scenarioId() : scenarios.get(scenario.getSelectionIndex()).id();
        return new DemoServerSettings(startAtStart.getSelection(), id, chosen);
    }

    /** Sets whether the demo server starts with the workbench (as the check box does). */
    public void setStartAtStart(boolean start) {
        startAtStart.setSelection(start);
        updateEnablement();
    }

    @Override
    protected void performDefaults() {
        show(DemoServerSettings.DEFAULTS);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            shown().save();
            return true;
        } catch (BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.Preferences_SaveFailed, e.getMessage()));
            return false;
        }
    }
}
