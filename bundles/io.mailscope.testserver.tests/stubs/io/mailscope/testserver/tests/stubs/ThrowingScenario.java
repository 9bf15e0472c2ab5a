package io.mailscope.testserver.tests.stubs;

import io.mailscope.testserver.spi.ScenarioBehaviour;
import io.mailscope.testserver.spi.ScenarioConnection;

/** A broken contributed scenario: must cost only its own connection, logged under this bundle's id. */
public final class ThrowingScenario implements ScenarioBehaviour {

    @Override
    public void serve(ScenarioConnection connection) {
        throw new IllegalStateException("stub scenario fails on purpose");
    }
}
