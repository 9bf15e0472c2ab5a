package io.mailscope.session;

import io.mailscope.session.internal.EquivalentCommand;

/**
 * The command line that reproduces a session outside Mailscope ({@code openssl s_client} or telnet for a console
 * session, {@code curl} for a POP3/IMAP account test, {@code swaks} for SMTP), for the server's administrator. It never
 * holds a password: at most the name of the environment variable the password came from.
 */
public final class EquivalentCommands {

    private EquivalentCommands() {
    }

    /** @return {@code openssl s_client -connect host:port … [-starttls proto]}, or {@code telnet host port} for plain text */
    public static String forConsole(MailEndpoint endpoint) {
        return EquivalentCommand.raw(endpoint);
    }

    /**
     * @param tls the handshake seen (a certificate trusted by fingerprint is pinned the same way), or null
     * @return the {@code curl} (POP3, IMAP) or {@code swaks} (SMTP) line that runs the same checks
     */
    public static String forAccountTest(AccountTestOptions options, TlsReport tls) {
        return EquivalentCommand.of(options.endpoint(), options, tls, options.passwordVariable());
    }
}
