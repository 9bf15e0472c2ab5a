package io.mailscope.ui.internal.cases;

import org.eclipse.osgi.util.NLS;

/** The strings of case files, notes and bookmarks, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.ui.internal.cases.messages"; //$NON-NLS-1$

    public static String AddNote_Title;
    public static String AddNote_Prompt;
    public static String AddNote_NoTrace;
    public static String AddNote_NothingSelected;
    public static String CaseNotesView_CaseNotes;
    public static String CaseNotesView_CaseNotesHint;
    public static String CaseNotesView_Bookmarks;
    public static String CaseNotesView_NoTrace;
    public static String CaseNotesView_Lines;
    public static String CaseNotesView_Rows;
    public static String CaseNotesView_Note;
    public static String CaseNotesView_EditNote;
    public static String CaseNotesView_Remove;
    public static String SaveCase_Title;
    public static String SaveCase_NoTraces;
    public static String SaveCase_Replace;
    public static String SaveCase_Saving;
    public static String SaveCase_Saved;
    public static String SaveCase_Failed;
    public static String OpenCase_Title;
    public static String CaseWorkbench_Opening;
    public static String CaseWorkbench_CannotOpen;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
