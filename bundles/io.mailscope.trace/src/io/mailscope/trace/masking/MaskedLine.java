package io.mailscope.trace.masking;

import java.util.List;
import java.util.Objects;

/**
 * A line after masking.
 *
 * @param text the line to show, store or write; every credential replaced by {@link CredentialMasking#MASK}
 * @param credentials what was found (also credentials the source had masked already, so a line can be marked as
 *            carrying credentials); empty when the line carries none
 * @param changed true when a secret was masked here; false when the line carries no credential or only
 *            credentials its source had masked already ({@code PASS ********}, {@code XXXX} as swaks logs them), which
 *            are shown as {@link CredentialMasking#MASK} all the same
 */
public record MaskedLine(String text, List<MaskedCredential> credentials, boolean changed) {

    public MaskedLine {
        Objects.requireNonNull(text);
        credentials = List.copyOf(credentials);
    }

    /** @return a line without credentials */
    public static MaskedLine clean(String text) {
        return new MaskedLine(text, List.of(), false);
    }

    /** @return true when the line carried a credential (masked here or by its source) */
    public boolean carriesCredential() {
        return !credentials.isEmpty();
    }

    /** @return the syntaxes that carried credentials, e.g. {@code "LOGIN"} or {@code "AUTHENTICATE PLAIN, URL"} */
    public String describe() {
        return String.join(", ", credentials.stream().map(MaskedCredential::syntax).distinct().toList()); //$NON-NLS-1$
    }
}
