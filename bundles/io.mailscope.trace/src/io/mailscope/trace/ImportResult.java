package io.mailscope.trace;

import java.util.List;

import io.mailscope.model.Trace;

/**
 * What an import produced.
 *
 * @param trace the rebuilt trace (sessions, exchanges, status events, other lines, repairs, problems)
 * @param format the format used, with the confidence it had
 * @param candidates every format's confidence for this input, best first
 */
public record ImportResult(Trace trace, FormatMatch format, List<FormatMatch> candidates) {
}
