package io.mailscope.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.ui.internal.messages"; //$NON-NLS-1$

    public static String MailscopeActionBarAdvisor_File;
    public static String MailscopeActionBarAdvisor_Window;
    public static String MailscopeActionBarAdvisor_ShowView;
    public static String MailscopeActionBarAdvisor_Help;
    public static String ErrorCodeCatalogView_FilterHint;
    public static String ErrorCodeCatalogView_ColumnCode;
    public static String ErrorCodeCatalogView_ColumnSymbol;
    public static String ErrorCodeCatalogView_ColumnTitle;
    public static String ErrorCodeCatalogView_CopyAnswer;
    public static String ErrorCodeCatalogView_CopyAnswerTooltip;
    public static String ErrorCodeCatalogView_CatalogSize;
    public static String ErrorCodeCatalogView_RejectedContributions;
    public static String ErrorCodeDetails_Meaning;
    public static String ErrorCodeDetails_ClientShows;
    public static String ErrorCodeDetails_InATrace;
    public static String ErrorCodeDetails_Replies;
    public static String ErrorCodeDetails_Numbers;
    public static String ErrorCodeDetails_Cause;
    public static String ErrorCodeDetails_Check;
    public static String ErrorCodeDetails_TellUser;
    public static String ErrorCodeDetails_TellAdmin;
    public static String ErrorCodeDetails_CauseId;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
