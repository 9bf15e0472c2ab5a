package io.mailscope.ui.internal.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import io.mailscope.ui.internal.Messages;

/**
 * The actions of the views' toolbars and context menus, made from what they do: one way to write them in every view
 * of Mailscope (Diagnosis, Session Console, Test Server, catalog, case notes, trace editors).
 */
public final class Actions {

    private Actions() {
    }

    /** @return an action labelled {@code text} (with {@code tooltip}, may be null) that runs {@code run} */
    public static Action of(String text, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    /**
     * @return a check box action labelled {@code text} that runs {@code run} with its new state
     */
    public static Action toggle(String text, String tooltip, java.util.function.Consumer<Boolean> run) {
        Action action = new Action(text, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                run.accept(Boolean.valueOf(isChecked()));
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    /**
     * @return Copy (Edit > Copy, Ctrl+C, the copy icon) running {@code run}, registered as the part's Copy handler in
     *         {@code bars}; add it to the part's context menu too
     */
    public static Action copy(IActionBars bars, Runnable run) {
        Action copy = of(Messages.Common_Copy, null, run);
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        return copy;
    }

    /** @return Select All (Edit > Select All, Ctrl+A) running {@code run}, registered as the part's handler in {@code bars} */
    public static Action selectAll(IActionBars bars, Runnable run) {
        Action selectAll = of(Messages.Common_SelectAll, null, run);
        selectAll.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_SELECT_ALL);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        return selectAll;
    }
}
