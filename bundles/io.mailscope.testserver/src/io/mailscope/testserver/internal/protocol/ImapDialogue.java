package io.mailscope.testserver.internal.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.tls.TlsContexts;

/** A working IMAP server, the part an account test and a mail client's first sync use (RFC 9051/3501). */
public final class ImapDialogue extends Dialogue {

    private static final List<String> CAPABILITIES = List.of("IMAP4rev1", "SASL-IR", "ID", "IDLE", "AUTH=PLAIN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    ImapDialogue(ClientChannel channel, ProtocolScript script, TlsContexts tls) {
        super(channel, script, tls);
    }

    @Override
    public String builtInGreeting() {
        return "* OK Mailscope test IMAP server ready"; //$NON-NLS-1$
    }

    @Override
    public Command parse(String line) {
        String[] parts = line.strip().split("\\s+", 3); //$NON-NLS-1$
        if (parts.length < 2) {
            return new Command(parts[0].isEmpty() ? "*" : parts[0], "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return new Command(parts[0], upper(parts[1]), parts.length > 2 ? parts[2] : ""); //$NON-NLS-1$
    }

    @Override
    public String lineTooLongReply() {
        return "* BAD Line too long."; //$NON-NLS-1$
    }

    private String capabilityLine() {
        return "* CAPABILITY " + String.join(" ", capabilities(CAPABILITIES, "STARTTLS")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public Command handle(Command c) throws IOException {
        String tag = c.tag();
        switch (c.verb()) {
            case "" -> channel.send("* BAD Missing command."); //$NON-NLS-1$ //$NON-NLS-2$
            case "CAPABILITY" -> { //$NON-NLS-1$
                channel.send(capabilityLine());
                channel.send(tag + " OK CAPABILITY completed."); //$NON-NLS-1$
            }
            case "STARTTLS" -> { //$NON-NLS-1$
                if (!offersStartTls()) {
                    channel.send(tag + " BAD STARTTLS not available."); //$NON-NLS-1$
                } else {
                    channel.send(tag + " OK Begin TLS negotiation now."); //$NON-NLS-1$
                    startTls();
                }
            }
            case "LOGIN" -> { //$NON-NLS-1$
                authenticated();
                channel.send(tag + " OK Logged in."); //$NON-NLS-1$
            }
            case "AUTHENTICATE" -> { //$NON-NLS-1$
                String[] words = c.argument().strip().split("\\s+"); //$NON-NLS-1$
                if (!capabilityLine().toUpperCase().contains("AUTH=" + upper(words[0]))) { //$NON-NLS-1$
                    channel.send(tag + " NO [CANNOT] Unsupported authentication mechanism."); //$NON-NLS-1$
                    return null;
                }
                if (words.length < 2) {
                    channel.send("+ "); //$NON-NLS-1$
                    if (readContinuation() == null) {
                        return null;
                    }
                }
                authenticated();
                channel.send(tag + " OK Logged in."); //$NON-NLS-1$
            }
            case "SELECT", "EXAMINE" -> { //$NON-NLS-1$ //$NON-NLS-2$
                if (loggedInOrRefuse(tag)) {
                    int n = mailbox.messages().size();
                    send(List.of("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)", "* " + n + " EXISTS", "* 0 RECENT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            "* OK [UIDVALIDITY 1] UIDs valid", "* OK [UIDNEXT " + (n + 1) + "] Predicted next UID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            tag + " OK [" + (c.verb().equals("SELECT") ? "READ-WRITE" : "READ-ONLY") + "] " + c.verb() + " completed.")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                }
            }
            case "LIST", "LSUB" -> { //$NON-NLS-1$ //$NON-NLS-2$
                if (loggedInOrRefuse(tag)) {
                    channel.send("* " + c.verb() + " (\\HasNoChildren) \"/\" INBOX"); //$NON-NLS-1$ //$NON-NLS-2$
                    channel.send(tag + " OK " + c.verb() + " completed."); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            case "FETCH", "UID" -> fetch(c); //$NON-NLS-1$ //$NON-NLS-2$
            case "NOOP", "CHECK", "ID", "STATUS", "CLOSE", "UNSELECT" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                channel.send(tag + " OK " + c.verb() + " completed."); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case "LOGOUT" -> { //$NON-NLS-1$
                channel.send("* BYE Logging out"); //$NON-NLS-1$
                channel.send(tag + " OK LOGOUT completed."); //$NON-NLS-1$
                finish();
            }
            default -> channel.send(tag + " BAD Unknown command."); //$NON-NLS-1$
        }
        return null;
    }

    private boolean loggedInOrRefuse(String tag) throws IOException {
        if (!isAuthenticated()) {
            channel.send(tag + " NO Log in first."); //$NON-NLS-1$
            return false;
        }
        return true;
    }

    /** FETCH and UID FETCH of a single message: its size and whole body as a literal. */
    private void fetch(Command c) throws IOException {
        if (!loggedInOrRefuse(c.tag())) {
            return;
        }
        String argument = c.argument();
        if (c.verb().equals("UID")) { //$NON-NLS-1$
            String[] words = argument.strip().split("\\s+", 2); //$NON-NLS-1$
            argument = words.length > 1 ? words[1] : ""; //$NON-NLS-1$
        }
        Mailbox.Message m = mailbox.message(argument.split("[:,\\s]")[0]); //$NON-NLS-1$
        if (m == null) {
            channel.send(c.tag() + " NO No such message."); //$NON-NLS-1$
            return;
        }
        StringBuilder body = new StringBuilder();
        m.lines().forEach(l -> body.append(l).append("\r\n")); //$NON-NLS-1$
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        channel.send("* " + m.number() + " FETCH (UID " + m.number() + " RFC822.SIZE " + bytes.length + " BODY[] {" + bytes.length + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        channel.write(bytes);
        channel.send(")"); //$NON-NLS-1$
        channel.send(c.tag() + " OK FETCH completed."); //$NON-NLS-1$
    }
}
