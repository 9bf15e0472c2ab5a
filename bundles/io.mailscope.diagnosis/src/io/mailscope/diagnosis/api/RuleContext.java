package io.mailscope.diagnosis.api;

import java.util.function.Supplier;

import io.mailscope.model.catalog.CatalogService;

/**
 * What the engine gives a {@link RuleRun}: the catalog, per-session state and the way to report findings.
 * <p>
 * <b>Provider type</b>: implemented by the engine only; plug-ins call it.
 */
public interface RuleContext {

    /** @return the id of the rule being run, as declared in plugin.xml */
    String ruleId();

    /** @return the error-code catalog (read-only), e.g. to check that a contributed cause is installed */
    CatalogService catalog();

    /**
     * Per-session state whose lifetime the engine manages: {@link SessionStates#of} creates a session's state on
     * first use, and the engine forgets it right after the rule's {@link RuleRun#sessionEnded} returned (so the rule
     * can still read it there to decide). Call once, in {@link DiagnosisRule#start}.
     *
     * @param initial creates the state of a session the first time the rule asks for it
     */
    <S> SessionStates<S> sessionStates(Supplier<S> initial);

    /**
     * Reports a finding. The engine resolves the code and cause in the catalog and copies the evidence's lines and
     * text into the diagnosis. An invalid report (null, no evidence, confidence outside 0..1) is rejected and the
     * rule is reported as failed; a cause id the catalog does not know is kept with its code and category and
     * reported as a rule problem.
     */
    void report(FindingReport finding);
}
