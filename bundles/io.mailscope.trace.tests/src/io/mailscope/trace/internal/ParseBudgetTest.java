package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/**
 * A contributed parser that loops or blocks on one line (this bundle's plugin.xml contributes both) is abandoned
 * after the parse budget (1.5 s in this test run, see build.properties): the import returns with what was read
 * before, a problem in the trace, an Error Log entry under the contributing bundle's id, and no thread left behind.
 */
class ParseBudgetTest {

    private static final String TEST_BUNDLE = "io.mailscope.trace.tests";
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listen() {
        assumeTrue(Imports.inOsgi(), "needs the OSGi runtime and the extension registry");
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stop() {
        if (Imports.inOsgi()) {
            Platform.removeLogListener(listener);
        }
    }

    private static int parserThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("mailscope-import-parser"))
                .count();
    }

    @ParameterizedTest
    @ValueSource(strings = { "LOOP:loopingParser", "BLOCK:blockingParser" })
    void aStuckParserIsAbandonedWithinItsBudgetAndWhatWasReadIsKept(String stub) throws Exception {
        String line = stub.substring(0, stub.indexOf(':'));
        String format = "io.mailscope.trace.tests." + stub.substring(stub.indexOf(':') + 1);
        int threadsBefore = parserThreads();
        long start = System.nanoTime();
        ImportResult result = Imports.service().importText("stuck", "S: +OK hello\nC: STAT\nS: +OK 1 554\n" + line + "\nC: QUIT\nS: +OK bye\n",
                ImportOptions.DEFAULT.withFormatId(format), null);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        long budget = TraceImporter.DEFAULT_PARSE_BUDGET.toMillis();
        assertTrue(millis < budget + 2_500, "abandoned after its budget of " + budget + " ms, took " + millis + " ms");
        assertEquals(List.of("+OK 1 554"), Imports.replies(Imports.exchange(result.trace(), "STAT")), "what was read before is kept");
        assertTrue(result.trace().getSessions().get(0).getExchanges().stream().noneMatch(e -> "QUIT".equals(e.getVerb())),
                "nothing after the stuck line is imported");
        assertTrue(result.trace().getProblems().stream().anyMatch(p -> p.getLine() == 4 && p.getMessage().contains("bundle " + TEST_BUNDLE)
                && p.getMessage().contains("did not return within " + budget + " ms at line 4")), result.trace().getProblems().toString());
        assertTrue(logged.stream().anyMatch(s -> s.getPlugin().equals(TEST_BUNDLE) && s.getMessage().contains(format)
                && s.getMessage().contains("abandoned")), "Error Log entry with the contributor's id: " + logged);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (parserThreads() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(threadsBefore, parserThreads(), "the abandoned parser's thread ended");
    }
}
