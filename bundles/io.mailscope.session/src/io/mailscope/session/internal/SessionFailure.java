package io.mailscope.session.internal;

/** Why a live connection cannot go on. The message is for people and holds no secret. */
public final class SessionFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The host name did not resolve. */
        DNS,
        /** No address accepted the connection. */
        CONNECT,
        /** The peer did not answer in time (connect, reply line, handshake or the whole session). */
        TIMEOUT,
        /** The peer closed the connection. */
        CLOSED,
        /** The TLS handshake failed (not the certificate). */
        TLS,
        /** The certificate chain is not trusted. */
        CERTIFICATE,
        /** A line, a reply or the session exceeded its size limit. */
        LIMIT,
        /** The caller cancelled. */
        CANCELLED,
        /** Another I/O error. */
        IO
    }

    private final Kind kind;

    public SessionFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SessionFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
