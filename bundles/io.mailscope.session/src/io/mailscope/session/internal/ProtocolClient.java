package io.mailscope.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mailscope.model.Protocol;

/**
 * Reads complete replies the way each protocol frames them: POP3 single lines and dot-terminated multi-line replies,
 * IMAP untagged lines up to the tagged completion (or a {@code +} continuation), SMTP {@code 250-} continuation lines
 * up to the final {@code 250 }. Also knows when the next client line is SASL data (answer to a challenge) or message
 * content (after SMTP 354), so it is recorded as such.
 */
public final class ProtocolClient {

    private static final Set<String> POP3_MULTILINE = Set.of("CAPA", "RETR", "TOP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> POP3_MULTILINE_WITHOUT_ARGUMENT = Set.of("UIDL", "LIST"); //$NON-NLS-1$ //$NON-NLS-2$

    private final LineConnection connection;
    private final Protocol protocol;
    private int tag;
    private boolean awaitingSaslData;
    private boolean secretLiteralNext;
    private boolean inData;
    /** The IMAP command a continuation ("+") belongs to: the line answering it is completed under its tag. */
    private String continuedTag;

    public ProtocolClient(LineConnection connection, Protocol protocol) {
        this.connection = connection;
        this.protocol = protocol;
    }

    public LineConnection connection() {
        return connection;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** @return true after SMTP DATA was answered with 354, until the final "." is sent */
    public boolean inData() {
        return inData;
    }

    /** @return the next IMAP tag ({@code a1}, {@code a2}, …) */
    public String nextTag() {
        return "a" + ++tag; //$NON-NLS-1$
    }

    /**
     * @return {@code typed} with the next tag in front when it is an IMAP command typed without one and the server is
     *         not waiting for the answer to a continuation (SASL data, a literal); else {@code typed} unchanged
     */
    public String withTag(String typed) {
        if (protocol != Protocol.IMAP || continuedTag != null || awaitingSaslData || secretLiteralNext
                || !io.mailscope.session.ProtocolCommands.isUntaggedImapCommand(typed)) {
            return typed;
        }
        return nextTag() + " " + typed.stripLeading(); //$NON-NLS-1$
    }

    /** A tag typed by hand in the engine's own form ({@code a7}) moves the engine's tags past it, so none is used twice. */
    private void skipTypedTag(String line) {
        String first = firstWord(line);
        if (first.length() > 1 && first.length() < 10 && first.charAt(0) == 'A' && first.substring(1).chars().allMatch(Character::isDigit)) {
            tag = Math.max(tag, Integer.parseInt(first.substring(1)));
        }
    }

    /** Reads the server's greeting (SMTP: all 220- lines). */
    public Reply greeting() throws SessionFailure {
        connection.startReply();
        List<String> lines = new ArrayList<>();
        String line = connection.readLine();
        lines.add(line);
        if (protocol == Protocol.SMTP) {
            while (isSmtpContinuation(line)) {
                line = connection.readLine();
                lines.add(line);
            }
        }
        return new Reply(lines);
    }

    /**
     * Sends one client line and reads the complete reply. A line sent while the server waits for SASL data (after a
     * challenge) or for a secret literal is recorded masked as a whole; message content lines after SMTP 354 get no
     * reply until the final ".".
     *
     * @return the reply (empty for a message content line)
     */
    public Reply send(String line) throws SessionFailure {
        boolean secret = awaitingSaslData || secretLiteralNext;
        awaitingSaslData = false;
        secretLiteralNext = false;
        if (inData) {
            connection.send(line, false);
            if (!line.equals(".")) { //$NON-NLS-1$
                return new Reply(List.of());
            }
            inData = false;
            return readSmtp();
        }
        connection.send(line, secret);
        if (protocol == Protocol.IMAP && continuedTag == null && !secret) {
            skipTypedTag(line);
        }
        String tagOfLine = continuedTag != null ? continuedTag : firstWord(line);
        String verb = continuedTag != null ? "" : firstWord(protocol == Protocol.IMAP ? afterTag(line) : line); //$NON-NLS-1$
        continuedTag = null;
        Reply reply = switch (protocol) {
            case POP3 -> readPop3(verb, line, secret);
            case IMAP -> readImap(tagOfLine);
            default -> readSmtp();
        };
        if (protocol == Protocol.IMAP && reply.isChallenge()) {
            continuedTag = tagOfLine;
        }
        if (reply.isChallenge() && (secret || verb.equals("AUTH") || verb.equals("AUTHENTICATE") || verb.isEmpty())) { //$NON-NLS-1$ //$NON-NLS-2$
            awaitingSaslData = true;
        }
        if (protocol == Protocol.IMAP && reply.isChallenge() && verb.equals("LOGIN") && line.matches("(?s).*\\{\\d+\\}$")) { //$NON-NLS-1$ //$NON-NLS-2$
            secretLiteralNext = true;
        }
        if (protocol == Protocol.SMTP && verb.equals("DATA") && reply.smtpCode() == 354) { //$NON-NLS-1$
            inData = true;
        }
        return reply;
    }

    /** Sends SASL data in answer to a challenge (always recorded masked). */
    public Reply sendSaslData(String data) throws SessionFailure {
        awaitingSaslData = true;
        return send(data);
    }

    private Reply readPop3(String verb, String line, boolean saslData) throws SessionFailure {
        connection.startReply();
        List<String> lines = new ArrayList<>();
        String first = connection.readLine();
        lines.add(first);
        boolean hasArgument = line.strip().indexOf(' ') > 0;
        boolean multi = !saslData && first.startsWith("+OK") //$NON-NLS-1$
                && (POP3_MULTILINE.contains(verb) || POP3_MULTILINE_WITHOUT_ARGUMENT.contains(verb) && !hasArgument);
        if (multi) {
            String next;
            do {
                next = connection.readLine();
                lines.add(next);
            } while (!next.equals(".")); //$NON-NLS-1$
        }
        return new Reply(lines);
    }

    private Reply readImap(String tagOfLine) throws SessionFailure {
        connection.startReply();
        List<String> lines = new ArrayList<>();
        while (true) {
            String next = connection.readLine();
            lines.add(next);
            if (next.startsWith("+")) { //$NON-NLS-1$
                return new Reply(lines);
            }
            if (next.regionMatches(true, 0, "* BAD", 0, 5)) { //$NON-NLS-1$
                // RFC 9051 7.1.3: an untagged BAD is an error the server cannot tie to a command (a line it could not
                // parse for a tag): no tagged completion follows, so waiting for one would only run into the time-out
                return new Reply(lines);
            }
            if (!next.startsWith("*") && next.regionMatches(true, 0, tagOfLine + " ", 0, tagOfLine.length() + 1)) { //$NON-NLS-1$ //$NON-NLS-2$
                return new Reply(lines);
            }
        }
    }

    private Reply readSmtp() throws SessionFailure {
        connection.startReply();
        List<String> lines = new ArrayList<>();
        String next;
        do {
            next = connection.readLine();
            lines.add(next);
        } while (isSmtpContinuation(next));
        return new Reply(lines);
    }

    private static boolean isSmtpContinuation(String line) {
        return line.length() >= 4 && Character.isDigit(line.charAt(0)) && line.charAt(3) == '-';
    }

    static String firstWord(String line) {
        String s = line.strip();
        int space = s.indexOf(' ');
        return (space < 0 ? s : s.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    private static String afterTag(String line) {
        String s = line.strip();
        int space = s.indexOf(' ');
        return space < 0 ? "" : s.substring(space + 1); //$NON-NLS-1$
    }
}
