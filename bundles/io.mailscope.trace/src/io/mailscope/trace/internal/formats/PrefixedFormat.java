package io.mailscope.trace.internal.formats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;
import io.mailscope.trace.protocol.SessionGrammar;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Generic prefixed protocol logs that many libraries and tools write, so that a log nobody wrote a parser for still
 * imports: a direction marker ({@code C:}/{@code S:}, {@code >>>}/{@code <<<}, {@code client:}/{@code server:},
 * {@code SEND}/{@code RECV}, {@code -->}/{@code <--}, {@code POP3>}/{@code POP3<} as fetchmail writes them, {@code >}/
 * {@code <} after a logger prefix), optionally after timestamps, log levels and bracketed ids. Covers MailKit's
 * ProtocolLogger ({@code Connected to imaps://host:993/}, {@code C: }/{@code S: }), msmtp {@code --debug}, fetchmail
 * {@code -v}, nodemailer and node poplib debug logs (a bracketed id after the level is taken as the connection).
 * Lines without a marker between marked ones are given to import without a direction (continuation lines of a
 * multi-line reply, for instance).
 */
public final class PrefixedFormat implements TraceFormat {

    /** Logger prefix tokens: timestamps, levels, bracketed ids, "name[TAG]:" and "fetchmail:". */
    private static final String PREFIX = "(?<prefix>(?:\\[[^\\]]{1,40}\\]\\s*|\\(?\\d[\\d:.\\-/TZ+]*(?: \\d[\\d:.,]*)?\\)?\\s+|(?:DEBUG|INFO|TRACE|WARN|ERROR|VERBOSE)\\s+|\\w+\\[\\w+\\]:\\s*|fetchmail:\\s+)*)"; //$NON-NLS-1$
    private static final Pattern MARKED = Pattern.compile("^" + PREFIX //$NON-NLS-1$
            + "(?<marker>[CcSs]:|>>>|<<<|[Cc]lient:|[Ss]erver:|SEND:?|RECV:?|SENT:?|RCVD:?|-->|<--|(?:POP3|IMAP|SMTP|ESMTP|LMTP)[<>]|[<>](?= ))(?: (?<text>.*)|$)"); //$NON-NLS-1$
    private static final Pattern CONNECTED_URL = Pattern.compile("Connected to (pops?|imaps?|smtps?)://([^:/]+)(?::(\\d+))?"); //$NON-NLS-1$
    private static final Pattern QUOTED = Pattern.compile("^'(.*)'$"); //$NON-NLS-1$
    private static final Pattern BRACKET_ID = Pattern.compile("(?:DEBUG|INFO|TRACE|WARN|ERROR)\\s+\\[([A-Za-z0-9_-]{4,})\\]"); //$NON-NLS-1$
    /** markers that only point, without naming a side: logs use them both ways round */
    private static final Set<String> ARROWS = Set.of(">>>", "<<<", "-->", "<--", ">", "<"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Set<String> CLIENT_MARKERS = Set.of("C:", "c:", ">>>", "Client:", "client:", "SEND", "SEND:", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "SENT", "SENT:", "-->", ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    @Override
    public double confidence(Sample sample) {
        boolean client = sample.any(l -> marker(l) == Direction.CLIENT);
        boolean server = sample.any(l -> marker(l) == Direction.SERVER);
        double share = sample.share(l -> marker(l) != null);
        if (client && server) {
            return Math.min(0.85, 0.45 + share / 2);
        }
        // one side only: a marker before prose ("> Error Sending Email - 422 ...") is a quote, not a direction; without
        // one protocol line after a marker the text is another format's (an error text, a quoted e-mail)
        return (client || server) && sample.any(PrefixedFormat::markedProtocolLine) ? 0.2 + share / 4 : 0;
    }

    /** @return true for a marked line whose text is a command or a reply (an IMAP tagged status included) */
    private static boolean markedProtocolLine(String line) {
        Matcher m = MARKED.matcher(line);
        if (!m.matches() || m.group("text") == null) { //$NON-NLS-1$
            return false;
        }
        String text = m.group("text").strip(); //$NON-NLS-1$
        return looksLikeProtocol(text) || ProtocolVocabulary.isCommandLine(text)
                || ReplyLine.parse(Protocol.IMAP, text).kind() == ReplyLine.Kind.IMAP_TAGGED;
    }

    private static Direction marker(String line) {
        Matcher m = MARKED.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return direction(m.group("marker")); //$NON-NLS-1$
    }

    private static Direction direction(String marker) {
        if (CLIENT_MARKERS.contains(marker) || marker.endsWith(">")) { //$NON-NLS-1$
            return Direction.CLIENT;
        }
        return Direction.SERVER;
    }

    @Override
    public boolean claims(String line) {
        return marker(line) != null || CONNECTED_URL.matcher(line).find();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        /** Tells literal data, message bodies and BDAT chunks (never commands) from commands. */
        private final SessionGrammar grammar = new SessionGrammar(Protocol.UNKNOWN);
        private boolean quitSent;
        private boolean sawWire;
        /** arrow markers whose side this log's lines have shown */
        private final Map<String, Direction> learned = new HashMap<>();

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String raw = line.text();
            Span span = Span.of(line);
            Matcher m = MARKED.matcher(raw);
            if (!m.matches()) {
                Matcher url = CONNECTED_URL.matcher(raw);
                if (url.find()) {
                    String scheme = url.group(1);
                    int port = url.group(3) == null ? 0 : CommonLines.port(url.group(3));
                    sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTED, raw.strip()));
                    sink.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, CommonLines.protocolOf(scheme), url.group(2), port,
                            null, scheme.endsWith("s") ? TlsState.IMPLICIT : null)); //$NON-NLS-1$
                    return;
                }
                if (raw.startsWith(" ") || raw.startsWith("\t")) { //$NON-NLS-1$ //$NON-NLS-2$
                    sink.accept(new TraceRecord.Other(span, raw));
                    return;
                }
                if (sawWire && !raw.isBlank() && looksLikeProtocol(raw)) {
                    // an unmarked continuation line (e.g. "250-SIZE" after "s: 250-host Hello")
                    grammar.server(raw);
                    sink.accept(new TraceRecord.Wire(span, null, null, raw));
                    return;
                }
                commentary(span, raw, sink);
                return;
            }
            String prefix = m.group("prefix"); //$NON-NLS-1$
            String marker = m.group("marker"); //$NON-NLS-1$
            String text = m.group("text") == null ? "" : m.group("text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (text.endsWith("\\r\\n")) { //$NON-NLS-1$
                text = text.substring(0, text.length() - 4);
            }
            Matcher quoted = QUOTED.matcher(text);
            if (quoted.matches()) {
                text = SmtplibFormat.unrepr(text);
                if (text.endsWith("\r\n")) { //$NON-NLS-1$
                    text = text.substring(0, text.length() - 2);
                }
            }
            Direction direction = orientation(marker, text);
            Protocol protocol = null;
            if (marker.length() > 1 && Character.isLetter(marker.charAt(0)) && (marker.endsWith("<") || marker.endsWith(">"))) { //$NON-NLS-1$ //$NON-NLS-2$
                protocol = CommonLines.protocolWord(marker.substring(0, marker.length() - 1));
            }
            String connection = TraceRecord.CURRENT;
            Matcher id = BRACKET_ID.matcher(prefix);
            if (id.find()) {
                connection = id.group(1);
            }
            if (direction == Direction.CLIENT) {
                boolean data = grammar.expectsClientData();
                if (!data && !looksLikeCommand(text)) {
                    commentary(span, raw, sink);
                    return;
                }
                grammar.client(text); // literal octets, a message body, a chunk or a continuation: a wire line
                String upper = text.strip().toUpperCase(Locale.ROOT);
                if (!data && (upper.equals("QUIT") || upper.endsWith(" LOGOUT"))) { //$NON-NLS-1$ //$NON-NLS-2$
                    quitSent = true;
                }
            } else {
                grammar.server(text);
            }
            sawWire = true;
            sink.accept(new TraceRecord.Wire(span, direction, protocol, text, connection, TraceRecord.CURRENT));
        }

        /**
         * The direction of an arrow marker, as this log uses it. Arrows are written both ways round (">>>" for what
         * was sent in one tool, for what was received in another): the first line under an arrow whose shape is
         * unambiguous - a reply code, or a command of the vocabulary - fixes which side the arrow stands for.
         */
        private Direction orientation(String marker, String text) {
            Direction learnedDirection = learned.get(marker);
            if (learnedDirection != null) {
                return learnedDirection;
            }
            if (!ARROWS.contains(marker) || grammar.expectsClientData()) {
                return direction(marker);
            }
            boolean reply = ProtocolLineRecogniser.replyShape(text);
            boolean command = ProtocolLineRecogniser.commandShape(text);
            if (reply == command) {
                return direction(marker);
            }
            Direction shape = reply ? Direction.SERVER : Direction.CLIENT;
            learned.put(marker, shape);
            return shape;
        }

        private void commentary(Span span, String raw, TraceSink sink) {
            String lower = raw.toLowerCase(Locale.ROOT);
            Matcher id = BRACKET_ID.matcher(raw);
            String connection = id.find() ? id.group(1) : TraceRecord.CURRENT;
            if (lower.contains("closing connection") || lower.contains("connection closed")) { //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Connection(span,
                        quitSent ? ConnectionEventKind.CLOSED_BY_CLIENT : ConnectionEventKind.CLOSED_BY_SERVER, raw.strip(),
                        connection));
                return;
            }
            if (lower.startsWith("connect success")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTED, raw.strip()));
                return;
            }
            if (raw.matches("^\\S*\\s*ERROR\\s.*") || lower.contains("failed to authenticate") //$NON-NLS-1$ //$NON-NLS-2$
                    || lower.matches("^(?:\\S+ )?login(/pass)? failed.*") || lower.startsWith("an error occurred")) { //$NON-NLS-1$ //$NON-NLS-2$
                ConnectionEventKind kind = CommonLines.connectionKind(raw);
                if (kind != null && kind != ConnectionEventKind.CONNECTING && kind != ConnectionEventKind.CONNECTED) {
                    sink.accept(new TraceRecord.Connection(span, kind, raw.strip()));
                }
                sink.accept(new TraceRecord.Status(span, CommonLines.hresult(raw), raw.strip(), connection));
                return;
            }
            CommonLines.commentary(span, raw, sink);
        }
    }

    /** A client line that can be a command: a verb, an IMAP tag and verb, or SASL data (base64, masked). */
    static boolean looksLikeCommand(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.matches("[A-Za-z0-9+/=]+|\\*+|X+|\\[credentials hidden\\]|\\.+.*base64.*|\\.")) { //$NON-NLS-1$
            return true;
        }
        if (ProtocolVocabulary.isCommandLine(t)) {
            return true;
        }
        String first = t.split("[ :]", 2)[0]; //$NON-NLS-1$
        return first.matches("[A-Z][A-Z0-9-]{1,11}"); //$NON-NLS-1$
    }

    /** An unmarked line that continues the protocol (reply continuation, body). */
    static boolean looksLikeProtocol(String text) {
        return text.matches("^\\d{3}[ -].*|^\\+OK.*|^-ERR.*|^\\* .*|^\\.$"); //$NON-NLS-1$
    }
}
