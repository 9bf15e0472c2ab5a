package io.mailscope.testserver.tests.shared;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The DS services the tests use, as the product gets them. */
public final class Services {

    private Services() {
    }

    public static <T> T get(Class<T> type) {
        var context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            assertNotNull(service, type.getName() + " is registered by DS");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
