package io.mailscope.trace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mailscope.model.catalog.CatalogService;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.internal.registry.FormatRegistryReader;

/** The {@link TraceImportService}: contributed formats from the registry, status codes linked to the catalog. */
@Component(service = TraceImportService.class)
public final class TraceImportComponent implements TraceImportService {

    @Reference
    private CatalogService catalog;

    private volatile TraceImporter importer;

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
                                    "format '" + format.id() + "' failed in " + what, error)); //$NON-NLS-1$ //$NON-NLS-2$
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
    public ImportResult importText(String name, String text, ImportOptions options, TraceListener listener)
            throws TraceImportException {
        return importer().importText(name, text, options, listener);
    }

    @Override
    public List<TraceFormatInfo> formats() {
        return importer().formats();
    }
}
