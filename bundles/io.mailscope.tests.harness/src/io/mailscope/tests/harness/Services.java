package io.mailscope.tests.harness;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services the bundles under test register (Declarative Services components), as the tests get them: DS registers
 * them when their bundle starts, which may be just after the test runtime started the test.
 */
public final class Services {

    /** How long a test waits for a service before it fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Services() {
    }

    /**
     * @return the service registered under {@code type}, waiting up to {@link #TIMEOUT} for it; the test fails when
     *         none is registered by then. The service stays in use until the test runtime stops, as a delayed DS
     *         component would be deactivated once no one uses it.
     */
    public static <T> T await(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Services.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TIMEOUT.toMillis());
            assertNotNull(service, () -> type.getName() + " is registered within " + TIMEOUT.toSeconds() + " s"); //$NON-NLS-1$ //$NON-NLS-2$
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getName(), e); //$NON-NLS-1$
        }
    }
}
