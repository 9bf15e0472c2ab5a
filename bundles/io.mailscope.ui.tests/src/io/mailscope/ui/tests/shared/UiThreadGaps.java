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
        worstMillis = Math.max(worstMillis, (now - last) / 1_000_000);
        last = now;
        display.timerExec(10, tick);
    }

    /** @return the longest gap since the start or the last reset, in milliseconds */
    public long worstMillis() {
        return worstMillis;
    }

    /** Starts a new measurement. */
    public void reset() {
        worstMillis = 0;
        last = System.nanoTime();
    }

    public void stop() {
        display.timerExec(-1, tick);
    }
}
