package io.mailscope.testserver.internal.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.tls.TlsContexts;

/**
 * The built-in behaviour of a working mail server for one protocol: what a scenario does not script. Accepts any
 * user name and password (a test server holds no accounts), keeps no message it receives.
 */
public abstract sealed class Dialogue permits Pop3Dialogue, ImapDialogue, SmtpDialogue {

    /** The name the server gives itself in greetings and replies. */
    public static final String HOST = "mailscope-test.localhost"; //$NON-NLS-1$

    protected final ClientChannel channel;
    protected final ProtocolScript script;
    protected final Mailbox mailbox;
    private final TlsContexts tls;
    private boolean authenticated;
    private boolean finished;

    protected Dialogue(ClientChannel channel, ProtocolScript script, TlsContexts tls) {
        this.channel = channel;
        this.script = script;
        this.tls = tls;
        this.mailbox = Mailbox.generated(script.messages());
    }

    public static Dialogue create(MailProtocol protocol, ClientChannel channel, ProtocolScript script, TlsContexts tls) {
        return switch (protocol) {
            case POP3 -> new Pop3Dialogue(channel, script, tls);
            case IMAP -> new ImapDialogue(channel, script, tls);
            case SMTP -> new SmtpDialogue(channel, script, tls);
        };
    }

    /** @return the greeting a working server sends */
    public abstract String builtInGreeting();

    /** @return the command a line holds */
    public abstract Command parse(String line);

    /**
     * Answers a command as a working server does.
     *
     * @return a pseudo-command that follows (the end of an SMTP message after DATA), or null
     */
    public abstract Command handle(Command command) throws IOException;

    /** @return the reply to a command line that was too long */
    public abstract String lineTooLongReply();

    public boolean isAuthenticated() {
        return authenticated;
    }

    protected void authenticated() {
        authenticated = true;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The client said goodbye (QUIT, LOGOUT); the connection ends after the reply. */
    protected void finish() {
        finished = true;
    }

    /**
     * @return the script's capabilities (or the built-in ones), with {@code startTlsCapability} added while STARTTLS is
     *         offered and the connection is not encrypted yet
     */
    protected List<String> capabilities(List<String> builtIn, String startTlsCapability) {
        List<String> caps = new ArrayList<>(script.capabilities() == null ? builtIn : script.capabilities());
        if (offersStartTls()) {
            caps.add(startTlsCapability);
        }
        return caps;
    }

    protected boolean offersStartTls() {
        return script.startTls() && !channel.isTls();
    }

    protected void startTls() throws IOException {
        SSLContext context = tls.server(script.certificate());
        channel.startTls(context);
    }

    protected void send(List<String> lines) throws IOException {
        for (String line : lines) {
            channel.send(line);
        }
    }

    /** Reads a SASL continuation line; a client that leaves instead ends the dialogue. */
    protected String readContinuation() throws IOException {
        String line = channel.readLine();
        if (line == null) {
            finish();
        }
        return line;
    }

    protected static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** @return the SASL mechanisms named by a capability such as {@code AUTH PLAIN LOGIN} or {@code SASL PLAIN} */
    protected static List<String> mechanisms(List<String> capabilities, String prefix) {
        for (String c : capabilities) {
            String u = upper(c);
            if (u.startsWith(prefix)) {
                return List.of(u.substring(prefix.length()).strip().split("\\s+")); //$NON-NLS-1$
            }
        }
        return List.of();
    }
}
