package io.mailscope.trace.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.internal.formats.LegacyLogEntries;
import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;
import io.mailscope.trace.spi.Span;

/**
 * Records the import counts instead of parsing them (routine runs, with an index the structural pass built from the
 * bytes) are checked against the pass's entries for what the count says of them — their session, their protocol, no
 * masked text, and that there are that many — and a disagreement is kept (the import fails with it: it cannot put
 * records it did not parse in their place). Parsed records after a counted run are compared with the entries after
 * it, so a count that is off shows as corrections. The entries are the structural pass's, of a small Outlook 2002 log:
 * records 0-2 in session 1, records 3-4 in session 2, record 4 masked (a password in clear).
 */
class CountedRecordsTest {

    @TempDir
    Path dir;

    private String log;

    private RecordIndexFile index(boolean cancelled) throws IOException {
        assertTrue(FastPath.enabled());
        String one = LegacyLogEntries.context(1);
        String two = LegacyLogEntries.context(2);
        log = LegacyLogEntries.T + " <<<< Logging Started (level is LTF_TRACE) >>>>\r\n"
                + LegacyLogEntries.logText(one, "POP3: Connected to host")
                + LegacyLogEntries.logText(one, "POP3: <rx> +OK POP3 server ready")
                + LegacyLogEntries.logText(one, "POP3: [tx] STAT")
                + LegacyLogEntries.logText(one, "POP3: <rx> +OK 0 0")
                + LegacyLogEntries.logText(one, "POP3: Disconnected from host") // the next context is a new connection
                + LegacyLogEntries.logText(two, "POP3: Connected to host")
                + LegacyLogEntries.logText(two, "POP3: <rx> +OK POP3 server ready")
                // a password in clear, made at run time: the pass masks it
                + LegacyLogEntries.logText(two, "POP3: [tx] PASS " + "example".toUpperCase() + 7);
        Path file = Files.writeString(dir.resolve("counted.log"), log, StandardCharsets.ISO_8859_1);
        RecordIndexFile index = new RecordIndexFile(dir, null);
        try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults())) {
            StructuralIndexing.build(input, index, () -> cancelled);
        }
        assertEquals(cancelled ? 0 : 5, index.size(), "records indexed from the bytes");
        return index;
    }

    /** @return record {@code i}'s span as the import reports it: its first line, where that line starts */
    private Span span(RecordIndexFile index, int i) {
        int line = index.lines(i).first();
        int offset = 0;
        for (int n = 1; n < line; n++) {
            offset = log.indexOf('\n', offset) + 1;
        }
        return new Span(line, index.lines(i).last(), offset, null);
    }

    @Test
    void countedRecordsThatAreThePassesEntriesAreTakenAsTheyAre() throws IOException {
        try (RecordIndexFile index = index(false)) {
            assertTrue(index.builtFromTheBytes());
            index.countedRecords(1, Protocol.POP3, 3);
            index.protocolRecord(span(index, 3), 2, Direction.SERVER, Protocol.POP3, null);
            assertNull(index.countedDisagreement());
            assertEquals(0, index.corrections(), "the parsed record after the counted ones is compared with its own entry");
        }
    }

    @Test
    void aCountInAnotherSessionOrProtocolOrOverAMaskedEntryIsADisagreement() throws IOException {
        try (RecordIndexFile index = index(false)) {
            index.countedRecords(1, Protocol.POP3, 4); // session 1 has three records
            assertNotNull(index.countedDisagreement());
            assertTrue(index.countedDisagreement().contains("record 3 (line 22)"), index.countedDisagreement());
        }
        try (RecordIndexFile index = index(false)) {
            index.countedRecords(1, Protocol.SMTP, 3);
            assertNotNull(index.countedDisagreement());
        }
        try (RecordIndexFile index = index(false)) {
            index.countedRecords(1, Protocol.POP3, 3);
            index.countedRecords(2, Protocol.POP3, 2); // the password line is masked: counted lines never are
            assertNotNull(index.countedDisagreement());
            assertTrue(index.countedDisagreement().contains("record 4"), index.countedDisagreement());
        }
    }

    @Test
    void moreCountedThanIndexedOrAnIndexThePassDidNotFinishIsADisagreement() throws IOException {
        try (RecordIndexFile index = index(false)) {
            index.countedRecords(1, Protocol.POP3, 3);
            index.countedRecords(2, Protocol.POP3, 3);
            assertNotNull(index.countedDisagreement());
            assertTrue(index.countedDisagreement().contains("holds only 5 records"), index.countedDisagreement());
        }
        try (RecordIndexFile index = index(true)) {
            assertFalse(index.builtFromTheBytes(), "the import parses every record when the pass stopped early");
            index.countedRecords(1, Protocol.POP3, 2);
            assertNotNull(index.countedDisagreement());
        }
    }

    @Test
    void aCountOffByOneShowsAsCorrectionsOfTheParsedRecordsAfterIt() throws IOException {
        try (RecordIndexFile index = index(false)) {
            index.countedRecords(1, Protocol.POP3, 2); // one record of session 1 left out of the count
            index.protocolRecord(span(index, 3), 2, Direction.SERVER, Protocol.POP3, null);
            assertNull(index.countedDisagreement());
            assertEquals(1, index.corrections(), "the parsed record was compared with the entry before its own");
        }
    }
}
