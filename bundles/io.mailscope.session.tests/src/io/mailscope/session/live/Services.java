package io.mailscope.session.live;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.mailscope.session.SessionService;

/** The session service as DS registers it in the test runtime. */
public final class Services {

    private Services() {
    }

    public static SessionService sessions() {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<SessionService, SessionService> tracker = new ServiceTracker<>(context, SessionService.class, null);
        tracker.open();
        try {
            SessionService s = tracker.waitForService(10_000);
            if (s == null) {
                throw new AssertionError("SessionService is not registered (io.mailscope.session's DS component)"); //$NON-NLS-1$
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
