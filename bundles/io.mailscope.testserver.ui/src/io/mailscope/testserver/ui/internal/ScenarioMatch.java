package io.mailscope.testserver.ui.internal;

import java.util.List;
import java.util.Locale;

import io.mailscope.testserver.ScenarioInfo;

/**
 * Which scenarios reproduce a finding: those naming its cause (the catalog cause id, e.g.
 * {@code 0x800CCC0F.connection-dropped-after-greeting}); when none names the cause, those reproducing the same error
 * code, so a finding with a cause no scenario covers still gets the nearest fault, and says so.
 *
 * @param scenarios the candidates, built-in ones first (the registry's order)
 * @param byCause true if they name the finding's cause, false if they only share its code
 */
public record ScenarioMatch(List<ScenarioInfo> scenarios, boolean byCause) {

    public ScenarioMatch {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * @param causeId the finding's cause id, or null/empty
     * @param code the finding's code as {@code 0x800CCC0F}, or null/empty
     */
    public static ScenarioMatch of(List<ScenarioInfo> installed, String causeId, String code) {
        if (causeId != null && !causeId.isBlank()) {
            List<ScenarioInfo> named = installed.stream().filter(s -> s.causeId().equalsIgnoreCase(causeId.strip())).toList();
            if (!named.isEmpty()) {
                return new ScenarioMatch(named, true);
            }
        }
        if (code != null && !code.isBlank()) {
            String wanted = code.strip().toUpperCase(Locale.ROOT).replace("0X", "0x"); //$NON-NLS-1$ //$NON-NLS-2$
            return new ScenarioMatch(installed.stream().filter(s -> !s.causeId().isEmpty() && s.code().equalsIgnoreCase(wanted)).toList(), false);
        }
        return new ScenarioMatch(List.of(), false);
    }

    public boolean isEmpty() {
        return scenarios.isEmpty();
    }
}
