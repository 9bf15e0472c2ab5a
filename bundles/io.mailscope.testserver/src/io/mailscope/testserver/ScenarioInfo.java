package io.mailscope.testserver;

import java.util.Set;

/**
 * What a scenario is, read from its plug-in's {@code plugin.xml} (no contributed class is loaded to list it).
 * <p>
 * <b>Provider type.</b>
 *
 * @param id unique id, e.g. {@code drop-after-greeting}; what {@code ./mailscope testserver --scenario} takes
 * @param name one line for people
 * @param description what the server does and what a client sees
 * @param causeId the error-code catalog cause the scenario reproduces (e.g.
 *            {@code 0x800CCC0F.connection-dropped-after-greeting}); empty for a scenario that reproduces no fault
 *            ({@code normal})
 * @param faultProtocols the protocols on which the fault shows; the other ports behave normally
 * @param contributor the symbolic name of the bundle that contributes it
 * @param transcript the path, inside the contributing bundle, of a real transcript that shows the same fault
 * @param transcriptSource where that transcript comes from (an address, or the fixture it was copied from)
 * @param kind how the behaviour is given
 */
public record ScenarioInfo(String id, String name, String description, String causeId, Set<MailProtocol> faultProtocols,
        String contributor, String transcript, String transcriptSource, Kind kind) {

    /** How a scenario's behaviour is given. */
    public enum Kind {
        /** A declarative script (greeting, capabilities, replies per command, delays, cuts) in plugin.xml or a file. */
        SCRIPT,
        /** A Java class implementing {@link io.mailscope.testserver.spi.ScenarioBehaviour}. */
        JAVA
    }

    public ScenarioInfo {
        faultProtocols = Set.copyOf(faultProtocols);
    }

    /** @return the HRESULT the cause id starts with ({@code 0x800CCC0F}), or empty */
    public String code() {
        int dot = causeId.indexOf('.');
        return dot < 0 ? causeId : causeId.substring(0, dot);
    }
}
