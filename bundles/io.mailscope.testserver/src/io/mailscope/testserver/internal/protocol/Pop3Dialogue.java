package io.mailscope.testserver.internal.protocol;

import java.io.IOException;
import java.util.List;

import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.tls.TlsContexts;

/** A working POP3 server (RFC 1939, CAPA RFC 2449, STLS RFC 2595, SASL PLAIN/LOGIN RFC 5034). */
public final class Pop3Dialogue extends Dialogue {

    private static final List<String> CAPABILITIES = List.of("TOP", "UIDL", "USER", "RESP-CODES", "SASL PLAIN LOGIN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private String user;

    Pop3Dialogue(ClientChannel channel, ProtocolScript script, TlsContexts tls) {
        super(channel, script, tls);
    }

    @Override
    public String builtInGreeting() {
        return "+OK Mailscope test POP3 server ready"; //$NON-NLS-1$
    }

    @Override
    public Command parse(String line) {
        String[] parts = line.strip().split("\\s+", 2); //$NON-NLS-1$
        return new Command(null, upper(parts[0]), parts.length > 1 ? parts[1] : ""); //$NON-NLS-1$
    }

    @Override
    public String lineTooLongReply() {
        return "-ERR Line too long."; //$NON-NLS-1$
    }

    private List<String> capabilities() {
        return capabilities(CAPABILITIES, "STLS"); //$NON-NLS-1$
    }

    @Override
    public Command handle(Command c) throws IOException {
        switch (c.verb()) {
            case "CAPA" -> { //$NON-NLS-1$
                channel.send("+OK Capability list follows"); //$NON-NLS-1$
                send(capabilities());
                channel.send("."); //$NON-NLS-1$
            }
            case "STLS" -> { //$NON-NLS-1$
                if (!offersStartTls()) {
                    channel.send(channel.isTls() ? "-ERR TLS already active." : "-ERR Command not permitted."); //$NON-NLS-1$ //$NON-NLS-2$
                } else {
                    channel.send("+OK Begin TLS negotiation now."); //$NON-NLS-1$
                    startTls();
                }
            }
            case "USER" -> { //$NON-NLS-1$
                user = c.argument();
                channel.send("+OK"); //$NON-NLS-1$
            }
            case "PASS" -> { //$NON-NLS-1$
                if (user == null) {
                    channel.send("-ERR USER first."); //$NON-NLS-1$
                } else {
                    loggedIn();
                }
            }
            case "AUTH" -> auth(c.argument()); //$NON-NLS-1$
            case "STAT" -> { //$NON-NLS-1$
                if (loggedInOrRefuse()) {
                    channel.send("+OK " + mailbox.messages().size() + " " + mailbox.totalSize()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            case "LIST", "UIDL" -> listing(c); //$NON-NLS-1$ //$NON-NLS-2$
            case "RETR", "TOP" -> retrieve(c); //$NON-NLS-1$ //$NON-NLS-2$
            case "DELE" -> { //$NON-NLS-1$
                if (loggedInOrRefuse()) {
                    channel.send(mailbox.message(c.argument()) == null ? "-ERR No such message." : "+OK Marked to be deleted."); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            case "NOOP", "RSET" -> channel.send("+OK"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "QUIT" -> { //$NON-NLS-1$
                channel.send("+OK Logging out."); //$NON-NLS-1$
                finish();
            }
            default -> channel.send("-ERR Unknown command."); //$NON-NLS-1$
        }
        return null;
    }

    private void loggedIn() throws IOException {
        authenticated();
        channel.send("+OK Logged in."); //$NON-NLS-1$
    }

    private boolean loggedInOrRefuse() throws IOException {
        if (!isAuthenticated()) {
            channel.send("-ERR [AUTH] Log in first."); //$NON-NLS-1$
            return false;
        }
        return true;
    }

    private void auth(String argument) throws IOException {
        List<String> offered = mechanisms(capabilities(), "SASL "); //$NON-NLS-1$
        if (argument.isBlank()) {
            channel.send("+OK"); //$NON-NLS-1$
            send(offered);
            channel.send("."); //$NON-NLS-1$
            return;
        }
        String[] words = argument.strip().split("\\s+"); //$NON-NLS-1$
        String mechanism = upper(words[0]);
        if (!offered.contains(mechanism)) {
            channel.send("-ERR [AUTH] Unsupported authentication mechanism."); //$NON-NLS-1$
            return;
        }
        if (mechanism.equals("LOGIN")) { //$NON-NLS-1$
            channel.send("+ VXNlcm5hbWU6"); //$NON-NLS-1$
            if (readContinuation() == null) {
                return;
            }
            channel.send("+ UGFzc3dvcmQ6"); //$NON-NLS-1$
            if (readContinuation() == null) {
                return;
            }
        } else if (words.length < 2) {
            channel.send("+ "); //$NON-NLS-1$
            if (readContinuation() == null) {
                return;
            }
        }
        loggedIn();
    }

    private void listing(Command c) throws IOException {
        if (!loggedInOrRefuse()) {
            return;
        }
        boolean uidl = c.verb().equals("UIDL"); //$NON-NLS-1$
        if (!c.argument().isBlank()) {
            Mailbox.Message m = mailbox.message(c.argument());
            channel.send(m == null ? "-ERR No such message." : "+OK " + m.number() + " " + (uidl ? m.uid() : m.size())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        channel.send(uidl ? "+OK" : "+OK " + mailbox.messages().size() + " messages (" + mailbox.totalSize() + " octets)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (Mailbox.Message m : mailbox.messages()) {
            channel.send(m.number() + " " + (uidl ? m.uid() : m.size())); //$NON-NLS-1$
        }
        channel.send("."); //$NON-NLS-1$
    }

    private void retrieve(Command c) throws IOException {
        if (!loggedInOrRefuse()) {
            return;
        }
        Mailbox.Message m = mailbox.message(c.argument());
        if (m == null) {
            channel.send("-ERR No such message."); //$NON-NLS-1$
            return;
        }
        channel.send("+OK " + m.size() + " octets"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String line : m.lines()) {
            channel.send(line.startsWith(".") ? "." + line : line); //$NON-NLS-1$ //$NON-NLS-2$
        }
        channel.send("."); //$NON-NLS-1$
    }
}
