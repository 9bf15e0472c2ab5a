package io.mailscope.model.internal.requests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.mailscope.model.requests.TraceRequest;
import io.mailscope.model.requests.TraceRequestCatalog;

/**
 * Reads the {@code io.mailscope.model.traceRequests} extension point lazily, on first use, and again after bundles
 * contributing to it come or go. Each {@code <request file="…"/>} names a text file in the contributing bundle (format:
 * {@link TraceRequestFile}); a file that is missing or malformed, or whose id is already taken, is rejected and logged
 * with the contributor's bundle id, and the others are kept.
 */
@Component(service = TraceRequestCatalog.class)
public final class TraceRequestCatalogComponent implements TraceRequestCatalog, IRegistryEventListener {

    public static final String EXTENSION_POINT = "io.mailscope.model.traceRequests"; //$NON-NLS-1$

    private record Contents(List<TraceRequest> requests, List<String> problems) {
    }

    private final ILog log = ILog.of(TraceRequestCatalogComponent.class);
    private IExtensionRegistry registry;
    private volatile Contents contents;

    @Activate
    void activate() {
        registry = RegistryFactory.getRegistry();
        registry.addListener(this, EXTENSION_POINT);
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }

    @Override
    public List<TraceRequest> requests() {
        return contents().requests();
    }

    @Override
    public Optional<TraceRequest> find(String id) {
        return requests().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<String> problems() {
        return contents().problems();
    }

    private Contents contents() {
        Contents result = contents;
        if (result == null) {
            synchronized (this) {
                result = contents;
                if (result == null) {
                    result = read();
                    contents = result;
                }
            }
        }
        return result;
    }

    private Contents read() {
        Map<String, TraceRequest> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor;
            try {
                contributor = element.getContributor().getName();
            } catch (InvalidRegistryObjectException e) {
                continue; // removed while reading; the listener reads again
            }
            String file = element.getAttribute("file"); //$NON-NLS-1$
            try {
                TraceRequest request = TraceRequestFile.parse(load(contributor, file), contributor, file);
                TraceRequest taken = byId.putIfAbsent(request.id(), request);
                if (taken != null) {
                    throw new IllegalArgumentException("the id '" + request.id() + "' is already used by " + taken.contributor() + "/" + taken.file()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            } catch (IOException | IllegalArgumentException e) {
                String problem = contributor + ": " + file + ": " + e.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
                problems.add(problem);
                log.log(new Status(IStatus.ERROR, contributor, "Trace request rejected: " + problem)); //$NON-NLS-1$
            }
        }
        List<TraceRequest> sorted = byId.values().stream()
                .sorted(Comparator.comparing(TraceRequest::family).thenComparing(TraceRequest::client)).toList();
        return new Contents(sorted, List.copyOf(problems));
    }

    private static String load(String contributor, String file) throws IOException {
        if (file == null || file.isBlank()) {
            throw new IOException("<request> without the file attribute"); //$NON-NLS-1$
        }
        Bundle bundle = Platform.getBundle(contributor);
        URL url = bundle == null ? null : bundle.getEntry(file);
        if (url == null) {
            throw new IOException("file not found in the contributing bundle"); //$NON-NLS-1$
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void added(IExtension[] extensions) {
        contents = null;
    }

    @Override
    public void removed(IExtension[] extensions) {
        contents = null;
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // only our own point is listened to
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        contents = null;
    }
}
