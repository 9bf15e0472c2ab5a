package io.mailscope.session.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.mailscope.model.Protocol;
import io.mailscope.trace.internal.conversation.SecretMasker;

/**
 * The one place where the session engine masks what it records: every line the client sends, every note and every
 * rendered text passes through here before it is stored, shown or written. Today it calls the importer's masking
 * ({@link SecretMasker}); when the one masking component of the trace bundle is available, only this class changes.
 * <p>
 * On top of the protocol-aware masking, a session knows the secrets it was given: {@link #scrub} removes the secret
 * itself and its base64 forms (as AUTH PLAIN, AUTH LOGIN, XOAUTH2 and OAUTHBEARER send it) from any text, so a line
 * the protocol rules do not recognise still cannot carry it.
 */
public final class SessionMasking {

    /** What masked text shows instead of a secret. */
    public static final String MASK = SecretMasker.MASK;

    private final List<String> secretForms = new ArrayList<>();

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
     * @param saslData true for a line sent in answer to a SASL challenge (334 / "+"), which is secret as a whole
     * @return the client line as it may be recorded
     */
    public String clientLine(Protocol protocol, String line, boolean saslData) {
        String masked = saslData ? SecretMasker.continuation(line).text() : SecretMasker.command(protocol, line).text();
        return scrub(masked);
    }

    /** @return a server line as it may be recorded (servers echo no secrets, but a scrub costs nothing) */
    public String serverLine(String line) {
        return secretForms.isEmpty() ? line : scrub(line);
    }

    /** @return a note, error message or rendered text with credentials removed */
    public String text(String text) {
        return scrub(SecretMasker.other(text).text());
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

    /** @return true when the word names a SASL mechanism */
    public static boolean isSaslMechanism(String word) {
        return SecretMasker.isSaslMechanism(word);
    }
}
