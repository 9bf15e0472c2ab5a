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
    public static String MailscopeActionBarAdvisor_Edit;
    public static String MailscopeActionBarAdvisor_RecentTraces;
    public static String Common_Copy;
    public static String TraceOpener_OpeningFiles;
    public static String TraceOpener_OpeningText;
    public static String TraceOpener_NotATrace;
    public static String TraceOpener_CannotImport;
    public static String TraceOpener_CannotRead;
    public static String TraceOpener_Failed;
    public static String OpenTraceHandler_Title;
    public static String OpenTraceHandler_FilterLogs;
    public static String OpenTraceHandler_FilterAll;
    public static String TraceEditor_ColumnLines;
    public static String TraceEditor_ColumnTime;
    public static String TraceEditor_ColumnSession;
    public static String TraceEditor_ColumnDirection;
    public static String TraceEditor_ColumnText;
    public static String TraceEditor_ColumnMarks;
    public static String TraceEditor_FilterHint;
    public static String TraceEditor_SessionTooltip;
    public static String TraceEditor_AllProtocols;
    public static String TraceEditor_BothDirections;
    public static String TraceEditor_ClientOnly;
    public static String TraceEditor_ServerOnly;
    public static String TraceEditor_ShowSource;
    public static String TraceEditor_ShowSourceTooltip;
    public static String TraceEditor_Count;
    public static String TraceEditor_Connection;
    public static String TraceEditor_Status;
    public static String TraceEditor_Masked;
    public static String TraceEditor_Repaired;
    public static String TraceEditor_GoToLine;
    public static String TraceEditor_GoToLinePrompt;
    public static String TraceEditor_GoToLineInvalid;
    public static String TraceEditor_CollapseAll;
    public static String TraceEditor_ExpandAll;
    public static String TraceEditor_SourceNothingSelected;
    public static String TraceEditor_SourceUnreadable;
    public static String DiagnosisView_ColumnCode;
    public static String DiagnosisView_ColumnSymbol;
    public static String DiagnosisView_ColumnCause;
    public static String DiagnosisView_ColumnConfidence;
    public static String DiagnosisView_ColumnRule;
    public static String DiagnosisView_ColumnPlugin;
    public static String DiagnosisView_ColumnEvidence;
    public static String DiagnosisView_CopyAnswer;
    public static String DiagnosisView_CopyAnswerTooltip;
    public static String DiagnosisView_OpenCause;
    public static String DiagnosisView_OpenCauseTooltip;
    public static String DiagnosisView_NoTrace;
    public static String DiagnosisView_Header;
    public static String DiagnosisView_NoFinding;
    public static String DiagnosisView_RuleFailure;
    public static String DiagnosisView_RuleFailed;
    public static String DiagnosisView_Cause;
    public static String DiagnosisView_Evidence;
    public static String DiagnosisView_TellCustomer;
    public static String CompareTracesEditor_Header;
    public static String CompareTracesEditor_Lines;
    public static String CompareTracesEditor_Differences;
    public static String CompareTracesEditor_MoreLines;
    public static String CompareTracesHandler_Title;
    public static String CompareTracesHandler_NeedTwo;
    public static String CompareTracesHandler_Choose;
    public static String ImportTraceWizard_Title;
    public static String ImportTracePage_Title;
    public static String ImportTracePage_Description;
    public static String ImportTracePage_FromFiles;
    public static String ImportTracePage_PathsHint;
    public static String ImportTracePage_BrowseFiles;
    public static String ImportTracePage_BrowseFolder;
    public static String ImportTracePage_FromText;
    public static String ImportTracePage_Name;
    public static String ImportTracePage_DefaultName;
    public static String ImportTracePage_PasteClipboard;
    public static String ImportTracePage_PasteHint;
    public static String ImportTracePage_NoText;
    public static String ImportTracePage_NoPath;
    public static String ImportTracePage_Missing;
    public static String RecentTracesMenu_None;
    public static String Properties_Row;
    public static String Properties_Source;
    public static String Properties_Finding;
    public static String Properties_Rule;
    public static String Properties_Kind;
    public static String Properties_Text;
    public static String Properties_Direction;
    public static String Properties_Session;
    public static String Properties_Exchange;
    public static String Properties_Time;
    public static String Properties_Masked;
    public static String Properties_Lines;
    public static String Properties_Offset;
    public static String Properties_Repaired;
    public static String Properties_Code;
    public static String Properties_Symbol;
    public static String Properties_CauseId;
    public static String Properties_Category;
    public static String Properties_Confidence;
    public static String Properties_Determined;
    public static String Properties_RuleId;
    public static String Properties_Plugin;
    public static String Properties_Message;
    public static String TraceEditor_KeptExchanges;
    public static String DiagnosisView_ExportReport;
    public static String DiagnosisView_ExportReportTooltip;
    public static String DiagnosisView_ReportHtml;
    public static String DiagnosisView_ReportJson;
    public static String DiagnosisView_ExportFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
