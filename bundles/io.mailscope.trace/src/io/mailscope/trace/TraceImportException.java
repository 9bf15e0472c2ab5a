package io.mailscope.trace;

import java.util.List;

/** An input that cannot be imported as a mail trace. */
public sealed class TraceImportException extends Exception permits TraceImportException.Unrecognised {

    private static final long serialVersionUID = 1L;

    public TraceImportException(String message) {
        super(message);
    }

    /** No format accepts the input; {@link #candidates()} says how close each came. */
    public static final class Unrecognised extends TraceImportException {

        private static final long serialVersionUID = 1L;
        private final transient List<FormatMatch> candidates;

        public Unrecognised(String source, List<FormatMatch> candidates) {
            super(source + ": not a recognised mail trace"); //$NON-NLS-1$
            this.candidates = List.copyOf(candidates);
        }

        /** @return the closest formats, best first */
        public List<FormatMatch> candidates() {
            return candidates;
        }
    }
}
