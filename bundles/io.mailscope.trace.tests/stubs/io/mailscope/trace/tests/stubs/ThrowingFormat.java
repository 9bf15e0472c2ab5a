package io.mailscope.trace.tests.stubs;

import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;

/** A broken contribution: every call throws. Import must log it and go on with the other formats. */
public final class ThrowingFormat implements TraceFormat {

    @Override
    public double confidence(Sample sample) {
        throw new IllegalStateException("broken on purpose: confidence");
    }

    @Override
    public TraceParser newParser() {
        return (line, sink) -> {
            throw new IllegalStateException("broken on purpose: parse line " + line.number());
        };
    }
}
