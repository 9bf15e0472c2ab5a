package io.mailscope.session;

import java.util.List;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;

/**
 * A session the caller drives command by command (the console types into it). Every line is recorded masked: the
 * caller's PASS, LOGIN and AUTH lines and the SASL data lines that follow an AUTH are masked as they are recorded,
 * whatever the caller types. Not thread-safe, except {@link #cancel()}.
 */
public interface RawSession extends AutoCloseable {

    MailEndpoint endpoint();

    /** @return the greeting line(s) read when the session opened */
    List<String> greeting();

    /**
     * Sends one line and reads the server's complete reply (multi-line replies to the end, IMAP to the tagged
     * completion).
     *
     * @return the reply lines as received (the caller sees the server's lines unmasked; only the caller's secrets are
     *         masked, in the record)
     * @throws SessionException when the connection fails, times out or a limit is hit; the session is then closed
     */
    List<String> command(String line) throws SessionException;

    /** Sends STARTTLS/STLS and upgrades the connection when the server agrees. */
    List<String> startTls() throws SessionException;

    /** @return the TLS handshake, or null while the session is plain */
    TlsReport tls();

    /**
     * @return the command line that opens the same session outside Mailscope for typing by hand: {@code openssl
     *         s_client -connect … [-starttls pop3|imap|smtp]} for TLS, {@code telnet host port} for plain text
     */
    String equivalentCommand();

    /** @return everything recorded so far, masked */
    List<TranscriptEntry> transcript();

    /** @return the trace as built so far */
    Trace trace();

    /** Closes the connection (QUIT/LOGOUT is the caller's) and returns the diagnosis of the whole session. */
    Diagnosis finish();

    /** Aborts a blocking {@link #command} from any thread. */
    void cancel();

    @Override
    void close();
}
