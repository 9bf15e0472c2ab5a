package io.mailscope.ui.internal.preferences;

import static io.mailscope.ui.tests.shared.Workbench.find;
import static io.mailscope.ui.tests.shared.Workbench.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.internal.dialogs.WorkbenchPreferenceNode;
import org.junit.jupiter.api.Test;

/**
 * Window > Preferences lists the pages a support engineer uses: Mailscope's and the help system's, nothing a bundle
 * brought along for no one (the ANSI Support page of org.eclipse.ui.console, under a Run/Debug category the product
 * does not have). What the product ships is checked on the built product too (ProductContentsTest).
 */
class PreferencePagesTest {

    /**
     * Bundles in this test runtime only: Tycho's UI test harness runs org.eclipse.ui.ide.application, which brings the
     * IDE's General and Team pages; the product ships none of them.
     */
    private static final Set<String> TEST_HARNESS_ONLY = Set.of("org.eclipse.ui.ide", "org.eclipse.ui.ide.application", "org.eclipse.team.ui",
            "org.eclipse.ui.editors", "org.eclipse.ui.workbench.texteditor", "org.eclipse.compare", "org.eclipse.ltk.ui.refactoring",
            "org.eclipse.ui.navigator", "org.eclipse.ui.navigator.resources");

    @Test
    void preferencesListOurPagesAndTheHelpSettingsOnly() throws IOException {
        Map<String, String> contributors = new HashMap<>();
        for (IPreferenceNode node : PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes()) {
            contributors(node, "", contributors);
        }
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                null, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<String> shown = new ArrayList<>();
        try {
            processEvents();
            Tree tree = find(dialog.getShell(), Tree.class, t -> true);
            for (TreeItem item : tree.getItems()) {
                collect(tree, item, "", shown);
            }
        } finally {
            dialog.close();
        }
        List<String> product = shown.stream().filter(p -> !TEST_HARNESS_ONLY.contains(contributors.get(p))).toList();
        // Help: the browser the guide opens in, remote help content; Mailscope: rules, import, reports, and the demo
        // server started with the workbench
        assertEquals(List.of("Help", "Help/Content", "Mailscope", "Mailscope/Test Server"), product, "all pages: " + shown);

        Path log = Platform.getLogFileLocation().toFile().toPath();
        String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        assertFalse(logged.contains("Invalid preference category path"), "a page names a category nobody contributes:\n" + logged);
    }

    private static void contributors(IPreferenceNode node, String parent, Map<String, String> contributors) {
        String path = parent + node.getLabelText();
        contributors.put(path, node instanceof WorkbenchPreferenceNode w ? w.getPluginId() : "");
        for (IPreferenceNode child : node.getSubNodes()) {
            contributors(child, path + "/", contributors);
        }
    }

    /** Expands each item as a click does (the tree creates its children then) and collects the page paths. */
    private static void collect(Tree tree, TreeItem item, String parent, List<String> pages) {
        String path = parent + item.getText();
        pages.add(path);
        Event expand = new Event();
        expand.item = item;
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            collect(tree, child, path + "/", pages);
        }
    }
}
