package io.mailscope.trace.index;

import java.util.Locale;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;

/**
 * What a filter keeps; every criterion that is null (0 for the session) keeps everything.
 *
 * @param text a piece of the record's text, case-insensitive (matched against the masked text)
 * @param session a session number
 * @param protocol a protocol
 * @param direction client or server
 */
public record RecordFilter(String text, int session, Protocol protocol, Direction direction) {

    public static final RecordFilter ALL = new RecordFilter(null, 0, null, null);

    public RecordFilter withText(String newText) {
        return new RecordFilter(newText == null || newText.isEmpty() ? null : newText, session, protocol, direction);
    }

    public RecordFilter withSession(int newSession) {
        return new RecordFilter(text, newSession, protocol, direction);
    }

    public RecordFilter withProtocol(Protocol newProtocol) {
        return new RecordFilter(text, session, newProtocol, direction);
    }

    public RecordFilter withDirection(Direction newDirection) {
        return new RecordFilter(text, session, protocol, newDirection);
    }

    /** @return true when the criteria the index holds (session, protocol, direction) keep the record */
    public boolean keepsIndexed(int recordSession, Protocol recordProtocol, Direction recordDirection) {
        return (session == 0 || session == recordSession) && (protocol == null || protocol == recordProtocol)
                && (direction == null || direction == recordDirection);
    }

    /** @return true when the text criterion keeps a record with this text */
    public boolean keepsText(String recordText) {
        return text == null || recordText.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** @return true when the filter needs the records' text (a full re-read of the source) */
    public boolean needsText() {
        return text != null;
    }
}
