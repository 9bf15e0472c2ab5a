package io.mailscope.diagnosis.api;

import java.util.Set;

import io.mailscope.model.CauseCategory;
import io.mailscope.model.Protocol;

/**
 * A contributed rule as declared in plugin.xml. Listing rules reads only these declarations and loads no contributed
 * class.
 * <p>
 * <b>Provider type.</b>
 *
 * @param id unique rule id, e.g. {@code io.mailscope.diagnosis.pop3.stat-count-mismatch}
 * @param name human-readable name
 * @param protocols the protocols whose exchanges the rule receives; empty means all
 * @param category the kind of cause the rule finds
 * @param contributor the symbolic name of the contributing bundle
 * @param kind how the rule is written
 */
public record RuleInfo(String id, String name, Set<Protocol> protocols, CauseCategory category, String contributor,
        Kind kind) {

    /** How a rule is written. */
    public enum Kind {
        /** a {@code javaRule}: a class implementing {@link DiagnosisRule} */
        JAVA,
        /** a {@code declarativeRule}: command and reply patterns in plugin.xml */
        DECLARATIVE
    }

    public RuleInfo {
        protocols = Set.copyOf(protocols);
    }

    /** @return true if the rule receives exchanges of sessions with this protocol */
    public boolean accepts(Protocol protocol) {
        return protocols.isEmpty() || protocol == null || protocol == Protocol.UNKNOWN || protocols.contains(protocol);
    }
}
