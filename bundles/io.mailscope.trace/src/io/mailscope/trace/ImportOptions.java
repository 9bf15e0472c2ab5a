package io.mailscope.trace;

import java.time.Duration;

/**
 * How to import.
 *
 * @param formatId a format id to use instead of detection, or null to detect
 * @param keepAllExchanges true keeps every exchange in the model; false lets a large import keep only those near
 *            failures and status events (memory then grows with what is kept, not with the file)
 * @param noDataTimeout how long a source (a FIFO, a pipe, standard input, a device) may deliver nothing before the
 *            import fails with a message; null for the default ({@code SourceLimits.DEFAULT_NO_DATA_SECONDS}),
 *            {@link Duration#ZERO} to wait for ever
 */
public record ImportOptions(String formatId, boolean keepAllExchanges, Duration noDataTimeout) {

    /** Detect the format; keep everything for normal-sized traces, bound the model for huge ones. */
    public static final ImportOptions DEFAULT = new ImportOptions(null, false, null);

    public ImportOptions(String formatId, boolean keepAllExchanges) {
        this(formatId, keepAllExchanges, null);
    }

    public ImportOptions withFormatId(String id) {
        return new ImportOptions(id, keepAllExchanges, noDataTimeout);
    }

    public ImportOptions withNoDataTimeout(Duration timeout) {
        return new ImportOptions(formatId, keepAllExchanges, timeout);
    }
}
