package io.mailscope.trace.spi;

/** Receives what a {@link TraceParser} recognises, in source order. Implemented by import. */
@FunctionalInterface
public interface TraceSink {

    void accept(TraceRecord record);
}
