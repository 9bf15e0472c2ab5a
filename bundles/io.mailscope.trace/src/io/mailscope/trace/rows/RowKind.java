package io.mailscope.trace.rows;

/** What a row of the rebuilt conversation shows. */
public enum RowKind {
    /** a command the client sent */
    COMMAND,
    /** a line of the server's reply (or of its greeting) */
    REPLY,
    /** connected, closed, refused, timed out, TLS started or failed */
    CONNECTION,
    /** a code or error the client reported (hrStatus, error dialog text) */
    STATUS
}
