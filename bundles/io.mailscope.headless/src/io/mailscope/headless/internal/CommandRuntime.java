package io.mailscope.headless.internal;

import java.util.Optional;

/**
 * What the commands need from the runtime they are launched in: the core services, and the versions of the bundles
 * that contribute formats and rules (for {@code --version}). Two launches provide it with the same classes behind
 * it: the OSGi framework ({@link OsgiRuntime}, the Equinox application) and a plain class path
 * ({@link io.mailscope.headless.internal.classpath.ClassPathRuntime}, the fast start of {@code ./mailscope}).
 */
public interface CommandRuntime {

    /**
     * @return the service of this type
     * @throws IllegalStateException if this runtime cannot provide it (the launch is incomplete)
     */
    <T> T service(Class<T> type);

    /** @return the version of the installed bundle with this symbolic name, if there is one */
    Optional<String> bundleVersion(String bundleId);
}
