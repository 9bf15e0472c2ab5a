package io.mailscope.testserver;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened on a running test server, as the server saw it: a client connected, a line was received or
 * sent, the scenario acted (cut, hang, drip, TLS dropped), a connection ended. Passwords and AUTH payloads a client sent
 * are masked before the event is made, so an event can be shown and logged as it is.
 * <p>
 * <b>Provider type.</b>
 *
 * @param time when it happened
 * @param protocol the port it happened on
 * @param connection the connection's number on this server, counted from 1 in the order clients were accepted (0 for
 *            events of no connection)
 * @param kind what happened
 * @param text the line (without CRLF) or a sentence for people
 */
public record ServerEvent(Instant time, MailProtocol protocol, long connection, Kind kind, String text) {

    /** What a {@link ServerEvent} is about. */
    public enum Kind {
        /** A client connected; the text names its address. */
        CONNECTED,
        /** A line the client sent (masked where it carries a secret; a message body is summed up in one event). */
        RECEIVED,
        /** A line the server sent, or a summary of raw bytes it sent (a message, an IMAP literal). */
        SENT,
        /** The connection became encrypted; the text names the TLS version and cipher suite. */
        TLS,
        /** The scenario did something a working server does not: cut, hang, drip, endless line, TLS drop. */
        FAULT,
        /** The server closed the connection (scenario, lifetime, stop). */
        SERVER_CLOSED,
        /** The client closed the connection or it broke on the client's side. */
        CLIENT_CLOSED,
        /** A client was accepted and closed at once because the server's connection limit was reached. */
        REFUSED
    }

    public ServerEvent {
        Objects.requireNonNull(time, "time"); //$NON-NLS-1$
        Objects.requireNonNull(protocol, "protocol"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
    }
}
