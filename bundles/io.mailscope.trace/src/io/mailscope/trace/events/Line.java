package io.mailscope.trace.events;

import io.mailscope.model.Direction;
import io.mailscope.trace.spi.Span;

/**
 * One protocol line of an exchange, immutable. Secrets are masked before a line is created.
 *
 * @param direction CLIENT or SERVER
 * @param text the line (masked where it held a password or authentication data), never null
 * @param masked true when the text was masked
 */
public record Line(Direction direction, String text, boolean masked, int firstLine, int lastLine, long offset, String time)
        implements Located {

    public Line {
        text = text == null ? "" : text; //$NON-NLS-1$
    }

    public static Line of(Direction direction, String text, boolean masked, Span span) {
        return new Line(direction, text, masked, span.firstLine(), span.lastLine(), span.offset(), span.time());
    }

    /** @return true for a line the client sent */
    public boolean fromClient() {
        return direction == Direction.CLIENT;
    }
}
