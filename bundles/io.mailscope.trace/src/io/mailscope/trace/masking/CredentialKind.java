package io.mailscope.trace.masking;

/** What kind of credential was masked out of a line. */
public enum CredentialKind {
    /** A password: POP3 {@code PASS}, IMAP {@code LOGIN}, a password option or configuration value. */
    PASSWORD,
    /** The digest of POP3 {@code APOP} (replayable against the same greeting). */
    APOP_DIGEST,
    /** A SASL response: an initial response or a continuation line of any mechanism (PLAIN, LOGIN, CRAM-MD5, …). */
    SASL_RESPONSE,
    /** An OAuth bearer token (XOAUTH2, OAUTHBEARER, {@code Authorization: Bearer}, JSON token fields). */
    BEARER_TOKEN,
    /** The password part of a URL's user info ({@code imap://user:password@host}). */
    URL_PASSWORD
}
