package io.mailscope.testserver.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mailscope.tests.harness.LogEntries;

/** The registry reader against the real extension registry: every invalid contribution is logged with its bundle's id. */
class ScenarioRegistryReaderTest {

    @RegisterExtension
    final LogEntries log = new LogEntries();

    @Test
    void eachInvalidContributionIsLoggedWithTheContributorAndWhy() {
        List<ScenarioDescriptor> scenarios = new ScenarioRegistryReader(ILog.of(ScenarioRegistryReaderTest.class))
                .read(RegistryFactory.getRegistry());
        List<String> messages = log.all().stream().filter(s -> s.getPlugin().equals("io.mailscope.testserver.tests"))
                .map(IStatus::getMessage).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertContains(messages, "invalid.no-transcript", "transcript 'testfiles/does-not-exist.log' is not a file in bundle io.mailscope.testserver.tests");
        assertContains(messages, "invalid.bad-cause", "cause 'server busy' is not a catalog cause id");
        assertContains(messages, "invalid.action", "action 'explode' is not one of");
        assertContains(messages, "id=\"normal\"", "duplicate scenario id 'normal'");
        assertContains(messages, "invalid.java-no-protocols", "missing attribute 'protocols'");
        assertTrue(scenarios.stream().anyMatch(s -> s.info().id().equals("acme.greylisting")), "the valid ones are still read");
        assertTrue(log.all().stream().noneMatch(s -> s.getPlugin().equals("io.mailscope.testserver")), "the built-in scenarios are all valid: " + log.all());
    }

    private static void assertContains(List<String> messages, String id, String why) {
        assertTrue(messages.stream().anyMatch(m -> m.contains(id) && m.contains(why)), () -> id + ": " + why + " in " + messages);
    }
}
