package io.mailscope.model.requests;

import java.util.List;
import java.util.Optional;

/**
 * The texts to ask customers for a trace, one per mail client, contributed to the
 * {@code io.mailscope.model.traceRequests} extension point (an OSGi service, DS).
 * <p>
 * <b>Provider type.</b>
 */
public interface TraceRequestCatalog {

    /** @return every valid request, in the order of family and client name */
    List<TraceRequest> requests();

    /** @return the request with this id */
    Optional<TraceRequest> find(String id);

    /** @return contributions that were rejected (each also logged with its contributor's bundle id) */
    List<String> problems();
}
