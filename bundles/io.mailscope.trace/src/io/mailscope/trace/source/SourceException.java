package io.mailscope.trace.source;

import java.io.IOException;
import java.time.Duration;

/**
 * A source that cannot be read to its end: each kind says what happened and where, for the user. The message is
 * {@code "<source>: <reason>"}; {@link #reason()} is the part after the source's name, for reports that show the
 * name already.
 */
public sealed class SourceException extends IOException
        permits SourceException.NoData, SourceException.TooLarge, SourceException.Archive {

    private static final long serialVersionUID = 1L;
    private final String reason;

    protected SourceException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause); //$NON-NLS-1$
        this.reason = reason;
    }

    /** @return what happened, without the source's name */
    public String reason() {
        return reason;
    }

    /** The source delivered nothing for the no-data timeout. */
    public static final class NoData extends SourceException {
        private static final long serialVersionUID = 1L;

        public NoData(String source, Duration timeout, long bytesRead) {
            super(source, "no data for " + timeout.toSeconds() + " s after " + bytesRead //$NON-NLS-1$ //$NON-NLS-2$
                    + " bytes (a FIFO or pipe nobody writes to, or a stalled device); give a longer --file-timeout if it is only slow", //$NON-NLS-1$
                    null);
        }
    }

    /** The source is bigger than the spool limit. */
    public static final class TooLarge extends SourceException {
        private static final long serialVersionUID = 1L;

        public TooLarge(String source, long limit) {
            super(source, "more than " + limit + " bytes to spool (the limit, system property mailscope.spool.limit);" //$NON-NLS-1$ //$NON-NLS-2$
                    + " an endless device? else save the input to a file and give its name", null); //$NON-NLS-1$
        }
    }

    /** A compressed or archived source that cannot be unpacked, or an archive given where one trace is expected. */
    public static final class Archive extends SourceException {
        private static final long serialVersionUID = 1L;

        public Archive(String source, String reason, Throwable cause) {
            super(source, reason, cause);
        }
    }
}
