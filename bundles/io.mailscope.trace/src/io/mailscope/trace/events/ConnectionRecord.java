package io.mailscope.trace.events;

import io.mailscope.model.ConnectionEventKind;

/**
 * Connected, closed by either side, refused, timed out, TLS started or failed, host not found: immutable.
 *
 * @param session the session it belongs to, as known at that moment
 * @param kind what happened
 * @param text the line the source printed for it (masked), never null
 */
public record ConnectionRecord(SessionInfo session, ConnectionEventKind kind, String text, int firstLine, int lastLine,
        long offset, String time) implements Located {

    public ConnectionRecord {
        text = text == null ? "" : text; //$NON-NLS-1$
    }

    /** @return true for an event that ends the connection (closed by either side, refused, timed out, no host) */
    public boolean closes() {
        return switch (kind) {
            case CLOSED_BY_CLIENT, CLOSED_BY_SERVER, REFUSED, TIMEOUT, DNS_FAILED -> true;
            default -> false;
        };
    }
}
