package io.mailscope.trace.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Gives tests the real import service: the DS service when the tests run in OSGi (Tycho surefire), else the same
 * importer built from the built-in formats and the shipped catalog (plain JUnit on a class path). Test files are
 * read from {@code testfiles/} relative to the bundle (the working directory of both runs).
 */
public final class Imports {

    private static TraceImportService service;

    private Imports() {
    }

    public static boolean inOsgi() {
        Bundle bundle = FrameworkUtil.getBundle(Imports.class);
        return bundle != null && bundle.getBundleContext() != null;
    }

    public static synchronized TraceImportService service() {
        if (service == null) {
            service = inOsgi() ? osgiService() : plainService();
        }
        return service;
    }

    private static TraceImportService osgiService() {
        var context = FrameworkUtil.getBundle(Imports.class).getBundleContext();
        ServiceTracker<TraceImportService, TraceImportService> tracker = new ServiceTracker<>(context,
                TraceImportService.class, null);
        tracker.open();
        try {
            TraceImportService s = tracker.waitForService(20_000);
            assertNotNull(s, "TraceImportService is registered by DS");
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TraceImportService plainService() {
        CatalogService catalog;
        try {
            catalog = (CatalogService) Class.forName("io.mailscope.model.internal.catalog.CatalogServiceComponent")
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> catalog.byValue(v).orElse(null),
                (format, what, error) -> {
                    throw new AssertionError(format.id() + " failed in " + what, error);
                });
        return new TraceImportService() {
            @Override
            public ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
                    throws IOException, TraceImportException {
                return importer.importFile(file, options, listener, monitor);
            }

            @Override
            public ImportResult importSource(io.mailscope.trace.source.TraceSource source, ImportOptions options,
                    TraceListener listener, IProgressMonitor monitor) throws IOException, TraceImportException {
                return importer.importSource(source, options, listener, monitor);
            }

            @Override
            public io.mailscope.trace.index.IndexedTrace openIndexed(io.mailscope.trace.source.TraceSource source,
                    ImportOptions options, TraceListener listener, io.mailscope.trace.index.IndexProgress progress)
                    throws IOException {
                return importer.openIndexed(source, options, listener, progress);
            }

            @Override
            public ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
                    throws TraceImportException {
                return importer.importText(name, text, options, listener);
            }

            @Override
            public List<TraceFormatInfo> formats() {
                return importer.formats();
            }
        };
    }

    public static Path file(String relative) {
        Path path = Path.of("testfiles").resolve(relative);
        assertTrue(Files.isRegularFile(path), path.toAbsolutePath() + " exists");
        return path;
    }

    public static ImportResult importFile(String relative) throws Exception {
        return service().importFile(file(relative), ImportOptions.DEFAULT, null, null);
    }

    public static ImportResult importText(String text) throws TraceImportException {
        return service().importText("pasted", text, ImportOptions.DEFAULT, null);
    }

    /** @return every string attribute value anywhere in the trace (to prove a secret is nowhere) */
    public static List<String> allStrings(Trace trace) {
        List<String> result = new ArrayList<>();
        collect(trace, result);
        trace.eAllContents().forEachRemaining(o -> collect(o, result));
        return result;
    }

    private static void collect(EObject object, List<String> into) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            Object value = object.eGet(attribute);
            if (value instanceof String s) {
                into.add(s);
            }
        }
    }

    /** @return all exchanges of all sessions, in session order */
    public static List<Exchange> exchanges(Trace trace) {
        List<Exchange> result = new ArrayList<>();
        for (Session s : trace.getSessions()) {
            result.addAll(s.getExchanges());
        }
        return result;
    }

    /** @return the first exchange with that verb */
    public static Exchange exchange(Trace trace, String verb) {
        return exchanges(trace).stream().filter(e -> verb.equals(e.getVerb())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verb + " exchange in " + describe(trace)));
    }

    /** @return reply line texts */
    public static List<String> replies(Exchange exchange) {
        return exchange.getReplyLines().stream().map(ProtocolLine::getText).toList();
    }

    /** @return "L12-13" style ranges of the reply lines */
    public static List<String> replyRanges(Exchange exchange) {
        return exchange.getReplyLines().stream().map(Imports::range).toList();
    }

    public static String range(ProtocolLine line) {
        return line.getFirstLine() == line.getLastLine() ? "L" + line.getFirstLine()
                : "L" + line.getFirstLine() + "-" + line.getLastLine();
    }

    /** @return the conversation as "VERB: reply | reply" lines, for failure messages */
    public static String describe(Trace trace) {
        StringBuilder b = new StringBuilder();
        for (Session s : trace.getSessions()) {
            b.append("session ").append(s.getProtocol()).append('\n');
            for (Exchange e : s.getExchanges()) {
                b.append("  ").append(e.getVerb()).append(e.getCommand() == null ? "" : " " + range(e.getCommand()))
                        .append(": ").append(String.join(" | ", replies(e))).append('\n');
            }
        }
        return b.toString();
    }
}
