package io.mailscope.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The Error Code Catalog view's strings for the reply knowledge, from catalog-messages.properties. */
final class CatalogMessages extends NLS {

    private static final String BUNDLE_NAME = "io.mailscope.ui.internal.views.catalog-messages"; //$NON-NLS-1$

    public static String FilterHint;
    public static String ServerReplies;
    public static String Group_EnhancedStatus;
    public static String Group_BasicStatus;
    public static String Group_ResponseCode;
    public static String Group_Text;
    public static String Meaning;
    public static String Cause;
    public static String CauseNotInCatalog;
    public static String NoCause;
    public static String TellUser;
    public static String TellAdmin;
    public static String Confidence;
    public static String Phrases;
    public static String Pattern;
    public static String Product;
    public static String Source;
    public static String EntryId;
    public static String ShowCause;
    public static String ShowCauseTooltip;
    public static String CatalogSize;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CatalogMessages.class);
    }

    private CatalogMessages() {
    }
}
