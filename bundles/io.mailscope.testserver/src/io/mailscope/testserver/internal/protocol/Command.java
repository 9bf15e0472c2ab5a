package io.mailscope.testserver.internal.protocol;

/**
 * A client command.
 *
 * @param tag the IMAP tag, or null
 * @param verb the upper-case verb ({@code MAIL}, {@code STAT}, {@code LOGIN}), or {@code .} for the end of an SMTP
 *            message
 * @param argument the rest of the line (may be empty)
 */
public record Command(String tag, String verb, String argument) {

    /** The SMTP end-of-message pseudo-command that follows DATA. */
    public static final Command END_OF_DATA = new Command(null, ".", ""); //$NON-NLS-1$ //$NON-NLS-2$
}
