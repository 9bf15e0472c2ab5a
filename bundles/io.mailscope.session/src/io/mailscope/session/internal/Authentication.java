package io.mailscope.session.internal;

import java.util.List;
import java.util.Locale;

import io.mailscope.model.Protocol;

/**
 * Logging in the way mail clients do, for the account test and for a console's Log In: POP3 {@code USER}/{@code PASS}
 * or {@code AUTH}, the IMAP {@code LOGIN} command or {@code AUTHENTICATE}, SMTP {@code AUTH}, with the SASL mechanisms of
 * {@link Sasl}. The lines go through the {@link ProtocolClient}, so the recorder masks them; the caller tells the
 * session's masking the secret beforehand, so its base64 forms are masked too.
 */
final class Authentication {

    /** The name the engine gives itself in SMTP EHLO/HELO. */
    static final String CLIENT_NAME = "mailscope.invalid"; //$NON-NLS-1$

    private final ProtocolClient client;
    private final Protocol protocol;

    Authentication(ProtocolClient client, Protocol protocol) {
        this.client = client;
        this.protocol = protocol;
    }

    /**
     * @param mechanism {@code USER} (POP3), {@code LOGIN-COMMAND} (IMAP's LOGIN command) or a SASL mechanism: PLAIN,
     *            LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER
     * @return the server's reply to the last line sent
     * @throws IllegalArgumentException for a mechanism the protocol cannot do, or a challenge that is not base64
     */
    Reply logIn(String mechanism, String user, String secret) throws SessionFailure {
        return switch (protocol) {
            case POP3 -> pop3Login(mechanism, user, secret);
            case IMAP -> imapLogin(mechanism, user, secret);
            default -> sasl("AUTH", mechanism, user, secret); //$NON-NLS-1$
        };
    }

    /**
     * @param ehlo the server's reply to EHLO
     * @return the SASL mechanisms it names ({@code 250-AUTH PLAIN LOGIN}, also the old {@code AUTH=PLAIN} form), upper case
     */
    static List<String> smtpMechanisms(List<String> ehlo) {
        return ehlo.stream().filter(l -> l.length() > 4).map(l -> l.substring(4).strip().toUpperCase(Locale.ROOT))
                .filter(l -> l.startsWith("AUTH ") || l.startsWith("AUTH=")) //$NON-NLS-1$ //$NON-NLS-2$
                .flatMap(l -> java.util.Arrays.stream(l.substring(5).strip().split("\\s+"))).filter(m -> !m.isEmpty()).distinct().toList(); //$NON-NLS-1$
    }

    private Reply pop3Login(String mechanism, String user, String secret) throws SessionFailure {
        if (mechanism.equals("USER")) { //$NON-NLS-1$
            Reply u = client.send("USER " + user); //$NON-NLS-1$
            if (!u.pop3Ok()) {
                return u;
            }
            return client.send("PASS " + secret); //$NON-NLS-1$
        }
        return sasl("AUTH", mechanism, user, secret); //$NON-NLS-1$
    }

    private Reply imapLogin(String mechanism, String user, String secret) throws SessionFailure {
        if (mechanism.equals("LOGIN-COMMAND")) { //$NON-NLS-1$
            return client.send(client.nextTag() + " LOGIN " + imapString(user) + " " + imapString(secret)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sasl(client.nextTag() + " AUTHENTICATE", mechanism, user, secret); //$NON-NLS-1$
    }

    private static String imapString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private Reply sasl(String command, String mechanism, String user, String secret) throws SessionFailure {
        return switch (mechanism) {
            case "PLAIN" -> { //$NON-NLS-1$
                Reply r = client.send(command + " PLAIN"); //$NON-NLS-1$
                yield r.isChallenge() ? client.sendSaslData(Sasl.plain(user, secret)) : r;
            }
            case "LOGIN" -> { //$NON-NLS-1$
                Reply r = client.send(command + " LOGIN"); //$NON-NLS-1$
                if (r.isChallenge()) {
                    r = client.sendSaslData(Sasl.login(user));
                }
                yield r.isChallenge() ? client.sendSaslData(Sasl.login(secret)) : r;
            }
            case "CRAM-MD5" -> { //$NON-NLS-1$
                Reply r = client.send(command + " CRAM-MD5"); //$NON-NLS-1$
                if (!r.isChallenge()) {
                    yield r;
                }
                String challenge = r.last().startsWith("+") ? r.last().substring(1).strip() : r.last().substring(4).strip(); //$NON-NLS-1$
                yield client.sendSaslData(Sasl.cramMd5(user, secret, challenge));
            }
            case "XOAUTH2", "OAUTHBEARER" -> { //$NON-NLS-1$ //$NON-NLS-2$
                String payload = mechanism.equals("XOAUTH2") ? Sasl.xoauth2(user, secret) : Sasl.oauthBearer(user, secret); //$NON-NLS-1$
                Reply r = client.send(command + " " + mechanism + " " + payload); //$NON-NLS-1$ //$NON-NLS-2$
                if (r.isChallenge()) {
                    // the server sends an error report as a challenge; an empty answer (RFC 7628 ^A) ends the exchange
                    r = client.sendSaslData(mechanism.equals("XOAUTH2") ? "" : "AQ=="); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                yield r;
            }
            default -> throw new IllegalArgumentException("unsupported mechanism " + mechanism //$NON-NLS-1$
                    + ": use PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER" + (protocol == Protocol.POP3 ? " or USER" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
    }
}
