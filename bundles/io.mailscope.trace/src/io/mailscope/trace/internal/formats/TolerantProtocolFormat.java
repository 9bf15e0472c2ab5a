package io.mailscope.trace.internal.formats;

import java.util.Optional;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.protocol.SessionGrammar;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * The last-resort reader of protocol lines inside any other program's log: a mail library's debug output, a sync
 * tool's or proxy's log, a server's log of the session, a console copy with prompts. Every line goes through
 * {@link ProtocolLineRecogniser}; what it finds becomes a protocol line with the direction its shape or marker gives,
 * everything else is read as commentary (connection events, exceptions and error texts are kept as such). Named
 * formats win where they apply (their confidence is higher); this one is used when none of them claims the text but
 * it plainly holds a conversation - at least one server reply and one more protocol line.
 */
public final class TolerantProtocolFormat implements TraceFormat {

    private static final double BASE = 0.33;
    private static final double MAX = 0.55;

    @Override
    public double confidence(Sample sample) {
        int replies = 0;
        int commands = 0;
        int marked = 0;
        int nonBlank = 0;
        for (String line : sample.lines()) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            Optional<ProtocolLineRecogniser.Found> found = ProtocolLineRecogniser.recognise(line);
            if (found.isEmpty() || found.get().markerOnly()) {
                continue;
            }
            if (found.get().marked()) {
                marked++;
            }
            if (found.get().direction() == Direction.SERVER && ProtocolLineRecogniser.replyShape(found.get().text())) {
                replies++;
            } else if (found.get().direction() == Direction.CLIENT) {
                commands++;
            }
        }
        if (replies == 0 || replies + commands < 2 || nonBlank == 0) {
            return 0;
        }
        double share = (double) (replies + commands) / nonBlank;
        double confidence = BASE + share * 0.15 + (commands > 0 ? 0.05 : 0) + (marked > 0 ? 0.02 : 0);
        return Math.min(MAX, confidence);
    }

    @Override
    public boolean claims(String line) {
        return ProtocolLineRecogniser.recognise(line).filter(f -> f.marked() && !f.markerOnly()).isPresent();
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    private static final class Parser implements TraceParser {
        /** Keeps message bodies, literals and SASL continuations with their command. */
        private final SessionGrammar grammar = new SessionGrammar(Protocol.UNKNOWN);
        /** The direction a marker-only line ("SERVER 1:") announced for the unmarked lines after it. */
        private Direction announced;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            String raw = line.text();
            Span span = Span.of(line);
            Optional<ProtocolLineRecogniser.Found> found = ProtocolLineRecogniser.recognise(raw);
            if (found.isPresent() && found.get().markerOnly()) {
                announced = found.get().direction();
                sink.accept(new TraceRecord.Other(span, raw));
                return;
            }
            if (found.isEmpty()) {
                if (grammar.expectsClientData() && !raw.isBlank()) {
                    // a message body, literal or chunk the logger wrote without a marker
                    grammar.client(raw.strip());
                    sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, null, raw.strip(), TraceRecord.CURRENT, TraceRecord.CURRENT));
                    return;
                }
                announced = raw.isBlank() || raw.startsWith(" ") || raw.startsWith("\t") ? announced : null; //$NON-NLS-1$ //$NON-NLS-2$
                CommonLines.commentary(span, raw, sink);
                return;
            }
            ProtocolLineRecogniser.Found f = found.get();
            Direction direction = f.direction();
            if (!f.marked() && announced != null && (raw.startsWith(" ") || raw.startsWith("\t"))) { //$NON-NLS-1$ //$NON-NLS-2$
                direction = announced; // an indented continuation under "SERVER 1:"
            }
            if (direction == Direction.CLIENT) {
                grammar.client(f.text());
            } else if (direction == Direction.SERVER) {
                grammar.server(f.text());
            }
            sink.accept(new TraceRecord.Wire(span, direction, null, f.text(), TraceRecord.CURRENT, TraceRecord.CURRENT));
        }
    }
}
