package io.mailscope.trace.tests.stubs;

import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;

/**
 * A broken contribution whose detector never returns on samples that start with {@code LOOP-FOREVER} (only there, so
 * the other tests are not slowed down). Import must abandon it after the detection budget and go on.
 */
public final class LoopingDetectorFormat implements TraceFormat {

    @Override
    public double confidence(Sample sample) {
        if (!sample.lines().isEmpty() && sample.lines().get(0).startsWith("LOOP-FOREVER")) {
            long spins = 0;
            // stops only when import abandons it (cancel interrupts the worker)
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
            }
            return spins >= 0 ? 1.0 : 0.0;
        }
        return 0;
    }

    @Override
    public TraceParser newParser() {
        return (line, sink) -> {
            // never chosen: it gives no confidence to any sample it returns on
        };
    }
}
