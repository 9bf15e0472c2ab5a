package io.mailscope.testserver;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Starts the fault-injecting test server in a named scenario. Registered as an OSGi service (DS); used by the
 * {@code testserver} command, by tests, and by the workbench ("reproduce this").
 * <p>
 * <b>Provider type.</b>
 */
public interface TestServerService {

    /** @return every valid scenario contributed to {@code io.mailscope.testserver.scenarios}, built-in ones first */
    List<ScenarioInfo> scenarios();

    /** @return the scenario with that id */
    Optional<ScenarioInfo> scenario(String id);

    /** @return the scenarios that reproduce a catalog cause (e.g. for "reproduce this finding") */
    List<ScenarioInfo> scenariosForCause(String causeId);

    /**
     * Starts a server playing the scenario.
     *
     * @throws IllegalArgumentException when no scenario has that id
     * @throws ScenarioException when the scenario's script or class cannot be loaded
     * @throws IOException when a port cannot be bound (the message names the protocol and port)
     */
    RunningServer start(String scenarioId, ServerOptions options) throws IOException, ScenarioException;
}
