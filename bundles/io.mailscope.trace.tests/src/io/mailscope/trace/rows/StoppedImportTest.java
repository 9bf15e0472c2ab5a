package io.mailscope.trace.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.tests.Imports;

/**
 * An import the engineer cancels in the trace editor stops reading but leaves what it read: the rows indexed before
 * the stop can still be paged, each with its own text and source line, and closing deletes the temporary files.
 */
class StoppedImportTest {

    private static final int SESSIONS = 120_000;

    @Test
    void stoppingKeepsTheRowsReadSoFar(@TempDir Path dir) throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        String previousSpoolDir = System.setProperty("mailscope.spool.dir", spool.toString());
        try {
            Path trace = generate(dir.resolve("polls.log"));
            AtomicReference<IndexedTraceRows> opened = new AtomicReference<>();
            Object firstGrowth = new Object();
            IndexedTraceRows rows = IndexedTraceRows.open(Imports.service(), TraceSource.of(trace), ImportOptions.DEFAULT, null,
                    (count, complete) -> {
                        IndexedTraceRows r = opened.get();
                        if (r != null && count > 0) {
                            r.stopReading(); // on the import's thread, at its first report: long before the end of the file
                        }
                    });
            opened.set(rows);
            try {
                ExecutionException stopped = assertThrows(ExecutionException.class, () -> rows.trace().result().get(60, TimeUnit.SECONDS));
                assertInstanceOf(OperationCanceledException.class, stopped.getCause());
                assertTrue(rows.complete(), "the index is complete with what was read");
                int kept = rows.size();
                int all = SESSIONS * 19;
                assertTrue(kept > 0 && kept < all, kept + " of " + all + " rows kept");
                assertTrue(rows.bytesRead() > 0 && rows.bytesRead() < Files.size(trace), rows.bytesRead() + " bytes read");
                // every row read before the stop pages from the source: row k is line k + 1 + the Connected lines before it
                for (int k : new int[] { 0, kept / 2, kept - 1 }) {
                    TraceRow row = rows.row(k);
                    int session = k / 19;
                    assertEquals(k + session + 2, row.firstLine(), "row " + k);
                    assertEquals(session + 1, row.session(), "row " + k);
                }
                assertEquals("+OK POP3 server ready <0@mail.example.test>", rows.row(0).text());
            } finally {
                rows.close();
            }
            try (Stream<Path> left = Files.list(spool)) {
                assertEquals(List.of(), left.toList(), "closing deletes the index's temporary files");
            }
        } finally {
            if (previousSpoolDir == null) {
                System.clearProperty("mailscope.spool.dir");
            } else {
                System.setProperty("mailscope.spool.dir", previousSpoolDir);
            }
        }
    }

    /** POP3 polls in the generic C:/S: transcript format: a Connected line and 19 protocol lines a session. */
    private static Path generate(Path file) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int s = 0; s < SESSIONS; s++) {
                w.write("Connected to pop://mail.example.test:110/\n");
                w.write("S: +OK POP3 server ready <" + s + "@mail.example.test>\n");
                w.write("C: USER user" + (s % 50) + "@example.test\nS: +OK\nC: PASS ********\nS: +OK Logged in.\n");
                w.write("C: STAT\nS: +OK 2 4096\nC: UIDL\nS: +OK\nS: 1 000000015f3a2b1c\nS: 2 000000015f3a2b1d\nS: .\n");
                w.write("C: LIST\nS: +OK 2 messages\nS: 1 2048\nS: 2 2048\nS: .\n");
                w.write("C: QUIT\nS: +OK Logging out.\n");
            }
        }
        return file;
    }
}
