package io.mailscope.session.ui.internal;

import java.util.Locale;
import java.util.Map;

import io.mailscope.model.Protocol;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Security;

/**
 * What the connection dialog asks for, without the password (which lives only in the dialog, the session's
 * {@link io.mailscope.session.Credential} and, when the engineer asks, in Secure Storage).
 *
 * @param protocol POP3, IMAP or SMTP
 * @param host name or address
 * @param port TCP port
 * @param security none, STARTTLS or TLS
 * @param user account name, or null
 * @param remember true to keep the password in Secure Storage
 */
public record ConnectionSettings(Protocol protocol, String host, int port, Security security, String user, boolean remember) {

    /** Command parameter values for protocols and securities, as other bundles pass them to the open-console command. */
    static final Map<String, Protocol> PROTOCOLS = Map.of("pop3", Protocol.POP3, "imap", Protocol.IMAP, "smtp", Protocol.SMTP); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final Map<String, Security> SECURITIES = Map.of("none", Security.NONE, "starttls", Security.STARTTLS, "tls", Security.IMPLICIT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** @return the endpoint the engine connects to */
    public MailEndpoint endpoint() {
        return new MailEndpoint(protocol, host.strip(), port, security, user == null || user.isBlank() ? null : user.strip());
    }

    /** @return the first settings a new console offers: POP3 on the local machine, the protocol's default port */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(Protocol.POP3, "localhost", MailEndpoint.defaultPort(Protocol.POP3, Security.NONE), Security.NONE, //$NON-NLS-1$
                null, false);
    }

    /**
     * Parses the open-console command's parameters; a missing port is the protocol's default for the security.
     *
     * @throws IllegalArgumentException naming the parameter that is wrong
     */
    public static ConnectionSettings parse(String protocol, String host, String port, String security) {
        Protocol p = PROTOCOLS.get(protocol == null ? "pop3" : protocol.toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        if (p == null) {
            throw new IllegalArgumentException("protocol '" + protocol + "' is not pop3, imap or smtp"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Security s = SECURITIES.get(security == null ? "none" : security.toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        if (s == null) {
            throw new IllegalArgumentException("security '" + security + "' is not none, starttls or tls"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no host"); //$NON-NLS-1$
        }
        int number;
        if (port == null || port.isBlank()) {
            number = MailEndpoint.defaultPort(p, s);
        } else {
            try {
                number = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port '" + port + "' is not a number", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        ConnectionSettings settings = new ConnectionSettings(p, host.strip(), number, s, null, false);
        settings.endpoint(); // validates the port range and the host
        return settings;
    }

    /** @return {@code pop3://user@host:110 (STARTTLS)} for titles and the tab name */
    public String label() {
        String text = endpoint().uri();
        return security == Security.STARTTLS ? text + " (STARTTLS)" : text; //$NON-NLS-1$
    }
}
