package io.mailscope.testserver.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.Test;

/** The registry reader against the real extension registry: every invalid contribution is logged with its bundle's id. */
class ScenarioRegistryReaderTest {

    @Test
    void eachInvalidContributionIsLoggedWithTheContributorAndWhy() {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        List<ScenarioDescriptor> scenarios;
        try {
            scenarios = new ScenarioRegistryReader(ILog.of(ScenarioRegistryReaderTest.class)).read(RegistryFactory.getRegistry());
        } finally {
            Platform.removeLogListener(listener);
        }
        List<String> messages = logged.stream().filter(s -> s.getPlugin().equals("io.mailscope.testserver.tests"))
                .map(IStatus::getMessage).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertContains(messages, "invalid.no-transcript", "transcript 'testfiles/does-not-exist.log' is not a file in bundle io.mailscope.testserver.tests");
        assertContains(messages, "invalid.bad-cause", "cause 'server busy' is not a catalog cause id");
        assertContains(messages, "invalid.action", "action 'explode' is not one of");
        assertContains(messages, "id=\"normal\"", "duplicate scenario id 'normal'");
        assertContains(messages, "invalid.java-no-protocols", "missing attribute 'protocols'");
        assertTrue(scenarios.stream().anyMatch(s -> s.info().id().equals("acme.greylisting")), "the valid ones are still read");
        assertTrue(logged.stream().noneMatch(s -> s.getPlugin().equals("io.mailscope.testserver")), "the built-in scenarios are all valid: " + logged);
    }

    private static void assertContains(List<String> messages, String id, String why) {
        assertTrue(messages.stream().anyMatch(m -> m.contains(id) && m.contains(why)), () -> id + ": " + why + " in " + messages);
    }
}
