package io.mailscope.diagnosis.compare;

import java.util.List;
import java.util.Set;

import io.mailscope.model.Exchange;

/**
 * One row of a comparison: an exchange of the left trace next to the matching exchange of the right trace.
 *
 * @param leftSession 1-based number of the left session, 0 when the row has no left exchange
 * @param left the left exchange, or null
 * @param rightSession 1-based number of the right session, 0 when the row has no right exchange
 * @param right the right exchange, or null
 * @param differences how they differ; empty when they match
 * @param findings the hexadecimal codes of findings ({@code 0x800CCC97}) that cite this row's exchanges on only one side
 */
public record AlignedExchange(int leftSession, Exchange left, int rightSession, Exchange right, Set<Difference> differences,
        List<String> findings) {

    public AlignedExchange {
        differences = Set.copyOf(differences);
        findings = List.copyOf(findings);
    }

    /** @return true if the two sides differ */
    public boolean differs() {
        return !differences.isEmpty();
    }

    /** @return the verb of either side ({@code STAT}, {@code GREETING}) */
    public String verb() {
        return left != null ? left.getVerb() : right.getVerb();
    }
}
