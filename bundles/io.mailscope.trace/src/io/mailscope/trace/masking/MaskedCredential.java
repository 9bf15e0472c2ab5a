package io.mailscope.trace.masking;

import java.util.Objects;

/**
 * One credential masked out of a line: its kind and the syntax that carried it ({@code PASS},
 * {@code LOGIN}, {@code AUTHENTICATE PLAIN}, {@code --auth-password}, {@code URL}, …). Never the secret itself.
 */
public record MaskedCredential(CredentialKind kind, String syntax) {

    public MaskedCredential {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(syntax);
    }
}
