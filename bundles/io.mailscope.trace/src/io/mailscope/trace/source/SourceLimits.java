package io.mailscope.trace.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds for reading a source.
 *
 * @param noDataTimeout a source that delivers no byte for this long fails with a {@link SourceException.NoData}
 *            (a FIFO nobody writes to, a stalled pipe, a silent device); {@link Duration#ZERO} waits for ever
 * @param spoolLimitBytes the most bytes spooled for one source (after decompression and decoding); more fails with
 *            {@link SourceException.TooLarge}
 * @param spoolDirectory where temporary files go: never next to the user's file; by default {@code java.io.tmpdir}
 *            (system property {@code mailscope.spool.dir} overrides it)
 */
public record SourceLimits(Duration noDataTimeout, long spoolLimitBytes, Path spoolDirectory) {

    /** Seconds without data after which a source fails, unless the caller says otherwise. */
    public static final int DEFAULT_NO_DATA_SECONDS = 30;
    /**
     * The default spool limit: 16 GiB (system property {@code mailscope.spool.limit}, in bytes, overrides it); bigger
     * than any client log seen in practice, small enough that an endless device fails instead of filling the disk.
     */
    public static final long DEFAULT_SPOOL_LIMIT_BYTES = 16L << 30;

    public SourceLimits {
        Objects.requireNonNull(noDataTimeout);
        Objects.requireNonNull(spoolDirectory);
        if (noDataTimeout.isNegative()) {
            throw new IllegalArgumentException("negative timeout " + noDataTimeout); //$NON-NLS-1$
        }
        if (spoolLimitBytes <= 0) {
            throw new IllegalArgumentException("spool limit must be positive: " + spoolLimitBytes); //$NON-NLS-1$
        }
    }

    /** @return the defaults (30 s, 16 GiB, the temporary directory), with the system properties applied */
    public static SourceLimits defaults() {
        String dir = System.getProperty("mailscope.spool.dir"); //$NON-NLS-1$
        String limit = System.getProperty("mailscope.spool.limit"); //$NON-NLS-1$
        long bytes = DEFAULT_SPOOL_LIMIT_BYTES;
        if (limit != null && !limit.isBlank()) {
            try {
                bytes = Long.parseLong(limit.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("mailscope.spool.limit must be a number of bytes: " + limit, e); //$NON-NLS-1$
            }
        }
        return new SourceLimits(Duration.ofSeconds(DEFAULT_NO_DATA_SECONDS), bytes,
                Path.of(dir != null && !dir.isBlank() ? dir : System.getProperty("java.io.tmpdir"))); //$NON-NLS-1$
    }

    public SourceLimits withNoDataTimeout(Duration timeout) {
        return new SourceLimits(timeout, spoolLimitBytes, spoolDirectory);
    }

    public SourceLimits withSpoolLimitBytes(long bytes) {
        return new SourceLimits(noDataTimeout, bytes, spoolDirectory);
    }

    public SourceLimits withSpoolDirectory(Path directory) {
        return new SourceLimits(noDataTimeout, spoolLimitBytes, directory);
    }
}
