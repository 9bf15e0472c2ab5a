package io.mailscope.trace.internal.formats;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * A raw interactive session copied from a terminal (telnet, nc, {@code openssl s_client}) or a "follow TCP stream"
 * dump: no direction markers at all. Lines before the server's greeting are the tool's own output (connection
 * messages, TLS handshake details); from the greeting on, lines are protocol lines without a direction, and import
 * tells client from server by the protocol's grammar ({@code +OK}/{@code -ERR}, reply codes, {@code *} and tagged
 * IMAP replies, multi-line bodies). Lines that cannot be commands (mixed-case prose, separators, tool messages) stay
 * other lines. A separator line or a second greeting after QUIT starts a new connection.
 * <p>
 * One shape the grammar alone would misread: a server that ends its EHLO reply with {@code 250 } and then names its
 * extensions on lines without a code ({@code SIZE}, {@code 8BITMIME}). Such a line is no SMTP command but an ESMTP
 * keyword, so it is the server's (a malformed reply the diagnosis reports), not a command the next reply answers.
 */
public final class RawSessionFormat implements TraceFormat {

    private static final Pattern GREETING = Pattern.compile("^(\\+OK|\\* OK|\\* PREAUTH|220[ -]).*"); //$NON-NLS-1$
    private static final Pattern TELNET = Pattern.compile("^(?:\\S*[$#] )?(telnet|nc|ncat|netcat)\\s+(?:-\\S+\\s+)*(\\S+)\\s+(\\S+)"); //$NON-NLS-1$
    private static final Pattern OPENSSL = Pattern.compile("openssl s_client .*-connect\\s+([^:\\s]+):(\\d+)"); //$NON-NLS-1$
    private static final Pattern SEPARATOR = Pattern.compile("^[=\\-_*#~<>8]{10,}.*"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        boolean greeting = sample.any(l -> GREETING.matcher(l).matches());
        boolean tool = sample.any(l -> l.contains("Escape character is") || TELNET.matcher(l).find() //$NON-NLS-1$
                || l.contains("openssl s_client") || l.startsWith("Connected to ")); //$NON-NLS-1$ //$NON-NLS-2$
        boolean command = sample.any(l -> !l.isBlank() && ProtocolVocabulary.isCommandLine(l));
        if (greeting && command) {
            return tool ? 0.8 : 0.5;
        }
        return greeting ? (tool ? 0.6 : 0.35) : 0;
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        private boolean greeted;
        private boolean quitSent;
        private boolean quitAnswered;
        private int connection = 1;
        private boolean wireInConnection;
        /** the last command line was EHLO/LHLO and its reply has ended ("250 "): ESMTP keywords now are the server's */
        private boolean afterEhloReply;
        private boolean ehloSent;

        private String key() {
            return "raw-" + connection; //$NON-NLS-1$
        }

        private SourceLine lastLine;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            lastLine = line;
            String text = line.text();
            Span span = Span.of(line);
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher telnet = TELNET.matcher(text);
            if (telnet.find()) {
                Protocol protocol = CommonLines.protocolOf(telnet.group(3));
                sink.accept(new TraceRecord.Endpoint(key(), protocol, telnet.group(2), parsePort(telnet.group(3)),
                        telnet.group(1), null));
                sink.accept(new TraceRecord.Other(span, text));
                return;
            }
            Matcher openssl = OPENSSL.matcher(text);
            if (openssl.find()) {
                sink.accept(new TraceRecord.Endpoint(key(), CommonLines.protocolOf(openssl.group(2)), openssl.group(1),
                        Integer.parseInt(openssl.group(2)), "openssl s_client", TlsState.IMPLICIT)); //$NON-NLS-1$
                sink.accept(new TraceRecord.Other(span, text));
                return;
            }
            if (SEPARATOR.matcher(text).matches()) {
                if (wireInConnection) {
                    sink.accept(new TraceRecord.End(span, key()));
                    connection++;
                    wireInConnection = false;
                    greeted = false;
                    quitSent = false;
                }
                sink.accept(new TraceRecord.Other(span, text));
                return;
            }
            if (lower.startsWith("connection closed") || lower.contains("closed by foreign host")) { //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Connection(span,
                        quitSent ? ConnectionEventKind.CLOSED_BY_CLIENT : ConnectionEventKind.CLOSED_BY_SERVER, text, key()));
                greeted = false;
                return;
            }
            if (text.strip().equals("DONE") || text.strip().equals("closed")) { //$NON-NLS-1$ //$NON-NLS-2$
                // openssl s_client prints DONE (or "closed") when the connection ends
                sink.accept(new TraceRecord.Connection(span,
                        quitSent ? ConnectionEventKind.CLOSED_BY_CLIENT : ConnectionEventKind.CLOSED_BY_SERVER, text, key()));
                greeted = false;
                return;
            }
            if (GREETING.matcher(text).matches() && (!greeted || quitSent && quitAnswered)) {
                if (greeted) {
                    // a second greeting after QUIT was answered: the transcript goes on with a new connection
                    sink.accept(new TraceRecord.End(span, key()));
                    connection++;
                    quitSent = false;
                    quitAnswered = false;
                }
                greeted = true;
            } else if (quitSent && !quitAnswered && !text.isBlank()) {
                quitAnswered = true;
            }
            if (!greeted) {
                ConnectionEventKind kind = CommonLines.connectionKind(text);
                if (kind != null && !text.startsWith("Escape character")) { //$NON-NLS-1$
                    sink.accept(new TraceRecord.Connection(span, kind, text, key()));
                } else {
                    sink.accept(new TraceRecord.Other(span, text));
                }
                return;
            }
            if (!text.isBlank() && !ProtocolVocabulary.isCommandLine(text) && !PrefixedFormat.looksLikeProtocol(text)
                    && !wirePlausible(text)) {
                ConnectionEventKind kind = CommonLines.connectionKind(text);
                if (kind == ConnectionEventKind.CLOSED_BY_SERVER && CommonLines.exception(text) == null && CommonLines.hresult(text) == 0) {
                    // the tool's own "Error: Connection closed." ends this connection, not one of its own
                    sink.accept(new TraceRecord.Connection(span, quitSent ? ConnectionEventKind.CLOSED_BY_CLIENT : kind, text, key()));
                    greeted = false;
                    return;
                }
                CommonLines.commentary(span, text, sink);
                return;
            }
            if (text.strip().equalsIgnoreCase("QUIT") || lower.strip().endsWith(" logout")) { //$NON-NLS-1$ //$NON-NLS-2$
                quitSent = true;
                quitAnswered = false;
            }
            wireInConnection = true;
            sink.accept(new TraceRecord.Wire(span, extensionLineWithoutCode(text) ? Direction.SERVER : null, null, text, key(),
                    TraceRecord.CURRENT));
        }

        /**
         * Follows EHLO and its reply: true for an ESMTP keyword that is no SMTP command ({@code SIZE 10240000},
         * {@code 8BITMIME}) on a line of its own after the reply's last line - the server's, without its code.
         */
        private boolean extensionLineWithoutCode(String text) {
            String word = text.strip().split("[\\s=]", 2)[0].toUpperCase(Locale.ROOT); //$NON-NLS-1$
            boolean keyword = afterEhloReply && ProtocolVocabulary.SMTP_EXTENSIONS.contains(word)
                    && !ProtocolVocabulary.isVerb(Protocol.SMTP, word);
            if (keyword) {
                return true;
            }
            afterEhloReply = false;
            if (word.equals("EHLO") || word.equals("LHLO")) { //$NON-NLS-1$ //$NON-NLS-2$
                ehloSent = true;
            } else if (ehloSent && text.startsWith("250 ")) { //$NON-NLS-1$
                afterEhloReply = true;
                ehloSent = false;
            } else if (!text.startsWith("250-")) { //$NON-NLS-1$
                ehloSent = false;
            }
            return false;
        }

        @Override
        public void finish(TraceSink sink) {
            if (greeted && !quitSent && wireInConnection && lastLine != null) {
                // the transcript ends after the greeting without QUIT and without a "closed" message: the
                // connection was left or dropped there; the diagnosis needs the end as an event, at the last line
                sink.accept(new TraceRecord.Connection(Span.of(lastLine), ConnectionEventKind.CLOSED_BY_SERVER,
                        "end of transcript without QUIT", key())); //$NON-NLS-1$
            }
        }

        /** Server reply text and body lines: anything that is not prose-like commentary. */
        private static boolean wirePlausible(String text) {
            String first = text.strip().split("\\s+", 2)[0]; //$NON-NLS-1$
            return !first.matches("[A-Z][a-z]+[a-z,.:]*") || text.length() < 4; //$NON-NLS-1$
        }

        private static int parsePort(String port) {
            return switch (port.toLowerCase(Locale.ROOT)) {
                case "pop3", "pop-3" -> 110; //$NON-NLS-1$ //$NON-NLS-2$
                case "imap", "imap2" -> 143; //$NON-NLS-1$ //$NON-NLS-2$
                case "smtp" -> 25; //$NON-NLS-1$
                case "submission" -> 587; //$NON-NLS-1$
                default -> port.matches("\\d+") ? CommonLines.port(port) : 0; //$NON-NLS-1$
            };
        }
    }
}
