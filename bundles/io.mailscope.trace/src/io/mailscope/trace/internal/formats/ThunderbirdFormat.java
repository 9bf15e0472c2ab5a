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
 * Thunderbird / Gecko {@code MOZ_LOG} output for the IMAP, POP3 and SMTP modules:
 * {@code 2024-03-28 10:28:10.307508 UTC - [Parent 474262: IMAP]: D/IMAP <payload>} (timestamp optional, older
 * {@code [pid:thread]: } prefix accepted). Payloads: IMAP {@code <this>:<host>:<state>:SendData: …} /
 * {@code CreateNewLineFromSocket: …}; POP3 {@code SEND: …} / {@code RECV: …}; SMTP {@code SMTP Send: …} /
 * {@code SMTP Response: …}. Each IMAP connection object ({@code this} pointer) is one session. Error-level lines
 * ({@code E/…}) become status events.
 */
public final class ThunderbirdFormat implements TraceFormat {

    private static final Pattern LINE = Pattern.compile(
            "^(?:(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+) UTC - )?\\[[^\\]]+\\]: ([VDIWE])/(\\w+) (.*)$"); //$NON-NLS-1$
    private static final Pattern IMAP_PAYLOAD = Pattern.compile("^([0-9a-fA-F]+):([^:]+):(NA|A|S-[^:]*):(\\w+): ?(.*)$"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double share = sample.share(l -> LINE.matcher(l).matches());
        boolean mail = sample.any(l -> l.matches(".*\\]: [VDIWE]/(IMAP|POP3|SMTP) .*")); //$NON-NLS-1$
        return mail ? Math.min(0.95, 0.6 + share) : share * 0.4;
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
        @Override
        public void accept(SourceLine line, TraceSink sink) {
            Matcher m = LINE.matcher(line.text());
            if (!m.matches()) {
                CommonLines.commentary(Span.of(line), line.text(), sink);
                return;
            }
            Span span = Span.of(line, m.group(1));
            String level = m.group(2);
            Protocol protocol = CommonLines.protocolWord(m.group(3));
            String payload = m.group(4);
            if (protocol == Protocol.IMAP) {
                Matcher p = IMAP_PAYLOAD.matcher(payload);
                if (p.matches()) {
                    String connection = "IMAP " + p.group(1) + " " + p.group(2); //$NON-NLS-1$ //$NON-NLS-2$
                    switch (p.group(4)) {
                        case "SendData" -> { //$NON-NLS-1$
                            if (p.group(5).startsWith("Logging suppressed")) { //$NON-NLS-1$
                                // Thunderbird left the credentials out; the reply that follows answers a command
                                // the log does not show
                                sink.accept(new TraceRecord.Other(span, line.text()));
                                return;
                            }
                            sink.accept(new TraceRecord.Endpoint(connection, Protocol.IMAP, p.group(2), 0, "Mozilla Thunderbird", null)); //$NON-NLS-1$
                            sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, Protocol.IMAP, p.group(5), connection, "")); //$NON-NLS-1$
                        }
                        case "CreateNewLineFromSocket" -> { //$NON-NLS-1$
                            sink.accept(new TraceRecord.Endpoint(connection, Protocol.IMAP, p.group(2), 0, "Mozilla Thunderbird", null)); //$NON-NLS-1$
                            sink.accept(new TraceRecord.Wire(span, Direction.SERVER, Protocol.IMAP, p.group(5), connection, "")); //$NON-NLS-1$
                        }
                        default -> other(span, level, line.text(), payload, sink);
                    }
                    return;
                }
            } else if (protocol == Protocol.POP3 || protocol == Protocol.SMTP) {
                String[][] prefixes = { { "SEND: ", "C" }, { "RECV: ", "S" }, { "SMTP Send: ", "C" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        { "SMTP Response: ", "S" } }; //$NON-NLS-1$ //$NON-NLS-2$
                for (String[] prefix : prefixes) {
                    if (payload.startsWith(prefix[0])) {
                        sink.accept(new TraceRecord.Wire(span, prefix[1].equals("C") ? Direction.CLIENT : Direction.SERVER, //$NON-NLS-1$
                                protocol, payload.substring(prefix[0].length())));
                        return;
                    }
                }
            }
            other(span, level, line.text(), payload, sink);
        }

        private static void other(Span span, String level, String line, String payload, TraceSink sink) {
            if (level.equals("E")) { //$NON-NLS-1$
                ConnectionEventKind kind = CommonLines.connectionKind(payload);
                if (kind != null && kind != ConnectionEventKind.CONNECTING && kind != ConnectionEventKind.CONNECTED) {
                    sink.accept(new TraceRecord.Connection(span, kind, payload));
                }
                sink.accept(new TraceRecord.Status(span, CommonLines.hresult(payload), payload));
            } else {
                sink.accept(new TraceRecord.Other(span, line));
            }
        }
    }
}
