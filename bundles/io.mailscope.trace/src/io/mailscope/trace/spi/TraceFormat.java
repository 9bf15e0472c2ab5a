package io.mailscope.trace.spi;

/**
 * A trace format contributed through the {@code io.mailscope.trace.formats} extension point.
 * <p>
 * Implementations are created lazily (only when an import needs them) and every call into them is guarded: an
 * exception thrown here is logged against the contributing bundle and the format is skipped, the other formats keep
 * working. Implementations must be stateless; per-file state lives in the {@link TraceParser} returned by
 * {@link #newParser()}.
 * <p>
 * SPI version 1.0 (package {@code io.mailscope.trace.spi;version="1.0.0"}); implemented by contributors.
 */
public interface TraceFormat {

    /** How many lines of the input's beginning a {@link Sample} holds at most. */
    int SAMPLE_LINES = 200;

    /**
     * @param sample the first lines of the input (at most {@link #SAMPLE_LINES})
     * @return 0 (certainly not this format) to 1 (certainly this format); import picks the highest
     */
    double confidence(Sample sample);

    /**
     * Whether a line follows this format's own grammar (its prefix or marker), for telling a mixed paste: when lines
     * of the input are claimed by another format but not by the one used, import reports that. The default claims
     * nothing (the format then takes no part in that check).
     */
    default boolean claims(String line) {
        return false;
    }

    /** @return a new parser for one input; it is fed every line of the input in order */
    TraceParser newParser();
}
