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
}
