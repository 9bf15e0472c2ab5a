package io.mailscope.headless.internal.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.MailscopeApplication;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.RoutineExchangePolicy;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.tests.harness.Services;

/**
 * The large log the AOT training diagnoses must take the import's large-input path, or the cache holds nothing of it:
 * read on the parse thread (8 MiB and more), the model full after its first 2 000 sessions, and the later sessions'
 * routine runs matched by the byte triage and counted (their exchanges reach no {@code exchangeCompleted}); and the
 * bundled sample at its end must still be diagnosed as it is alone.
 */
class LegacyTrainingTraceTest {

    /** the import's parse-thread threshold (TraceImporter.PARSE_THREAD_MIN_BYTES) */
    private static final long PARSE_THREAD_MIN_BYTES = 8L << 20;
    /** the sessions the model keeps (ConversationBuilder.MAX_KEPT_SESSIONS) before routine ones are counted */
    private static final int KEPT_SESSIONS = 2_000;

    private Path trace;

    @BeforeEach
    void write() throws Exception {
        Path sample = Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(LegacyTrainingTraceTest.class)
                .getEntry("testfiles/outlook2002-pop3-0x800ccc97.log")).toURI());
        trace = LegacyTrainingTrace.write(sample);
    }

    @AfterEach
    void delete() throws Exception {
        Files.deleteIfExists(trace);
    }

    /** Counts what a listener that does not need routine exchanges receives (the rules' listener is one). */
    private static final class Counts implements TraceListener, RoutineExchangePolicy {
        int sessions;
        int exchangesEnded;
        int exchangesCompleted;

        @Override
        public boolean needsRoutineExchanges() {
            return false;
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            sessions++;
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            exchangesCompleted++;
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            exchangesEnded += end.exchanges();
        }
    }

    @Test
    void itTakesTheLargeInputPathOfTheImport() throws Exception {
        assertTrue(Files.size(trace) >= PARSE_THREAD_MIN_BYTES, "parsed on a thread of its own: " + Files.size(trace));
        Counts counts = new Counts();
        var result = Services.await(TraceImportService.class).importFile(trace, ImportOptions.DEFAULT, counts, null);
        assertEquals("io.mailscope.trace.outlook.legacy", result.format().formatId(), "detected as Outlook 2000-2002");
        assertTrue(counts.sessions > KEPT_SESSIONS + 500, "sessions beyond the model's bound: " + counts.sessions);
        // 7 exchanges a session (greeting, USER, PASS, STAT, UIDL, LIST, QUIT); nearly all sessions beyond the bound are
        // routine, a few have damaged lines (status entries run into the next entry) and are parsed
        int counted = counts.exchangesEnded - counts.exchangesCompleted;
        int routineExchanges = (counts.sessions - KEPT_SESSIONS) * 7;
        assertTrue(counted > routineExchanges * 9 / 10,
                "routine runs counted by the byte triage: " + counted + " of " + routineExchanges + " exchanges");
    }

    @Test
    void theSampleAtItsEndIsDiagnosed() {
        var out = new ByteArrayOutputStream();
        int exit = MailscopeApplication.run(List.of("diagnose", trace.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE_FOUND, exit, text);
        assertTrue(text.contains("DIAGNOSED 0x800CCC97"), text);
    }
}
