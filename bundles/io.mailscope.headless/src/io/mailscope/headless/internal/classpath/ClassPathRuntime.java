package io.mailscope.headless.internal.classpath;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.osgi.framework.Bundle;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.internal.DiagnosisServiceComponent;
import io.mailscope.diagnosis.internal.RuleEngine;
import io.mailscope.diagnosis.internal.RuleRegistry;
import io.mailscope.headless.internal.CommandRuntime;
import io.mailscope.model.Catalog;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.internal.catalog.CatalogResources;
import io.mailscope.model.internal.catalog.CatalogServiceComponent;
import io.mailscope.model.internal.catalog.CatalogServiceComponent.BuiltInCatalog;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.internal.TraceImportComponent;

/**
 * The commands' runtime on a plain class path, without the OSGi framework: what lets {@code ./mailscope code},
 * {@code diagnose}, {@code import}, {@code help} and {@code --version} answer in a fraction of the framework's
 * start-up time.
 * <p>
 * Nothing is re-implemented: the bundle jars on the class path are read as the framework would read them (symbolic
 * name, version, {@code plugin.xml} with its translations) into an Equinox extension registry, which becomes the
 * default registry ({@link RegistryFactory#getRegistry()}); the services are the same DS component classes, wired
 * by their constructors instead of by DS. So the catalog, the trace formats and the rules are those the bundles
 * contribute, exactly as in the framework. The launcher puts only the product's own headless bundles on the class
 * path and starts the framework instead whenever the installation differs from what the build produced (a team
 * installed rule plug-ins, say): plug-ins may depend on the framework (their own class space, DS, activators).
 * <p>
 * Not provided: the live session and test server services ({@code probe}, {@code testserver}), which the launcher
 * always starts in the framework.
 */
public final class ClassPathRuntime implements CommandRuntime {

    /** The bundles of the class path by jar, for {@link #bundleOf(Class)}; set once by {@link #start()}. */
    private static volatile Map<Path, ClassPathBundle> bundlesByJar = Map.of();

    private final Map<String, ClassPathBundle> bundles;
    private final CatalogService catalog;
    private final TraceImportService importer;
    private final DiagnosisService diagnosis;

    private ClassPathRuntime(Map<String, ClassPathBundle> bundles, IExtensionRegistry registry, BuiltInCatalog builtInCatalog) {
        // the components get their logs through ILog.of(Class), which needs bundleOf (ClassPathFrameworkUtilHelper)
        this.bundles = bundles;
        this.catalog = new CatalogServiceComponent(builtInCatalog);
        this.importer = new TraceImportComponent(catalog);
        Duration budget = Duration.ofMillis(
                Math.max(1, Long.getLong(DiagnosisServiceComponent.BUDGET_PROPERTY, RuleEngine.DEFAULT_BUDGET.toMillis())));
        this.diagnosis = new DiagnosisServiceComponent(catalog, importer,
                new RuleRegistry(registry, ILog.of(DiagnosisServiceComponent.class)), budget);
    }

    /**
     * Reads the bundles of this process's class path into an extension registry and makes it the default registry.
     *
     * @throws IOException if a jar on the class path cannot be read
     * @throws IllegalStateException if a default registry exists already (this runtime is created once per process)
     */
    public static ClassPathRuntime start() throws IOException {
        return start(false);
    }

    /**
     * {@link #start()}, and with {@code loadCatalogAhead} the shipped catalog is loaded on a thread of its own while
     * this one reads the bundles and the extension registry: the two are independent, and each takes about as long as
     * the other (the EMF packages' set-up, the catalog's XMI; the manifests and plugin.xml files). The catalog service
     * waits for it on first use, merges the registry's contributions into it, and loads it again if it could not be
     * loaded ahead.
     */
    public static ClassPathRuntime start(boolean loadCatalogAhead) throws IOException {
        CompletableFuture<Void> bundlesRead = new CompletableFuture<>();
        BuiltInCatalog builtInCatalog = loadCatalogAhead ? loadedAhead(bundlesRead) : CatalogResources::loadBuiltIn;
        Map<String, ClassPathBundle> bundles = new LinkedHashMap<>();
        try {
            Map<Path, ClassPathBundle> byJar = new LinkedHashMap<>();
            for (Path jar : classPath()) {
                Optional<BundleJar> read = BundleJar.read(jar);
                if (read.isPresent() && !bundles.containsKey(read.get().id())) {
                    ClassPathBundle bundle = new ClassPathBundle(bundles.size() + 1, read.get());
                    bundles.put(bundle.getSymbolicName(), bundle);
                    byJar.put(jar.toAbsolutePath().normalize(), bundle);
                }
            }
            bundlesByJar = Map.copyOf(byJar);
        } finally {
            bundlesRead.complete(null);
        }
        IExtensionRegistry registry = registry(bundles.values());
        try {
            RegistryFactory.setDefaultRegistryProvider(() -> registry);
        } catch (CoreException e) {
            throw new IllegalStateException("an extension registry exists already: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return new ClassPathRuntime(bundles, registry, builtInCatalog);
    }

    /**
     * @return the shipped catalog as loaded by a thread started now, the first time; loaded again on later calls
     *         (after a failure: the catalog service asks again on its next use) and when loading ahead failed, which
     *         meets and reports the problem as without loading ahead
     */
    private static BuiltInCatalog loadedAhead(CompletableFuture<Void> bundlesRead) {
        CompletableFuture<Catalog> ahead = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("mailscope-catalog").start(() -> { //$NON-NLS-1$
            try {
                // EMF's factories create date formats when they are first used (EFactoryImpl); the JDK's calendar and
                // locale data behind them (a third of EMF's set-up) need nothing of the bundles: set up meanwhile
                new SimpleDateFormat();
                // EMF asks FrameworkUtil.getBundle once, when its classes are initialized (EMFPlugin.IS_OSGI_RUNNING),
                // and has to get the answer it got when it was first used after the bundles had been read
                bundlesRead.join();
                ahead.complete(CatalogResources.loadBuiltIn());
            } catch (IOException | RuntimeException | Error e) {
                // an error too (a class that cannot be linked, say): the command's thread must not wait for it forever
                ahead.completeExceptionally(e);
            }
        });
        AtomicBoolean taken = new AtomicBoolean();
        return () -> {
            if (!taken.getAndSet(true)) {
                try {
                    return ahead.join();
                } catch (CompletionException e) {
                    // loaded again below: the same problem, reported where the catalog is asked for
                }
            }
            return CatalogResources.loadBuiltIn();
        };
    }

    /** @return the bundle jar on the class path {@code type} was loaded from, once {@link #start()} read them */
    static Optional<Bundle> bundleOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(bundlesByJar.get(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file on this machine: not one of the class path's jars
        }
    }

    private static List<Path> classPath() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
            if (entry.endsWith(".jar")) { //$NON-NLS-1$
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    /**
     * An extension registry with the {@code plugin.xml} of every bundle, contributed in class path order (the
     * order of the framework's bundles.info, which the launcher keeps). Contributed classes are loaded from the class
     * path ({@link RegistryStrategy#createExecutableExtension}).
     */
    private static IExtensionRegistry registry(Iterable<ClassPathBundle> bundles) {
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, null);
        for (ClassPathBundle bundle : bundles) {
            BundleJar jar = bundle.jar();
            if (jar.pluginXml().isPresent()) {
                registry.addContribution(new ByteArrayInputStream(jar.pluginXml().get()),
                        ContributorFactorySimple.createContributor(jar.id()), false, jar.id(), jar.translations().orElse(null),
                        token);
            }
        }
        return registry;
    }

    @Override
    public <T> T service(Class<T> type) {
        if (type == CatalogService.class) {
            return type.cast(catalog);
        }
        if (type == TraceImportService.class) {
            return type.cast(importer);
        }
        if (type == DiagnosisService.class) {
            return type.cast(diagnosis);
        }
        throw new IllegalStateException("service " + type.getName() //$NON-NLS-1$
                + " is only available in the OSGi runtime; ./mailscope starts that one for this command"); //$NON-NLS-1$
    }

    @Override
    public Optional<String> bundleVersion(String bundleId) {
        return Optional.ofNullable(bundles.get(bundleId)).map(bundle -> bundle.getVersion().toString());
    }
}
