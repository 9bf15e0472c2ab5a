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

    /**
     * Resolves, connects, starts implicit TLS and reads the greeting, for a session made by
     * {@link SessionService#rawSession}; {@link #cancel()} from another thread stops it at any point (a server that
     * never greets included). A session from {@link SessionService#openRaw} is open already; calling it again does
     * nothing.
     *
     * @throws SessionException when no connection could be made or no greeting came; the session is then closed
     */
    void open() throws SessionException;

    /** @return true while the connection is open (false after QUIT/LOGOUT, a drop, a failure or {@link #close()}) */
    boolean isOpen();

    /**
     * @return true after an SMTP {@code DATA} was answered with 354: the lines sent now are message content, answered
     *         only after the final {@code "."}
     */
    boolean inMessageData();

    /**
     * Waits up to {@code wait} for anything the server sends on its own while the client is silent (an IMAP
     * {@code * BYE}, a drop after the greeting), reading and recording the lines that arrived.
     *
     * @return the lines that arrived (empty when the server stayed silent)
     * @throws SessionException when the server closed the connection or a limit was hit; the session is then closed
     */
    List<String> awaitServer(java.time.Duration wait) throws SessionException;

    /**
     * @return a copy of the trace recorded so far, consistent (taken while no line is being recorded), for a view to
     *         show and diagnose while the session goes on
     */
    Trace traceSnapshot();

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

    /**
     * Logs in as the endpoint's user the way a mail client configured for the account does: POP3 {@code USER}/{@code PASS},
     * the IMAP {@code LOGIN} command, SMTP {@code AUTH PLAIN} (after an {@code EHLO} when none was sent yet; {@code LOGIN}
     * or {@code CRAM-MD5} when the server offers only those); an OAuth token with {@code XOAUTH2}. From now on the
     * secret and its base64 forms are masked in everything the session records, whatever the server echoes.
     *
     * @return the server's reply to the last line sent (the caller tells success from it, as with {@link #command})
     * @throws IllegalStateException when the endpoint names no user
     * @throws SessionException when the connection fails, times out or a limit is hit; the session is then closed
     */
    List<String> logIn(io.mailscope.session.Credential credential) throws SessionException;

    /**
     * @return the line as typed, or for IMAP a command typed without a tag ({@code select INBOX}) with the session's
     *         next tag in front ({@code a3 select INBOX}); lines answering a continuation ({@code +}), tagged commands
     *         and every POP3 and SMTP line are returned as they are. Tags typed by hand are skipped by later ones.
     */
    String withTag(String typed);

    /** Sends STARTTLS/STLS and upgrades the connection when the server agrees. */
    List<String> startTls() throws SessionException;

    /** @return the TLS handshake, or null while the session is plain */
    TlsReport tls();

    /** @return true when the connection is protected by TLS now (implicit, or after a successful STARTTLS) */
    default boolean tlsActive() {
        TlsReport report = tls();
        return report != null && report.protocol() != null;
    }

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
