package io.mailscope.model.catalog;

import java.util.List;
import java.util.Optional;

import io.mailscope.model.Catalog;
import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;

/**
 * The error-code catalog: the shipped codes merged with those contributed through the
 * {@code io.mailscope.model.catalogContributions} extension point. Registered as an OSGi service.
 */
public interface CatalogService {

    /** @return the merged catalog; treat it as read-only */
    Catalog catalog();

    /** Resolves anything a user pastes: hex, decimal, symbol or a whole error dialog text. */
    LookupResult lookup(String input);

    Optional<ErrorCode> byValue(int value);

    /** @return the cause with that stable id, e.g. {@code 0x800CCC97.server-bug.hidden-control-message} */
    Optional<Cause> cause(String id);

    /**
     * @return the reply knowledge of the merged catalog (shipped and contributed) as one lookup: what a server reply,
     *         an error text or a certificate name says about its cause
     */
    ReplyLookup replies();

    /** @return contributions that were rejected in part or in whole, with their contributor */
    List<CatalogProblem> problems();
}
