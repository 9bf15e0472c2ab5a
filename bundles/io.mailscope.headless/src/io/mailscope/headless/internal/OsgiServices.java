package io.mailscope.headless.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Fetches the core services (registered by DS) for the command line. */
public final class OsgiServices {

    private static final long WAIT_MILLIS = 10_000;

    private OsgiServices() {
    }

    /** @throws IllegalStateException if the service does not appear, which means the runtime is incomplete */
    public static <T> T get(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(OsgiServices.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("service " + type.getName() + " is not available: not running in OSGi"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("service " + type.getName() //$NON-NLS-1$
                        + " is not available: is org.apache.felix.scr started?"); //$NON-NLS-1$
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getName(), e); //$NON-NLS-1$
        }
    }
}
