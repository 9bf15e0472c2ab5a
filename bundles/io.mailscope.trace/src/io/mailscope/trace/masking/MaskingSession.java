package io.mailscope.trace.masking;

/**
 * Masks the lines of one connection, in order. Stateful: after an {@code AUTH}/{@code AUTHENTICATE} the SASL
 * response lines that follow (base64, of any mechanism) are masked, after an IMAP {@code LOGIN} that announces a
 * literal the literal's line is masked, whatever protocol the session was taken for. Not thread-safe: one
 * instance per connection, fed from one thread. Obtain one from {@link CredentialMasking#newSession()}.
 */
public interface MaskingSession {

    /** A line the client sent (a command, SASL or literal data, a message body line). */
    MaskedLine client(String line);

    /**
     * A line the server sent. Server lines carry no credentials of their own, but a challenge ({@code 334 …},
     * {@code + …}) tells that the next client line is SASL data, and a final reply ends the exchange; a line that
     * has a client credential syntax (a direction guessed wrongly) is still masked.
     */
    MaskedLine server(String line);

    /**
     * A line whose direction is unknown and that may carry a prefix (a timestamp, {@code C:}, {@code >>>},
     * {@code send: '…'}): credentials are looked for anywhere in it, including configuration dumps, command lines
     * ({@code --password}, {@code -u user:pw}), URLs with user info and JSON fields.
     */
    MaskedLine text(String line);

    /** The connection closed or was reset: forget any open SASL exchange or literal. */
    void reset();
}
