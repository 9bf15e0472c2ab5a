package io.mailscope.model.internal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Component;

import io.mailscope.model.Catalog;
import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.catalog.CatalogProblem;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ErrorCodeLookup;
import io.mailscope.model.catalog.LookupResult;
import io.mailscope.model.catalog.ReplyLookup;

/**
 * The catalog as an OSGi service: the shipped catalog plus all contributions, loaded on first use.
 * Also usable without OSGi ({@link #CatalogServiceComponent(Catalog, List)}) for tests and tools.
 */
@Component(service = CatalogService.class)
public final class CatalogServiceComponent implements CatalogService {

    /** The merged catalog with its indexes; diagnosis asks for a cause by id for every finding it reports. */
    private record Loaded(Catalog catalog, ErrorCodeLookup lookup, Map<String, Cause> causes, ReplyLookup replies,
            List<CatalogProblem> problems) {
        Loaded(Catalog catalog, List<CatalogProblem> problems) {
            this(catalog, new ErrorCodeLookup(catalog), causesById(catalog), ReplyLookup.of(catalog), List.copyOf(problems));
        }

        private static Map<String, Cause> causesById(Catalog catalog) {
            Map<String, Cause> byId = new HashMap<>();
            catalog.getCodes().forEach(code -> code.getCauses().forEach(cause -> byId.putIfAbsent(cause.getId(), cause)));
            return byId;
        }
    }

    /** Where the shipped catalog comes from: {@link CatalogResources#loadBuiltIn()}, or a copy loaded ahead of time. */
    @FunctionalInterface
    public interface BuiltInCatalog {
        /** @return a catalog of its own (contributions are merged into it), on every call */
        Catalog load() throws IOException;
    }

    private final BuiltInCatalog builtIn;
    private volatile Loaded loaded;

    public CatalogServiceComponent() {
        // DS: loaded lazily in loaded()
        this(CatalogResources::loadBuiltIn);
    }

    /**
     * Without OSGi (the command line on a plain class path): the shipped catalog from {@code builtIn}, the
     * contributions from {@link RegistryFactory#getRegistry()}, both on first use.
     */
    public CatalogServiceComponent(BuiltInCatalog builtIn) {
        this.builtIn = builtIn;
    }

    public CatalogServiceComponent(Catalog catalog, List<CatalogProblem> problems) {
        this.builtIn = CatalogResources::loadBuiltIn;
        this.loaded = new Loaded(catalog, problems);
    }

    private Loaded loaded() {
        Loaded result = loaded;
        if (result == null) {
            synchronized (this) {
                result = loaded;
                if (result == null) {
                    result = load();
                    loaded = result;
                }
            }
        }
        return result;
    }

    private Loaded load() {
        try {
            Catalog catalog = builtIn.load();
            var registry = RegistryFactory.getRegistry();
            List<CatalogProblem> problems = registry == null ? List.of()
                    : new CatalogContributionReader(registry).contributeTo(catalog);
            return new Loaded(catalog, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Catalog catalog() {
        return loaded().catalog();
    }

    @Override
    public LookupResult lookup(String input) {
        return loaded().lookup().lookup(input);
    }

    @Override
    public Optional<ErrorCode> byValue(int value) {
        return loaded().lookup().byValue(value);
    }

    @Override
    public Optional<Cause> cause(String id) {
        return Optional.ofNullable(loaded().causes().get(id));
    }

    @Override
    public ReplyLookup replies() {
        return loaded().replies();
    }

    @Override
    public List<CatalogProblem> problems() {
        return loaded().problems();
    }
}
