package io.mailscope.trace.internal.formats;

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
 * JavaMail / Jakarta Mail debug output ({@code mail.debug=true}): library commentary in {@code DEBUG: …},
 * {@code DEBUG SMTP: …}, {@code DEBUG POP3: …}, {@code DEBUG IMAP: …} lines, protocol lines echoed raw without a
 * direction marker (import tells client from server by the protocol), the JavaMail 1.4 POP3 provider's
 * {@code C: }/{@code S: } prefixes, and exceptions with stack traces.
 */
public final class JavaMailFormat implements TraceFormat {

    private static final Pattern DEBUG = Pattern.compile("^DEBUG(?: (SMTP|POP3|IMAP|NNTP))?: (.*)$"); //$NON-NLS-1$
    private static final Pattern CONNECT = Pattern.compile("(?:trying to connect to|connecting to) host \"([^\"]*)\", port (\\d+), isSSL (true|false)"); //$NON-NLS-1$
    private static final Pattern VERSION = Pattern.compile("(JavaMail|Jakarta Mail) version (\\S+)"); //$NON-NLS-1$
    private static final Pattern STACK = Pattern.compile("^\\s+at .*|^\\s*\\.\\.\\. \\d+ more$"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double share = sample.share(l -> DEBUG.matcher(l).matches());
        boolean version = sample.any(l -> VERSION.matcher(l).find() && l.startsWith("DEBUG")); //$NON-NLS-1$
        boolean protocolDebug = sample.any(l -> l.startsWith("DEBUG SMTP: ") || l.startsWith("DEBUG POP3: ") || l.startsWith("DEBUG IMAP: ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (version) {
            return 0.95;
        }
        return protocolDebug ? Math.min(0.9, 0.6 + share) : 0;
    }

    @Override
    public boolean claims(String line) {
        return DEBUG.matcher(line).matches() || line.startsWith("C: ") || line.startsWith("S: ");
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        private Protocol protocol;
        private String product;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String text = line.text();
            Span span = Span.of(line);
            Matcher d = DEBUG.matcher(text);
            if (d.matches()) {
                if (d.group(1) != null) {
                    protocol = CommonLines.protocolWord(d.group(1));
                }
                String message = d.group(2);
                Matcher v = VERSION.matcher(message);
                if (v.find()) {
                    product = v.group(1) + " " + v.group(2); //$NON-NLS-1$
                }
                Matcher c = CONNECT.matcher(message);
                if (c.find()) {
                    sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTING, message));
                    sink.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, protocol, c.group(1), CommonLines.port(c.group(2)),
                            product, c.group(3).equals("true") ? TlsState.IMPLICIT : null)); //$NON-NLS-1$
                    return;
                }
                if (message.startsWith("connected to host")) { //$NON-NLS-1$
                    sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTED, message));
                    return;
                }
                sink.accept(new TraceRecord.Other(span, text));
                return;
            }
            if (text.startsWith("C: ") || text.startsWith("S: ")) { //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Wire(span, text.charAt(0) == 'C' ? Direction.CLIENT : Direction.SERVER, protocol,
                        text.substring(3)));
                return;
            }
            if (STACK.matcher(text).matches()) {
                sink.accept(new TraceRecord.Other(span, text));
                return;
            }
            if (CommonLines.exception(text) != null || text.strip().startsWith("nested exception is")) { //$NON-NLS-1$
                CommonLines.commentary(span, text, sink);
                return;
            }
            sink.accept(new TraceRecord.Wire(span, null, protocol, text));
        }
    }
}
