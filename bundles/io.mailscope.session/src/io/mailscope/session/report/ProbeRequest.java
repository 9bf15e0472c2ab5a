package io.mailscope.session.report;

import java.time.Duration;
import java.util.List;

/**
 * A {@code probe} command line, parsed: what to test and how to report it. Holds the names of environment variables,
 * never a secret.
 *
 * @param uri {@code pop3://user@host:port} and the other schemes of {@link io.mailscope.session.MailEndpoint#parse}
 * @param startTls upgrade a plain scheme with STARTTLS/STLS
 * @param passwordEnv environment variable holding the password, or null (then the password is asked for when a
 *            terminal is attached, else authentication is skipped)
 * @param tokenEnv environment variable holding an OAuth 2 access token (XOAUTH2/OAUTHBEARER), or null
 * @param timeout the whole session's time-out (null: the default)
 * @param trustFingerprints SHA-256 fingerprints of certificates to trust for this session
 * @param json true for JSON, false for text
 * @param mechanism SASL mechanism to use, or null for the default
 * @param mailFrom SMTP envelope sender, or null
 * @param rcptTo SMTP envelope recipient, or null
 * @param sendData send a small test message (SMTP DATA)
 * @param repeat how many times to run the test in this process (1 normally; more to see a flaky server or to
 *            measure): the report is the last run's, preceded by one line per run
 */
public record ProbeRequest(String uri, boolean startTls, String passwordEnv, String tokenEnv, Duration timeout,
        List<String> trustFingerprints, boolean json, String mechanism, String mailFrom, String rcptTo, boolean sendData, int repeat) {

    public ProbeRequest {
        trustFingerprints = List.copyOf(trustFingerprints);
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1"); //$NON-NLS-1$
        }
    }
}
