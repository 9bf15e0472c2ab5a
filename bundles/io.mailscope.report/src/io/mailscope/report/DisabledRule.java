package io.mailscope.report;

/**
 * A rule the engineer's settings turned off for the diagnoses a report covers: reported so that "no failure found"
 * is never read without knowing which rules did not run.
 *
 * @param id the rule id as the settings name it
 * @param name the installed rule's name; null when no installed plug-in contributes a rule with that id
 * @param contributor the symbolic name of the bundle that contributes it; null when it is not installed
 */
public record DisabledRule(String id, String name, String contributor) {

    /** @return true when an installed plug-in contributes this rule (the settings may name rules of removed plug-ins) */
    public boolean installed() {
        return contributor != null;
    }
}
