package io.mailscope.session;

import java.util.Arrays;

/**
 * What the account authenticates with: a password, or an OAuth 2 access token the user obtained elsewhere (for
 * XOAUTH2 / OAUTHBEARER). The secret is held as characters so the caller can {@link #destroy} it; it is never part of
 * {@link #toString()} and never recorded.
 */
public final class Credential {

    /** What the secret is. */
    public enum Kind {
        PASSWORD, OAUTH_TOKEN
    }

    private final Kind kind;
    private final char[] secret;

    private Credential(Kind kind, char[] secret) {
        this.kind = kind;
        this.secret = secret.clone();
    }

    public static Credential password(char[] password) {
        return new Credential(Kind.PASSWORD, password);
    }

    public static Credential oauthToken(char[] token) {
        return new Credential(Kind.OAUTH_TOKEN, token);
    }

    public Kind kind() {
        return kind;
    }

    /** @return the secret; only protocol code that sends it calls this */
    public String reveal() {
        return new String(secret);
    }

    /** Overwrites the secret. */
    public void destroy() {
        Arrays.fill(secret, '\0');
    }

    @Override
    public String toString() {
        return "Credential[" + kind + ", ********]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
