package io.mailscope.headless.internal.classpath;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.connect.FrameworkUtilHelper;

/**
 * Answers {@code FrameworkUtil.getBundle(Class)} on the plain class path (OSGi's {@link FrameworkUtilHelper},
 * found through {@code META-INF/services}): the bundle jar the class was loaded from. The Eclipse runtime's
 * {@code ILog.of(Class)}, which the core services call, needs it. Inside the framework it is never consulted: the
 * framework's class loaders answer first, and this file is not on the framework's class path.
 */
public final class ClassPathFrameworkUtilHelper implements FrameworkUtilHelper {

    @Override
    public Optional<Bundle> getBundle(Class<?> type) {
        return ClassPathRuntime.bundleOf(type);
    }
}
