package io.mailscope.trace.index;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;

/**
 * One protocol record (a line on the wire, wrapped lines joined), re-read from the source and re-parsed on demand.
 *
 * @param index 0-based number of the record in the trace (the order the import produced them)
 * @param session 1-based number of its session, in the order sessions started
 * @param direction client or server, as the import decided (also where the format does not mark it)
 * @param protocol the session's protocol when the record was read (UNKNOWN until it is known)
 * @param firstLine first source line
 * @param lastLine last source line (larger than firstLine for a joined wrapped line)
 * @param offset byte offset of the first line in the bytes read ({@code ReadableTrace}): the file itself, or its
 *            decoded copy for a compressed or UTF-16 source
 * @param time the timestamp printed for it, as printed, or null
 * @param text the line's text, secrets masked as in the trace model
 * @param masked true when a credential in it was masked
 */
public record IndexedRecord(long index, int session, Direction direction, Protocol protocol, int firstLine, int lastLine,
        long offset, String time, String text, boolean masked) {
}
