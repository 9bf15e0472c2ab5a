package io.mailscope.session.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.mailscope.model.Protocol;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;

/**
 * The one place where the session engine masks what it records: every line the client sends, every note and every
 * rendered text passes through here before it is stored, shown or written. The lines of the connection go through
 * one {@link MaskingSession} of the trace bundle's masking component (by syntax, whatever the protocol), in order, so
 * SASL exchanges and IMAP literals are followed as in an imported trace.
 * <p>
 * On top of the protocol-aware masking, a session knows the secrets it was given: {@link #scrub} removes the secret
 * itself and its base64 forms (as AUTH PLAIN, AUTH LOGIN, XOAUTH2 and OAUTHBEARER send it) from any text, so a line
 * the protocol rules do not recognise still cannot carry it.
 */
public final class SessionMasking {

    /** What masked text shows instead of a secret. */
    public static final String MASK = CredentialMasking.MASK;

    private final List<String> secretForms = new ArrayList<>();
    private final MaskingSession connection = CredentialMasking.newSession();

    /** Remembers a secret of this session (password or token) and the user name it goes with. */
    public void addSecret(String user, String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        secretForms.add(secret);
        String u = user == null ? "" : user; //$NON-NLS-1$
        for (String payload : List.of(secret, "\0" + u + "\0" + secret, u + "\0" + u + "\0" + secret)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            String b64 = Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            secretForms.add(b64);
            secretForms.add(b64.replace("=", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        secretForms.sort((a, b) -> b.length() - a.length()); // longest first: a base64 form before the plain secret
    }

    /**
     * @param protocol the session's protocol (masking goes by syntax: kept for the callers' sake)
     * @param saslData true for a line sent in answer to a SASL challenge (334 / "+"), which is secret as a whole
     * @return the client line as it may be recorded
     */
    public String clientLine(Protocol protocol, String line, boolean saslData) {
        MaskedLine masked = connection.client(line);
        if (saslData && !masked.carriesCredential() && !line.strip().equals("*")) { //$NON-NLS-1$
            return MASK; // the engine knows it answered a challenge even where the masking could not tell
        }
        return scrub(masked.text());
    }

    /** @return a server line as it may be recorded (servers echo no secrets, but a scrub costs nothing) */
    public String serverLine(String line) {
        String masked = connection.server(line).text(); // also tells the masking that a challenge or a reply came
        return secretForms.isEmpty() ? masked : scrub(masked);
    }

    /** @return a note, error message or rendered text with credentials removed */
    public String text(String text) {
        return scrub(CredentialMasking.maskText(text).text());
    }

    /** @return {@code text} without any known secret or its base64 forms */
    public String scrub(String text) {
        String result = text;
        for (String form : secretForms) {
            if (form.length() >= 3 && result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        return result;
    }
}
