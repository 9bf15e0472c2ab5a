package io.mailscope.trace.spi;

/**
 * Reads one input line by line and reports what it finds to a {@link TraceSink}. Created per input by
 * {@link TraceFormat#newParser()}; never called from two threads. For large inputs import calls it on a parse thread
 * of its own (not the thread that started the import), while that thread rebuilds conversations from the records.
 * <p>
 * A parser turns its format's line grammar into {@link TraceRecord}s: protocol lines with their direction (or
 * {@code null} when the format does not say, as in a raw telnet transcript: import then tells client from server
 * by the protocol's grammar), connection events, client status codes, and everything else as
 * {@link TraceRecord.Other}. Pairing commands with replies, multi-line replies and masking of secrets are done by
 * import for all formats alike. A parser must not drop lines silently: a line it does not understand is reported
 * as {@code Other}.
 */
public interface TraceParser {

    /** Called for every line of the input, in order. */
    void accept(SourceLine line, TraceSink sink);

    /** Called once after the last line; flushes anything held back (e.g. an entry whose continuation may follow). */
    default void finish(TraceSink sink) {
    }
}
