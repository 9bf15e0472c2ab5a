package io.mailscope.testserver.ui.internal;

import static io.mailscope.testserver.ui.tests.shared.Ui.servers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.testserver.ScenarioInfo;

/** Which installed scenarios reproduce a finding: by its cause, else by its code, else none. */
class ScenarioMatchTest {

    private static List<String> ids(ScenarioMatch match) {
        return match.scenarios().stream().map(ScenarioInfo::id).toList();
    }

    @Test
    void theCauseNamesTheScenarioEvenWhenOthersShareTheCode() {
        ScenarioMatch match = ScenarioMatch.of(servers().scenarios(), "0x800CCC0F.connection-dropped-after-greeting", "0x800CCC0F");
        assertTrue(match.byCause());
        assertEquals(List.of("drop-after-greeting"), ids(match));
    }

    @Test
    void aBuiltInAndAContributedScenarioForTheSameCauseAreBothOffered() {
        ScenarioMatch match = ScenarioMatch.of(servers().scenarios(), "0x800ccc0b.MAILBOX-IN-USE", "0x800CCC0B");
        assertTrue(match.byCause());
        assertEquals(List.of("mailbox-in-use", "team.pop3-locked-at-login"), ids(match), "built-in first, then contributed");
    }

    @Test
    void aCauseNoScenarioNamesFallsBackToTheCode() {
        ScenarioMatch match = ScenarioMatch.of(servers().scenarios(), "0x800CCC0F.no-scenario-for-this", "0x800ccc0f");
        assertFalse(match.byCause());
        assertEquals(List.of("drop-after-greeting", "drop-mid-transfer"), ids(match));
    }

    @Test
    void aCodeNoScenarioReproducesGivesNone() {
        assertTrue(ScenarioMatch.of(servers().scenarios(), "0x800CCC90.nothing", "0x800CCC90").isEmpty());
        assertTrue(ScenarioMatch.of(servers().scenarios(), null, null).isEmpty());
        assertTrue(ScenarioMatch.of(servers().scenarios(), "", "").isEmpty(), "the healthy scenario (no cause) never matches");
    }
}
