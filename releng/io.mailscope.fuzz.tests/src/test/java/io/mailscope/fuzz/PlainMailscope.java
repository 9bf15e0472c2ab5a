package io.mailscope.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.diagnosis.standalone.StandaloneDiagnosis;
import io.mailscope.headless.internal.MailscopeCli;
import io.mailscope.headless.internal.commands.DiagnoseCommand;
import io.mailscope.headless.internal.commands.ImportCommand;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.internal.formats.BuiltInFormats;
import io.mailscope.trace.source.TraceSource;

/**
 * The real import and diagnosis code and the real headless command line (picocli, {@link MailscopeCli}), wired
 * without OSGi: the built-in formats, the shipped catalog, and the rules {@link StandaloneDiagnosis} finds through
 * {@code ServiceLoader}. Only the wiring is here; nothing is stubbed.
 */
public final class PlainMailscope {

    /** What one command printed. */
    public record Run(int exit, String out, String err) {
        public String all() {
            return out + "\n" + err;
        }
    }

    /** A format that failed while importing (logged by the importer instead of ending the import). */
    public record FormatFailure(String format, String what, Throwable error) {
    }

    private static PlainMailscope instance;

    private final TraceImportService importer;
    private final StandaloneDiagnosis diagnosis;
    /** Formats that failed: a fuzz target fails on them. */
    public final List<FormatFailure> logged = new CopyOnWriteArrayList<>();

    private PlainMailscope() {
        CatalogService catalog;
        try {
            catalog = (CatalogService) Class.forName("io.mailscope.model.internal.catalog.CatalogServiceComponent")
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the catalog cannot be created outside OSGi", e);
        }
        TraceImporter traceImporter = new TraceImporter(BuiltInFormats.all(), v -> catalog.byValue(v).orElse(null),
                (format, what, error) -> logged.add(new FormatFailure(format.id(), what, error)));
        importer = new TraceImportService() {
            @Override
            public ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
                    throws IOException, TraceImportException {
                return traceImporter.importFile(file, options, listener, monitor);
            }

            @Override
            public ImportResult importSource(TraceSource source, ImportOptions options, TraceListener listener,
                    IProgressMonitor monitor) throws IOException, TraceImportException {
                return traceImporter.importSource(source, options, listener, monitor);
            }

            @Override
            public IndexedTrace openIndexed(TraceSource source, ImportOptions options, TraceListener listener,
                    IndexProgress progress) throws IOException {
                return traceImporter.openIndexed(source, options, listener, progress);
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
        diagnosis = StandaloneDiagnosis.create();
        if (diagnosis.rules().isEmpty()) {
            throw new IllegalStateException("no rule found through ServiceLoader: is io.mailscope.diagnosis on the class path?");
        }
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

    /** Runs {@code import …} or {@code diagnose …} through the headless command line. */
    public Run run(String... args) {
        List<Object> commands = List.of(new ImportCommand(() -> importer), new DiagnoseCommand(() -> diagnosis, () -> importer));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = MailscopeCli.run(commands, Arrays.asList(args), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
