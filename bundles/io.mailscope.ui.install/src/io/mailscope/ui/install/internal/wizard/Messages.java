package io.mailscope.ui.install.internal.wizard;

import org.eclipse.osgi.util.NLS;

/** The install wizard's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.ui.install.internal.wizard.messages"; //$NON-NLS-1$

    public static String Wizard_Title;
    public static String RepositoryPage_Title;
    public static String RepositoryPage_Description;
    public static String RepositoryPage_Location;
    public static String RepositoryPage_Load;
    public static String RepositoryPage_Folder;
    public static String RepositoryPage_Archive;
    public static String RepositoryPage_Installed;
    public static String RepositoryPage_ChooseFolder;
    public static String RepositoryPage_Name;
    public static String RepositoryPage_Version;
    public static String RepositoryPage_Provider;
    public static String RepositoryPage_Status;
    public static String RepositoryPage_Id;
    public static String RepositoryPage_StatusInstalled;
    public static String RepositoryPage_StatusUpdate;
    public static String RepositoryPage_Loading;
    public static String RepositoryPage_Loaded;
    public static String RepositoryPage_NothingNew;
    public static String RepositoryPage_Cancelled;
    public static String RepositoryPage_NotProvisioned;
    public static String ReviewPage_Title;
    public static String ReviewPage_Description;
    public static String ReviewPage_Features;
    public static String ReviewPage_Details;
    public static String Wizard_Resolving;
    public static String Wizard_Installing;
    public static String Wizard_ResolveCancelled;
    public static String Wizard_InstallCancelled;
    public static String Wizard_Failed;
    public static String Restart_Title;
    public static String Restart_Question;
    public static String Installed_Title;
    public static String Installed_Message;
    public static String Installed_Remove;
    public static String Installed_None;
    public static String Installed_Removing;
    public static String Installed_Removed;
    public static String Installed_Failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
