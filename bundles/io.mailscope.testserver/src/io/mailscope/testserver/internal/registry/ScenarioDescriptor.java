package io.mailscope.testserver.internal.registry;

import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.internal.script.ScenarioScript;

/** One valid contribution to {@code io.mailscope.testserver.scenarios}: its metadata and how to play it. */
public sealed interface ScenarioDescriptor {

    ScenarioInfo info();

    /** A declarative scenario; the script was read and validated with the metadata (it loads no class). */
    record Scripted(ScenarioInfo info, ScenarioScript script) implements ScenarioDescriptor {
    }

    /** A Java scenario; its class is loaded only when the scenario starts, see {@link JavaScenarioFactory}. */
    record Java(ScenarioInfo info, JavaScenarioFactory factory) implements ScenarioDescriptor {
    }
}
