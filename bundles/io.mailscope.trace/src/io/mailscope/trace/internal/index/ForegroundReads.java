package io.mailscope.trace.internal.index;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Page reads of a record index against the import that runs behind it: while a page is read ({@link #begin}) the
 * import's threads step aside where they check this gate ({@link #stepAside}: the import thread after each batch of
 * lines, the run workers before each line they triage), so a page read on the 2 cores of a support engineer's laptop
 * does not queue behind four busy import threads (and the import allocates nothing that could start a GC pause in
 * the page's middle). Two bounds keep the import going: a thread steps aside at most {@link #maxStepAsideNanos} per
 * call, and after stepping aside it runs at least as long before it steps aside again (a reader that pages without a
 * pause can slow the import down by half at most, never stop it).
 */
public final class ForegroundReads {

    /** A page read in progress; closing it lets the import's threads go on. */
    @FunctionalInterface
    public interface Read extends AutoCloseable {
        @Override
        void close();
    }

    /** A page of 200 records takes about a millisecond of CPU: far longer than this, something else holds it up. */
    static final long DEFAULT_MAX_STEP_ASIDE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** After stepping aside, a thread runs at least this long (or as long as it stood aside) before it does again. */
    private static final long MIN_RUN_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final long maxStepAsideNanos;
    private final AtomicInteger reads = new AtomicInteger();
    private final Object lock = new Object();
    /** threads standing aside now (guarded by {@link #lock}) */
    private int standingAside;
    /** per import thread: until when it runs without stepping aside (System.nanoTime), 0 for not set */
    private final ThreadLocal<long[]> runsUntil = ThreadLocal.withInitial(() -> new long[1]);

    public ForegroundReads() {
        this(DEFAULT_MAX_STEP_ASIDE_NANOS);
    }

    /** @param maxStepAsideNanos the longest a thread stands aside per {@link #stepAside} */
    public ForegroundReads(long maxStepAsideNanos) {
        this.maxStepAsideNanos = maxStepAsideNanos;
    }

    /** A page read begins: close the result when it ends (also when it failed). */
    public Read begin() {
        reads.incrementAndGet();
        return this::end;
    }

    private void end() {
        if (reads.decrementAndGet() == 0) {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    /** @return page reads in progress */
    public int readsInProgress() {
        return reads.get();
    }

    /** @return import threads standing aside now for a page read */
    public int standingAside() {
        synchronized (lock) {
            return standingAside;
        }
    }

    /**
     * Called by the import's threads where they can pause: returns at once unless a page is being read; else waits
     * until no page is read any more, {@link #maxStepAsideNanos} at most, unless this thread stood aside shortly before
     * (it runs at least as long as it stood aside). An interrupted thread returns at once, interrupted.
     */
    public void stepAside() {
        if (reads.get() == 0) {
            return; // the import's path: one volatile read
        }
        long[] until = runsUntil.get();
        long now = System.nanoTime();
        if (until[0] != 0 && now - until[0] < 0) {
            return;
        }
        long deadline = now + maxStepAsideNanos;
        synchronized (lock) {
            standingAside++;
            try {
                for (long left = maxStepAsideNanos; reads.get() > 0 && left > 0; left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the import is being stopped: it sees that on its own
            } finally {
                standingAside--;
            }
        }
        long after = System.nanoTime();
        until[0] = after + Math.max(MIN_RUN_NANOS, after - now);
        if (until[0] == 0) {
            until[0] = 1;
        }
    }
}
