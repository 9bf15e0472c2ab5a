package io.mailscope.testserver;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how a test server listens.
 *
 * @param bindAddress the address to listen on; loopback by default, so a demo never exposes a misbehaving server to
 *            the network
 * @param ports the port per protocol; 0 picks a free port; a protocol missing from the map is not served
 * @param maxConnections the most client connections served at once over all ports; further clients are accepted and
 *            closed at once, so a flood cannot exhaust threads or memory
 * @param connectionLifetime the longest a single connection is kept (a hanging or dripping scenario included); after
 *            it the server closes the connection
 */
public record ServerOptions(InetAddress bindAddress, Map<MailProtocol, Integer> ports, int maxConnections,
        Duration connectionLifetime) {

    /** Default for {@link #maxConnections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 200;
    /** Default for {@link #connectionLifetime}. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

    public ServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress"); //$NON-NLS-1$
        ports = Map.copyOf(ports);
        for (var e : ports.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > 65535) {
                throw new IllegalArgumentException(e.getKey().key() + " port " + e.getValue() + " is not 0..65535"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1"); //$NON-NLS-1$
        }
        if (connectionLifetime.isNegative() || connectionLifetime.isZero()) {
            throw new IllegalArgumentException("connectionLifetime must be positive"); //$NON-NLS-1$
        }
    }

    /** All three protocols on free loopback ports, default limits. */
    public static ServerOptions loopbackFreePorts() {
        return new ServerOptions(InetAddress.getLoopbackAddress(), Map.of(MailProtocol.POP3, 0, MailProtocol.IMAP, 0, MailProtocol.SMTP, 0),
                DEFAULT_MAX_CONNECTIONS, DEFAULT_LIFETIME);
    }

    public ServerOptions withPorts(Map<MailProtocol, Integer> newPorts) {
        return new ServerOptions(bindAddress, newPorts, maxConnections, connectionLifetime);
    }

    public ServerOptions withBindAddress(InetAddress address) {
        return new ServerOptions(address, ports, maxConnections, connectionLifetime);
    }

    public ServerOptions withMaxConnections(int max) {
        return new ServerOptions(bindAddress, ports, max, connectionLifetime);
    }

    public ServerOptions withConnectionLifetime(Duration lifetime) {
        return new ServerOptions(bindAddress, ports, maxConnections, lifetime);
    }
}
