package io.mailscope.session;

/**
 * The phases of an account test, in order; each has the exit code {@code ./mailscope probe} returns when it is the
 * phase that failed.
 */
public enum Phase {
    RESOLVE("resolve", 10), //$NON-NLS-1$
    CONNECT("connect", 11), //$NON-NLS-1$
    GREETING("greeting", 12), //$NON-NLS-1$
    CAPABILITIES("capabilities", 13), //$NON-NLS-1$
    TLS("tls", 14), //$NON-NLS-1$
    AUTHENTICATION("authentication", 15), //$NON-NLS-1$
    /** POP3 STAT/UIDL/LIST, IMAP LIST/SELECT INBOX. */
    MAILBOX("mailbox", 16), //$NON-NLS-1$
    /** SMTP MAIL FROM, RCPT TO and (when asked) DATA. */
    SUBMISSION("submission", 17), //$NON-NLS-1$
    QUIT("quit", 18); //$NON-NLS-1$

    private final String id;
    private final int exitCode;

    Phase(String id, int exitCode) {
        this.id = id;
        this.exitCode = exitCode;
    }

    /** @return the name used in reports and JSON */
    public String id() {
        return id;
    }

    /** @return the exit code of {@code ./mailscope probe} when this phase failed */
    public int exitCode() {
        return exitCode;
    }
}
