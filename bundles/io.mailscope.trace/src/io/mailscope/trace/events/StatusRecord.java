package io.mailscope.trace.events;

/**
 * A status the client reported (an hrStatus, an error dialog's code, a library exception), immutable.
 *
 * @param session the session it was reported in, or null when the trace does not tell
 * @param value the HRESULT, or 0 for an error text without a code
 * @param text the line the source printed (masked), never null
 */
public record StatusRecord(SessionInfo session, int value, String text, int firstLine, int lastLine, long offset,
        String time) implements Located {

    public StatusRecord {
        text = text == null ? "" : text; //$NON-NLS-1$
    }

    /** @return true for a failure code (a negative HRESULT) */
    public boolean failure() {
        return value < 0;
    }
}
