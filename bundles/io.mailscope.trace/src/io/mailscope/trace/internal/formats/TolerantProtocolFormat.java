package io.mailscope.trace.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** A refusal: SMTP 4xx/5xx, POP3 -ERR, an IMAP NO/BAD/BYE, tagged or not. */
    private static final Pattern REFUSAL = Pattern.compile("^(?:[45]\\d\\d[ -]|-ERR\\b|\\S+ (?:NO|BAD|BYE)\\b)"); //$NON-NLS-1$
    /** A greeting that opens a session: SMTP 220, POP3 +OK, IMAP * OK / * PREAUTH. */
    private static final Pattern GREETING = Pattern.compile("^(?:220[ -]|\\+OK\\b|\\* (?:OK|PREAUTH)\\b)"); //$NON-NLS-1$
    /** How many non-protocol lines may stand between a held refusal and the greeting that shows it was pasted above. */
    private static final int HOLD_LIMIT = 5;

    private static final class Parser implements TraceParser {
        /** Keeps message bodies, literals and SASL continuations with their command. */
        private final SessionGrammar grammar = new SessionGrammar(Protocol.UNKNOWN);
        /** The direction a marker-only line ("SERVER 1:") announced for the unmarked lines after it. */
        private Direction announced;
        /** A protocol line has been reported: the conversation has begun. */
        private boolean conversation;
        /**
         * A refusal that came before any conversation: the error people paste above the log it came from (an issue's
         * title "550 5.7.1 ..." above the session). When a greeting follows, it was pasted, and becomes the error text
         * it is; otherwise it is the conversation's first line after all. The lines after it wait with it.
         */
        private SourceLine held;
        private final List<SourceLine> heldAfter = new ArrayList<>();

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            if (held != null) {
                Optional<ProtocolLineRecogniser.Found> next = ProtocolLineRecogniser.recognise(line.text());
                if ((next.isEmpty() || next.get().markerOnly()) && heldAfter.size() < HOLD_LIMIT) {
                    heldAfter.add(line);
                    return;
                }
                release(next.filter(f -> f.direction() == Direction.SERVER && GREETING.matcher(f.text()).find()).isPresent(), sink);
            }
            read(line, sink);
        }

        @Override
        public void finish(TraceSink sink) {
            if (held != null) {
                release(false, sink);
            }
        }

        private void release(boolean pastedAbove, TraceSink sink) {
            SourceLine refusal = held;
            held = null;
            conversation = true;
            if (pastedAbove) {
                sink.accept(new TraceRecord.Status(Span.of(refusal), 0, refusal.text().strip()));
            } else {
                read(refusal, sink);
            }
            List<SourceLine> after = new ArrayList<>(heldAfter);
            heldAfter.clear();
            after.forEach(l -> read(l, sink));
        }

        private void read(SourceLine line, TraceSink sink) {
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
            if (!conversation && f.direction() == Direction.SERVER && REFUSAL.matcher(f.text()).find()
                    && ErrorTextFormat.errorShape(f.text())) {
                held = line;
                return;
            }
            conversation = true;
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
