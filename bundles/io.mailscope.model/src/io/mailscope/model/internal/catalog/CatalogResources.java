package io.mailscope.model.internal.catalog;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import io.mailscope.model.Catalog;
import io.mailscope.model.MailscopePackage;

/** Reads catalog .xmi files; works inside OSGi and on a plain class path (the package is registered explicitly). */
public final class CatalogResources {

    /** Location of the shipped catalog inside io.mailscope.model. */
    public static final String BUILT_IN_PATH = "/catalog/catalog.xmi"; //$NON-NLS-1$
    /** Location of the shipped reply knowledge, merged into the shipped catalog. */
    public static final String REPLY_KNOWLEDGE_PATH = "/catalog/reply-knowledge.xmi"; //$NON-NLS-1$

    private CatalogResources() {
    }

    /**
     * @return the catalog shipped with this bundle: the codes and causes with the reply knowledge merged in
     * @throws IOException when a shipped file is missing or unreadable, or a shipped knowledge entry is invalid (the
     *             message lists every invalid entry)
     */
    public static Catalog loadBuiltIn() throws IOException {
        Catalog catalog = load(shipped(BUILT_IN_PATH));
        CatalogMerger merger = CatalogMerger.appending(catalog);
        merger.merge(load(shipped(REPLY_KNOWLEDGE_PATH)), "io.mailscope.model", REPLY_KNOWLEDGE_PATH.substring(1)); //$NON-NLS-1$
        if (!merger.problems().isEmpty()) {
            throw new IOException("the shipped reply knowledge is invalid: " + merger.problems()); //$NON-NLS-1$
        }
        return catalog;
    }

    private static URL shipped(String path) throws IOException {
        URL url = CatalogResources.class.getResource(path);
        if (url == null) {
            throw new IOException("the shipped catalog file " + path + " is missing from io.mailscope.model"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return url;
    }

    /** @throws IOException when the file cannot be read, is not XMI, or its root is not a Catalog */
    public static Catalog load(URL url) throws IOException {
        ResourceSet resources = newResourceSet();
        Resource resource = resources.createResource(URI.createURI(url.toString()));
        try (var in = url.openStream()) {
            resource.load(in, Map.of());
        } catch (RuntimeException e) {
            // EMF wraps parser errors (bad XML, unknown features) in unchecked exceptions
            throw new IOException(url + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IOException(url + ": " + resource.getErrors().get(0).getMessage()); //$NON-NLS-1$
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (root instanceof Catalog catalog) {
            return catalog;
        }
        throw new IOException(url + ": the root element is not a mailscope:Catalog"); //$NON-NLS-1$
    }

    static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(MailscopePackage.eNS_URI, MailscopePackage.eINSTANCE);
        return resources;
    }
}
