package io.mailscope.ui.internal.editors;

import org.eclipse.osgi.util.NLS;

/**
 * The strings of a trace that is still being read and of the paged table (from editors/messages.properties; kept
 * apart from the workbench's Messages so that the helpers adding to io.mailscope.ui do not edit the same file).
 */
public final class EditorMessages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.ui.internal.editors.messages"; //$NON-NLS-1$

    public static String TraceOpener_RowsRead;
    public static String TraceEditor_Loading;
    public static String TraceEditor_Stop;
    public static String TraceEditor_StopTooltip;
    public static String TraceEditor_Stopped;
    public static String TraceEditor_Filtering;
    public static String TraceEditor_FilterJob;
    public static String TraceEditor_FilterFailed;
    public static String TraceEditor_SourceWhileLoading;
    public static String TraceEditor_GoToLinePromptLoading;
    public static String TraceEditor_CopyLimited;
    public static String DiagnosisView_Loading;
    public static String DiagnosisView_NotRead;

    static {
        NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
    }

    private EditorMessages() {
    }
}
