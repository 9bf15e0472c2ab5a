package io.mailscope.share.cases;

import java.util.Objects;

/**
 * Rows of a trace the engineer marked, with a note: kept by source line numbers, which are the same every time the
 * trace is imported (and in the masked copy a case file holds), so a bookmark finds its rows again after reopening.
 *
 * @param firstLine 1-based first source line of the bookmarked rows
 * @param lastLine last source line, at least {@code firstLine}
 * @param excerpt the bookmarked rows' text as the trace editor showed it (masked), to recognise the bookmark
 * @param note the engineer's note; may be empty
 */
public record Bookmark(int firstLine, int lastLine, String excerpt, String note) {

    public Bookmark {
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("a bookmark covers source lines from 1 on, first <= last: " + firstLine + "-" + lastLine); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Objects.requireNonNull(excerpt);
        Objects.requireNonNull(note);
    }

    /** @return {@code 57} or {@code 132-133} */
    public String lineRange() {
        return firstLine == lastLine ? Integer.toString(firstLine) : firstLine + "-" + lastLine; //$NON-NLS-1$
    }
}
