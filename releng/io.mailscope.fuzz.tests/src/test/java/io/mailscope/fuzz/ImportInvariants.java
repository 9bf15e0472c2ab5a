package io.mailscope.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;

/**
 * What every import must satisfy, whatever the bytes: it ends (the fuzzer's timeout catches hangs), it throws nothing
 * but {@link TraceImportException} (unrecognised or binary input, reported with a message), no parser fails (a
 * failure is logged by the importer and collected by {@link PlainMailscope#logged}), and every event's source lines
 * lie within the input.
 */
final class ImportInvariants {

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("mailscope-fuzz", ".log");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportInvariants() {
    }

    /** Imports {@code data} as a file (so reading, decoding and binary detection are fuzzed too) and checks it. */
    static void importAndCheck(byte[] data, String formatId) {
        PlainMailscope mailscope = PlainMailscope.get();
        mailscope.logged.clear();
        ImportResult result;
        try {
            Files.write(FILE, data);
            result = mailscope.importer().importFile(FILE, new ImportOptions(formatId, data.length % 2 == 0), null, null);
        } catch (TraceImportException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an import error without a message", e);
            }
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!mailscope.logged.isEmpty()) {
            PlainMailscope.FormatFailure failure = mailscope.logged.get(0);
            throw new AssertionError("format " + failure.format() + " failed in " + failure.what(), failure.error());
        }
        checkLines(result.trace());
    }

    static void checkLines(Trace trace) {
        int max = Math.max(trace.getLineCount(), 1);
        List<TraceEvent> events = new ArrayList<>(trace.getOtherLines());
        events.addAll(trace.getStatusEvents());
        for (Session s : trace.getSessions()) {
            events.addAll(s.getConnectionEvents());
            for (Exchange e : s.getExchanges()) {
                if (e.getCommand() != null) {
                    events.add(e.getCommand());
                }
                for (ProtocolLine l : e.getReplyLines()) {
                    events.add(l);
                }
            }
        }
        for (TraceEvent e : events) {
            if (e.getFirstLine() < 1 || e.getLastLine() < e.getFirstLine() || e.getLastLine() > max) {
                throw new AssertionError("line range " + e.getFirstLine() + "-" + e.getLastLine() + " outside 1-" + max
                        + " for an event of " + e.eClass().getName());
            }
        }
    }
}
