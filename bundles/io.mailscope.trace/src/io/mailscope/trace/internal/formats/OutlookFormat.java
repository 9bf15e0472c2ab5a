package io.mailscope.trace.internal.formats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Outlook 2003 and later "Mail logging (troubleshooting)" text logs (OPMLog.log, IMAP logs):
 * {@code 2012.03.14 10:15:32 POP3 (pop.example.test): [rx] +OK …} and {@code IMAP (imap.example.test): 10:16:01 [tx]
 * A0001 CAPABILITY}. The grammar is only partly confirmed, so the parser is tolerant: {@code [rx]} or {@code <rx>},
 * optional date, time before or after the host, {@code [db]} debug lines. Each {@code PROTO (host)} pair is one
 * connection; "Connecting to host" after that connection ended starts the next one.
 */
public final class OutlookFormat implements TraceFormat {

    private static final Pattern LINE = Pattern.compile(
            "^(?:(\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d) )?(POP3|SMTP|IMAP|HTTPMail) \\(([^)]*)\\): (?:(\\d\\d:\\d\\d:\\d\\d) )?(?:(\\[tx\\]|<tx>|\\[rx\\]|<rx>|\\[db\\]) ?)?(.*)$"); //$NON-NLS-1$
    private static final Pattern PORT = Pattern.compile("(?i)^Port: (\\d+), Secure: (YES|NO)(?:, SPA: (YES|NO))?"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double share = sample.share(l -> LINE.matcher(l).matches());
        boolean wire = sample.any(l -> l.matches(".*(POP3|SMTP|IMAP) \\([^)]*\\): (\\d\\d:\\d\\d:\\d\\d )?(\\[tx\\]|\\[rx\\]|<rx>) .*")); //$NON-NLS-1$
        return wire ? Math.min(0.95, 0.5 + share) : share * 0.5;
    }

    @Override
    public boolean claims(String line) {
        return LINE.matcher(line).matches();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        private final Map<String, Integer> generation = new HashMap<>();
        private final Map<String, Boolean> ended = new HashMap<>();

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            Matcher m = LINE.matcher(line.text());
            if (!m.matches()) {
                if (line.text().contains("Logging Started") || line.text().isBlank()) { //$NON-NLS-1$
                    sink.accept(new TraceRecord.Other(Span.of(line), line.text()));
                } else {
                    CommonLines.commentary(Span.of(line), line.text(), sink);
                }
                return;
            }
            String time = m.group(1) != null ? m.group(1) : m.group(4);
            Span span = Span.of(line, time);
            Protocol protocol = CommonLines.protocolWord(m.group(2));
            String host = m.group(3);
            String marker = m.group(5);
            String text = m.group(6);
            String base = m.group(2) + " (" + host + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            String lower = text.toLowerCase(Locale.ROOT);
            boolean starting = marker == null && (lower.startsWith("connecting to host") || lower.startsWith("begin execution") //$NON-NLS-1$ //$NON-NLS-2$
                    || lower.startsWith("finding host")); //$NON-NLS-1$
            if (starting && ended.getOrDefault(base, Boolean.FALSE)) {
                generation.merge(base, 1, Integer::sum);
                ended.put(base, Boolean.FALSE);
            }
            String connection = base + "#" + generation.getOrDefault(base, 0); //$NON-NLS-1$
            if (!generation.containsKey(base)) {
                generation.put(base, 0);
                sink.accept(new TraceRecord.Endpoint(connection, protocol, host, 0, "Microsoft Outlook", null)); //$NON-NLS-1$
            }
            if (marker != null && !marker.equals("[db]")) { //$NON-NLS-1$
                Direction direction = marker.contains("tx") ? Direction.CLIENT : Direction.SERVER; //$NON-NLS-1$
                sink.accept(new TraceRecord.Wire(span, direction, protocol, text, connection, TraceRecord.CURRENT));
                return;
            }
            Matcher port = PORT.matcher(text);
            if (port.find()) {
                sink.accept(new TraceRecord.Endpoint(connection, protocol, host, Integer.parseInt(port.group(1)), null,
                        port.group(2).equalsIgnoreCase("YES") ? TlsState.IMPLICIT : null)); //$NON-NLS-1$
                sink.accept(new TraceRecord.Other(span, line.text()));
                return;
            }
            if (lower.startsWith("disconnected from host") || lower.startsWith("end execution")) { //$NON-NLS-1$ //$NON-NLS-2$
                ended.put(base, Boolean.TRUE);
            }
            int hr = CommonLines.hresult(text);
            if (hr != 0) {
                sink.accept(new TraceRecord.Status(span, hr, text, connection));
            } else if (lower.startsWith("connected to host")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTED, text, connection));
            } else if (lower.startsWith("disconnected from host")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CLOSED_BY_CLIENT, text, connection));
            } else {
                ConnectionEventKind kind = CommonLines.connectionKind(text);
                if (kind != null && kind != ConnectionEventKind.CONNECTING && kind != ConnectionEventKind.CLOSED_BY_CLIENT) {
                    sink.accept(new TraceRecord.Connection(span, kind, text, connection));
                } else {
                    sink.accept(new TraceRecord.Other(span, line.text()));
                }
            }
        }
    }
}
