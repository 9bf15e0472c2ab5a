package io.mailscope.testserver;

import java.net.InetAddress;
import java.util.Map;

/**
 * A started test server. Closing it stops listening, closes every client connection and waits for the connection
 * threads to end.
 * <p>
 * <b>Provider type.</b>
 */
public interface RunningServer extends AutoCloseable {

    /** @return the scenario it plays */
    ScenarioInfo scenario();

    /** @return the address it listens on */
    InetAddress address();

    /** @return the port actually bound per protocol (a requested 0 resolved to the free port chosen) */
    Map<MailProtocol, Integer> ports();

    /** @return the port of one protocol; throws if that protocol is not served */
    default int port(MailProtocol protocol) {
        Integer port = ports().get(protocol);
        if (port == null) {
            throw new IllegalArgumentException(protocol + " is not served"); //$NON-NLS-1$
        }
        return port;
    }

    /** @return client connections open right now */
    int activeConnections();

    /** @return client connections accepted since the start (including those refused over the limit) */
    long acceptedConnections();

    /** @return true until {@link #stop} */
    boolean isRunning();

    /** Stops the server; idempotent. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
