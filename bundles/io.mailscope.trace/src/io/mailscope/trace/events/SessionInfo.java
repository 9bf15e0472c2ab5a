package io.mailscope.trace.events;

import io.mailscope.model.Protocol;
import io.mailscope.model.TlsState;

/**
 * A protocol session as it was known when an event was passed: an immutable snapshot. The same session keeps its
 * {@link #id()} in every event; protocol, host, port and TLS state may become known later (a later event then
 * carries a newer snapshot). Use the id, never the snapshot itself, as a map key (see
 * {@code io.mailscope.diagnosis.api.SessionStates}).
 *
 * @param id unique within one trace, from 1, in the order sessions started
 * @param protocol the protocol as far as it is known (UNKNOWN before the first protocol line)
 * @param host the server host, or null
 * @param port the server port, or 0
 * @param clientProduct the client the trace was written by, or null
 * @param tls the TLS state reached so far
 * @param contextId the connection key and thread contexts the format gave, or null
 */
public record SessionInfo(long id, Protocol protocol, String host, int port, String clientProduct, TlsState tls,
        String contextId) {

    public SessionInfo {
        protocol = protocol == null ? Protocol.UNKNOWN : protocol;
        tls = tls == null ? TlsState.NONE : tls;
    }
}
