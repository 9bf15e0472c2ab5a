package io.mailscope.testserver.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the test-server views, in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.mailscope.testserver.ui.internal.messages"; //$NON-NLS-1$

    public static String Console_NotInstalled;
    public static String Console_ParametersRefused;
    public static String Console_Failed;
    public static String View_NoService;
    public static String View_ColumnState;
    public static String View_ColumnScenario;
    public static String View_ColumnCode;
    public static String View_ColumnCause;
    public static String View_ColumnName;
    public static String View_ColumnContributor;
    public static String View_Start;
    public static String View_Stop;
    public static String View_StopAll;
    public static String View_OpenConsole;
    public static String View_OpenConsoleFault;
    public static String View_OpenConsoleFaultTooltip;
    public static String View_ServerLog;
    public static String View_ServerLogNotRunning;
    public static String View_ServerLogEmpty;
    public static String View_LogTime;
    public static String View_LogConnection;
    public static String View_LogProtocol;
    public static String View_LogKind;
    public static String View_LogText;
    public static String View_Running;
    public static String View_RunningDemo;
    public static String View_StartFailed;
    public static String View_DemoSettings;
    public static String View_DemoRunning;
    public static String View_DemoStopped;
    public static String View_DemoOff;
    public static String View_SelectScenario;
    public static String View_Reproduces;
    public static String View_Transcript;
    public static String View_NotRunning;
    public static String View_PortStartTls;
    public static String View_PortPlain;
    public static String View_Listening;
    public static String Log_Connected;
    public static String Log_Tls;
    public static String Log_Fault;
    public static String Log_ServerClosed;
    public static String Log_ClientClosed;
    public static String Log_Refused;
    public static String Reproduce_Title;
    public static String Reproduce_NoScenario;
    public static String Reproduce_SameCodeOnly;
    public static String Reproduce_PickByCause;
    public static String Reproduce_PickByCode;
    public static String Preferences_Description;
    public static String Preferences_StartAtStart;
    public static String Preferences_Scenario;
    public static String Preferences_Port;
    public static String Preferences_PortNote;
    public static String Preferences_SaveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
