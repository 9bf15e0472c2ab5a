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
 * swaks transcripts: a 3-character hint column and a space. {@code  ->}/{@code  ~>} client (plain / inside TLS),
 * {@code <- }/{@code <~ } server, {@code <**}/{@code <~*} server reply swaks treats as an error, {@code **>}/{@code *~>}
 * send errors, {@code ===} information, {@code ***} program errors.
 */
public final class SwaksFormat implements TraceFormat {

    private static final Pattern HINT = Pattern.compile("^(===|\\*\\*\\*|<- |<~ |<\\*\\*|<~\\*| -> | ~>|\\*\\*>|\\*~>) ?(.*)$"); //$NON-NLS-1$
    private static final Pattern STRICT_HINT = Pattern.compile("^(=== |\\*\\*\\* |<-  |<~  |<\\*\\* |<~\\* | -> | ~> |\\*\\*> |\\*~> )"); //$NON-NLS-1$
    private static final Pattern TRYING = Pattern.compile("^Trying ([^:]+):(\\d+)\\.\\.\\."); //$NON-NLS-1$

    @Override
    public double confidence(Sample sample) {
        double share = sample.share(l -> HINT.matcher(l).matches());
        boolean wire = sample.any(l -> l.startsWith(" -> ") || l.startsWith(" ~> ")) //$NON-NLS-1$ //$NON-NLS-2$
                && sample.any(l -> l.startsWith("<- ") || l.startsWith("<~ ") || l.startsWith("<**") || l.startsWith("<~*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return wire ? Math.min(0.97, 0.5 + share) : share * 0.5;
    }

    @Override
    public boolean claims(String line) {
        return STRICT_HINT.matcher(line).find();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        private boolean quitSent;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String text = line.text();
            Span span = Span.of(line);
            if (text.length() < 3) {
                sink.accept(new TraceRecord.Other(span, text));
                return;
            }
            String hint = text.substring(0, 3);
            String payload = text.length() > 4 ? text.substring(4) : ""; //$NON-NLS-1$
            switch (hint) {
                case " ->", " ~>", "**>", "*~>" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    if (payload.strip().equalsIgnoreCase("QUIT")) { //$NON-NLS-1$
                        quitSent = true;
                    }
                    sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, Protocol.SMTP, payload));
                }
                case "<- ", "<~ ", "<**", "<~*" -> sink.accept(new TraceRecord.Wire(span, Direction.SERVER, Protocol.SMTP, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        payload.startsWith(" ") ? payload.substring(1) : payload)); //$NON-NLS-1$
                case "===" -> info(span, payload, sink); //$NON-NLS-1$
                case "***" -> { //$NON-NLS-1$
                    ConnectionEventKind kind = CommonLines.connectionKind(payload);
                    if (kind != null && kind != ConnectionEventKind.CONNECTING && kind != ConnectionEventKind.CONNECTED) {
                        sink.accept(new TraceRecord.Connection(span, kind, payload.strip()));
                    } else {
                        sink.accept(new TraceRecord.Status(span, 0, payload.strip()));
                    }
                }
                default -> sink.accept(new TraceRecord.Other(span, text));
            }
        }

        private void info(Span span, String payload, TraceSink sink) {
            Matcher trying = TRYING.matcher(payload);
            if (trying.find()) {
                sink.accept(new TraceRecord.Connection(span, ConnectionEventKind.CONNECTING, payload));
                sink.accept(new TraceRecord.Endpoint(TraceRecord.CURRENT, Protocol.SMTP, trying.group(1),
                        Integer.parseInt(trying.group(2)), "swaks", null)); //$NON-NLS-1$
                return;
            }
            if (payload.startsWith("Connection closed")) { //$NON-NLS-1$
                sink.accept(new TraceRecord.Connection(span,
                        quitSent ? ConnectionEventKind.CLOSED_BY_CLIENT : ConnectionEventKind.CLOSED_BY_SERVER, payload));
                return;
            }
            ConnectionEventKind kind = CommonLines.connectionKind(payload);
            if (kind != null) {
                sink.accept(new TraceRecord.Connection(span, kind, payload));
            } else {
                sink.accept(new TraceRecord.Other(span, "=== " + payload)); //$NON-NLS-1$
            }
        }
    }
}
