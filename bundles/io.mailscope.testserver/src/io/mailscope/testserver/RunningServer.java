package io.mailscope.testserver;

import java.net.InetAddress;
import java.util.Map;
import java.util.Set;

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

    /**
     * @return the protocols whose port offers STARTTLS/STLS in this scenario (a client may upgrade to TLS there); the
     *         other ports are plain text only
     */
    Set<MailProtocol> startTlsOffered();

    /**
     * Tells {@code listener} about every later event of this server: connections, the lines received and sent (secrets
     * masked), the scenario's faults, closes. Adding the same listener twice tells it once.
     */
    void addEventListener(ServerEventListener listener);

    /** Stops telling {@code listener}; nothing happens if it was not added. */
    void removeEventListener(ServerEventListener listener);

    /** @return true until {@link #stop} */
    boolean isRunning();

    /** Stops the server; idempotent. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
