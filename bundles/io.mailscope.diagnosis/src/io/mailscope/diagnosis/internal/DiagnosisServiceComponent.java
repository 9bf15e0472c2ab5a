package io.mailscope.diagnosis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.settings.MailscopeSettings;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.BoundedPool;

/**
 * The diagnosis service (DS). Rules come from the {@code io.mailscope.diagnosis.rules} extension point; each rule's
 * time budget per trace is the component property {@code ruleBudgetMillis} (default 10 000). Rules run on a
 * bounded pool owned by this component and shut down when it deactivates. The engine itself needs no framework:
 * DS and the registry only find and wire it (see {@code StandaloneDiagnosis} for a plain classpath).
 */
@Component(service = DiagnosisService.class)
public final class DiagnosisServiceComponent extends EngineDiagnosisService {

    /** Component configuration. */
    public @interface Config {
        /** Time one rule may spend on one trace, summed over all its callbacks, before it is abandoned. */
        long ruleBudgetMillis() default 10_000;
    }

    /** System property that overrides {@link Config#ruleBudgetMillis()} (used by tests to keep a looping rule short). */
    public static final String BUDGET_PROPERTY = "io.mailscope.diagnosis.ruleBudgetMillis"; //$NON-NLS-1$

    /** Diagnoses that may run at once (each uses one worker at a time, and another after abandoning a rule). */
    static final int WORKER_THREADS = 8;

    private final ILog log = ILog.of(DiagnosisServiceComponent.class);
    private final ExecutorService workers;
    @Reference
    private CatalogService catalog;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TraceImportService importer;
    private RuleRegistry registry;
    private Duration budget = RuleEngine.DEFAULT_BUDGET;

    public DiagnosisServiceComponent() {
        this.workers = BoundedPool.create("Mailscope diagnosis rules", WORKER_THREADS); //$NON-NLS-1$
    }

    /** For tests and tools outside DS; call {@link #deactivate()} to end its worker pool. */
    public DiagnosisServiceComponent(CatalogService catalog, TraceImportService importer, RuleRegistry registry, Duration budget) {
        this();
        this.catalog = catalog;
        this.importer = importer;
        this.registry = registry;
        this.budget = budget;
    }

    @Activate
    void activate(Config config) {
        budget = Duration.ofMillis(Math.max(1, Long.getLong(BUDGET_PROPERTY, config.ruleBudgetMillis())));
        registry = new RuleRegistry(RegistryFactory.getRegistry(), log);
    }

    @Deactivate
    public void deactivate() {
        if (registry != null) {
            registry.dispose();
        }
        if (!BoundedPool.shutdown(workers, 2_000)) {
            log.warn("diagnosis rules that ignore interruption still hold worker threads after the service stopped"); //$NON-NLS-1$
        }
    }

    @Override
    protected ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException {
        TraceImportService service = importer;
        if (service == null) {
            throw new IllegalStateException("no TraceImportService is available: is io.mailscope.trace installed and started?"); //$NON-NLS-1$
        }
        // "keep every exchange" in the settings applies to every diagnosis of a file; a caller may ask for it too
        ImportOptions effective = settings().keepAllExchanges()
                ? new ImportOptions(options.formatId(), true, options.noDataTimeout())
                : options;
        return service.importFile(file, effective, listener, monitor);
    }

    /**
     * A run with the rules the engineer has not turned off. The settings file is read for every run, so a rule turned
     * off in the workbench's preferences is off for the next trace, in the workbench and in {@code ./mailscope diagnose}.
     *
     * @throws IllegalStateException when the settings file exists but cannot be read: running rules the engineer turned
     *             off would give findings they do not expect
     */
    @Override
    protected RuleEngine newRun() {
        MailscopeSettings settings = settings();
        List<RuleDescriptor> enabled = registry.rules().stream().filter(rule -> settings.isEnabled(rule.info().id())).toList();
        return new RuleEngine(enabled, catalog, budget, workers, ProblemLog.of(log));
    }

    private static MailscopeSettings settings() {
        try {
            return MailscopeSettings.load();
        } catch (IOException e) {
            throw new IllegalStateException("the Mailscope settings cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    @Override
    protected List<RuleDescriptor> ruleDescriptors() {
        return registry.rules();
    }
}
