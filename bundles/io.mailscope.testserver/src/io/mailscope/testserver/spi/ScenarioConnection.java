package io.mailscope.testserver.spi;

import java.io.IOException;

import io.mailscope.testserver.MailProtocol;

/**
 * One client connection as a Java scenario sees it.
 * <p>
 * <b>Provider type</b>: implemented by the server; scenarios only call it.
 */
public interface ScenarioConnection {

    /** @return the protocol of the port the client connected to */
    MailProtocol protocol();

    /** @return how many client connections to this protocol's port are open right now, this one included */
    int openConnections();

    /** Sends one line; the server adds CRLF. Lines longer than the server's limit are refused. */
    void send(String line) throws IOException;

    /**
     * Reads one command line (without CRLF), at most the server's line limit long.
     *
     * @return the line, or null when the client closed the connection
     */
    String readLine() throws IOException;

    /**
     * Continues the connection as the built-in mail server would, from the greeting on (nothing sent yet) or from the
     * next command (after the scenario sent the greeting itself, pass {@code greetingSent = true}).
     */
    void serveNormally(boolean greetingSent) throws IOException;

    /** Closes the connection at once (the client sees the drop). */
    void close();
}
