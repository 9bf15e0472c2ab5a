package io.mailscope.diagnosis.api;

import java.util.List;
import java.util.function.Supplier;

/**
 * Rules offered without the Eclipse extension registry: found through {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/io.mailscope.diagnosis.api.RuleProvider} file naming the class), so the core bundles
 * can diagnose on a plain classpath, e.g. as the map step of a batch job. In the workbench and the headless
 * application rules come from the {@code io.mailscope.diagnosis.rules} extension point instead; a rule plug-in that
 * also wants to run on a plain classpath declares its Java rules in both places.
 * <p>
 * <b>Consumer type</b>: implemented by rule plug-ins; needs a public no-argument constructor.
 */
public interface RuleProvider {

    /**
     * A rule and its metadata.
     *
     * @param info what plugin.xml would declare; {@code contributor} names the providing bundle or jar
     * @param rule creates the rule (called once, inside the engine's isolation)
     */
    record Contribution(RuleInfo info, Supplier<DiagnosisRule> rule) {
    }

    /** @return the rules this provider offers */
    List<Contribution> rules();
}
