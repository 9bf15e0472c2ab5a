package io.mailscope.session;

/** How a session protects the connection. */
public enum Security {
    /** Plain TCP throughout. */
    NONE,
    /** Plain TCP, upgraded with STARTTLS (SMTP, IMAP) or STLS (POP3) before authentication. */
    STARTTLS,
    /** TLS from the first byte (pop3s, imaps, smtps). */
    IMPLICIT
}
