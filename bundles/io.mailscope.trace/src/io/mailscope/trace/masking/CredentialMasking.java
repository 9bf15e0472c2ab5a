package io.mailscope.trace.masking;

import io.mailscope.trace.internal.masking.SyntaxMaskingSession;

/** Entry point of credential masking; see the package documentation. */
public final class CredentialMasking {

    /** What a masked credential shows instead of the secret. */
    public static final String MASK = "********"; //$NON-NLS-1$

    private CredentialMasking() {
    }

    /** @return a new masking session for one connection (or one stream of lines) */
    public static MaskingSession newSession() {
        return new SyntaxMaskingSession(io.mailscope.trace.internal.FastPath.enabled());
    }

    /**
     * Masks one free-standing text (an error or problem message that may quote an input line, a connection or
     * status text, a configuration line) without any state. Multi-line text is masked line by line.
     */
    public static MaskedLine maskText(String text) {
        return SyntaxMaskingSession.maskFreeText(text);
    }
}
