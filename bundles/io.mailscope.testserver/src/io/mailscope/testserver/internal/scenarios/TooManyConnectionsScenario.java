package io.mailscope.testserver.internal.scenarios;

import java.io.IOException;

import io.mailscope.testserver.spi.ScenarioBehaviour;
import io.mailscope.testserver.spi.ScenarioConnection;

/**
 * {@code too-many-connections}: the first connection to each port is served normally; while it stays open, every
 * further connection is refused at the greeting, as a server with a per-client connection limit does (Postfix
 * {@code smtpd_client_connection_count_limit}: "421 4.7.0 ... Error: too many connections from ..."). A script cannot
 * say this: it depends on the other connections.
 */
public final class TooManyConnectionsScenario implements ScenarioBehaviour {

    /** Connections per port served before the limit applies. */
    public static final int LIMIT = 1;

    @Override
    public void serve(ScenarioConnection connection) throws IOException {
        if (connection.openConnections() <= LIMIT) {
            connection.serveNormally(false);
            return;
        }
        connection.send(switch (connection.protocol()) {
            case SMTP -> "421 4.7.0 mailscope-test.localhost Error: too many connections from your address"; //$NON-NLS-1$
            case POP3 -> "-ERR [SYS/TEMP] Too many connections from your address, try again later"; //$NON-NLS-1$
            case IMAP -> "* BYE [UNAVAILABLE] Too many connections from your address, try again later"; //$NON-NLS-1$
        });
        connection.close();
    }
}
