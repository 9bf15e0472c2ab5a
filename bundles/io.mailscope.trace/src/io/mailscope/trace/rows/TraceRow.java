package io.mailscope.trace.rows;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;

/**
 * One row of the rebuilt conversation: a protocol line, a connection event or a status event, with the source lines
 * it was read from.
 *
 * @param index the row's position in the whole conversation (0-based), stable under filtering
 * @param kind what the row shows
 * @param session 1-based number of the session the row belongs to, 0 for status events outside any session
 * @param protocol the session's protocol ({@link Protocol#UNKNOWN} outside a session)
 * @param direction client or server for protocol lines, null for connection and status events
 * @param time the time stamp the source gave the line, or null
 * @param text the command, reply line or event text, with secrets already masked by the import
 * @param firstLine first source line (1-based)
 * @param lastLine last source line
 * @param offset byte offset of the first source line in the source, or -1 when the import did not record it
 * @param exchange 0-based number of the exchange (command and its reply) the row belongs to, -1 for events
 * @param exchangeHead true for the first row of an exchange (the command, or the first greeting line)
 * @param masked true if the import masked a secret in this line
 * @param repaired true if the import repaired the source lines (joined a wrapped line, separated interleaved
 *            entries, paired a distant reply, replaced invalid bytes, truncated a long line)
 */
public record TraceRow(int index, RowKind kind, int session, Protocol protocol, Direction direction, String time, String text,
        int firstLine, int lastLine, long offset, int exchange, boolean exchangeHead, boolean masked, boolean repaired) {

    /** @return true if the row's source lines include {@code line} */
    public boolean covers(int line) {
        return firstLine <= line && line <= lastLine;
    }

    /** @return {@code L57} or {@code L40-41} */
    public String lineRange() {
        return lastLine > firstLine ? "L" + firstLine + "-" + lastLine : "L" + firstLine; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
