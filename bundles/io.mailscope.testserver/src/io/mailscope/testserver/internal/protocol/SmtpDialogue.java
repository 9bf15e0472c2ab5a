package io.mailscope.testserver.internal.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.tls.TlsContexts;

/** A working SMTP submission server (RFC 5321, STARTTLS RFC 3207, AUTH PLAIN/LOGIN RFC 4954) that keeps no mail. */
public final class SmtpDialogue extends Dialogue {

    private static final List<String> CAPABILITIES = List.of("PIPELINING", "SIZE 10240000", "8BITMIME", "ENHANCEDSTATUSCODES", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "AUTH PLAIN LOGIN"); //$NON-NLS-1$
    /** Most message bytes read after DATA; the rest is read and discarded. */
    private static final long MAX_MESSAGE = 10L << 20;
    private boolean sender;
    private boolean recipient;
    private int queued;

    SmtpDialogue(ClientChannel channel, ProtocolScript script, TlsContexts tls) {
        super(channel, script, tls);
    }

    @Override
    public String builtInGreeting() {
        return "220 " + HOST + " ESMTP Mailscope test server ready"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Command parse(String line) {
        String stripped = line.strip();
        int end = 0;
        while (end < stripped.length() && Character.isLetterOrDigit(stripped.charAt(end))) {
            end++;
        }
        String verb = upper(stripped.substring(0, end));
        return new Command(null, verb.isEmpty() ? stripped : verb, stripped.substring(end).strip());
    }

    @Override
    public String lineTooLongReply() {
        return "500 5.5.2 Line too long"; //$NON-NLS-1$
    }

    private List<String> capabilities() {
        return capabilities(CAPABILITIES, "STARTTLS"); //$NON-NLS-1$
    }

    @Override
    public Command handle(Command c) throws IOException {
        switch (c.verb()) {
            case "EHLO" -> { //$NON-NLS-1$
                List<String> caps = capabilities();
                List<String> lines = new ArrayList<>();
                lines.add(HOST + " Hello " + c.argument()); //$NON-NLS-1$
                lines.addAll(caps);
                for (int i = 0; i < lines.size(); i++) {
                    channel.send("250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            case "HELO" -> channel.send("250 " + HOST); //$NON-NLS-1$ //$NON-NLS-2$
            case "STARTTLS" -> { //$NON-NLS-1$
                if (!offersStartTls()) {
                    channel.send(channel.isTls() ? "503 5.5.1 TLS already active" : "502 5.5.1 Command not implemented"); //$NON-NLS-1$ //$NON-NLS-2$
                } else {
                    channel.send("220 2.0.0 Ready to start TLS"); //$NON-NLS-1$
                    startTls();
                    sender = false;
                    recipient = false;
                }
            }
            case "AUTH" -> auth(c.argument()); //$NON-NLS-1$
            case "MAIL" -> { //$NON-NLS-1$
                sender = true;
                channel.send("250 2.1.0 Ok"); //$NON-NLS-1$
            }
            case "RCPT" -> { //$NON-NLS-1$
                if (!sender) {
                    channel.send("503 5.5.1 Error: need MAIL command"); //$NON-NLS-1$
                } else {
                    recipient = true;
                    channel.send("250 2.1.5 Ok"); //$NON-NLS-1$
                }
            }
            case "DATA" -> { //$NON-NLS-1$
                if (!recipient) {
                    channel.send("503 5.5.1 Error: need RCPT command"); //$NON-NLS-1$
                    return null;
                }
                channel.send("354 End data with <CR><LF>.<CR><LF>"); //$NON-NLS-1$
                return readMessage() ? Command.END_OF_DATA : null;
            }
            case "." -> { //$NON-NLS-1$
                sender = false;
                recipient = false;
                channel.send("250 2.0.0 Ok: queued as MS" + String.format("%04d", ++queued)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case "RSET" -> { //$NON-NLS-1$
                sender = false;
                recipient = false;
                channel.send("250 2.0.0 Ok"); //$NON-NLS-1$
            }
            case "NOOP" -> channel.send("250 2.0.0 Ok"); //$NON-NLS-1$ //$NON-NLS-2$
            case "VRFY" -> channel.send("252 2.0.0 Cannot VRFY user"); //$NON-NLS-1$ //$NON-NLS-2$
            case "QUIT" -> { //$NON-NLS-1$
                channel.send("221 2.0.0 Bye"); //$NON-NLS-1$
                finish();
            }
            default -> channel.send("502 5.5.2 Error: command not recognized"); //$NON-NLS-1$
        }
        return null;
    }

    /** Reads the message up to the "." line, keeping nothing. @return false if the client left */
    private boolean readMessage() throws IOException {
        long bytes = 0;
        while (true) {
            String line;
            try {
                line = channel.readLine();
            } catch (ClientChannel.LineTooLongException e) {
                bytes += ClientChannel.MAX_LINE;
                continue;
            }
            if (line == null) {
                finish();
                return false;
            }
            if (line.equals(".")) { //$NON-NLS-1$
                return true;
            }
            bytes += line.length() + 2;
            if (bytes > MAX_MESSAGE) {
                // keep reading to the end of the message, so the reply stays in step with the client
                bytes = MAX_MESSAGE;
            }
        }
    }

    private void auth(String argument) throws IOException {
        List<String> offered = mechanisms(capabilities(), "AUTH "); //$NON-NLS-1$
        String[] words = argument.strip().split("\\s+"); //$NON-NLS-1$
        String mechanism = upper(words[0]);
        if (mechanism.isEmpty()) {
            channel.send("501 5.5.4 Syntax: AUTH mechanism"); //$NON-NLS-1$
            return;
        }
        if (!offered.contains(mechanism)) {
            channel.send("504 5.5.4 Unrecognized authentication type"); //$NON-NLS-1$
            return;
        }
        if (mechanism.equals("LOGIN")) { //$NON-NLS-1$
            if (words.length < 2) {
                channel.send("334 VXNlcm5hbWU6"); //$NON-NLS-1$
                if (readContinuation() == null) {
                    return;
                }
            }
            channel.send("334 UGFzc3dvcmQ6"); //$NON-NLS-1$
            if (readContinuation() == null) {
                return;
            }
        } else if (words.length < 2) {
            channel.send("334 "); //$NON-NLS-1$
            if (readContinuation() == null) {
                return;
            }
        }
        authenticated();
        channel.send("235 2.7.0 Authentication successful"); //$NON-NLS-1$
    }
}
