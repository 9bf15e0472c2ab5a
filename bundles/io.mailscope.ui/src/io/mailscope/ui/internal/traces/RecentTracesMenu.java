package io.mailscope.ui.internal.traces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;

import io.mailscope.ui.internal.Messages;

/** File > Recent Traces: the last files opened, newest first; choosing one opens it again (a case file as a case). */
public final class RecentTracesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int n = 1;
        for (Path file : RecentTraces.list()) {
            String label = (n <= 9 ? "&" + n + " " : "") + file.getFileName() + "  [" + file.getParent() + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            items.add(new ActionContributionItem(new Action(label.replace("&&", "&")) { //$NON-NLS-1$ //$NON-NLS-2$
                @Override
                public void run() {
                    io.mailscope.ui.internal.cases.CaseWorkbench.openFilesOrCases(List.of(file));
                }
            }));
            n++;
        }
        if (items.isEmpty()) {
            Action none = new Action(Messages.RecentTracesMenu_None) {
                // disabled placeholder entry: the menu says why it is empty
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
