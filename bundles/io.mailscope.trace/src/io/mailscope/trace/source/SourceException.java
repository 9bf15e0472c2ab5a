package io.mailscope.trace.source;

import java.io.IOException;
import java.time.Duration;

/** A source that cannot be read to its end: each kind says what happened and where, for the user. */
public sealed class SourceException extends IOException
        permits SourceException.NoData, SourceException.TooLarge, SourceException.Archive {

    private static final long serialVersionUID = 1L;

    protected SourceException(String message) {
        super(message);
    }

    protected SourceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The source delivered nothing for the no-data timeout. */
    public static final class NoData extends SourceException {
        private static final long serialVersionUID = 1L;

        public NoData(String source, Duration timeout, long bytesRead) {
            super(source + ": no data for " + timeout.toSeconds() + " s after " + bytesRead //$NON-NLS-1$ //$NON-NLS-2$
                    + " bytes (a FIFO or pipe nobody writes to, or a stalled device); give a longer --file-timeout if it is only slow"); //$NON-NLS-1$
        }
    }

    /** The source is bigger than the spool limit. */
    public static final class TooLarge extends SourceException {
        private static final long serialVersionUID = 1L;

        public TooLarge(String source, long limit) {
            super(source + ": more than " + limit + " bytes to spool (the limit, system property mailscope.spool.limit);" //$NON-NLS-1$ //$NON-NLS-2$
                    + " an endless device, or save the input to a file and give its name"); //$NON-NLS-1$
        }
    }

    /** A compressed or archived source that cannot be unpacked. */
    public static final class Archive extends SourceException {
        private static final long serialVersionUID = 1L;

        public Archive(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
