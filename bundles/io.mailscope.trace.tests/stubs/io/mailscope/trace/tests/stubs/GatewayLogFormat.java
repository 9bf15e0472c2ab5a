package io.mailscope.trace.tests.stubs;

import io.mailscope.model.Direction;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;

/** A contributed format written the way the schema's example shows: "&gt;&gt; " client, "&lt;&lt; " server. */
public final class GatewayLogFormat implements TraceFormat {

    @Override
    public double confidence(Sample sample) {
        return sample.any(l -> l.startsWith("GATEWAY-LOG")) ? 0.99 : 0;
    }

    @Override
    public TraceParser newParser() {
        return (line, sink) -> {
            String t = line.text();
            Span span = Span.of(line);
            if (t.startsWith(">> ")) {
                sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, null, t.substring(3)));
            } else if (t.startsWith("<< ")) {
                sink.accept(new TraceRecord.Wire(span, Direction.SERVER, null, t.substring(3)));
            } else {
                sink.accept(new TraceRecord.Other(span, t));
            }
        };
    }
}
