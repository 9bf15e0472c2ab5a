package io.mailscope.trace.rows;

import java.util.Locale;
import java.util.Set;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;

/**
 * Which rows to show: the trace editor's filter box and collapsed exchanges.
 *
 * @param text words the row's text or line range must contain (case-insensitive), or empty
 * @param session only this session number, or 0 for all
 * @param protocol only sessions with this protocol, or null for all
 * @param direction only client or only server lines (events are hidden then), or null for all
 * @param collapsedExchanges exchanges shown by their first row only
 */
public record RowQuery(String text, int session, Protocol protocol, Direction direction, Set<Integer> collapsedExchanges) {

    /** Every row. */
    public static final RowQuery ALL = new RowQuery("", 0, null, null, Set.of()); //$NON-NLS-1$

    public RowQuery {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        collapsedExchanges = Set.copyOf(collapsedExchanges);
    }

    /** @return true if no row is hidden */
    public boolean isAll() {
        return text.isEmpty() && session == 0 && protocol == null && direction == null && collapsedExchanges.isEmpty();
    }

    public RowQuery withText(String newText) {
        return new RowQuery(newText, session, protocol, direction, collapsedExchanges);
    }

    public RowQuery withSession(int newSession) {
        return new RowQuery(text, newSession, protocol, direction, collapsedExchanges);
    }

    public RowQuery withProtocol(Protocol newProtocol) {
        return new RowQuery(text, session, newProtocol, direction, collapsedExchanges);
    }

    public RowQuery withDirection(Direction newDirection) {
        return new RowQuery(text, session, protocol, newDirection, collapsedExchanges);
    }

    public RowQuery withCollapsed(Set<Integer> exchanges) {
        return new RowQuery(text, session, protocol, direction, exchanges);
    }

    /** @return true if the row is shown */
    public boolean matches(TraceRow row) {
        if (row.exchange() >= 0 && !row.exchangeHead() && collapsedExchanges.contains(row.exchange())) {
            return false;
        }
        if (session != 0 && row.session() != session) {
            return false;
        }
        if (protocol != null && row.protocol() != protocol) {
            return false;
        }
        if (direction != null && row.direction() != direction) {
            return false;
        }
        return text.isEmpty() || row.text().toLowerCase(Locale.ROOT).contains(text) || row.lineRange().toLowerCase(Locale.ROOT).equals(text)
                || (row.time() != null && row.time().contains(text));
    }
}
