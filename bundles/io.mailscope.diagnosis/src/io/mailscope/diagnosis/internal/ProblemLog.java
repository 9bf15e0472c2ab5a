package io.mailscope.diagnosis.internal;

/**
 * Where the engine reports failing rules: the Eclipse log under the contributor's bundle id in the product
 * ({@link #of(org.eclipse.core.runtime.ILog)}), anything else on a plain classpath. Kept free of OSGi so the engine
 * runs without a framework.
 */
@FunctionalInterface
public interface ProblemLog {

    /**
     * @param error true for a failure that dropped a rule, false for a warning
     * @param contributor the contributing bundle's id
     */
    void log(boolean error, String contributor, String message, Throwable exception);

    /** @return a log that writes to the Eclipse log with the contributor's bundle id as the status plug-in id */
    static ProblemLog of(org.eclipse.core.runtime.ILog log) {
        return (error, contributor, message, exception) -> log.log(new org.eclipse.core.runtime.Status(
                error ? org.eclipse.core.runtime.IStatus.ERROR : org.eclipse.core.runtime.IStatus.WARNING, contributor,
                message, exception));
    }

    /** @return a log that writes one line per problem to standard error (plain classpath) */
    static ProblemLog stderr() {
        return (error, contributor, message, exception) -> System.err.println((error ? "ERROR " : "WARNING ") //$NON-NLS-1$ //$NON-NLS-2$
                + contributor + ": " + message); //$NON-NLS-1$
    }
}
