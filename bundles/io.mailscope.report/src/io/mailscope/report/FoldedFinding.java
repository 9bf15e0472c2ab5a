package io.mailscope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.mailscope.model.Cause;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;

/**
 * One finding as a report shows it: the first occurrence in full, and the repeats of the same finding (same code,
 * cause, category, rule and summary, only the evidence lines differ) counted with where they start. A trace of a
 * thousand sessions that all fail the same way then gives one finding with 1 000 occurrences, not a thousand copies
 * of the same text.
 *
 * @param first the first occurrence (in the order the diagnosis gave, i.e. by first evidence line)
 * @param repeats the later occurrences of the same finding, in order
 */
public record FoldedFinding(Finding first, List<Finding> repeats) {

    public FoldedFinding {
        Objects.requireNonNull(first);
        repeats = List.copyOf(repeats);
    }

    /** @return how many times the finding occurs, at least 1 */
    public int occurrences() {
        return 1 + repeats.size();
    }

    /**
     * @param occurrence one of {@link #first()} and {@link #repeats()}
     * @return the source lines the occurrence's evidence spans: first line of its first evidence, last line of its last
     *         (0, 0 when it has no evidence)
     */
    public static int[] span(Finding occurrence) {
        List<Evidence> evidence = occurrence.getEvidence();
        if (evidence.isEmpty()) {
            return new int[] { 0, 0 };
        }
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Evidence e : evidence) {
            first = Math.min(first, e.getFirstLine());
            last = Math.max(last, e.getLastLine());
        }
        return new int[] { first, last };
    }

    /** How many repeats a text or HTML report lists by line before it says "and N more". */
    public static final int LISTED_REPEATS = 10;

    /**
     * @return for people: "Occurs 30 times in this trace; the others at lines 232-308, 407-483, … and 19 more.", or
     *         null when the finding occurs once
     */
    public String repeatsSentence() {
        if (repeats.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("Occurs ").append(occurrences()).append(" times in this trace; the other") //$NON-NLS-1$ //$NON-NLS-2$
                .append(repeats.size() == 1 ? " at line" : "s at lines"); //$NON-NLS-1$ //$NON-NLS-2$
        int listed = Math.min(LISTED_REPEATS, repeats.size());
        for (int i = 0; i < listed; i++) {
            int[] span = span(repeats.get(i));
            b.append(i == 0 ? " " : ", ").append(span[0]); //$NON-NLS-1$ //$NON-NLS-2$
            if (span[1] > span[0]) {
                b.append('-').append(span[1]);
            }
        }
        if (repeats.size() > listed) {
            b.append(" and ").append(repeats.size() - listed).append(" more"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.append('.').toString();
    }

    /**
     * Folds repeated identical findings, keeping the order of first occurrences.
     *
     * @param findings the findings of one diagnosis
     * @return one entry per distinct finding
     */
    public static List<FoldedFinding> fold(List<Finding> findings) {
        Map<Key, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(Key.of(f), k -> new ArrayList<>()).add(f);
        }
        List<FoldedFinding> folded = new ArrayList<>(groups.size());
        for (List<Finding> group : groups.values()) {
            folded.add(new FoldedFinding(group.get(0), group.subList(1, group.size())));
        }
        return folded;
    }

    /** What makes two findings "the same" for a reader: everything but the evidence's line numbers. */
    private record Key(int code, boolean determined, String causeId, String category, String ruleId, String summary,
            List<String> evidenceTexts) {

        static Key of(Finding f) {
            Cause cause = f.getCause();
            return new Key(f.getErrorCode().getValue(), f.isDetermined(), cause == null ? null : cause.getId(),
                    f.getCategory() == null ? null : f.getCategory().getLiteral(), f.getRuleId(), f.getSummary(),
                    f.getEvidence().stream().map(Evidence::getText).toList());
        }
    }
}
