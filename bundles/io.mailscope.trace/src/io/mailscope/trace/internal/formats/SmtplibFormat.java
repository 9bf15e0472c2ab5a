package io.mailscope.trace.internal.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Python smtplib {@code set_debuglevel(1|2)}: {@code send: 'EHLO …\r\n'}, {@code reply: b'250-…\r\n'} (Python reprs),
 * the parsed {@code reply: retcode (250); Msg: …} summary (kept as an other line: it repeats the reply), and the
 * DATA payload sent as one repr holding the whole message.
 */
public final class SmtplibFormat implements TraceFormat {

    private static final Pattern LINE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{6} )?(send|reply|data): (.*)$"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        boolean retcode = sample.any(l -> l.contains("reply: retcode (")); //$NON-NLS-1$
        double share = sample.share(l -> LINE.matcher(l).matches());
        return retcode ? Math.min(0.97, 0.6 + share) : share * 0.5;
    }

    @Override
    public boolean claims(String line) {
        return LINE.matcher(line).matches();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    /** Undoes a Python str/bytes repr: {@code b'a\r\nb'} → {@code a\r\nb} with escapes resolved. */
    public static String unrepr(String repr) { // public for the tests (a separate bundle)
        String s = repr.strip();
        if (s.startsWith("b'") || s.startsWith("b\"")) { //$NON-NLS-1$ //$NON-NLS-2$
            s = s.substring(1);
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case '\\', '\'', '"' -> out.append(n);
                    case 'x' -> {
                        int high = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                        int low = high < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
                        if (low >= 0) {
                            out.append((char) (high * 16 + low));
                            i += 2;
                        } else {
                            out.append("\\x"); // not a \xHH escape (a garbled or cut line): kept as it is //$NON-NLS-1$
                        }
                    }
                    default -> out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Parser implements TraceParser {
        @Override
        public void accept(SourceLine line, TraceSink sink) {
            Matcher m = LINE.matcher(line.text());
            if (!m.matches()) {
                CommonLines.commentary(Span.of(line), line.text(), sink);
                return;
            }
            Span span = Span.of(line, m.group(1) == null ? null : m.group(1).strip());
            String kind = m.group(2);
            String value = m.group(3);
            if (kind.equals("data") || value.startsWith("retcode (")) { //$NON-NLS-1$ //$NON-NLS-2$
                sink.accept(new TraceRecord.Other(span, line.text()));
                return;
            }
            String text = unrepr(value);
            Direction direction = kind.equals("send") ? Direction.CLIENT : Direction.SERVER; //$NON-NLS-1$
            String[] lines = text.split("\r\n", -1); //$NON-NLS-1$
            int count = lines.length;
            if (count > 1 && lines[count - 1].isEmpty()) {
                count--; // the repr ends with the line's own CRLF
            }
            for (int i = 0; i < count; i++) {
                sink.accept(new TraceRecord.Wire(span, direction, Protocol.SMTP, lines[i]));
            }
        }
    }
}
