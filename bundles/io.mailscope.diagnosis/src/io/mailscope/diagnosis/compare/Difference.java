package io.mailscope.diagnosis.compare;

/** How two aligned exchanges differ. */
public enum Difference {
    /** the exchange is only in the left trace */
    ONLY_LEFT("only left"), //$NON-NLS-1$
    /** the exchange is only in the right trace */
    ONLY_RIGHT("only right"), //$NON-NLS-1$
    /** the server answered one side positively and the other negatively (+OK / -ERR, 2xx / 5xx, OK / NO) */
    REPLY_STATUS("reply status"), //$NON-NLS-1$
    /** a multi-line reply lists a different number of lines (UIDL, LIST, CAPA, FETCH) */
    REPLY_LENGTH("reply length"), //$NON-NLS-1$
    /** the exchange is evidence of a finding the other trace does not have */
    EVIDENCE("evidence"); //$NON-NLS-1$

    private final String label;

    Difference(String label) {
        this.label = label;
    }

    /** @return a short label for a table cell */
    public String label() {
        return label;
    }
}
