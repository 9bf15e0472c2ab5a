package io.mailscope.trace;

/**
 * How to import.
 *
 * @param formatId a format id to use instead of detection, or null to detect
 * @param keepAllExchanges true keeps every exchange in the model; false lets a large import keep only those near
 *            failures and status events (memory then grows with what is kept, not with the file)
 */
public record ImportOptions(String formatId, boolean keepAllExchanges) {

    /** Detect the format; keep everything for normal-sized traces, bound the model for huge ones. */
    public static final ImportOptions DEFAULT = new ImportOptions(null, false);

    public ImportOptions withFormatId(String id) {
        return new ImportOptions(id, keepAllExchanges);
    }
}
