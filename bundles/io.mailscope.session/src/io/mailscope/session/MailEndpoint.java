package io.mailscope.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.mailscope.model.Protocol;

/**
 * The server and account a session talks to.
 *
 * @param protocol POP3, IMAP or SMTP
 * @param host the name or address as the user gave it
 * @param port the TCP port
 * @param security plain, STARTTLS or implicit TLS
 * @param user the account name (may be null: no authentication)
 */
public record MailEndpoint(Protocol protocol, String host, int port, Security security, String user) {

    public MailEndpoint {
        if (protocol != Protocol.POP3 && protocol != Protocol.IMAP && protocol != Protocol.SMTP) {
            throw new IllegalArgumentException("protocol must be POP3, IMAP or SMTP, not " + protocol); //$NON-NLS-1$
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no host name"); //$NON-NLS-1$
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port); //$NON-NLS-1$
        }
    }

    /**
     * Parses {@code pop3://user@host:port} (also {@code pop3s}, {@code imap}, {@code imaps}, {@code smtp},
     * {@code smtps}, {@code submission}); the port defaults to the scheme's well-known port. A password in the URI is
     * refused: passwords never come from a command line.
     *
     * @param startTls true to upgrade a plain scheme with STARTTLS/STLS
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static MailEndpoint parse(String uri, boolean startTls) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + e.getMessage(), e); //$NON-NLS-1$
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        Protocol protocol;
        Security security;
        int defaultPort;
        switch (scheme) {
            case "pop3" -> { protocol = Protocol.POP3; security = Security.NONE; defaultPort = 110; } //$NON-NLS-1$
            case "pop3s" -> { protocol = Protocol.POP3; security = Security.IMPLICIT; defaultPort = 995; } //$NON-NLS-1$
            case "imap" -> { protocol = Protocol.IMAP; security = Security.NONE; defaultPort = 143; } //$NON-NLS-1$
            case "imaps" -> { protocol = Protocol.IMAP; security = Security.IMPLICIT; defaultPort = 993; } //$NON-NLS-1$
            case "smtp" -> { protocol = Protocol.SMTP; security = Security.NONE; defaultPort = 25; } //$NON-NLS-1$
            case "submission" -> { protocol = Protocol.SMTP; security = Security.NONE; defaultPort = 587; } //$NON-NLS-1$
            case "smtps" -> { protocol = Protocol.SMTP; security = Security.IMPLICIT; defaultPort = 465; } //$NON-NLS-1$
            default -> throw new IllegalArgumentException("unknown scheme '" + scheme //$NON-NLS-1$
                    + "': use pop3, pop3s, imap, imaps, smtp, smtps or submission"); //$NON-NLS-1$
        }
        if (startTls) {
            if (security == Security.IMPLICIT) {
                throw new IllegalArgumentException("--starttls cannot be combined with " + scheme //$NON-NLS-1$
                        + "://, which is TLS from the start"); //$NON-NLS-1$
            }
            security = Security.STARTTLS;
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("no host in '" + uri + "' (expected " + scheme + "://user@host:port)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String user = null;
        String info = u.getRawUserInfo();
        if (info != null) {
            if (info.indexOf(':') >= 0) {
                throw new IllegalArgumentException("the URI holds a password: passwords are never given on the command line;" //$NON-NLS-1$
                        + " use --password-env VAR or the prompt"); //$NON-NLS-1$
            }
            user = URLDecoder.decode(info, StandardCharsets.UTF_8);
        }
        String host = u.getHost();
        if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
            host = host.substring(1, host.length() - 1);
        }
        return new MailEndpoint(protocol, host, u.getPort() < 0 ? defaultPort : u.getPort(), security, user);
    }

    /**
     * @return the well-known port of a protocol with a security: POP3 110 (plain, STLS) and 995 (TLS), IMAP 143 and
     *         993, SMTP 25 (plain), 587 (submission with STARTTLS) and 465 (TLS)
     */
    public static int defaultPort(Protocol protocol, Security security) {
        return switch (protocol) {
            case POP3 -> security == Security.IMPLICIT ? 995 : 110;
            case IMAP -> security == Security.IMPLICIT ? 993 : 143;
            case SMTP -> switch (security) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case IMPLICIT -> 465;
            };
            default -> throw new IllegalArgumentException("protocol must be POP3, IMAP or SMTP, not " + protocol); //$NON-NLS-1$
        };
    }

    /** @return the URI form, without a password: {@code imaps://alice@host:993} */
    public String uri() {
        String scheme = protocol.getLiteral().toLowerCase(Locale.ROOT) + (security == Security.IMPLICIT ? "s" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host; //$NON-NLS-1$ //$NON-NLS-2$
        return scheme + "://" + (user == null ? "" : user + "@") + h + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
