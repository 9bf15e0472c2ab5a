package io.mailscope.diagnosis.api;

import io.mailscope.model.Exchange;
import io.mailscope.model.Session;
import io.mailscope.model.catalog.CatalogService;

/**
 * What the engine gives a {@link RuleRun}: the catalog and the way to report findings.
 * <p>
 * <b>Provider type</b>: implemented by the engine only; plug-ins call it.
 */
public interface RuleContext {

    /** @return the id of the rule being run, as declared in plugin.xml */
    String ruleId();

    /**
     * The session an exchange belongs to. Use this rather than {@link Exchange#getSession()}: rules run on the
     * engine's worker thread a little after the importer passed the event, and a large import may already have
     * dropped the exchange from its session (then {@code getSession()} is null).
     *
     * @return the exchange's session when it was reported, or null if the source had none
     */
    Session sessionOf(Exchange exchange);

    /** @return the error-code catalog (read-only), e.g. to check that a contributed cause is installed */
    CatalogService catalog();

    /**
     * Reports a finding. The engine resolves the code and cause in the catalog and copies the evidence events and
     * their source line numbers into the diagnosis. An invalid report (null, no evidence, confidence outside 0..1) is
     * rejected and the rule is reported as failed; a cause id the catalog does not know is kept with its code and
     * category and reported as a rule problem.
     */
    void report(FindingReport finding);
}
