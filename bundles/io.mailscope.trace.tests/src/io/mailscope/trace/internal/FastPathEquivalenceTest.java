package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Trace;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Line;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.spi.Sample;
import io.mailscope.trace.spi.Span;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Large inputs are read and parsed on a second thread ({@link ParsePipeline}): for every test file, the model and
 * the listener calls must be exactly those of the single-threaded import; progress, cancellation and a failing
 * parser behave alike.
 */
class FastPathEquivalenceTest {

    private static TraceImporter importer(long parseThreadMinBytes) {
        return new TraceImporter(BuiltInFormats.all(), v -> null, (format, what, error) -> {
            throw new AssertionError(format.id() + " failed in " + what, error);
        }).parseThreadMinBytes(parseThreadMinBytes);
    }

    /** Records every listener call with the facts a diagnosis engine uses. */
    private static final class Recorder implements TraceListener {
        final List<String> calls = new ArrayList<>();
        final Thread importing = Thread.currentThread();
        boolean otherThread;

        private static String line(Line l) {
            return l == null ? "-" : l.firstLine() + "-" + l.lastLine() + "@" + l.offset() + " " + l.direction() + " " + l.text();
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            otherThread |= Thread.currentThread() != importing;
            calls.add("start " + session.id() + " " + session.protocol() + " " + session.contextId());
        }

        private void exchange(String kind, ExchangeRecord e) {
            otherThread |= Thread.currentThread() != importing;
            StringBuilder b = new StringBuilder(kind + " " + e.session().id() + " " + e.verb() + " " + e.complete() + " "
                    + line(e.command()));
            for (Line l : e.replies()) {
                b.append(" | ").append(line(l));
            }
            calls.add(b.toString());
        }

        @Override
        public void exchangeCompleted(ExchangeRecord e) {
            exchange("exchange", e);
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord e) {
            exchange("abandoned", e);
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            otherThread |= Thread.currentThread() != importing;
            calls.add("connection " + event.kind() + " " + event.firstLine() + " " + event.text());
        }

        @Override
        public void statusEvent(StatusRecord event) {
            otherThread |= Thread.currentThread() != importing;
            calls.add("status " + event.value() + " " + event.firstLine() + " " + event.text());
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            otherThread |= Thread.currentThread() != importing;
            calls.add("end " + end.session().host() + " " + end.exchanges() + " " + end.commandPending());
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            otherThread |= Thread.currentThread() != importing;
            calls.add("trace ended " + trace.sessions() + " " + trace.exchanges());
        }
    }

    private record Outcome(Trace trace, List<String> calls, String failure) {
    }

    private static Outcome run(long parseThreadMinBytes, Path file, ImportOptions options) throws IOException {
        Recorder recorder = new Recorder();
        try {
            ImportResult result = importer(parseThreadMinBytes).importFile(file, options, recorder, null);
            assertFalse(recorder.otherThread, "the listener is called on the importing thread only");
            return new Outcome(result.trace(), recorder.calls, null);
        } catch (TraceImportException e) {
            return new Outcome(null, recorder.calls, e.getMessage());
        }
    }

    @Test
    void pipelineImportsEveryTestFileExactlyAsTheSingleThreadedImport() throws IOException {
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

    private static Path bigFile(Path dir) throws IOException {
        Path file = dir.resolve("big.log");
        StringBuilder b = new StringBuilder("S: +OK ready\n");
        for (int i = 0; i < 200_000; i++) {
            b.append("C: NOOP\nS: +OK\n");
        }
        Files.writeString(file, b);
        return file;
    }

    @Test
    void pipelineReportsProgressAndCanBeCancelled(@TempDir Path dir) throws Exception {
        Path file = bigFile(dir);
        int[] work = { 0, 0 };
        importer(0).importFile(file, ImportOptions.DEFAULT, null, new NullProgressMonitor() {
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
        assertEquals(megabytes, work[1]);

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> importer(0).importFile(file, ImportOptions.DEFAULT, null, cancelled));
        // close() joins the parser thread before the import returns: no waiting needed
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("mailscope-import-parser")),
                "the parser thread ended");
    }

    /** A format whose parser fails at line 1000: the rest is kept as other lines, with a problem, on both paths. */
    @Test
    void aFailingParserIsHandledAlikeOnBothPaths(@TempDir Path dir) throws Exception {
        Path file = bigFile(dir);
        TraceFormat failing = new TraceFormat() {
            @Override
            public double confidence(Sample sample) {
                return 1;
            }

            @Override
            public TraceParser newParser() {
                return (line, sink) -> {
                    if (line.number() == 1000) {
                        throw new IllegalStateException("broken at 1000");
                    }
                    sink.accept(new TraceRecord.Other(Span.of(line), line.text()));
                };
            }
        };
        TraceImporter.FormatHandle handle = new TraceImporter.FormatHandle() {
            @Override
            public TraceFormatInfo info() {
                return new TraceFormatInfo("test.failing", "Failing", "", "test");
            }

            @Override
            public Optional<TraceFormat> format() {
                return Optional.of(failing);
            }
        };
        List<Trace> traces = new ArrayList<>();
        for (long min : new long[] { Long.MAX_VALUE, 0 }) {
            List<String> failures = new ArrayList<>();
            TraceImporter importer = new TraceImporter(List.of(handle), v -> null,
                    (format, what, error) -> failures.add(format.id() + " " + what + " " + error.getMessage()))
                    .parseThreadMinBytes(min);
            traces.add(importer.importFile(file, ImportOptions.DEFAULT, null, null).trace());
            assertEquals(List.of("test.failing parse line 1000 broken at 1000"), failures);
        }
        assertTrue(EcoreUtil.equals(traces.get(0), traces.get(1)));
        assertTrue(traces.get(1).getProblems().stream().anyMatch(p -> p.getLine() == 1000));
    }
}
