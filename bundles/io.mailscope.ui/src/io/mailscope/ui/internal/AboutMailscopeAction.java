package io.mailscope.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;

/**
 * Help > About Mailscope: the version, and the rule plug-ins installed with their versions and rules, so that a
 * support engineer can say in a ticket which rules diagnosed a trace.
 */
public final class AboutMailscopeAction extends Action implements ActionFactory.IWorkbenchAction {

    private final IWorkbenchWindow window;

    public AboutMailscopeAction(IWorkbenchWindow window) {
        super(Messages.About_Menu);
        this.window = window;
        setId(ActionFactory.ABOUT.getId());
        setActionDefinitionId("org.eclipse.ui.help.aboutAction"); //$NON-NLS-1$
    }

    @Override
    public void run() {
        MessageDialog.openInformation(window.getShell(), Messages.About_Title, text(window.getService(DiagnosisService.class)));
    }

    /** @return the About text: product version, then each rule plug-in with its version and rule names */
    public static String text(DiagnosisService diagnosis) {
        Bundle product = FrameworkUtil.getBundle(AboutMailscopeAction.class);
        StringBuilder text = new StringBuilder(NLS.bind(Messages.About_Version, product.getVersion()));
        List<RuleInfo> rules = diagnosis == null ? List.of() : diagnosis.rules();
        Map<String, List<String>> byPlugin = rules.stream().collect(Collectors.groupingBy(RuleInfo::contributor, TreeMap::new,
                Collectors.mapping(RuleInfo::name, Collectors.toList())));
        text.append("\n\n").append(NLS.bind(Messages.About_RulePlugins, Integer.valueOf(byPlugin.size()), Integer.valueOf(rules.size()))); //$NON-NLS-1$
        byPlugin.forEach((plugin, names) -> {
            Bundle bundle = Platform.getBundle(plugin);
            text.append("\n\n").append(plugin).append(' ').append(bundle == null ? "?" : bundle.getVersion().toString()); //$NON-NLS-1$ //$NON-NLS-2$
            names.stream().sorted().forEach(name -> text.append("\n   ").append(name)); //$NON-NLS-1$
        });
        return text.toString();
    }

    @Override
    public void dispose() {
        // nothing held
    }
}
