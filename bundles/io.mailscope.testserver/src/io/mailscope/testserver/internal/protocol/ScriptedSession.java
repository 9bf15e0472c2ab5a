package io.mailscope.testserver.internal.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.internal.script.ProtocolScript;
import io.mailscope.testserver.internal.script.ScriptedReply;
import io.mailscope.testserver.internal.tls.TlsContexts;

/**
 * Plays one connection: the script's greeting and replies where it has them, the built-in {@link Dialogue} everywhere
 * else. Every action is deterministic: the same client conversation gives the same bytes at the same points.
 */
public final class ScriptedSession {

    private final ClientChannel channel;
    private final ProtocolScript script;
    private final Dialogue dialogue;

    public ScriptedSession(MailProtocol protocol, ClientChannel channel, ProtocolScript script, TlsContexts tls) {
        this.channel = channel;
        this.script = script;
        this.dialogue = Dialogue.create(protocol, channel, script, tls);
    }

    /**
     * Runs until the client leaves, says goodbye, or the script ends the connection.
     *
     * @param greetingSent true if the caller (a Java scenario) has already greeted
     */
    public void run(boolean greetingSent) throws IOException {
        if (!greetingSent) {
            ScriptedReply greeting = script.greeting();
            boolean goOn = greeting == null ? sendBuiltInGreeting() : perform(greeting, null);
            if (!goOn) {
                return;
            }
        }
        while (!channel.isClosed() && !dialogue.isFinished()) {
            String line;
            try {
                line = channel.readLine();
            } catch (ClientChannel.LineTooLongException e) {
                channel.send(dialogue.lineTooLongReply());
                continue;
            }
            if (line == null) {
                return;
            }
            Command command = dialogue.parse(line);
            while (command != null) {
                Optional<ScriptedReply> scripted = script.replyTo(command.verb(), channel.isTls(), dialogue.isAuthenticated());
                if (scripted.isPresent()) {
                    if (!perform(scripted.get(), command)) {
                        return;
                    }
                    command = null;
                } else {
                    command = dialogue.handle(command);
                }
            }
        }
    }

    private boolean sendBuiltInGreeting() throws IOException {
        channel.send(dialogue.builtInGreeting());
        return true;
    }

    /** @return false when the connection is over */
    private boolean perform(ScriptedReply reply, Command command) throws IOException {
        ClientChannel.pause(reply.delay().toMillis());
        List<String> lines = lines(reply, command);
        switch (reply.action()) {
            case REPLY -> replyOrBuiltIn(reply, command, lines);
            case CLOSE -> {
                sendAll(lines);
                channel.close();
                return false;
            }
            case CUT -> {
                channel.cutAfter(reply.cutAfterBytes());
                replyOrBuiltIn(reply, command, lines);
                // the reply was shorter than the cut: the connection still ends here
                channel.close();
                return false;
            }
            case HANG -> {
                sendAll(lines);
                channel.hang();
                return false;
            }
            case DRIP -> {
                channel.drip(true);
                try {
                    replyOrBuiltIn(reply, command, lines);
                } finally {
                    channel.drip(false);
                }
            }
            case ENDLESS_LINE -> {
                channel.endlessLine(lines.isEmpty() ? "" : lines.get(0)); //$NON-NLS-1$
                return false;
            }
            case TLS_DROP -> {
                sendAll(lines);
                channel.dropDuringTlsHandshake();
                return false;
            }
        }
        return !channel.isClosed() && !dialogue.isFinished();
    }

    private void replyOrBuiltIn(ScriptedReply reply, Command command, List<String> lines) throws IOException {
        if (!reply.usesBuiltInReply()) {
            sendAll(lines);
        } else if (command == null) {
            sendBuiltInGreeting();
        } else {
            Command next = dialogue.handle(command);
            if (next != null) {
                // DATA answered by the built-in dialogue: the end of the message may be scripted itself
                Optional<ScriptedReply> scripted = script.replyTo(next.verb(), channel.isTls(), dialogue.isAuthenticated());
                if (scripted.isPresent()) {
                    perform(scripted.get(), next);
                } else {
                    dialogue.handle(next);
                }
            }
        }
    }

    private void sendAll(List<String> lines) throws IOException {
        for (String line : lines) {
            channel.send(line);
        }
    }

    /** Fills the placeholders {tag} (the IMAP tag of the command) and {host}. */
    private static List<String> lines(ScriptedReply reply, Command command) {
        List<String> lines = new ArrayList<>(reply.lines().size());
        String tag = command == null || command.tag() == null ? "*" : command.tag(); //$NON-NLS-1$
        for (String line : reply.lines()) {
            lines.add(line.replace("{tag}", tag).replace("{host}", Dialogue.HOST)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return lines;
    }
}
