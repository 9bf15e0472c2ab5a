package io.mailscope.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The progress line's text and drawing, on a clock the test sets. */
class ProgressLineTest {

    private long now;

    @Test
    void showsBytesOfTotalRateAndTimeLeft() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), "big.log", 1L << 30, () -> now);
        line.beginTask("Importing big.log", 1024);
        now = 10_000_000_000L; // 10 s for 512 MiB
        line.worked(512);
        assertEquals("big.log  512.0 MiB of 1.0 GiB (50%)  53.7 MB/s  10 s left", line.line(now));
        assertEquals("\r\u001b[K" + line.line(now), err.toString());
    }

    @Test
    void redrawsAtMostFiveTimesASecondAndErasesItselfWhenDone() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), "x.log", 100L << 20, () -> now);
        for (int i = 0; i < 100; i++) {
            now += 10_000_000L; // 10 ms per MiB: 1 s in all
            line.worked(1);
        }
        long draws = err.toString().chars().filter(c -> c == '\r').count();
        assertTrue(draws >= 5 && draws <= 6, draws + " draws: " + err);
        line.done();
        assertTrue(err.toString().endsWith("\r\u001b[K"), "erased: " + err);
    }

    @Test
    void longWaitsInMinutes() {
        assertEquals("2 min 05 s", ProgressLine.duration(125));
        assertEquals("59 s", ProgressLine.duration(59.4));
        assertEquals("1.5 GiB", ProgressLine.size(3L << 29));
    }
}
