package io.mailscope.trace.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.tests.Imports;

/** Page reads win against the import behind the index: the import's threads step aside while a page is read. */
class ForegroundReadsTest {

    private static final long LONG_NANOS = TimeUnit.SECONDS.toNanos(20);

    @Test
    void anImportThreadStandsAsideWhileAPageIsReadAndGoesOnWhenTheReadEnds() throws Exception {
        ForegroundReads reads = new ForegroundReads(LONG_NANOS);
        AtomicBoolean wentOn = new AtomicBoolean();
        Thread importThread;
        try (ForegroundReads.Read read = reads.begin()) {
            importThread = new Thread(() -> {
                reads.stepAside();
                wentOn.set(true);
            });
            importThread.start();
            awaitStandingAside(reads);
            assertFalse(wentOn.get(), "the import thread went on while the page was read");
        }
        importThread.join(10_000);
        assertTrue(wentOn.get(), "the import thread goes on once the page is read");
        assertEquals(0, reads.standingAside());
    }

    @Test
    void withoutAPageReadNobodyWaits() {
        ForegroundReads reads = new ForegroundReads(LONG_NANOS);
        assertTimeoutPreemptively(Duration.ofSeconds(5), reads::stepAside);
        reads.begin().close();
        assertEquals(0, reads.readsInProgress());
        assertTimeoutPreemptively(Duration.ofSeconds(5), reads::stepAside);
    }

    @Test
    void aReadThatDoesNotEndHoldsTheImportBackForTheBoundOnlyAndHalfTheTimeAtMost() {
        long bound = TimeUnit.MILLISECONDS.toNanos(200);
        ForegroundReads reads = new ForegroundReads(bound);
        ForegroundReads.Read never = reads.begin();
        long[] nanos = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> { // both on one thread
            long t0 = System.nanoTime();
            reads.stepAside();
            long t1 = System.nanoTime();
            reads.stepAside();
            return new long[] { t1 - t0, System.nanoTime() - t1 };
        });
        assertTrue(nanos[0] >= bound, "stood aside " + nanos[0] + " ns, less than the bound although the read went on");
        // right after standing aside the thread runs at least as long before it stands aside again
        assertTrue(nanos[1] < bound / 2, "stood aside again at once for " + nanos[1] + " ns");
        never.close();
    }

    @Test
    void aPageOfTheIndexIsReadWithTheImportSteppingAsideAlsoWhenItFails() throws Exception {
        try (IndexedTrace trace = Imports.service().openIndexed(
                TraceSource.of(Imports.file("outlook2002-pop3-0x800ccc97.log")), ImportOptions.DEFAULT, null, null)) {
            trace.result().get(60, TimeUnit.SECONDS);
            RecordIndexFile index = (RecordIndexFile) trace.index();
            assertTrue(index.size() > 10);
            AtomicInteger readsDuringThePage = new AtomicInteger(-1);
            index.reparser((offset, linesBefore, sink, enough) -> {
                readsDuringThePage.set(index.foregroundReads().readsInProgress());
                throw new IOException("source gone");
            });
            assertThrows(IOException.class, () -> index.page(2, 5));
            assertEquals(1, readsDuringThePage.get(), "page reads in progress while the page was re-read");
            assertEquals(0, index.foregroundReads().readsInProgress(), "after the page failed");
        }
    }

    /** Waits until a thread stands aside for a page read (fails after 10 s). */
    static void awaitStandingAside(ForegroundReads reads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reads.standingAside() == 0) {
            assertTrue(System.nanoTime() < deadline, "no import thread stood aside for the page read");
            Thread.sleep(1);
        }
    }
}
