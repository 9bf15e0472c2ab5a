package io.mailscope.trace.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Direction;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.tests.Imports;

/**
 * The rows the trace editor pages from the record index against the rows of the full import (every exchange kept), on
 * the seed 0x800CCC97 log repeated 40 times, each with its own password, (more rows than fit in one page, so pages are re-read and evicted): the
 * same protocol rows with the same source lines, the same row for a source line, the same filter results.
 */
class IndexedTraceRowsTest {

    private static final int COPIES = 40;
    @TempDir
    static Path dir;
    private static Path generated;
    private static ModelTraceRows model;
    private static IndexedTraceRows indexed;
    private static final AtomicInteger growthCalls = new AtomicInteger();
    private static final AtomicBoolean toldComplete = new AtomicBoolean();
    private static String previousSpoolDir;

    @BeforeAll
    static void open() throws Exception {
        previousSpoolDir = System.getProperty("mailscope.spool.dir");
        System.setProperty("mailscope.spool.dir", Files.createDirectories(dir.resolve("spool")).toString());
        String seed = Files.readString(Imports.file("outlook2002-pop3-0x800ccc97.log"), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < COPIES; k++) {
            text.append(seed.replace("PASS ********", "PASS Secret-" + k + "!"));
        }
        generated = Files.writeString(dir.resolve("generated.log"), text);
        ImportResult full = Imports.service().importFile(generated, new ImportOptions(null, true), null, null);
        model = ModelTraceRows.of(full.trace());
        indexed = IndexedTraceRows.open(Imports.service(), TraceSource.of(generated), ImportOptions.DEFAULT, null, (rows, complete) -> {
            growthCalls.incrementAndGet();
            if (complete) {
                toldComplete.set(true);
            }
        });
        indexed.trace().result().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void close() throws Exception {
        indexed.close();
        try (Stream<Path> left = Files.list(dir.resolve("spool"))) {
            assertEquals(List.of(), left.toList(), "closing deletes the index's temporary files");
        }
        if (previousSpoolDir == null) {
            System.clearProperty("mailscope.spool.dir");
        } else {
            System.setProperty("mailscope.spool.dir", previousSpoolDir);
        }
    }

    private static String describe(TraceRow r) {
        return r.session() + " " + r.direction() + " " + r.lineRange() + " " + r.time() + " " + r.masked() + " " + r.text();
    }

    private static List<String> protocolRows(TraceRows rows) {
        List<TraceRow> list = new ArrayList<>(rows.page(0, rows.size()).stream()
                .filter(r -> r.kind() == RowKind.COMMAND || r.kind() == RowKind.REPLY).toList());
        list.sort(Comparator.comparingInt(TraceRow::firstLine).thenComparing(TraceRow::text));
        return list.stream().map(IndexedTraceRowsTest::describe).toList();
    }

    @Test
    void pagesTheSameProtocolRowsAsTheFullImport() {
        List<String> expected = protocolRows(model);
        assertTrue(expected.size() > 2 * IndexedTraceRows.PAGE_ROWS, expected.size() + " rows");
        assertTrue(indexed.complete());
        assertEquals(expected.size(), indexed.size());
        assertEquals(expected, protocolRows(indexed));
        // read backwards, page by page out of order: the same rows again
        for (int i = indexed.size() - 1; i >= 0; i -= 97) {
            TraceRow r = indexed.row(i);
            assertEquals(i, r.index());
            assertTrue(expected.contains(describe(r)), describe(r));
        }
    }

    @Test
    void toldAsTheIndexGrewAndOnceAtTheEnd() {
        assertTrue(growthCalls.get() >= 1);
        assertTrue(toldComplete.get());
    }

    @Test
    void aSourceLineLeadsToTheRowReadFromIt() {
        for (int p = 0; p < model.size(); p += 7) {
            TraceRow expected = model.row(p);
            if (expected.kind() != RowKind.COMMAND && expected.kind() != RowKind.REPLY) {
                continue;
            }
            TraceRow found = indexed.row(indexed.positionOfLine(expected.firstLine()));
            assertTrue(found.covers(expected.firstLine()), "line " + expected.firstLine() + " -> " + describe(found));
            assertEquals(describe(expected), describe(found));
        }
        assertEquals(indexed.size() - 1, indexed.positionOfLine(Integer.MAX_VALUE));
    }

    @Test
    void evidenceLinesSelectTheSameRows() {
        TraceRow stat = model.page(0, model.size()).stream().filter(r -> r.text().equals("STAT")).reduce((a, b) -> b).orElseThrow();
        int first = stat.firstLine() - 3;
        int last = stat.lastLine() + 3;
        List<String> expected = protocolRows(positions(model, model.positionsCovering(first, last)));
        List<String> found = protocolRows(positions(indexed, indexed.positionsCovering(first, last)));
        assertFalse(expected.isEmpty());
        assertEquals(expected, found);
    }

    private static TraceRows positions(TraceRows rows, int[] positions) {
        List<TraceRow> picked = java.util.stream.IntStream.of(positions).mapToObj(rows::row).toList();
        return new TraceRows() {
            @Override
            public int size() {
                return picked.size();
            }

            @Override
            public TraceRow row(int position) {
                return picked.get(position);
            }

            @Override
            public int positionOfLine(int line) {
                return -1;
            }

            @Override
            public TraceRows filter(RowQuery query) {
                return this;
            }
        };
    }

    @Test
    void filtersKeepTheSameRows() {
        for (RowQuery query : List.of(RowQuery.ALL.withText("uidl"), RowQuery.ALL.withDirection(Direction.CLIENT),
                RowQuery.ALL.withSession(2), RowQuery.ALL.withText("+ok").withDirection(Direction.SERVER).withSession(1))) {
            TraceRows expected = model.filter(query);
            TraceRows found = indexed.filter(query);
            assertFalse(protocolRows(expected).isEmpty(), query.toString());
            assertEquals(protocolRows(expected), protocolRows(found), query.toString());
            int line = found.row(found.size() / 2).firstLine();
            assertTrue(found.row(found.positionOfLine(line)).covers(line));
            indexed.release(found);
        }
    }

    @Test
    void aStreamedFilterHandsOverItsViewBeforeItRunsAndEndsWithTheSameRows() {
        RowQuery query = RowQuery.ALL.withText("uidl");
        List<Integer> sizeWhenStarted = new ArrayList<>();
        List<TraceRows> handedOver = new ArrayList<>();
        TraceRows found = indexed.filter(query, view -> {
            handedOver.add(view);
            sizeWhenStarted.add(view.size());
        }, () -> false);
        assertEquals(List.of(found), handedOver, "the view handed over is the one that grows");
        assertEquals(List.of(0), sizeWhenStarted, "handed over before the first record was looked at");
        assertEquals(protocolRows(model.filter(query)), protocolRows(found));
        indexed.release(found);
    }

    @Test
    void aCancelledFilterStopsAndKeepsWhatItFound() {
        TraceRows found = indexed.filter(RowQuery.ALL.withDirection(Direction.CLIENT), view -> {
            // shown while it grows
        }, () -> true);
        assertEquals(0, found.size(), "cancelled before the first record");
        indexed.release(found);
        // and the unfiltered rows are handed over as they are
        List<TraceRows> all = new ArrayList<>();
        assertTrue(indexed.filter(RowQuery.ALL, all::add, () -> false) == indexed);
        assertEquals(List.of(indexed), all);
    }
}
