package io.mailscope.trace.internal.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Direction;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * Outlook Express / Windows Live Mail troubleshooting logs (Pop3.log, Smtp.log, Imap.log):
 * {@code POP3: 18:33:23 [rx] +OK POP3 server ready}, {@code SMTP: 18:34:02 [tx] MAIL FROM: <…>}, {@code [db]} debug
 * lines. Protocol first, then the time (the opposite order from Outlook's {@code IMAP (host): time} lines).
 */
public final class OutlookExpressFormat implements TraceFormat {

    private static final Pattern LINE = Pattern.compile("^(POP3|SMTP|IMAP|HTTPMail|NNTP): (\\d\\d:\\d\\d:\\d\\d) \\[(rx|tx|db)\\] ?(.*)$"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double share = sample.share(l -> LINE.matcher(l).matches());
        return share > 0 ? Math.min(0.95, 0.55 + share) : 0;
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
            Span span = Span.of(line, m.group(2));
            String marker = m.group(3);
            String text = m.group(4);
            if (marker.equals("db")) { //$NON-NLS-1$
                CommonLines.commentary(span, text, sink);
                return;
            }
            sink.accept(new TraceRecord.Wire(span, marker.equals("tx") ? Direction.CLIENT : Direction.SERVER, //$NON-NLS-1$
                    CommonLines.protocolWord(m.group(1)), text));
        }
    }
}
