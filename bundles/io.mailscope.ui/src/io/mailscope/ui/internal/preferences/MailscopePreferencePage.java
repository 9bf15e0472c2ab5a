package io.mailscope.ui.internal.preferences;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.settings.MailscopeSettings;
import io.mailscope.ui.internal.Messages;
import io.mailscope.ui.internal.viewers.ViewerColumns;
import io.mailscope.ui.internal.viewers.ColumnLabels;

/**
 * Window &gt; Preferences &gt; Mailscope: the diagnosis rules with the plug-in that contributed each, any of which can be
 * turned off; the import limits and what the import masks; the report format Export Report offers first. Everything
 * is kept in the one settings file the headless commands read too ({@link MailscopeSettings#file()}); this page only
 * edits it.
 */
public final class MailscopePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "io.mailscope.ui.preferences.mailscope"; //$NON-NLS-1$

    private CheckboxTableViewer rulesViewer;
    private Button keepAll;
    private Combo reportFormat;
    private List<RuleInfo> rules = List.of();
    private MailscopeSettings loaded = MailscopeSettings.DEFAULTS;

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
        DiagnosisService service = workbench.getService(DiagnosisService.class);
        if (service != null) {
            rules = service.rules().stream().sorted(Comparator.comparing(RuleInfo::contributor).thenComparing(RuleInfo::name)).toList();
        }
        setDescription(NLS.bind(Messages.Preferences_Description, MailscopeSettings.file()));
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        // F1: the context in io.mailscope.help's contexts.xml
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(page, "io.mailscope.ui.preferencePage"); //$NON-NLS-1$

        Group rulesGroup = group(page, Messages.Preferences_Rules);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rulesGroup);
        rulesViewer = CheckboxTableViewer.newCheckList(rulesGroup, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        rulesViewer.getTable().setHeaderVisible(true);
        rulesViewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(680, 240).applyTo(rulesViewer.getControl());
        // rule names are sentences: the widest column, and the whole name in the tooltip
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(rulesViewer);
        column(Messages.Preferences_RuleName, 380, RuleInfo::name);
        column(Messages.Preferences_RuleContributor, 160, RuleInfo::contributor);
        column(Messages.Preferences_RuleCategory, 150, r -> r.category() == null ? "" : r.category().getLiteral()); //$NON-NLS-1$
        column(Messages.Preferences_RuleId, 280, RuleInfo::id);
        rulesViewer.setContentProvider(ArrayContentProvider.getInstance());
        rulesViewer.setInput(rules);

        Group importGroup = group(page, Messages.Preferences_Import);
        keepAll = new Button(importGroup, SWT.CHECK);
        keepAll.setText(Messages.Preferences_KeepAll);
        wrapped(importGroup, Messages.Preferences_ImportLimits);
        wrapped(importGroup, Messages.Preferences_Masking);

        Group reportGroup = group(page, Messages.Preferences_Report);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(reportGroup);
        new Label(reportGroup, SWT.NONE).setText(Messages.Preferences_ReportFormat);
        reportFormat = new Combo(reportGroup, SWT.READ_ONLY);
        reportFormat.setItems(MailscopeSettings.REPORT_FORMATS.stream().sorted().toArray(String[]::new));

        try {
            loaded = MailscopeSettings.load();
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Preferences_CannotRead, e.getMessage()));
        }
        show(loaded);
        return page;
    }

    private void show(MailscopeSettings settings) {
        rulesViewer.setCheckedElements(rules.stream().filter(r -> settings.isEnabled(r.id())).toArray());
        keepAll.setSelection(settings.keepAllExchanges());
        reportFormat.setText(settings.reportFormat());
    }

    private static Group group(Composite parent, String text) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().applyTo(group);
        return group;
    }

    private static void wrapped(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(label);
    }

    private void column(String title, int width, java.util.function.Function<RuleInfo, String> text) {
        ViewerColumns.add(rulesViewer, title, width, ColumnLabels.of(RuleInfo.class, text)
                .toolTip(rule -> rule.name() + " (" + rule.id() + ", " + rule.contributor() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the rules as listed, for tests */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Turns a listed rule on or off, as the engineer does with its check box. */
    public void setEnabled(String ruleId, boolean enabled) {
        rules.stream().filter(r -> r.id().equals(ruleId)).forEach(r -> rulesViewer.setChecked(r, enabled));
    }

    @Override
    public boolean performOk() {
        Set<String> unchecked = rules.stream().filter(r -> !rulesViewer.getChecked(r)).map(RuleInfo::id).collect(Collectors.toSet());
        // rules turned off whose plug-in is not installed now stay off (they come back with their plug-in)
        Set<String> listed = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
        loaded.disabledRules().stream().filter(id -> !listed.contains(id)).forEach(unchecked::add);
        MailscopeSettings settings = new MailscopeSettings(unchecked, keepAll.getSelection(), reportFormat.getText());
        try {
            settings.save();
            loaded = settings;
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.Preferences_Title, NLS.bind(Messages.Preferences_CannotWrite, MailscopeSettings.file(), e.getMessage()));
            return false;
        }
    }
}
