package io.mailscope.session;

import java.util.Locale;
import java.util.Set;

/**
 * What an account test checks.
 *
 * @param endpoint server and account
 * @param credential password or OAuth token; null skips authentication
 * @param mechanism the SASL mechanism to use (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER, or USER for POP3
 *            USER/PASS and LOGIN for the IMAP LOGIN command), or null to choose the best one the server offers
 * @param limits time-outs and size limits
 * @param trustedFingerprints SHA-256 fingerprints of certificates the caller trusts explicitly (any case, colons
 *            optional)
 * @param mailFrom SMTP envelope sender (null: the user name when it is an address, else {@code postmaster@<host>})
 * @param rcptTo SMTP envelope recipient (null: the sender)
 * @param sendData true to send a small test message after RCPT TO (SMTP)
 * @param passwordVariable the environment variable the secret came from, which the equivalent command names
 *            ({@code "$VAR"}) instead of the secret; null when it came from a prompt or storage
 */
public record AccountTestOptions(MailEndpoint endpoint, Credential credential, String mechanism, SessionLimits limits,
        Set<String> trustedFingerprints, String mailFrom, String rcptTo, boolean sendData, String passwordVariable) {

    public AccountTestOptions {
        trustedFingerprints = trustedFingerprints.stream().map(AccountTestOptions::normalizeFingerprint)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        mechanism = mechanism == null ? null : mechanism.toUpperCase(Locale.ROOT);
        if (mechanism != null && !MECHANISMS.contains(mechanism)) {
            throw new IllegalArgumentException("unknown mechanism '" + mechanism + "': use one of " + String.join(", ", MECHANISMS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** The mechanisms the account test speaks: SASL, plus POP3 USER/PASS ({@code USER}). */
    public static final java.util.List<String> MECHANISMS = java.util.List.of("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2", "OAUTHBEARER", "USER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    public static AccountTestOptions of(MailEndpoint endpoint, Credential credential) {
        return new AccountTestOptions(endpoint, credential, null, SessionLimits.DEFAULT, Set.of(), null, null, false, null);
    }

    public AccountTestOptions withLimits(SessionLimits newLimits) {
        return new AccountTestOptions(endpoint, credential, mechanism, newLimits, trustedFingerprints, mailFrom, rcptTo, sendData, passwordVariable);
    }

    public AccountTestOptions withTrusted(Set<String> fingerprints) {
        return new AccountTestOptions(endpoint, credential, mechanism, limits, fingerprints, mailFrom, rcptTo, sendData, passwordVariable);
    }

    public AccountTestOptions withMechanism(String newMechanism) {
        return new AccountTestOptions(endpoint, credential, newMechanism, limits, trustedFingerprints, mailFrom, rcptTo, sendData, passwordVariable);
    }

    public AccountTestOptions withEnvelope(String from, String to, boolean data) {
        return new AccountTestOptions(endpoint, credential, mechanism, limits, trustedFingerprints, from, to, data, passwordVariable);
    }

    public AccountTestOptions withPasswordVariable(String variable) {
        return new AccountTestOptions(endpoint, credential, mechanism, limits, trustedFingerprints, mailFrom, rcptTo, sendData, variable);
    }

    /** @return {@code AB:CD:…} upper case with colons, whatever form was given */
    public static String normalizeFingerprint(String fingerprint) {
        String hex = fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        if (hex.length() != 64) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits): " + fingerprint); //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(95);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                b.append(':');
            }
            b.append(hex, i, i + 2);
        }
        return b.toString();
    }
}
