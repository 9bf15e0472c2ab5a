package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.headless.internal.CommandLineTest.Run;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeCli;
import io.mailscope.headless.internal.OsgiServices;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.source.TraceSource;

/**
 * {@code import --keep-all --summary} over a trace too large to keep whole, between two small ones: the command
 * warns, imports the large one with the bounded model, and prints all three summaries with exit 0 — instead of
 * printing only the first file's summary and ending on an out-of-memory error (issue: hostile input, 3).
 */
class KeepAllDegradeTest {

    private static final Path SEED = Path.of("testfiles/outlook2002-pop3-0x800ccc97.log");
    private static final Pattern EXCHANGES = Pattern.compile("exchanges (\\d+) \\(kept (\\d+)\\)"); //$NON-NLS-1$

    /** A day's log of a customer whose client retried all day: the seed session 3 000 times (27 MB, 24 000 exchanges: more than the bounded model keeps). */
    private static Path retriedAllDay(Path folder) throws IOException {
        byte[] seed = Files.readAllBytes(SEED);
        Path log = folder.resolve("retried-all-day.log");
        try (OutputStream out = Files.newOutputStream(log)) {
            for (int i = 0; i < 3_000; i++) {
                out.write(seed);
            }
        }
        return log;
    }

    private static Run run(ImportCommand command, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = MailscopeCli.run(List.of(command), List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileTooLargeForTheHeapIsImportedBoundedAndTheFilesAroundItAreReported(@TempDir Path folder) throws IOException {
        Path large = retriedAllDay(folder);
        long heap = 16L * 1024 * 1024; // --keep-all then allows 4 MB; the large file is 27 MB
        ImportCommand command = new ImportCommand(() -> OsgiServices.get(TraceImportService.class), () -> heap);
        Run r = run(command, "import", "--keep-all", "--summary", "testfiles/swaks_tls.txt", large.toString(), "testfiles/py1.txt");

        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.err().contains(large + ": warning: too large to keep every exchange (--keep-all) in 16 MB of heap"), r.err());
        assertTrue(r.out().contains("testfiles/swaks_tls.txt: "), r.out());
        assertTrue(r.out().contains(large + ": Outlook troubleshooting log (Outlook 2000-2002)"), r.out());
        assertTrue(r.out().contains("testfiles/py1.txt: "), r.out());
        assertBoundedAndCounted(r.out());
    }

    @Test
    void runningOutOfMemoryWhileKeepingEverythingImportsAgainBounded(@TempDir Path folder) throws IOException {
        Path large = retriedAllDay(folder);
        ImportCommand command = new ImportCommand(OutOfMemoryKeepingEverything::new, () -> Long.MAX_VALUE);
        Run r = run(command, "import", "--keep-all", "--summary", "testfiles/swaks_tls.txt", large.toString(), "testfiles/py1.txt");

        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.err().contains(large + ": warning: out of memory keeping every exchange (--keep-all"), r.err());
        assertTrue(r.err().contains("imported again with the bounded model"), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        assertTrue(r.out().contains("testfiles/swaks_tls.txt: ") && r.out().contains("testfiles/py1.txt: "), r.out());
        assertBoundedAndCounted(r.out());
    }

    /** The large file's summary counts every exchange of its 3 000 sessions but keeps only the bounded share. */
    private static void assertBoundedAndCounted(String out) {
        Matcher m = EXCHANGES.matcher(out.substring(out.indexOf("retried-all-day.log")));
        assertTrue(m.find(), out);
        long exchanges = Long.parseLong(m.group(1));
        long kept = Long.parseLong(m.group(2));
        assertTrue(exchanges > 20_000, "every exchange counted: " + exchanges);
        assertTrue(kept < exchanges, "bounded model keeps fewer than all: kept " + kept + " of " + exchanges);
    }

    /**
     * The real import service, except that keeping every exchange of a file runs out of memory, as it does on a 1 GB
     * trace: fault injection for the one thing the command must survive, the import itself is the real one.
     */
    private static final class OutOfMemoryKeepingEverything implements TraceImportService {

        private final TraceImportService real = OsgiServices.get(TraceImportService.class);

        @Override
        public ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
                throws IOException, TraceImportException {
            return real.importFile(file, options, listener, monitor);
        }

        @Override
        public ImportResult importSource(TraceSource source, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
                throws IOException, TraceImportException {
            if (options.keepAllExchanges() && source.name().contains("retried-all-day")) {
                throw new OutOfMemoryError("Java heap space"); //$NON-NLS-1$
            }
            return real.importSource(source, options, listener, monitor);
        }

        @Override
        public IndexedTrace openIndexed(TraceSource source, ImportOptions options, TraceListener listener, IndexProgress progress)
                throws IOException {
            return real.openIndexed(source, options, listener, progress);
        }

        @Override
        public ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
                throws TraceImportException {
            return real.importText(name, text, options, listener);
        }

        @Override
        public List<TraceFormatInfo> formats() {
            return real.formats();
        }
    }
}
