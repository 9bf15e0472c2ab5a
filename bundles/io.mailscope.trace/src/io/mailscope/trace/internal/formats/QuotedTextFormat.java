package io.mailscope.trace.internal.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.spi.TraceSink;

/**
 * A trace as it arrives in a ticket: quoted in an e-mail thread ({@code > } and {@code >> } in front of every line,
 * the same trace quoted several times, the thread's own text, signatures and headers between). The quoting is taken
 * off and the text is read by the built-in format that fits it best, with its source line numbers kept; lines
 * outside the quotes stay other lines. Only the built-in formats are consulted inside quotes.
 */
public final class QuotedTextFormat implements TraceFormat {

    private static final Pattern QUOTE = Pattern.compile("^[ \\t]*(?:>[ \\t]?)+"); //$NON-NLS-1$
    /** Quoted lines must be most of the text, and enough to hold a trace unless the text is nothing but the quote. */
    private static final double MIN_QUOTED_SHARE = 0.6;
    private static final int MIN_QUOTED_LINES = 3;
    /**
     * Above what the inner format gives the same text unquoted: a format that also finds its lines inside the quotes
     * (searching within lines) would read the quote marks as part of them.
     */
    private static final double BONUS = 0.02;
    private static final double MAX = 0.99;
    /** Above a one-direction reading of the quote marks as a client marker. */
    private static final double ALL_QUOTED = 0.5;

    private final Supplier<List<TraceFormat>> inner;

    public QuotedTextFormat() {
        this(QuotedTextFormat::builtInFormats);
    }

    QuotedTextFormat(Supplier<List<TraceFormat>> inner) {
        this.inner = inner;
    }

    private static List<TraceFormat> builtInFormats() {
        List<TraceFormat> formats = new ArrayList<>();
        for (var handle : BuiltInFormats.all()) {
            handle.format().filter(f -> !(f instanceof QuotedTextFormat)).ifPresent(formats::add);
        }
        return formats;
    }

    /** @return the line without its e-mail quoting, or null when it is not quoted */
    static String unquote(String line) {
        Matcher m = QUOTE.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : null;
    }

    @Override
    public double confidence(Sample sample) {
        List<String> unquoted = quotedLines(sample.lines());
        if (unquoted == null) {
            return 0;
        }
        long nonBlank = sample.lines().stream().filter(l -> !l.isBlank()).count();
        // nothing but quoted lines, and never a line back from the other side: a quote, not a client-only log whose
        // lines start with the '>' marker (a log of one direction would not be pasted without the other)
        double floor = unquoted.size() == nonBlank && sample.lines().stream().noneMatch(l -> l.stripLeading().startsWith("<")) //$NON-NLS-1$
                ? ALL_QUOTED : 0;
        return best(new Sample(sample.name(), unquoted)).map(b -> Math.min(MAX, Math.max(floor, b.confidence() + BONUS))).orElse(0.0);
    }

    /** @return the quoted lines without their quoting, or null when the text is not mostly quoted */
    private static List<String> quotedLines(List<String> lines) {
        List<String> quoted = new ArrayList<>();
        int nonBlank = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            String u = unquote(line);
            if (u != null) {
                quoted.add(u);
            }
        }
        if (quoted.isEmpty() || quoted.size() < nonBlank * MIN_QUOTED_SHARE || quoted.size() < MIN_QUOTED_LINES && quoted.size() < nonBlank) {
            return null;
        }
        return quoted;
    }

    private record Scored(TraceFormat format, double confidence) {
    }

    private Optional<Scored> best(Sample unquoted) {
        return inner.get().stream().map(f -> new Scored(f, f.confidence(unquoted))).filter(s -> s.confidence() > 0)
                .max(Comparator.comparingDouble(Scored::confidence));
    }

    @Override
    public TraceParser newParser() {
        return new Parser();
    }

    /**
     * Holds the first lines back until it knows the inner format (the same sample detection saw), then replays them
     * and reads the rest directly.
     */
    private final class Parser implements TraceParser {
        private final List<SourceLine> held = new ArrayList<>();
        private TraceParser delegate;
        private boolean decided;

        @Override
        public void accept(SourceLine line, TraceSink sink) {
            if (!decided) {
                held.add(line);
                if (held.size() >= SAMPLE_LINES) {
                    decide(sink);
                }
                return;
            }
            forward(line, sink);
        }

        @Override
        public void finish(TraceSink sink) {
            if (!decided) {
                decide(sink);
            }
            if (delegate != null) {
                delegate.finish(sink);
            }
        }

        private void decide(TraceSink sink) {
            decided = true;
            List<String> unquoted = new ArrayList<>();
            for (SourceLine l : held) {
                String u = unquote(l.text());
                if (u != null) {
                    unquoted.add(u);
                }
            }
            delegate = best(new Sample("quoted", unquoted)).map(s -> s.format().newParser()).orElse(null); //$NON-NLS-1$
            for (SourceLine l : held) {
                forward(l, sink);
            }
            held.clear();
        }

        private void forward(SourceLine line, TraceSink sink) {
            String u = unquote(line.text());
            if (u == null || delegate == null) {
                // the thread's own text, a signature or a header between the quotes
                sink.accept(new TraceRecord.Other(Span.of(line), line.text()));
                return;
            }
            delegate.accept(new SourceLine(line.number(), line.offset(), u), sink);
        }
    }
}
