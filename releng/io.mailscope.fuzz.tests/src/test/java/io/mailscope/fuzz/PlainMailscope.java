package io.mailscope.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.headless.internal.Command;
import io.mailscope.headless.internal.commands.DiagnoseCommand;
import io.mailscope.headless.internal.commands.ImportCommand;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Protocol;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.TraceReplay;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * The real import and diagnosis code and the real headless commands, wired without OSGi: the built-in formats, the
 * shipped catalog, and the built-in rules as {@code io.mailscope.diagnosis}'s plugin.xml declares them (read from the
 * bundle jar, as the extension registry would). Only the wiring is here; nothing is stubbed.
 */
public final class PlainMailscope {

    /** What one command printed. */
    public record Run(int exit, String out, String err) {
        public String all() {
            return out + "\n" + err;
        }
    }

    private static PlainMailscope instance;

    private final CatalogService catalog;
    private final TraceImportService importer;
    private final DiagnosisService diagnosis;
    /** Problems the core logged (a failing rule): a test fails on them. */
    public final List<IStatus> logged = new CopyOnWriteArrayList<>();

    private PlainMailscope() {
        try {
            catalog = (CatalogService) Class.forName("io.mailscope.model.internal.catalog.CatalogServiceComponent")
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the catalog cannot be created outside OSGi", e);
        }
        TraceImporter traceImporter = new TraceImporter(BuiltInFormats.all(), v -> catalog.byValue(v).orElse(null),
                (format, what, error) -> logged.add(new org.eclipse.core.runtime.Status(IStatus.ERROR, format.id(), what, error)));
        importer = new TraceImportService() {
            @Override
            public ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
                    throws IOException, TraceImportException {
                return traceImporter.importFile(file, options, listener, monitor);
            }

            @Override
            public ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
                    throws TraceImportException {
                return traceImporter.importText(name, text, options, listener);
            }

            @Override
            public List<TraceFormatInfo> formats() {
                return traceImporter.formats();
            }
        };
        diagnosis = new PlainDiagnosis(builtInRules(), catalog, importer, log(logged));
    }

    public static synchronized PlainMailscope get() {
        if (instance == null) {
            instance = new PlainMailscope();
        }
        return instance;
    }

    public TraceImportService importer() {
        return importer;
    }

    public DiagnosisService diagnosis() {
        return diagnosis;
    }

    /** Runs {@code import …} or {@code diagnose …} through the command classes of the headless application. */
    public Run run(String... args) {
        Command command = switch (args[0]) {
            case "import" -> new ImportCommand(() -> importer);
            case "diagnose" -> new DiagnoseCommand(() -> diagnosis);
            default -> throw new IllegalArgumentException(args[0]);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = command.run(Arrays.asList(args).subList(1, args.length), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The javaRule declarations of io.mailscope.diagnosis's plugin.xml, each instantiated like the registry does. */
    private static List<RuleDescriptor> builtInRules() {
        List<RuleDescriptor> rules = new ArrayList<>();
        try (InputStream in = pluginXml("io.mailscope.diagnosis").openStream()) {
            NodeList javaRules = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("javaRule");
            for (int i = 0; i < javaRules.getLength(); i++) {
                Element e = (Element) javaRules.item(i);
                Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
                for (String p : e.getAttribute("protocols").split(",")) {
                    if (!p.isBlank() && !p.equals("*")) {
                        protocols.add(Protocol.valueOf(p.strip()));
                    }
                }
                RuleInfo info = new RuleInfo(e.getAttribute("id"), e.getAttribute("name"), protocols,
                        CauseCategory.get(e.getAttribute("category")), "io.mailscope.diagnosis", RuleInfo.Kind.JAVA);
                DiagnosisRule rule = (DiagnosisRule) Class.forName(e.getAttribute("class")).getConstructor().newInstance();
                rules.add(new RuleDescriptor.Programmatic(info, rule));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("built-in rules cannot be read", e);
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException("no javaRule found in io.mailscope.diagnosis's plugin.xml");
        }
        return List.copyOf(rules);
    }

    /** @return the plugin.xml of the bundle whose jar (or classes folder) is named after {@code bundle} */
    private static java.net.URL pluginXml(String bundle) throws IOException {
        var urls = RuleEngine.class.getClassLoader().getResources("plugin.xml");
        while (urls.hasMoreElements()) {
            java.net.URL url = urls.nextElement();
            if (url.toString().contains(bundle + "/") || url.toString().contains(bundle + "-")) {
                return url;
            }
        }
        throw new IllegalStateException("plugin.xml of " + bundle + " is not on the class path");
    }

    private static ILog log(List<IStatus> into) {
        return new ILog() {
            @Override
            public void log(IStatus status) {
                into.add(status);
            }

            @Override
            public Bundle getBundle() {
                return null;
            }

            @Override
            public void addLogListener(ILogListener listener) {
                // nothing dispatches log events outside OSGi
            }

            @Override
            public void removeLogListener(ILogListener listener) {
                // nothing dispatches log events outside OSGi
            }
        };
    }

    /** The diagnosis service as DiagnosisServiceComponent wires it, with the rules given. */
    private record PlainDiagnosis(List<RuleDescriptor> descriptors, CatalogService catalog, TraceImportService importer, ILog log)
            implements DiagnosisService {

        @Override
        public FileDiagnosis diagnose(Path file, ImportOptions options, IProgressMonitor monitor)
                throws IOException, TraceImportException {
            RuleEngine run = newRun();
            ImportResult imported = importer.importFile(file, options, run, monitor);
            return new FileDiagnosis(imported, run.finish(imported.trace()));
        }

        @Override
        public Diagnosis diagnose(Trace trace) {
            RuleEngine run = newRun();
            TraceReplay.replay(trace, run);
            return run.finish(trace);
        }

        @Override
        public DiagnosisRun start() {
            return newRun();
        }

        private RuleEngine newRun() {
            return new RuleEngine(descriptors, catalog, Duration.ofSeconds(10), log);
        }

        @Override
        public List<RuleInfo> rules() {
            return descriptors.stream().map(RuleDescriptor::info).toList();
        }
    }
}
