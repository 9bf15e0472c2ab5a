package io.mailscope.diagnosis.standalone;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.diagnosis.api.RuleProvider;
import io.mailscope.diagnosis.internal.EngineDiagnosisService;
import io.mailscope.diagnosis.internal.ProblemLog;
import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.internal.catalog.CatalogServiceComponent;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.BoundedPool;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Diagnosis without an OSGi framework: the core jars (model, trace, diagnosis and their EMF/Equinox-common
 * dependencies) on a plain classpath, the built-in trace formats, the shipped catalog, and the rules every
 * {@link RuleProvider} on the classpath offers ({@link ServiceLoader}). For embedding the diagnosis in a batch job
 * (one instance per worker process, {@link #close()} at the end). Rules contributed only through plugin.xml, and
 * catalog contributions, need the framework.
 * <p>
 * A {@link io.mailscope.diagnosis.api.DiagnosisService}. <b>Provider type.</b> Thread-safe: each call diagnoses
 * independently.
 */
public final class StandaloneDiagnosis extends EngineDiagnosisService implements AutoCloseable {

    private static final int WORKER_THREADS = 4;

    private final CatalogService catalog;
    private final TraceImporter importer;
    private final ExecutorService workers;
    private final ExecutorService detectors;
    private final List<RuleDescriptor> rules;
    private final Duration budget;
    private final ProblemLog log;

    private StandaloneDiagnosis(ClassLoader loader, Duration budget, ProblemLog log) {
        this.catalog = new CatalogServiceComponent();
        this.budget = budget;
        this.log = log;
        this.workers = BoundedPool.create("Mailscope diagnosis rules", WORKER_THREADS); //$NON-NLS-1$
        this.detectors = BoundedPool.create("Mailscope trace format detection", 2); //$NON-NLS-1$
        this.importer = new TraceImporter(BuiltInFormats.all(), value -> catalog.byValue(value).orElse(null),
                (format, what, error) -> log.log(true, format.contributor(), "format '" + format.id() + "' failed in " + what, error), //$NON-NLS-1$ //$NON-NLS-2$
                detectors);
        this.rules = discover(loader, log);
    }

    /** @return a diagnosis with the rules found by the {@link ServiceLoader} of this class's class loader */
    public static StandaloneDiagnosis create() {
        return create(StandaloneDiagnosis.class.getClassLoader(), RuleEngine.DEFAULT_BUDGET);
    }

    /**
     * @param loader where {@code META-INF/services/io.mailscope.diagnosis.api.RuleProvider} files are looked up
     * @param budget each rule's time budget per trace
     */
    public static StandaloneDiagnosis create(ClassLoader loader, Duration budget) {
        return new StandaloneDiagnosis(loader, budget, ProblemLog.stderr());
    }

    private static List<RuleDescriptor> discover(ClassLoader loader, ProblemLog log) {
        List<RuleDescriptor> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        var providers = ServiceLoader.load(RuleProvider.class, loader).iterator();
        while (true) {
            RuleProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                // a broken provider entry: the others still count
                log.log(true, "java.util.ServiceLoader", "a RuleProvider could not be loaded: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            List<RuleProvider.Contribution> offered;
            try {
                offered = provider.rules();
            } catch (RuntimeException | LinkageError e) {
                log.log(true, provider.getClass().getName(), "RuleProvider.rules() failed", e); //$NON-NLS-1$
                continue;
            }
            for (RuleProvider.Contribution c : offered) {
                if (c == null || c.info() == null || c.rule() == null || !ids.add(c.info().id())) {
                    log.log(true, provider.getClass().getName(), "invalid or duplicate rule contribution " + c, null); //$NON-NLS-1$
                    continue;
                }
                found.add(new RuleDescriptor.Supplied(c.info(), c.rule()));
            }
        }
        return List.copyOf(found);
    }

    @Override
    protected ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException {
        return importer.importFile(file, options, listener, monitor);
    }

    @Override
    protected RuleEngine newRun() {
        return new RuleEngine(rules, catalog, budget, workers, log);
    }

    @Override
    protected List<RuleDescriptor> ruleDescriptors() {
        return rules;
    }

    /** Ends the worker threads (waits up to two seconds for rules that are still running). */
    @Override
    public void close() {
        BoundedPool.shutdown(workers, 2_000);
        BoundedPool.shutdown(detectors, 1_000);
    }
}
