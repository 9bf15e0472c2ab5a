package io.mailscope.headless.internal;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The commands' runtime inside the OSGi framework: services registered by DS, bundles from the framework. */
public final class OsgiRuntime implements CommandRuntime {

    public static final OsgiRuntime INSTANCE = new OsgiRuntime();

    private OsgiRuntime() {
    }

    @Override
    public <T> T service(Class<T> type) {
        return OsgiServices.get(type);
    }

    @Override
    public Optional<String> bundleVersion(String bundleId) {
        Bundle bundle = Platform.getBundle(bundleId);
        return bundle == null ? Optional.empty() : Optional.of(bundle.getVersion().toString());
    }
}
