package io.mailscope.session;

import java.util.List;

/** A live session failed (connection, TLS, time-out, limit, cancel); the message says what and where. */
public class SessionException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<TranscriptEntry> transcript;

    public SessionException(String message, List<TranscriptEntry> transcript) {
        super(message);
        this.transcript = List.copyOf(transcript);
    }

    /** @return what was recorded until the failure (masked) */
    public List<TranscriptEntry> transcript() {
        return transcript;
    }
}
