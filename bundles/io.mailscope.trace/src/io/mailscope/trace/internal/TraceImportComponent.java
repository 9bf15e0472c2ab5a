package io.mailscope.trace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.internal.registry.FormatRegistryReader;

/**
 * The {@link TraceImportService}: contributed formats from the registry, status codes linked to the catalog. Formats
 * are read on first use and read again after plug-ins contributing to {@code io.mailscope.trace.formats} are added
 * or removed (installed from a p2 repository, say) while the workbench runs.
 */
@Component(service = TraceImportService.class)
public final class TraceImportComponent implements TraceImportService, IRegistryEventListener {

    @Reference
    private CatalogService catalog;

    private volatile TraceImporter importer;
    /** Runs contributed format detectors within their budget; ends with this component. */
    private final ExecutorService detectors = BoundedPool.create("Mailscope trace format detection", DETECTION_THREADS); //$NON-NLS-1$
    private static final int DETECTION_THREADS = 4;

    /** For DS. */
    public TraceImportComponent() {
        // the catalog is injected
    }

    /**
     * Outside DS (the command line on a plain class path, tools): the formats of {@link RegistryFactory#getRegistry()},
     * status codes linked to {@code catalog}.
     */
    public TraceImportComponent(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Activate
    void activate() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            registry.addListener(this, FormatRegistryReader.EXTENSION_POINT);
        }
    }

    @Deactivate
    void deactivate() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            registry.removeListener(this);
        }
        BoundedPool.shutdown(detectors, 1_000);
    }

    private void contributionsChanged() {
        importer = null; // the next import reads the formats again; imports running now finish with the old set
    }

    @Override
    public void added(IExtension[] extensions) {
        contributionsChanged();
    }

    @Override
    public void removed(IExtension[] extensions) {
        contributionsChanged();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // our own extension point: nothing to re-read
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // our own extension point: nothing to re-read
    }

    private TraceImporter importer() {
        TraceImporter result = importer;
        if (result == null) {
            synchronized (this) {
                result = importer;
                if (result == null) {
                    FormatRegistryReader reader = new FormatRegistryReader(ILog.of(TraceImportComponent.class));
                    result = new TraceImporter(reader.read(RegistryFactory.getRegistry()),
                            value -> catalog.byValue(value).orElse(null),
                            (format, what, error) -> reader.logContributionProblem(format.contributor(),
                                    "format '" + format.id() + "' failed in " + what, error), //$NON-NLS-1$ //$NON-NLS-2$
                            detectors);
                    importer = result;
                }
            }
        }
        return result;
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException {
        return importer().importFile(file, options, listener, monitor);
    }

    @Override
    public ImportResult importSource(TraceSource source, ImportOptions options, TraceListener listener,
            IProgressMonitor monitor) throws IOException, TraceImportException {
        return importer().importSource(source, options, listener, monitor);
    }

    @Override
    public IndexedTrace openIndexed(TraceSource source, ImportOptions options, TraceListener listener,
            IndexProgress progress) throws IOException {
        return importer().openIndexed(source, options, listener, progress);
    }

    @Override
    public ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
            throws TraceImportException {
        return importer().importText(name, text, options, listener);
    }

    @Override
    public List<TraceFormatInfo> formats() {
        return importer().formats();
    }
}
