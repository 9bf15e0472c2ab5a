package io.mailscope.ui.tests.shared;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread goes without processing events: a 10 ms timer on the display records the longest
 * time between two of its runs.
 */
public final class UiThreadGaps {

    private final Display display;
    private long last = System.nanoTime();
    private long worstMillis;
    private long worstAt;
    private long worstCpuMillis;
    private long lastCpu = cpuNanos();
    private final Runnable tick = this::tick;

    private UiThreadGaps(Display display) {
        this.display = display;
    }

    /** Starts measuring on the current thread's display. */
    public static UiThreadGaps start() {
        UiThreadGaps gaps = new UiThreadGaps(Display.getCurrent());
        gaps.display.timerExec(10, gaps.tick);
        return gaps;
    }

    private void tick() {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        long gap = (now - last) / 1_000_000;
        if (gap > worstMillis) {
            worstMillis = gap;
            worstAt = last;
            worstCpuMillis = (cpu - lastCpu) / 1_000_000;
        }
        last = now;
        lastCpu = cpu;
        display.timerExec(10, tick);
    }

    /** @return the longest gap since the start or the last reset, in milliseconds */
    public long worstMillis() {
        return worstMillis;
    }

    /**
     * @return the CPU time the UI thread itself used during the longest gap: far less than the gap when the thread
     *         waited for a CPU (a loaded machine) rather than worked
     */
    public long worstCpuMillis() {
        return worstCpuMillis;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** @return when the longest gap began ({@link System#nanoTime()}) */
    public long worstAtNanos() {
        return worstAt;
    }

    /** Starts a new measurement. */
    public void reset() {
        worstMillis = 0;
        worstCpuMillis = 0;
        last = System.nanoTime();
        lastCpu = cpuNanos();
    }

    public void stop() {
        display.timerExec(-1, tick);
    }
}
