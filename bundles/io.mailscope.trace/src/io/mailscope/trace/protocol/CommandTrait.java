package io.mailscope.trace.protocol;

/** What a command does beyond asking for a reply: how the conversation around it is rebuilt depends on it. */
public enum CommandTrait {
    /** Starts a SASL exchange (AUTH, AUTHENTICATE): continuation lines of the client follow server challenges. */
    SASL,
    /** Carries credentials in its arguments (USER, PASS, APOP, LOGIN). */
    CREDENTIALS,
    /** Asks the server to start TLS on this connection (STARTTLS, STLS). */
    STARTS_TLS,
    /** Ends the session when answered positively (QUIT, LOGOUT). */
    CLOSES,
    /** SMTP DATA: after {@code 354} the client sends a message body ending with a line ".". */
    MESSAGE_BODY,
    /** SMTP BDAT: a chunk of the size given follows the command line at once (RFC 3030). */
    CHUNK,
    /** IMAP IDLE: after the server's "+", the client ends the command with "DONE" (RFC 2177). */
    IDLE,
    /** Switches the connection to compressed data (COMPRESS DEFLATE, RFC 4978). */
    COMPRESSES,
    /** Announces the session: EHLO, HELO, LHLO. */
    GREETS
}
