package io.mailscope.headless.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * One line on standard error, redrawn in place: bytes read of the total, rate and time left, e.g.
 * {@code big.log  412.0 MiB of 1.0 GiB (40%)  85.3 MB/s  7 s left}. The importer reports work in MiB
 * ({@code beginTask} with the total, {@code worked} per MiB read). The line is erased when the file is done, so what
 * remains on the terminal is only the command's output.
 */
public final class ProgressLine extends NullProgressMonitor {

    private static final long MIB = 1L << 20;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String name;
    private final long size;
    private final LongSupplier clock;
    private final long start;
    private long bytes;
    private long lastDraw;
    private boolean drawn;

    public ProgressLine(PrintWriter err, String name, long size, LongSupplier clock) {
        this.err = err;
        this.name = name;
        this.size = size;
        this.clock = clock;
        this.start = clock.getAsLong();
        // the first MiB read draws at once, so the line appears as soon as there is something to say
        this.lastDraw = start - REDRAW_NANOS;
    }

    @Override
    public void worked(int work) {
        bytes = Math.min(size, bytes + work * MIB);
        long now = clock.getAsLong();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    @Override
    public void done() {
        if (drawn) {
            err.print("\r\u001b[K"); //$NON-NLS-1$
            err.flush();
            drawn = false;
        }
    }

    private void draw(long now) {
        err.print("\r\u001b[K" + line(now)); //$NON-NLS-1$
        err.flush();
        drawn = true;
    }

    /** @return the text of the line at time {@code now} (nanoseconds of the same clock) */
    public String line(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = bytes / seconds;
        StringBuilder b = new StringBuilder(name).append("  ").append(size(bytes)).append(" of ").append(size(size)); //$NON-NLS-1$ //$NON-NLS-2$
        b.append(String.format(Locale.ROOT, " (%d%%)", bytes * 100 / Math.max(1, size))); //$NON-NLS-1$
        b.append(String.format(Locale.ROOT, "  %.1f MB/s", rate / 1e6)); //$NON-NLS-1$
        if (rate > 0) {
            b.append("  ").append(duration((size - bytes) / rate)).append(" left"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.toString();
    }

    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30)); //$NON-NLS-1$
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB); //$NON-NLS-1$
    }

    public static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
