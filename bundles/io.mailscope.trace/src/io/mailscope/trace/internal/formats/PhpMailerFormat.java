package io.mailscope.trace.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.model.RepairKind;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * PHPMailer {@code SMTPDebug} output in echo mode ({@code 2026-11-22 21:41:17<TAB>SERVER -> CLIENT: …}, continuation
 * lines indented), html mode ({@code -&gt;}, {@code <br>}, multi-line replies glued into one line: split again here,
 * recorded as a repair) and error_log mode (no timestamp).
 */
public final class PhpMailerFormat implements TraceFormat {

    private static final Pattern LINE = Pattern.compile(
            "^(?:(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)[\\t ]+)?(SERVER -> CLIENT|CLIENT -> SERVER|SERVER -&gt; CLIENT|CLIENT -&gt; SERVER|SMTP INBOUND|Connection|SMTP ERROR|SMTP Error|Auth method requested|Auth method selected|Auth methods available on the server|SMTP notice|SMTP NOTICE): ?(.*?)(?:<br>)?$"); //$NON-NLS-1$
    private static final Pattern CONTINUATION = Pattern.compile("^ {10,}\\t? *(\\S.*)$"); //$NON-NLS-1$
    private static final Pattern REPLY_CODE = Pattern.compile("^(\\d{3})[ -]"); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        boolean both = sample.any(l -> l.contains("CLIENT -> SERVER: ") || l.contains("CLIENT -&gt; SERVER: ")) //$NON-NLS-1$ //$NON-NLS-2$
                || sample.any(l -> l.contains("SERVER -> CLIENT: ") || l.contains("SERVER -&gt; CLIENT: ")); //$NON-NLS-1$ //$NON-NLS-2$
        return both ? Math.min(0.97, 0.6 + sample.share(l -> LINE.matcher(l).matches())) : 0;
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
            String text = line.text();
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                Matcher c = CONTINUATION.matcher(text);
                if (c.matches()) {
                    sink.accept(new TraceRecord.Wire(Span.of(line), Direction.SERVER, Protocol.SMTP, c.group(1)));
                } else {
                    CommonLines.commentary(Span.of(line), text, sink);
                }
                return;
            }
            Span span = Span.of(line, m.group(1));
            String kind = m.group(2);
            String payload = m.group(3).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            if (kind.startsWith("CLIENT")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, Protocol.SMTP, payload));
            } else if (kind.startsWith("SERVER")) { //$NON-NLS-1$
                List<String> parts = unglue(payload);
                if (parts.size() > 1) {
                    sink.accept(new TraceRecord.Repair(span, RepairKind.JOINED_WRAPPED_LINE, "multi-line reply that PHPMailer glued into " //$NON-NLS-1$
                            + span.label() + " split into " + parts.size() + " lines")); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (String part : parts) {
                    sink.accept(new TraceRecord.Wire(span, Direction.SERVER, Protocol.SMTP, part));
                }
            } else if (kind.equals("Connection")) { //$NON-NLS-1$
                ConnectionEventKind event = payload.startsWith("opening") ? ConnectionEventKind.CONNECTING //$NON-NLS-1$
                        : payload.startsWith("opened") ? ConnectionEventKind.CONNECTED //$NON-NLS-1$
                                : payload.startsWith("closed") ? ConnectionEventKind.CLOSED_BY_CLIENT //$NON-NLS-1$
                                        : CommonLines.connectionKind(payload);
                if (event != null) {
                    sink.accept(new TraceRecord.Connection(span, event, payload));
                } else {
                    sink.accept(new TraceRecord.Other(span, text));
                }
            } else if (kind.equals("SMTP Error")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Status(span, 0, kind + ": " + payload)); //$NON-NLS-1$
            } else {
                CommonLines.commentary(span, text, sink);
            }
        }

        /** "250-a250-b250 c" (html mode) → "250-a", "250-b", "250 c". */
        private static List<String> unglue(String reply) {
            Matcher code = REPLY_CODE.matcher(reply);
            if (!code.find() || reply.charAt(3) != '-') {
                return List.of(reply);
            }
            Pattern split = Pattern.compile("(?<=\\S)(?=" + code.group(1) + "[ -])"); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> parts = new ArrayList<>(List.of(split.split(reply)));
            return parts;
        }
    }
}
