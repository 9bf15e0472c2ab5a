package io.mailscope.session.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The console's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.session.ui.internal.messages"; //$NON-NLS-1$

    public static String ConsoleSession_Cancelled;
    public static String CertificateDialog_Title;
    public static String CertificateDialog_Heading;
    public static String CertificateDialog_Explanation;
    public static String CertificateDialog_WhyNotTrusted;
    public static String CertificateDialog_Interceptor;
    public static String CertificateDialog_Certificate;
    public static String CertificateDialog_Subject;
    public static String CertificateDialog_Issuer;
    public static String CertificateDialog_Names;
    public static String CertificateDialog_NoNames;
    public static String CertificateDialog_Validity;
    public static String CertificateDialog_Expired;
    public static String CertificateDialog_NotYetValid;
    public static String CertificateDialog_Fingerprint;
    public static String CertificateDialog_TrustSession;
    public static String CertificateDialog_TrustPermanently;
    public static String DialogTrustPrompt_NotStored;
    public static String DialogTrustPrompt_NotRead;
    public static String ConnectionDialog_Title;
    public static String ConnectionDialog_Heading;
    public static String ConnectionDialog_Message;
    public static String ConnectionDialog_Protocol;
    public static String ConnectionDialog_Host;
    public static String ConnectionDialog_Port;
    public static String ConnectionDialog_Security;
    public static String ConnectionDialog_SecurityNone;
    public static String ConnectionDialog_SecurityStartTls;
    public static String ConnectionDialog_SecurityTls;
    public static String ConnectionDialog_User;
    public static String ConnectionDialog_Password;
    public static String ConnectionDialog_Remember;
    public static String ConnectionDialog_NoHost;
    public static String ConnectionDialog_Connect;
    public static String ConnectionDialog_RunTest;
    public static String CommandLine_Hint;
    public static String TranscriptPane_Copy;
    public static String TranscriptPane_SelectAll;
    public static String AccountTestTree_Phase;
    public static String AccountTestTree_Finding;
    public static String AccountTestTree_Status;
    public static String AccountTestTree_Detail;
    public static String AccountTestTree_Time;
    public static String SessionConsoleView_TranscriptTab;
    public static String SessionConsoleView_AccountTestTab;
    public static String SessionConsoleView_Connect;
    public static String SessionConsoleView_ConnectTooltip;
    public static String SessionConsoleView_Disconnect;
    public static String SessionConsoleView_DisconnectTooltip;
    public static String SessionConsoleView_Cancel;
    public static String SessionConsoleView_CancelTooltip;
    public static String SessionConsoleView_StartTls;
    public static String SessionConsoleView_StartTlsTooltip;
    public static String SessionConsoleView_AccountTest;
    public static String SessionConsoleView_LogIn;
    public static String SessionConsoleView_LogInTooltip;
    public static String SessionConsoleView_LogInNoUser;
    public static String SessionConsoleView_LogInNoPassword;
    public static String SessionConsoleView_LoggingInTyped;
    public static String SessionConsoleView_LoggingInStored;
    public static String SessionConsoleView_AccountTestTooltip;
    public static String SessionConsoleView_CopyCommand;
    public static String SessionConsoleView_CopyCommandTooltip;
    public static String SessionConsoleView_Export;
    public static String SessionConsoleView_ExportTooltip;
    public static String SessionConsoleView_PasswordNotRead;
    public static String SessionConsoleView_PasswordNotStored;
    public static String SessionConsoleView_Connecting;
    public static String SessionConsoleView_Name;
    public static String SessionConsoleView_NotConnected;
    public static String SessionConsoleView_AccountTestStarted;
    public static String SessionConsoleView_AccountTestJob;
    public static String SessionConsoleView_AccountTestEditor;
    public static String SessionConsoleView_LiveEditor;
    public static String SessionConsoleView_EditorFailed;
    public static String SessionConsoleView_ExportFailed;
    public static String SessionConsoleView_StatusNone;
    public static String SessionConsoleView_Status;
    public static String SessionConsoleView_InData;
    public static String SessionConsoleView_StateConnecting;
    public static String SessionConsoleView_StateConnected;
    public static String SessionConsoleView_StateBusy;
    public static String SessionConsoleView_StateClosed;
    public static String SessionConsoleView_Failed;
    public static String MasterPassword_Title;
    public static String MasterPassword_New;
    public static String MasterPassword_Again;
    public static String MasterPassword_Enter;
    public static String MasterPassword_TooShort;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
