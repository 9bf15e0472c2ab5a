package io.mailscope.trace.internal.masking;

/**
 * {@link CredentialHints#inert} with the last few texts it proved inert remembered by identity: a caller that hands the
 * same String objects again gets the answer without the text being read. The conversation builder masks every other
 * line of a trace; an Outlook 2000-2002 log's LogText headers ({@code Callback::LogText[THIS: x] (flags = LTF_TRACE,
 * hr = 00000000, code = 00000000,}) are most of them and repeat while a task logs, and its parser hands a header that
 * is the one before it again as the same String.
 * <p>
 * Exact: a String is immutable, so the same object is the same text, and {@code inert} depends on the text alone. Only
 * texts proved inert are remembered (a text that is not is analysed each time, as without the memo). Not thread-safe:
 * one per thread that masks.
 */
public final class InertTextMemo {

    /** texts {@link CredentialHints#inert} returned true for, the oldest replaced first; "" (inert) until then */
    private final String[] texts = { "", "", "", "" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private int next;

    /** @return {@link CredentialHints#inert CredentialHints.inert(text)} */
    public boolean inert(String text) {
        String[] t = texts;
        if (text == t[0] || text == t[1] || text == t[2] || text == t[3]) {
            return true;
        }
        if (!CredentialHints.inert(text)) {
            return false;
        }
        t[next] = text;
        next = next + 1 & 3;
        return true;
    }
}
