package io.mailscope.session;

/**
 * One recorded event of a live session, already masked: nothing secret is ever stored in an entry.
 *
 * @param line the event's number in the session (the "line number" its trace events and findings cite)
 * @param elapsedMillis milliseconds since the session started
 * @param kind what happened
 * @param text the line as sent or received (masked), or a description of the event
 */
public record TranscriptEntry(int line, long elapsedMillis, Kind kind, String text) {

    /** What an entry records. */
    public enum Kind {
        /** A line the client sent. */
        SENT("C:"), //$NON-NLS-1$
        /** A line the server sent. */
        RECEIVED("S:"), //$NON-NLS-1$
        /** Resolving, connecting, refused, timed out, closed. */
        CONNECTION("*"), //$NON-NLS-1$
        /** TLS negotiated or failed, certificate chain details. */
        TLS("~"), //$NON-NLS-1$
        /** What the session engine did or decided (a phase began, a limit was hit). */
        NOTE("#"); //$NON-NLS-1$

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        /** @return the short marker the text transcript shows before the line ({@code C:}, {@code S:}, …) */
        public String marker() {
            return marker;
        }
    }
}
