package io.mailscope.trace.events;

/**
 * Something with a place in the source: a protocol line, a connection or status event, a whole exchange. Rules cite
 * these as evidence; the diagnosis copies the line numbers and the text.
 */
public interface Located {

    /** @return the first 1-based source line */
    int firstLine();

    /** @return the last source line (larger than {@link #firstLine()} for a joined wrapped line) */
    int lastLine();

    /** @return the byte offset of the first line in the source */
    long offset();

    /** @return the time the source printed, as printed, or null */
    String time();

    /** @return the text to show (masked where it held a secret), never null */
    String text();
}
