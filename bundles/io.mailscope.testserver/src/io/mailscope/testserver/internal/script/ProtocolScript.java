package io.mailscope.testserver.internal.script;

import java.util.List;
import java.util.Optional;

import io.mailscope.testserver.MailProtocol;

/**
 * How one protocol's port behaves in a scenario. Everything not scripted behaves like a working server.
 *
 * @param protocol the port
 * @param greeting the scripted greeting, or null for the built-in one
 * @param capabilities CAPA lines (POP3), CAPABILITY words (IMAP) or EHLO keywords (SMTP) instead of the built-in ones,
 *            or null; STARTTLS/STLS is added while it is offered and the connection is not encrypted
 * @param startTls whether STARTTLS/STLS is offered and works
 * @param certificate the name of the certificate served on STARTTLS ({@code localhost}, {@code expired},
 *            {@code wrong-host})
 * @param messages how many messages the mailbox holds
 * @param replies scripted replies, in order; the first that matches a command applies
 */
public record ProtocolScript(MailProtocol protocol, ScriptedReply greeting, List<String> capabilities, boolean startTls,
        String certificate, int messages, List<ScriptedReply> replies) {

    /** The certificate used when a script names none. */
    public static final String DEFAULT_CERTIFICATE = "localhost"; //$NON-NLS-1$
    /** Messages in the mailbox when a script says nothing. */
    public static final int DEFAULT_MESSAGES = 2;

    public ProtocolScript {
        capabilities = capabilities == null ? null : List.copyOf(capabilities);
        replies = List.copyOf(replies);
    }

    /** The behaviour of a working server. */
    public static ProtocolScript builtIn(MailProtocol protocol) {
        return new ProtocolScript(protocol, null, null, true, DEFAULT_CERTIFICATE, DEFAULT_MESSAGES, List.of());
    }

    /** @return the first scripted reply to {@code verb} whose condition holds */
    public Optional<ScriptedReply> replyTo(String verb, boolean tls, boolean authenticated) {
        for (ScriptedReply r : replies) {
            if (r.command().equals(verb) && r.when().holds(tls, authenticated)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** @return true if anything differs from the built-in behaviour */
    public boolean scriptsAnything() {
        return greeting != null || capabilities != null || !startTls || !DEFAULT_CERTIFICATE.equals(certificate)
                || messages != DEFAULT_MESSAGES || !replies.isEmpty();
    }
}
