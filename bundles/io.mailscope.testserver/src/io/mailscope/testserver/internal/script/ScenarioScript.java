package io.mailscope.testserver.internal.script;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.mailscope.testserver.MailProtocol;

/** A declarative scenario: one {@link ProtocolScript} per protocol it changes; the other ports behave normally. */
public record ScenarioScript(Map<MailProtocol, ProtocolScript> protocols) {

    public ScenarioScript {
        protocols = Map.copyOf(protocols);
    }

    /** @return the script of a port (the built-in behaviour when the scenario does not change it) */
    public ProtocolScript forProtocol(MailProtocol protocol) {
        ProtocolScript script = protocols.get(protocol);
        return script == null ? ProtocolScript.builtIn(protocol) : script;
    }

    /** @return the protocols whose behaviour the script changes */
    public Set<MailProtocol> changedProtocols() {
        Map<MailProtocol, ProtocolScript> changed = new EnumMap<>(MailProtocol.class);
        protocols.forEach((p, s) -> {
            if (s.scriptsAnything()) {
                changed.put(p, s);
            }
        });
        return Set.copyOf(changed.keySet());
    }
}
