package io.mailscope.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** The Properties view's names for the catalog's codes and reply knowledge, from messages.properties. */
final class PropertyMessages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.ui.internal.properties.messages"; //$NON-NLS-1$

    public static String Category_Reply;
    public static String Category_Meaning;
    public static String Category_Cause;
    public static String Category_Code;
    public static String Reply_Code;
    public static String Reply_Kind;
    public static String Kind_EnhancedStatus;
    public static String Kind_BasicStatus;
    public static String Kind_ResponseCode;
    public static String Reply_Title;
    public static String Reply_Phrases;
    public static String Reply_Pattern;
    public static String Reply_Product;
    public static String Meaning_Why;
    public static String Meaning_Fix;
    public static String Meaning_Confidence;
    public static String Meaning_Source;
    public static String Meaning_EntryId;
    public static String Cause_Id;
    public static String Cause_Title;
    public static String Cause_Category;
    public static String Cause_OutlookCode;
    public static String Cause_NotInCatalog;
    public static String Code_Hex;
    public static String Code_Symbol;
    public static String Code_Decimal;
    public static String Code_Family;
    public static String Code_Title;
    public static String Code_Meaning;
    public static String Code_ClientMessage;
    public static String Code_Causes;
    public static String Code_Source;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PropertyMessages.class);
    }

    private PropertyMessages() {
    }
}
