package io.mailscope.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.mailscope.model.Protocol;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.Credential;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.Security;
import io.mailscope.session.TlsReport;

/**
 * The command line that reproduces a session outside Mailscope, for the server's administrator: {@code curl} for a
 * POP3 or IMAP account test, {@code swaks} for SMTP, {@code openssl s_client} (or telnet) for a raw session. It never
 * holds a secret: the password is the shell variable it came from ({@code "$VAR"}), or the tool asks for it.
 */
public final class EquivalentCommand {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+"); //$NON-NLS-1$

    private EquivalentCommand() {
    }

    /**
     * @param tls the handshake of the session (a certificate trusted by fingerprint is pinned the same way), or null
     * @param passwordVariable the environment variable holding the password, or null (the tool then prompts)
     */
    public static String of(MailEndpoint endpoint, AccountTestOptions options, TlsReport tls, String passwordVariable) {
        return endpoint.protocol() == Protocol.SMTP ? swaks(endpoint, options, passwordVariable)
                : curl(endpoint, options, tls, passwordVariable);
    }

    private static String curl(MailEndpoint endpoint, AccountTestOptions options, TlsReport tls, String passwordVariable) {
        List<String> args = new ArrayList<>(List.of("curl", "-v")); //$NON-NLS-1$ //$NON-NLS-2$
        if (endpoint.security() == Security.STARTTLS) {
            args.add("--ssl-reqd"); //$NON-NLS-1$
        }
        if (tls != null && tls.trust() == TlsReport.Trust.TRUSTED_BY_FINGERPRINT && !tls.chain().isEmpty()) {
            // trusted for this session only: curl checks the same key instead of the certificate authority
            args.add("--insecure"); //$NON-NLS-1$
            args.add("--pinnedpubkey"); //$NON-NLS-1$
            args.add("sha256//" + tls.chain().get(0).publicKeySha256()); //$NON-NLS-1$
        }
        Credential credential = options.credential();
        if (endpoint.user() != null) {
            if (credential != null && credential.kind() == Credential.Kind.OAUTH_TOKEN) {
                args.add("--user"); //$NON-NLS-1$
                args.add(endpoint.user());
                args.add("--oauth2-bearer"); //$NON-NLS-1$
                args.add(passwordVariable == null ? "TOKEN" : "\"$" + passwordVariable + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } else {
                args.add("--user"); //$NON-NLS-1$
                args.add(passwordVariable == null ? quote(endpoint.user()) : quote(endpoint.user() + ":") + "\"$" + passwordVariable + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String mechanism = options.mechanism();
                // without a mechanism curl picks the strongest SASL mechanism offered (it has no switch for POP3
                // USER/PASS or the IMAP LOGIN command); a SASL mechanism the account test was told to use is passed on
                if (mechanism != null && !mechanism.equals("USER")) { //$NON-NLS-1$
                    args.add("--login-options"); //$NON-NLS-1$
                    args.add("AUTH=" + mechanism); //$NON-NLS-1$
                }
            }
        }
        String scheme = endpoint.protocol().getLiteral().toLowerCase(Locale.ROOT) + (endpoint.security() == Security.IMPLICIT ? "s" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        String path = endpoint.protocol() == Protocol.IMAP ? "/INBOX?ALL" : "/"; //$NON-NLS-1$ //$NON-NLS-2$
        args.add(quote(scheme + "://" + hostForUrl(endpoint.host()) + ":" + endpoint.port() + path)); //$NON-NLS-1$ //$NON-NLS-2$
        return String.join(" ", args); //$NON-NLS-1$
    }

    private static String swaks(MailEndpoint endpoint, AccountTestOptions options, String passwordVariable) {
        List<String> args = new ArrayList<>(List.of("swaks", "--server", quote(endpoint.host()), "--port", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Integer.toString(endpoint.port())));
        if (endpoint.security() == Security.STARTTLS) {
            args.add("--tls"); //$NON-NLS-1$
        } else if (endpoint.security() == Security.IMPLICIT) {
            args.add("--tls-on-connect"); //$NON-NLS-1$
        }
        String from = options.mailFrom() != null ? options.mailFrom()
                : endpoint.user() != null && endpoint.user().contains("@") ? endpoint.user() : "postmaster@" + endpoint.host(); //$NON-NLS-1$ //$NON-NLS-2$
        String to = options.rcptTo() != null ? options.rcptTo() : from;
        args.addAll(List.of("--ehlo", "mailscope.invalid", "--from", quote(from), "--to", quote(to))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (options.credential() != null && endpoint.user() != null) {
            String mechanism = options.mechanism() != null ? options.mechanism()
                    : options.credential().kind() == Credential.Kind.OAUTH_TOKEN ? "XOAUTH2" : null; //$NON-NLS-1$
            args.add("--auth"); //$NON-NLS-1$
            if (mechanism != null) {
                args.add(mechanism);
            }
            args.add("--auth-user"); //$NON-NLS-1$
            args.add(quote(endpoint.user()));
            if (passwordVariable != null) {
                args.add("--auth-password"); //$NON-NLS-1$
                args.add("\"$" + passwordVariable + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!options.sendData()) {
            args.add("--quit-after"); //$NON-NLS-1$
            args.add("RCPT"); //$NON-NLS-1$
        }
        return String.join(" ", args); //$NON-NLS-1$
    }

    /** For a raw session: {@code openssl s_client} for TLS and STARTTLS, telnet for plain text. */
    public static String raw(MailEndpoint endpoint) {
        String host = quote(endpoint.host());
        if (endpoint.security() == Security.NONE) {
            return "telnet " + host + " " + endpoint.port(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> args = new ArrayList<>(List.of("openssl", "s_client", "-connect", quote(hostForUrl(endpoint.host()) + ":" + endpoint.port()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-servername", host, "-crlf")); //$NON-NLS-1$ //$NON-NLS-2$
        if (endpoint.security() == Security.STARTTLS) {
            args.add("-starttls"); //$NON-NLS-1$
            args.add(endpoint.protocol().getLiteral().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", args); //$NON-NLS-1$
    }

    private static String hostForUrl(String host) {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the word as the shell reads it: unchanged when safe, else in single quotes */
    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
