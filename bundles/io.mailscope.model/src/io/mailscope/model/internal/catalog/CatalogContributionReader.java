package io.mailscope.model.internal.catalog;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

import io.mailscope.model.Catalog;
import io.mailscope.model.catalog.CatalogProblem;

/**
 * Reads the {@code io.mailscope.model.catalogContributions} extension point: each {@code <catalog file="…"/>} names
 * an .xmi in the contributing bundle. Every problem is logged with the contributor's bundle id.
 */
public final class CatalogContributionReader {

    public static final String EXTENSION_POINT = "io.mailscope.model.catalogContributions"; //$NON-NLS-1$
    static final String ELEMENT_CATALOG = "catalog"; //$NON-NLS-1$
    static final String ATTR_FILE = "file"; //$NON-NLS-1$

    private final IExtensionRegistry registry;
    private final ILog log = ILog.of(CatalogContributionReader.class);

    public CatalogContributionReader(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /** Merges every contribution into {@code catalog} and returns what was rejected. */
    public List<CatalogProblem> contributeTo(Catalog catalog) {
        CatalogMerger merger = new CatalogMerger(catalog);
        List<CatalogProblem> readProblems = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            try {
                if (!ELEMENT_CATALOG.equals(element.getName())) {
                    readProblems.add(new CatalogProblem(contributor, "plugin.xml", //$NON-NLS-1$
                            "unknown element <" + element.getName() + ">; expected <catalog file=\"…\"/>")); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                String file = element.getAttribute(ATTR_FILE);
                if (file == null || file.isBlank()) {
                    readProblems.add(new CatalogProblem(contributor, "plugin.xml", "<catalog> without the file attribute")); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                Bundle bundle = Platform.getBundle(contributor);
                URL url = bundle == null ? null : bundle.getEntry(file);
                if (url == null) {
                    readProblems.add(new CatalogProblem(contributor, file, "file not found in the contributing bundle")); //$NON-NLS-1$
                    continue;
                }
                merger.merge(CatalogResources.load(url), contributor, file);
            } catch (IOException e) {
                readProblems.add(new CatalogProblem(contributor, element.getAttribute(ATTR_FILE), "cannot be read: " + e.getMessage())); //$NON-NLS-1$
            } catch (InvalidRegistryObjectException e) {
                readProblems.add(new CatalogProblem(contributor, "plugin.xml", "contribution was removed while reading")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        List<CatalogProblem> all = new ArrayList<>(readProblems);
        all.addAll(merger.problems());
        all.forEach(p -> log.log(new Status(IStatus.ERROR, p.contributor(),
                "Catalog contribution rejected: " + p.location() + ": " + p.message()))); //$NON-NLS-1$ //$NON-NLS-2$
        return all;
    }
}
