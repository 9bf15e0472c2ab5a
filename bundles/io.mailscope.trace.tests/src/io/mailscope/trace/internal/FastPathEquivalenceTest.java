package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Large inputs are read ahead on a second thread: for every test file, the model and the listener calls must be
 * exactly those of the single-threaded import.
 */
class FastPathEquivalenceTest {

    private static TraceImporter importer(long prefetchMinBytes) {
        return new TraceImporter(BuiltInFormats.all(), v -> null, (format, what, error) -> {
            throw new AssertionError(format.id() + " failed in " + what, error);
        }).prefetchMinBytes(prefetchMinBytes);
    }

    /** Records every listener call with the facts a diagnosis engine uses. */
    private static final class Recorder implements TraceListener {
        final List<String> calls = new ArrayList<>();

        private static String line(ProtocolLine l) {
            return l == null ? "-" : l.getFirstLine() + "-" + l.getLastLine() + "@" + l.getOffset() + " " + l.getDirection() + " " + l.getText();
        }

        @Override
        public void sessionStarted(Session session) {
            calls.add("start " + session.getProtocol() + " " + session.getContextId());
        }

        @Override
        public void exchangeCompleted(Exchange e) {
            StringBuilder b = new StringBuilder("exchange " + e.getVerb() + " " + e.isComplete() + " " + line(e.getCommand()));
            for (ProtocolLine l : e.getReplyLines()) {
                b.append(" | ").append(line(l));
            }
            calls.add(b.toString());
        }

        @Override
        public void connectionEvent(Session session, ConnectionEvent event) {
            calls.add("connection " + event.getKind() + " " + event.getFirstLine() + " " + event.getText());
        }

        @Override
        public void statusEvent(StatusEvent event) {
            calls.add("status " + event.getValue() + " " + event.getFirstLine() + " " + event.getText());
        }

        @Override
        public void sessionEnded(Session session) {
            calls.add("end " + session.getHost() + " " + session.getExchangeCount());
        }

        @Override
        public void traceEnded(Trace trace) {
            calls.add("trace ended " + trace.getLineCount());
        }
    }

    private record Outcome(Trace trace, List<String> calls, String failure) {
    }

    private static Outcome run(long prefetchMinBytes, Path file, ImportOptions options) throws IOException {
        Recorder recorder = new Recorder();
        try {
            ImportResult result = importer(prefetchMinBytes).importFile(file, options, recorder, null);
            return new Outcome(result.trace(), recorder.calls, null);
        } catch (TraceImportException e) {
            return new Outcome(null, recorder.calls, e.getMessage());
        }
    }

    @Test
    void readAheadImportsEveryTestFileExactlyAsTheSingleThreadedImport() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testfiles"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty());
        int imported = 0;
        for (Path file : files) {
            for (ImportOptions options : List.of(ImportOptions.DEFAULT, new ImportOptions(null, true))) {
                Outcome single = run(Long.MAX_VALUE, file, options);
                Outcome ahead = run(0, file, options);
                assertEquals(single.failure(), ahead.failure(), file.toString());
                assertEquals(single.calls(), ahead.calls(), file.toString());
                if (single.trace() != null) {
                    imported++;
                    assertTrue(EcoreUtil.equals(single.trace(), ahead.trace()), file + ": same model");
                    assertEquals(single.trace().getByteCount(), ahead.trace().getByteCount(), file.toString());
                }
            }
        }
        assertTrue(imported > 20, "most test files import: " + imported);
    }
}
