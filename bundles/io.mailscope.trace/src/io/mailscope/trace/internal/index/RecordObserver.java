package io.mailscope.trace.internal.index;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.spi.Span;

/** Told of each protocol record as the conversation builder places it: what the record index keeps. */
@FunctionalInterface
public interface RecordObserver {

    RecordObserver NONE = (span, session, direction, protocol, maskedText) -> {
    };

    /**
     * @param session 1-based session number
     * @param maskedText the text after masking when masking changed it, else null
     */
    void protocolRecord(Span span, int session, Direction direction, Protocol protocol, String maskedText);

    /**
     * Protocol records counted instead of parsed ({@code ConversationBuilder.routine}): the next {@code records}
     * protocol records of the trace are lines of session {@code session}, of {@code protocol}, that masking leaves as
     * they are. Their offsets, lines and directions are not known here (their lines were not decoded).
     */
    default void countedRecords(int session, Protocol protocol, int records) {
        // an observer that keeps nothing per record has nothing to do
    }
}
