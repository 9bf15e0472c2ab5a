package io.mailscope.testserver.internal;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ServerEvent;
import io.mailscope.testserver.internal.protocol.ClientChannel;

/**
 * Turns what happens on one connection into {@link ServerEvent}s, masking secrets the client sends on the way: the
 * argument of POP3 {@code PASS} and {@code APOP}, the initial response of {@code AUTH}/{@code AUTHENTICATE}, the
 * password of IMAP {@code LOGIN}, and every line that answers a server challenge ({@code 334} in SMTP, {@code +} in
 * POP3 and IMAP). The server knows when it challenged, so no heuristic is needed for continuation lines. A message
 * sent after {@code DATA} is summed up in one event instead of a line per body line.
 */
final class ConnectionLog implements ClientChannel.Observer {

    static final String MASK = "****"; //$NON-NLS-1$
    /** {@code tag LOGIN user password}: the user (quoted or atom) stays, the rest is masked. */
    private static final Pattern IMAP_LOGIN = Pattern.compile("^(\\S+\\s+LOGIN\\s+(?:\"(?:[^\"\\\\]|\\\\.)*\"|\\S+))\\s.*$", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    /** {@code [tag] AUTH[ENTICATE] mechanism initial-response}: the mechanism stays. */
    private static final Pattern AUTH_INITIAL = Pattern.compile("^((?:\\S+\\s+)?AUTH(?:ENTICATE)?\\s+\\S+)\\s+\\S.*$", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POP3_SECRET = Pattern.compile("^(PASS|APOP\\s+\\S+)\\s.*$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private final MailProtocol protocol;
    private final long connection;
    private final Consumer<ServerEvent> sink;
    private boolean challenged;
    private boolean inMessage;
    private long messageLines;
    private long messageBytes;

    ConnectionLog(MailProtocol protocol, long connection, Consumer<ServerEvent> sink) {
        this.protocol = protocol;
        this.connection = connection;
        this.sink = sink;
    }

    void emit(ServerEvent.Kind kind, String text) {
        sink.accept(new ServerEvent(java.time.Instant.now(), protocol, connection, kind, text));
    }

    @Override
    public void received(String line) {
        if (inMessage) {
            if (!line.equals(".")) { //$NON-NLS-1$
                messageLines++;
                messageBytes += line.length() + 2;
                return;
            }
            inMessage = false;
            emit(ServerEvent.Kind.RECEIVED, "(message: " + messageLines + " lines, " + messageBytes + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        emit(ServerEvent.Kind.RECEIVED, mask(line));
    }

    /** @return the line as it may be shown: secrets replaced by {@link #MASK} */
    String mask(String line) {
        if (challenged) {
            challenged = false;
            // "*" cancels an AUTH exchange and is no secret; anything else answers the challenge
            return line.strip().equals("*") ? line : MASK; //$NON-NLS-1$
        }
        Matcher m = protocol == MailProtocol.IMAP ? IMAP_LOGIN.matcher(line) : POP3_SECRET.matcher(line);
        if (protocol != MailProtocol.SMTP && m.matches()) {
            return m.group(1) + " " + MASK; //$NON-NLS-1$
        }
        m = AUTH_INITIAL.matcher(line);
        if (m.matches()) {
            return m.group(1) + " " + MASK; //$NON-NLS-1$
        }
        return line;
    }

    @Override
    public void sent(String line) {
        challenged = isChallenge(line);
        if (protocol == MailProtocol.SMTP && line.startsWith("354")) { //$NON-NLS-1$
            inMessage = true;
            messageLines = 0;
            messageBytes = 0;
        }
        emit(ServerEvent.Kind.SENT, line);
    }

    private boolean isChallenge(String line) {
        return switch (protocol) {
            case SMTP -> line.startsWith("334"); //$NON-NLS-1$
            // POP3 and IMAP continuation: "+" alone or "+ challenge", never "+OK"
            case POP3, IMAP -> line.equals("+") || line.startsWith("+ "); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    @Override
    public void sentData(int bytes) {
        emit(ServerEvent.Kind.SENT, "(" + bytes + " bytes of message data)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void tlsStarted(String description) {
        emit(ServerEvent.Kind.TLS, "TLS started: " + description); //$NON-NLS-1$
    }

    @Override
    public void fault(String description) {
        emit(ServerEvent.Kind.FAULT, "The scenario " + description); //$NON-NLS-1$
    }
}
