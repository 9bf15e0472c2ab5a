package io.mailscope.trace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Direction;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.internal.index.OutlookLegacyIndexer;
import io.mailscope.trace.internal.index.RecordIndexFile;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.tests.Imports;
import io.mailscope.trace.tests.TraceShapes;

/**
 * Pages every record of a generated trace (the seed's wrapped, interleaved Outlook 2000-2002 log, 60 times, each with
 * its own password) through the record index and compares them with the full sequential import that keeps every
 * exchange: the same records, source lines, offsets, sessions and directions, masked alike; for the file, a gzip'ed
 * copy and the same text fed through a FIFO. Filters and line lookups are checked against the same import.
 */
class RecordIndexTest {

    private static final int COPIES = 60;
    @TempDir
    static Path dir;
    private static Path generated;
    private static List<String> expected;
    private static List<String> expectedSorted;
    private static String previousSpoolDir;
    private static Path spool;

    @BeforeAll
    static void generate() throws Exception {
        previousSpoolDir = System.getProperty("mailscope.spool.dir");
        System.setProperty(OutlookLegacyIndexer.RANGE_PROPERTY, "3001");
        spool = Files.createDirectories(dir.resolve("spool"));
        System.setProperty("mailscope.spool.dir", spool.toString());
        String seed = Files.readString(Imports.file("outlook2002-pop3-0x800ccc97.log"), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < COPIES; k++) {
            text.append(seed.replace("PASS ********", "PASS Secret-" + k + "!"));
        }
        generated = Files.writeString(dir.resolve("generated.log"), text);
        ImportResult sequential = Imports.service().importFile(generated, new ImportOptions(null, true), null, null);
        expected = TraceShapes.protocolLines(sequential.trace());
        expectedSorted = new ArrayList<>(expected);
        expectedSorted.sort(null);
        assertTrue(expected.size() > 1000, expected.size() + " records");
        assertTrue(expected.stream().noneMatch(l -> l.contains("Secret-")), "the import masks the passwords");
    }

    @AfterAll
    static void restore() {
        System.clearProperty(OutlookLegacyIndexer.RANGE_PROPERTY);
        if (previousSpoolDir == null) {
            System.clearProperty("mailscope.spool.dir");
        } else {
            System.setProperty("mailscope.spool.dir", previousSpoolDir);
        }
    }

    private static String describe(IndexedRecord r) {
        return TraceShapes.describe(r.session(), String.valueOf(r.direction()), r.firstLine(), r.lastLine(), r.offset(),
                r.text());
    }

    private static IndexedTrace open(TraceSource source, IndexProgress progress) throws Exception {
        IndexedTrace trace = Imports.service().openIndexed(source, ImportOptions.DEFAULT, null, progress);
        trace.result().get(60, TimeUnit.SECONDS);
        assertTrue(trace.index().complete());
        // the whole index was built from the bytes (in blocks of a few KiB: borders everywhere), and the import that
        // followed found every entry as it would have written it
        RecordIndexFile file = (RecordIndexFile) trace.index();
        assertEquals(null, file.structuralStop(), "the structural pass covered the whole trace");
        assertEquals(trace.index().size(), file.structuralRecords());
        assertEquals(0, file.corrections(), "entries of the structural pass the import found different");
        return trace;
    }

    /** Pages through everything, 200 at a time, and checks a few pages of other sizes anywhere against it. */
    private static List<IndexedRecord> assertPagesAreTheSequentialParse(RecordIndex index) throws IOException {
        List<IndexedRecord> all = new ArrayList<>();
        for (long first = 0; first < index.size(); first += 200) {
            all.addAll(index.page(first, 200));
        }
        assertEquals(expected.size(), index.size());
        List<String> paged = new ArrayList<>(all.stream().map(RecordIndexTest::describe).toList());
        paged.sort(null);
        assertEquals(expectedSorted, paged);
        for (int k = 0; k < all.size(); k++) {
            assertEquals(k, all.get(k).index());
        }
        Random random = new Random(11);
        for (int k = 0; k < 40; k++) {
            int first = random.nextInt(all.size());
            int count = 1 + random.nextInt(60);
            assertEquals(all.subList(first, Math.min(all.size(), first + count)), index.page(first, count),
                    "page(" + first + ", " + count + ")");
        }
        assertEquals(List.of(), index.page(all.size(), 10));
        return all;
    }

    @Test
    void pagesOfAFileAreTheSequentialParse() throws Exception {
        AtomicInteger completions = new AtomicInteger();
        AtomicLong lastCount = new AtomicLong();
        AtomicLong completeCount = new AtomicLong(-1);
        try (IndexedTrace trace = open(TraceSource.of(generated), (records, bytes, complete) -> {
            assertTrue(records >= lastCount.get(), "the index only grows");
            lastCount.set(records);
            if (complete) {
                completions.incrementAndGet();
                assertTrue(completeCount.compareAndSet(-1, records) || completeCount.get() == records,
                        "once complete, the count stays (the import that goes on tells how far it read)");
            } else {
                assertEquals(-1, completeCount.get(), "complete does not go back");
            }
        })) {
            List<IndexedRecord> all = assertPagesAreTheSequentialParse(trace.index());
            assertTrue(completions.get() >= 1);
            assertEquals(all.size(), lastCount.get());
            assertTrue(all.stream().filter(r -> r.text().startsWith("PASS")).allMatch(IndexedRecord::masked));
            assertLinesAndRecordsMap(trace.index(), all);
            assertFilters(trace.index(), all);
            try (var files = Files.list(spool)) {
                assertEquals(0, files.count(), "temporary files have no name in the spool directory");
            }
        }
    }

    @Test
    void pagesOfAGzipCopyAreTheSequentialParse() throws Exception {
        Path gz = dir.resolve("generated.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(generated, out);
        }
        try (IndexedTrace trace = open(TraceSource.of(gz), IndexProgress.NONE)) {
            assertPagesAreTheSequentialParse(trace.index());
        }
    }

    @Test
    void pagesOfTheSameTextThroughAFifoAreTheSequentialParse() throws Exception {
        Path fifo = TraceShapes.mkfifo(dir.resolve("generated.fifo"));
        Thread writer = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                Files.copy(generated, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        try (IndexedTrace trace = open(TraceSource.of(fifo), IndexProgress.NONE)) {
            assertPagesAreTheSequentialParse(trace.index());
        }
        writer.join(10_000);
    }

    private static void assertLinesAndRecordsMap(RecordIndex index, List<IndexedRecord> all) {
        for (IndexedRecord r : all) {
            assertEquals(new LineRange(r.firstLine(), r.lastLine()), index.lines(r.index()));
            long at = index.recordAt(r.firstLine());
            LineRange found = index.lines(at);
            assertTrue(found.first() <= r.firstLine() && r.firstLine() <= found.last(),
                    "line " + r.firstLine() + " -> record " + at + " " + found);
        }
        int noRecordLine = 1; // "Logging Started": no protocol record
        long next = index.recordAt(noRecordLine);
        assertEquals(all.stream().mapToInt(IndexedRecord::firstLine).filter(l -> l > noRecordLine).min().getAsInt(),
                index.lines(next).first(), "a line without record leads to the next record");
        assertEquals(-1, index.recordAt(Integer.MAX_VALUE));
    }

    private static void assertFilters(RecordIndex index, List<IndexedRecord> all) throws IOException {
        int session = all.get(all.size() / 2).session();
        assertFilter(index.filter(RecordFilter.ALL.withSession(session)), all.stream().filter(r -> r.session() == session).toList());
        assertFilter(index.filter(RecordFilter.ALL.withDirection(Direction.SERVER)),
                all.stream().filter(r -> r.direction() == Direction.SERVER).toList());
        assertFilter(index.filter(RecordFilter.ALL.withText("stat")),
                all.stream().filter(r -> r.text().toLowerCase(Locale.ROOT).contains("stat")).toList());
        List<IndexedRecord> none = new ArrayList<>();
        assertFilter(index.filter(RecordFilter.ALL.withText("Secret-")), none);
        assertFalse(all.stream().filter(r -> r.text().contains("STAT")).toList().isEmpty());
    }

    private static void assertFilter(RecordIndex.FilteredRecords kept, List<IndexedRecord> expectedRecords) throws IOException {
        try (kept) {
            assertEquals(expectedRecords.size(), kept.size());
            List<IndexedRecord> paged = new ArrayList<>();
            for (long first = 0; first < kept.size(); first += 50) {
                paged.addAll(kept.page(first, 50));
            }
            assertEquals(expectedRecords, paged);
        }
    }
}
