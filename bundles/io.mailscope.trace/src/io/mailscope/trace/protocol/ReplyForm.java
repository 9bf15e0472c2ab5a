package io.mailscope.trace.protocol;

/** How the server answers a command. */
public enum ReplyForm {
    /** One SMTP reply: lines {@code NNN-…} ending with a line {@code NNN …} (RFC 5321 4.2.1). */
    SMTP_REPLY,
    /** One POP3 status line {@code +OK}/{@code -ERR}. */
    POP3_SINGLE_LINE,
    /** {@code +OK} starts a multi-line response ending with "." (dot-stuffed, RFC 1939 3); {@code -ERR} is one line. */
    POP3_MULTI_LINE,
    /** Multi-line without an argument (LIST, UIDL: a listing), one line with one (a single message). */
    POP3_MULTI_LINE_WITHOUT_ARGUMENT,
    /** Untagged lines, then the tagged completion {@code tag OK|NO|BAD} (RFC 9051 2.2.2). */
    IMAP_TAGGED
}
