package io.mailscope.trace.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pools that run contributed code (format detectors, diagnosis rules): at most {@code maxThreads} daemon
 * threads, idle ones end after a few seconds; tasks beyond that wait in the queue. Callers bound the whole wait
 * (queue and run) with their time budget, so a task stuck behind threads held by abandoned code is reported like a
 * slow one, never waited for forever. Owned by a DS component, which shuts it down when it deactivates; never
 * static.
 */
public final class BoundedPool {

    /** Idle threads end after this long. */
    static final long KEEP_ALIVE_SECONDS = 5;

    private BoundedPool() {
    }

    /** @return a new bounded pool whose threads are named {@code name #n} */
    public static ExecutorService create(String name, int maxThreads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, name + " #" + count.incrementAndGet()); //$NON-NLS-1$
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Shuts a pool down: no new tasks, running ones are interrupted, waits up to {@code waitMillis} for them.
     *
     * @return true when every thread ended in time (false: contributed code ignores interruption)
     */
    public static boolean shutdown(ExecutorService pool, long waitMillis) {
        pool.shutdownNow();
        try {
            return pool.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
