package io.mailscope.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The main menu: File (open, recent, import), Edit (copy), Window (views, preferences) and Help, with the standard groups plug-ins contribute to. */
public final class MailscopeActionBarAdvisor extends ActionBarAdvisor {

    public MailscopeActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager(Messages.MailscopeActionBarAdvisor_File, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new Separator());
        file.add(registered(ActionFactory.IMPORT.create(window)));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        file.add(new Separator());
        file.add(registered(ActionFactory.QUIT.create(window)));

        // Copy is a retargetable action: each table (trace editor, diagnosis, compare, catalog) copies its selected rows
        MenuManager edit = new MenuManager(Messages.MailscopeActionBarAdvisor_Edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(registered(ActionFactory.COPY.create(window)));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager windowMenu = new MenuManager(Messages.MailscopeActionBarAdvisor_Window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.MailscopeActionBarAdvisor_ShowView);
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(registered(ActionFactory.RESET_PERSPECTIVE.create(window)));
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        // opens on the Mailscope page (the platform's action opens on the first page in the list, ANSI Support)
        ActionFactory.IWorkbenchAction preferences = ActionFactory.PREFERENCES.create(window);
        register(preferences);
        windowMenu.add(new org.eclipse.jface.action.Action(preferences.getText()) {
            {
                setId(preferences.getId());
                setActionDefinitionId(preferences.getActionDefinitionId());
            }

            @Override
            public void run() {
                org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(window.getShell(),
                        io.mailscope.ui.internal.preferences.MailscopePreferencePage.ID, null, null).open();
            }
        });

        MenuManager help = new MenuManager(Messages.MailscopeActionBarAdvisor_Help, IWorkbenchActionConstants.M_HELP);
        // the user guide (io.mailscope.help) in the help window, and searching it
        help.add(registered(ActionFactory.HELP_CONTENTS.create(window)));
        help.add(registered(ActionFactory.HELP_SEARCH.create(window)));
        help.add(new Separator());
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        // names the version and the installed rule plug-ins (the platform's About lists neither)
        AboutMailscopeAction about = new AboutMailscopeAction(window);
        register(about);
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    private org.eclipse.jface.action.IAction registered(ActionFactory.IWorkbenchAction action) {
        register((org.eclipse.jface.action.IAction) action);
        return action;
    }
}
