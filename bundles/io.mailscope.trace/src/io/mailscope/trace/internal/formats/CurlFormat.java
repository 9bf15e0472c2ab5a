package io.mailscope.trace.internal.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * {@code curl -v} for smtp/pop3/imap URLs: {@code > } client, {@code < } server, {@code * } curl's own information,
 * {@code { [N bytes data]}/{@code } [N bytes data]} TLS records, progress-meter lines, and the final
 * {@code curl: (67) …} error.
 */
public final class CurlFormat implements TraceFormat {

    private static final Pattern CONNECTED = Pattern.compile("^Connected to (\\S+) \\(([^)]*)\\) port (\\d+)"); //$NON-NLS-1$
    private static final Pattern URL = Pattern.compile("\\b(smtps?|pop3s?|imaps?)://"); //$NON-NLS-1$
    private static final Pattern IMAP_UNTAGGED = Pattern.compile("^\\* (OK|NO|BAD|BYE|PREAUTH|CAPABILITY|FLAGS|LIST|LSUB|SEARCH|STATUS|ENABLED|ID|NAMESPACE|\\d+ )"); //$NON-NLS-1$
    private static final Pattern DATA = Pattern.compile("^[{}] \\[\\d+ bytes data\\]$"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        boolean client = sample.any(l -> l.startsWith("> ")); //$NON-NLS-1$
        boolean server = sample.any(l -> l.startsWith("< ")); //$NON-NLS-1$
        boolean info = sample.any(l -> l.startsWith("* ") && !l.startsWith("* OK") && !l.startsWith("* CAPABILITY")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || sample.any(l -> l.startsWith("curl: (")); //$NON-NLS-1$
        double share = sample.share(l -> l.startsWith("> ") || l.startsWith("< ") || l.startsWith("* ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || DATA.matcher(l).matches());
        if (client && server && info) {
            return Math.min(0.95, 0.55 + share / 2);
        }
        return client && server ? 0.4 : 0;
    }

    @Override
    public boolean claims(String line) {
        return line.startsWith("> ") || line.startsWith("< ") || line.startsWith("* ") && !IMAP_UNTAGGED.matcher(line).find() || line.startsWith("curl: (") || DATA.matcher(line).matches();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        private boolean quitSent;
        private Protocol protocol;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String text = line.text();
            Span span = Span.of(line);
            if (text.startsWith("> ")) { //$NON-NLS-1$
                String command = text.substring(2);
                quitSent |= command.strip().equalsIgnoreCase("QUIT") || command.toUpperCase().endsWith(" LOGOUT"); //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, protocol, command));
                return;
            }
            if (text.startsWith("< ")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Wire(span, Direction.SERVER, protocol, text.substring(2)));
                return;
            }
            if (text.startsWith("curl: (")) { //$NON-NLS-1$
                CommonLines.commentary(span, text, sink);
                if (CommonLines.connectionKind(text) == null) {
                    sink.accept(new TraceRecord.Status(span, 0, text));
                }
                return;
            }
            Matcher url = URL.matcher(text);
            if (url.find()) {
                protocol = CommonLines.protocolOf(url.group(1));
                sink.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, protocol, null, 0, "curl", null)); //$NON-NLS-1$
            }
            int star = text.indexOf("* "); //$NON-NLS-1$
            if (star >= 0 && (star == 0 || text.substring(0, star).matches(".*[0-9-]"))) { //$NON-NLS-1$
                info(span, text.substring(star + 2).strip(), text, sink);
                return;
            }
            sink.accept(new TraceRecord.Other(span, text));
        }

        private void info(Span span, String info, String line, TraceSink sink) {
            Matcher c = CONNECTED.matcher(info);
            if (c.find()) {
                int port = CommonLines.port(c.group(3));
                if (protocol == null) {
                    protocol = CommonLines.protocolOf(c.group(3));
                }
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTED, info));
                sink.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, protocol, c.group(1), port, "curl", null)); //$NON-NLS-1$
                return;
            }
            if (info.startsWith("Closing connection")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(span,
                        quitSent ? ConnectionEventKind.CLOSED_BY_CLIENT : ConnectionEventKind.CLOSED_BY_SERVER, info));
                return;
            }
            if (info.startsWith("Connection #") && info.contains("left intact")) { //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Other(span, line));
                return;
            }
            ConnectionEventKind kind = CommonLines.connectionKind(info);
            if (info.startsWith("Trying") && info.contains("connected")) { //$NON-NLS-1$ //$NON-NLS-2$
                kind = ConnectionEventKind.CONNECTING;
            }
            if (kind != null) {
                sink.accept(new TraceRecord.Connection(span, kind, info));
            } else if (info.startsWith("Authentication failed") || info.contains("denied")) { //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Status(span, 0, info));
            } else {
                sink.accept(new TraceRecord.Other(span, line));
            }
        }
    }
}
