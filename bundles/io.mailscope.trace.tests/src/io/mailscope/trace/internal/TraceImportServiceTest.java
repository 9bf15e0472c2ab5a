package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.internal.formats.BuiltInFormats;
import io.mailscope.trace.internal.registry.FormatRegistryReader;
import io.mailscope.trace.tests.Imports;

/**
 * The DS service with the extension registry: built-in and contributed formats, broken contributions logged
 * against their contributor and skipped (this bundle's plugin.xml contributes the stubs). Runs only in OSGi.
 */
class TraceImportServiceTest {

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

    @Test
    void formatsComeFromTheRegistry() {
        List<String> ids = Imports.service().formats().stream().map(TraceFormatInfo::id).toList();
        for (var builtIn : BuiltInFormats.all()) {
            assertTrue(ids.contains(builtIn.info().id()), builtIn.info().id() + " in " + ids);
        }
        assertTrue(ids.contains("io.mailscope.trace.tests.gateway"));
        assertEquals(1, ids.stream().filter("io.mailscope.trace.tests.gateway"::equals).count(), "duplicate ignored");
        TraceFormatInfo gateway = Imports.service().formats().stream().filter(f -> f.id().equals("io.mailscope.trace.tests.gateway"))
                .findFirst().orElseThrow();
        assertEquals("io.mailscope.trace.tests", gateway.contributor());
        assertEquals("Test gateway log", gateway.name());
        TraceFormatInfo legacy = Imports.service().formats().stream().filter(f -> f.id().equals("io.mailscope.trace.outlook.legacy"))
                .findFirst().orElseThrow();
        assertFalse(legacy.name().startsWith("%"), "names are translated from plugin.properties");
    }

    @Test
    void aContributedFormatIsDetectedWhileBrokenOnesAreSkipped() throws Exception {
        ImportResult result = Imports.service().importText("gw", "GATEWAY-LOG v1\n<< +OK hello\n>> STAT\n<< +OK 1 554\n",
                ImportOptions.DEFAULT, null);
        assertEquals("io.mailscope.trace.tests.gateway", result.format().formatId());
        assertEquals(List.of("+OK 1 554"), Imports.replies(Imports.exchange(result.trace(), "STAT")));
        ImportResult builtIn = Imports.importFile("captured/swaks_plain.txt");
        assertEquals("io.mailscope.trace.swaks", builtIn.format().formatId());
    }

    @Test
    void brokenContributionsAreLoggedAgainstTheirContributor() {
        // a fresh reader, so that the log entries are written while this test listens
        FormatRegistryReader reader = new FormatRegistryReader(ILog.of(TraceImportServiceTest.class));
        List<FormatRegistryReader.Descriptor> descriptors = reader.read(RegistryFactory.getRegistry());
        assertTrue(logged.stream().anyMatch(s -> s.getPlugin().equals("io.mailscope.trace.tests")
                && s.getMessage().contains("duplicate format id 'io.mailscope.trace.tests.gateway'")), logged.toString());
        assertTrue(logged.stream().anyMatch(s -> s.getPlugin().equals("io.mailscope.trace.tests")
                && s.getMessage().contains("format without id")), logged.toString());
        for (FormatRegistryReader.Descriptor d : descriptors) {
            boolean broken = d.info().id().endsWith("missingClass") || d.info().id().endsWith("wrongType");
            assertEquals(broken, d.format().isEmpty(), d.info().id());
        }
        assertTrue(logged.stream().anyMatch(s -> s.getPlugin().equals("io.mailscope.trace.tests")
                && s.getMessage().contains("io.mailscope.trace.tests.missingClass")), "missing class logged for the contributor: " + logged);
        assertTrue(logged.stream().anyMatch(s -> s.getPlugin().equals("io.mailscope.trace.tests")
                && s.getMessage().contains("io.mailscope.trace.tests.wrongType")), logged.toString());
    }

    @Test
    void aDetectorThatLoopsIsAbandonedAndReportedWhileTheImportGoesOn() throws Exception {
        ImportResult result = Imports.service().importText("loop", "LOOP-FOREVER\nS: +OK hello\nC: STAT\nS: +OK 1 554\n",
                ImportOptions.DEFAULT, null);
        assertEquals(List.of("+OK 1 554"), Imports.replies(Imports.exchange(result.trace(), "STAT")), result.candidates().toString());
        assertTrue(result.candidates().stream().noneMatch(c -> c.formatId().equals("io.mailscope.trace.tests.looping")));
        assertTrue(logged.stream().anyMatch(s -> s.getPlugin().equals("io.mailscope.trace.tests")
                && s.getMessage().contains("did not return within")), logged.toString());
    }

    @Test
    void aParserThatThrowsKeepsTheRestAsOtherLines() throws Exception {
        ImportResult result = Imports.service().importText("x", "line one\nline two\n",
                ImportOptions.DEFAULT.withFormatId("io.mailscope.trace.tests.throwing"), null);
        assertEquals(2, result.trace().getOtherLineCount());
        assertTrue(result.trace().getProblems().stream().anyMatch(p -> p.getMessage().contains("failed at line 1")));
    }

    @Test
    void aFormatThatCannotBeCreatedIsAClearError() {
        TraceImportException e = assertThrows(TraceImportException.class, () -> Imports.service().importText("x", "a\n",
                ImportOptions.DEFAULT.withFormatId("io.mailscope.trace.tests.missingClass"), null));
        assertTrue(e.getMessage().contains("cannot be loaded"), e.getMessage());
    }
}
