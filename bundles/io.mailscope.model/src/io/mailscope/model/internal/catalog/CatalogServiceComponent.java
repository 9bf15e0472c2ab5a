package io.mailscope.model.internal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

/**
 * The catalog as an OSGi service: the shipped catalog plus all contributions, loaded on first use.
 * Also usable without OSGi ({@link #CatalogServiceComponent(Catalog, List)}) for tests and tools.
 */
@Component(service = CatalogService.class)
public final class CatalogServiceComponent implements CatalogService {

    private record Loaded(Catalog catalog, ErrorCodeLookup lookup, List<CatalogProblem> problems) {
        Loaded(Catalog catalog, List<CatalogProblem> problems) {
            this(catalog, new ErrorCodeLookup(catalog), List.copyOf(problems));
        }
    }

    private volatile Loaded loaded;

    public CatalogServiceComponent() {
        // DS: loaded lazily in loaded()
    }

    public CatalogServiceComponent(Catalog catalog, List<CatalogProblem> problems) {
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

    private static Loaded load() {
        try {
            Catalog catalog = CatalogResources.loadBuiltIn();
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
        return catalog().getCodes().stream().flatMap(c -> c.getCauses().stream()).filter(c -> id.equals(c.getId())).findFirst();
    }

    @Override
    public List<CatalogProblem> problems() {
        return loaded().problems();
    }
}
