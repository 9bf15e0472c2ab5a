package io.mailscope.trace.tests.stubs;

import java.util.concurrent.CountDownLatch;

import io.mailscope.model.Direction;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;

/**
 * Broken contributions whose parser never returns from one line: {@code LOOP} makes {@link Looping} spin (until its
 * thread is interrupted, so the test run does not keep a core busy), {@code BLOCK} makes {@link Blocking} wait for
 * something that never comes. Other lines are read like the gateway format ({@code C: }/{@code S: }). Chosen only
 * when the import names them (their detectors return 0).
 */
public abstract class StuckParserFormat implements TraceFormat {

    /** Spins on the line {@code LOOP}. */
    public static final class Looping extends StuckParserFormat {
        @Override
        void stuck() {
            long spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
            }
            if (spins < 0) {
                throw new IllegalStateException();
            }
        }
    }

    /** Blocks on the line {@code BLOCK}. */
    public static final class Blocking extends StuckParserFormat {
        @Override
        void stuck() throws InterruptedException {
            new CountDownLatch(1).await();
        }
    }

    abstract void stuck() throws Exception;

    @Override
    public double confidence(Sample sample) {
        return 0;
    }

    @Override
    public TraceParser newParser() {
        return (line, sink) -> {
            String t = line.text();
            Span span = Span.of(line);
            if (t.equals("LOOP") || t.equals("BLOCK")) {
                try {
                    stuck();
                } catch (Exception e) {
                    throw new IllegalStateException("stub parser interrupted", e);
                }
            } else if (t.startsWith("C: ")) {
                sink.accept(new TraceRecord.Wire(span, Direction.CLIENT, null, t.substring(3)));
            } else if (t.startsWith("S: ")) {
                sink.accept(new TraceRecord.Wire(span, Direction.SERVER, null, t.substring(3)));
            } else {
                sink.accept(new TraceRecord.Other(span, t));
            }
        };
    }
}
