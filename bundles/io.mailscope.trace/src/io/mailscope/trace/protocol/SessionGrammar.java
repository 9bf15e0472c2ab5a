package io.mailscope.trace.protocol;

import java.util.ArrayDeque;
import java.util.Locale;

import io.mailscope.model.Protocol;

/**
 * The line grammar of one session: fed the session's lines in order, it tells each one's {@link LineKind}, so that
 * literal data, message bodies, BDAT chunks and continuation lines are never taken for commands, and reply data
 * (IMAP literals, POP3 multi-line responses) never for replies.
 * <ul>
 * <li>IMAP literals {@code {n}} and {@code {n+}} are counted in octets (UTF-8 plus CRLF per line) across lines, on
 * both sides; a line that ends a literal and announces another continues the same command. A synchronising literal
 * that the server refuses (tagged NO/BAD instead of "+") is not sent.</li>
 * <li>SMTP: after DATA, the body up to "." (DATA ends a pipelined group, so what follows it before its reply is
 * the body; a refusal of DATA ends it); after BDAT n, n octets; pipelined commands are answered in order (RFC
 * 2920), a {@code 334} asks for one SASL line.</li>
 * <li>POP3: {@code +OK} to RETR, TOP, CAPA, LIST/UIDL without argument starts a multi-line response up to "."
 * (dot-stuffed lines are data); pipelined commands (RFC 2449 PIPELINING) are answered in order; "+" asks for one
 * SASL line.</li>
 * </ul>
 * Not thread-safe: one instance per session, fed from one thread.
 */
public final class SessionGrammar {

    private enum Awaiting {
        NONE, SASL, IDLE
    }

    private Protocol protocol;
    /** A POP3 or SMTP command sent and not answered yet; {@code form} null for a verb outside the vocabulary. */
    private record Sent(CommandForm form, boolean multiLineAnswer) {
        boolean has(CommandTrait trait) {
            return form != null && form.has(trait);
        }
    }

    /** POP3 and SMTP commands not answered yet, oldest first (pipelining). */
    private final ArrayDeque<Sent> unanswered = new ArrayDeque<>();
    private final LiteralReader clientLiteral = new LiteralReader();
    private final LiteralReader serverLiteral = new LiteralReader();
    private String clientLiteralTag;
    private boolean literalWaitsForContinuation;
    private boolean messageBody;
    private long chunk;
    private boolean pop3Body;
    /** An AUTH/AUTHENTICATE or IDLE is open: a continuation request from the server is for it. */
    private Awaiting open = Awaiting.NONE;
    private String openTag;
    /** The server asked for a continuation line: the client's next line answers it. */
    private Awaiting continuation = Awaiting.NONE;

    public SessionGrammar(Protocol protocol) {
        this.protocol = protocol == null ? Protocol.UNKNOWN : protocol;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** Sets the protocol once it is known (a session can start with lines that do not tell). */
    public void protocol(Protocol known) {
        if (known != null && known != Protocol.UNKNOWN) {
            this.protocol = known;
        }
    }

    /** @return true while the client's next line is data or a continuation, not a command */
    public boolean expectsClientData() {
        return clientLiteral.active() || messageBody || chunk > 0;
    }

    /**
     * @return true while a synchronising literal is announced and the server has not yet answered with "+" (or
     *         refused it): the client waits, the next line may still be the server's
     */
    public boolean awaitsLiteralContinuation() {
        return clientLiteral.reading() && literalWaitsForContinuation;
    }

    /** @return true while the server asked for a continuation line (SASL data, or "DONE" ending IDLE) */
    public boolean expectsContinuation() {
        return continuation != Awaiting.NONE;
    }

    /** @return true while the server's next line is data of a reply (IMAP literal, POP3 multi-line body) */
    public boolean expectsServerData() {
        return serverLiteral.active() || pop3Body;
    }

    /** Forgets all open state: the connection was closed, or TLS started and the protocol restarts. */
    public void reset() {
        unanswered.clear();
        clientLiteral.clear();
        serverLiteral.clear();
        clientLiteralTag = null;
        literalWaitsForContinuation = false;
        messageBody = false;
        chunk = 0;
        pop3Body = false;
        open = Awaiting.NONE;
        openTag = null;
        continuation = Awaiting.NONE;
    }

    /** @return the kind of the client's next line, and advances the state */
    public LineKind client(String line) {
        if (clientLiteral.active()) {
            // a line that ends one literal and announces a synchronising one waits for the server's "+" again
            literalWaitsForContinuation = clientLiteral.read(line);
            return LineKind.LITERAL_DATA;
        }
        if (messageBody) {
            if (line.equals(".")) { //$NON-NLS-1$
                messageBody = false;
            }
            return LineKind.MESSAGE_BODY;
        }
        if (chunk > 0) {
            chunk = Math.max(0, chunk - Literal.lineOctets(line));
            return LineKind.CHUNK_DATA;
        }
        if (continuation == Awaiting.SASL) {
            continuation = Awaiting.NONE;
            return LineKind.CONTINUATION;
        }
        if (continuation == Awaiting.IDLE && line.strip().equalsIgnoreCase("DONE")) { //$NON-NLS-1$
            continuation = Awaiting.NONE;
            return LineKind.CONTINUATION;
        }
        if (line.isBlank()) {
            return LineKind.NOT_A_COMMAND;
        }
        return command(line);
    }

    private LineKind command(String line) {
        Protocol p = protocol == Protocol.UNKNOWN ? ProtocolVocabulary.protocolOfCommand(line) : protocol;
        protocol(p);
        CommandLine parsed = CommandLine.parse(p, line);
        if (p == Protocol.IMAP && parsed.tag() == null) {
            return LineKind.NOT_A_COMMAND;
        }
        CommandForm form = parsed == null ? null : ProtocolVocabulary.command(p, parsed.verb()).orElse(null);
        if (p == Protocol.IMAP) {
            Literal literal = Literal.atEnd(line);
            if (literal != null) {
                clientLiteral.start(literal);
                clientLiteralTag = parsed == null ? null : parsed.tag();
                literalWaitsForContinuation = literal.synchronizing();
            }
        } else {
            unanswered.addLast(new Sent(form, form != null && form.multiLineAnswer(line)));
        }
        if (form == null) {
            return LineKind.COMMAND;
        }
        if (form.has(CommandTrait.SASL)) {
            open = Awaiting.SASL;
            openTag = parsed.tag();
        } else if (form.has(CommandTrait.IDLE)) {
            open = Awaiting.IDLE;
            openTag = parsed.tag();
        } else if (form.has(CommandTrait.MESSAGE_BODY)) {
            // DATA ends a pipelined group (RFC 2920 3.1): what the client sends before the reply to DATA is the body
            messageBody = true;
        } else if (form.has(CommandTrait.CHUNK)) {
            String size = parsed.arguments().split(" ", 2)[0]; //$NON-NLS-1$
            if (!size.isEmpty() && size.length() < 19 && size.chars().allMatch(c -> c >= '0' && c <= '9')) {
                chunk = Long.parseLong(size);
            }
        }
        return LineKind.COMMAND;
    }

    /** @return the kind of the server's next line, and advances the state */
    public LineKind server(String line) {
        if (serverLiteral.active()) {
            serverLiteral.read(line);
            return LineKind.REPLY_DATA;
        }
        if (pop3Body) {
            if (line.equals(".")) { //$NON-NLS-1$
                pop3Body = false;
            }
            return LineKind.REPLY_DATA;
        }
        Protocol p = protocol == Protocol.UNKNOWN ? ProtocolVocabulary.protocolOfReply(line) : protocol;
        ReplyLine reply = ReplyLine.parse(p, line);
        switch (p) {
            case SMTP -> smtp(reply);
            case POP3 -> pop3(reply);
            case IMAP -> imap(reply, line);
            default -> {
                // not a reply of a known protocol: no state to keep
            }
        }
        return LineKind.REPLY;
    }

    private void smtp(ReplyLine reply) {
        if (reply.kind() != ReplyLine.Kind.SMTP || !reply.last()) {
            return;
        }
        if (reply.endsSession()) {
            reset();
            return;
        }
        Sent head = unanswered.peekFirst();
        if (reply.code() == 354) {
            if (head == null || !head.has(CommandTrait.MESSAGE_BODY)) {
                messageBody = true; // a DATA the transcript does not show
            }
            return; // DATA is answered again after the body
        }
        if (reply.code() == 334) {
            continuation = Awaiting.SASL; // only AUTH is answered with 334 (RFC 4954), even when the log shows no AUTH
            return;
        }
        if (head != null) {
            unanswered.pollFirst();
            if (head.has(CommandTrait.SASL)) {
                open = Awaiting.NONE;
            }
            if (head.has(CommandTrait.MESSAGE_BODY)) {
                messageBody = false; // answered: the server read the body, or refused DATA and gets none
            }
            if (head.has(CommandTrait.CHUNK)) {
                chunk = 0; // answered: the server read the whole chunk
            }
        }
        continuation = Awaiting.NONE;
    }

    private void pop3(ReplyLine reply) {
        if (reply.kind() == ReplyLine.Kind.CONTINUATION) {
            continuation = Awaiting.SASL;
            return;
        }
        if (reply.kind() != ReplyLine.Kind.POP3_STATUS) {
            return;
        }
        Sent head = unanswered.pollFirst();
        continuation = Awaiting.NONE;
        if (head == null) {
            return; // the greeting
        }
        if (head.has(CommandTrait.SASL)) {
            open = Awaiting.NONE;
        }
        pop3Body = reply.positive() && head.multiLineAnswer();
    }

    private void imap(ReplyLine reply, String line) {
        if (reply.kind() == ReplyLine.Kind.CONTINUATION) {
            if (clientLiteral.reading() && literalWaitsForContinuation) {
                literalWaitsForContinuation = false; // go ahead with the literal
            } else {
                // for the open AUTHENTICATE or IDLE; with neither in sight (a log that starts later), one line of data
                continuation = open != Awaiting.NONE ? open : Awaiting.SASL;
            }
            return;
        }
        Literal literal = Literal.atEnd(line);
        if (literal != null) {
            serverLiteral.start(literal);
        }
        if (reply.kind() == ReplyLine.Kind.IMAP_TAGGED) {
            if (reply.tag().equals(clientLiteralTag)) {
                // the command is answered: its literal was refused before it was sent, or is over
                clientLiteral.clear();
                literalWaitsForContinuation = false;
                clientLiteralTag = null;
            }
            if (open != Awaiting.NONE && (openTag == null || reply.tag().equals(openTag))) {
                open = Awaiting.NONE;
                openTag = null;
                continuation = Awaiting.NONE;
            }
        } else if (reply.status() == ReplyLine.Status.BYE) {
            continuation = Awaiting.NONE;
        }
    }

    @Override
    public String toString() {
        return "SessionGrammar[" + protocol.getName().toUpperCase(Locale.ROOT) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
