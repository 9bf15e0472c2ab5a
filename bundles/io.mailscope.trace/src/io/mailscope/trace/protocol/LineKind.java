package io.mailscope.trace.protocol;

/** What one line of a session is, in the grammar of its protocol. */
public enum LineKind {
    /** A client command line: it opens one exchange. */
    COMMAND,
    /**
     * A client line outside any data that is no command: an empty line (servers skip it), or an IMAP line without a
     * tag (RFC 9051: {@code command = tag SP …}).
     */
    NOT_A_COMMAND,
    /** Octets of an IMAP literal sent by the client (APPEND message, LOGIN string): data of its command. */
    LITERAL_DATA,
    /** A line of an SMTP DATA body, or its final ".": data of the DATA command. */
    MESSAGE_BODY,
    /** Octets of an SMTP BDAT chunk: data of the BDAT command. */
    CHUNK_DATA,
    /** The client's answer to a server continuation: SASL data, or "DONE" ending IDLE. */
    CONTINUATION,
    /** A server reply line (SMTP reply line, POP3 status line, IMAP tagged/untagged/continuation line). */
    REPLY,
    /** Data inside a server reply: octets of an IMAP literal, a line of a POP3 multi-line response or its ".". */
    REPLY_DATA
}
