package io.mailscope.diagnosis.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.mailscope.model.CauseCategory;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Located;

/**
 * A finding as a rule reports it; the engine turns it into a {@link io.mailscope.model.Finding}.
 * <p>
 * <b>Provider type</b>: a value created by rules, defined by the engine.
 *
 * @param code the HRESULT the finding explains, e.g. {@code 0x800CCC97}
 * @param causeId the catalog cause, e.g. {@code 0x800CCC97.server-bug.hidden-control-message}
 * @param category the cause's category; used when the catalog does not know {@code causeId} (may be null: then it is
 *            read from the id, {@code <code>.<category>[.<detail>]}, see {@link #categoryOf})
 * @param confidence 0 (a guess) to 1 (certain)
 * @param summary one sentence for people, naming what the trace shows
 * @param evidence the exact events that show it (protocol lines, connection or status records), in the order to
 *            show them; at least one
 */
public record FindingReport(int code, String causeId, CauseCategory category, double confidence, String summary,
        List<? extends Located> evidence) {

    public FindingReport {
        evidence = evidence == null ? null : Collections.unmodifiableList(new ArrayList<>(evidence));
    }

    /** A report whose category is taken from the cause (or from the cause id when the catalog lacks it). */
    public static FindingReport of(int code, String causeId, double confidence, String summary, List<? extends Located> evidence) {
        return new FindingReport(code, causeId, null, confidence, summary, evidence);
    }

    /**
     * @return the category named by a dot-separated part of a cause id ({@code 0x800CCC0B.server-busy},
     *         {@code acme.0x800CCC0F.network-interference.proxy}), or UNKNOWN
     */
    public static CauseCategory categoryOf(String causeId) {
        if (causeId != null) {
            for (String part : causeId.split("\\.")) { //$NON-NLS-1$
                CauseCategory c = CauseCategory.get(part.toLowerCase(Locale.ROOT));
                if (c != null) {
                    return c;
                }
            }
        }
        return CauseCategory.UNKNOWN;
    }

    /** A report whose category is taken from the cause (or from the cause id when the catalog lacks it). */
    public static FindingReport of(int code, String causeId, double confidence, String summary,
            Located... evidence) {
        return new FindingReport(code, causeId, null, confidence, summary, List.of(evidence));
    }

    /** @return the exchange's command line (if any) followed by all its reply lines, for evidence */
    public static List<Located> linesOf(ExchangeRecord exchange) {
        return new ArrayList<>(exchange.lines());
    }
}
