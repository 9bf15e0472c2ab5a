package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.tests.Imports;

/** Long imports report progress by bytes and can be cancelled. */
class ProgressTest {

    @TempDir
    Path dir;

    private Path bigFile() throws Exception {
        Path file = dir.resolve("big.log");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("S: +OK ready\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("C: NOOP\nS: +OK\n");
            }
        }
        return file;
    }

    @Test
    void progressIsReportedInBytes() throws Exception {
        Path file = bigFile();
        int[] work = { 0, 0 };
        Imports.service().importFile(file, ImportOptions.DEFAULT, null, new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                work[0] = totalWork;
            }

            @Override
            public void worked(int units) {
                work[1] += units;
            }
        });
        long megabytes = Files.size(file) / (1 << 20);
        assertEquals(megabytes + 1, work[0]);
        assertTrue(work[1] >= megabytes, "worked " + work[1] + " of " + work[0]);
    }

    @Test
    void cancellationStopsTheImport() throws Exception {
        Path file = bigFile();
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> Imports.service().importFile(file, ImportOptions.DEFAULT, null, monitor));
    }
}
