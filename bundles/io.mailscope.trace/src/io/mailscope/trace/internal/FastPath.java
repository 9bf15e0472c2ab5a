package io.mailscope.trace.internal;

/**
 * The switch between the import's fast path and its slow path. The fast path skips work that cannot change the
 * result: lines proven free of credentials skip the masking analysis, reply lines are classified without regular
 * expressions, the parse thread hands its first records over early, and routine sessions beyond the model's bound
 * are counted on their bytes instead of parsed when the listener does not need their exchanges
 * ({@link io.mailscope.trace.RoutineExchangePolicy}). The slow path does all of it for every line.
 * Both must give exactly the same trace, listener calls and findings ({@code FastSlowPathEqualityTest} in
 * io.mailscope.diagnosis.tests compares them on generated logs of both Outlook formats).
 * <p>
 * The fast path is on unless the system property {@value #PROPERTY} is {@code false} when the class is loaded;
 * {@link #enable(boolean)} switches it for the imports and masking sessions that begin afterwards, so a test can
 * compare both paths in one JVM.
 */
public final class FastPath {

    /** System property: {@code false} selects the slow path. */
    public static final String PROPERTY = "io.mailscope.trace.fastPath"; //$NON-NLS-1$

    private static volatile boolean enabled = !"false".equalsIgnoreCase(System.getProperty(PROPERTY)); //$NON-NLS-1$

    private FastPath() {
    }

    /** @return true unless the slow path was chosen */
    public static boolean enabled() {
        return enabled;
    }

    /**
     * Chooses the fast path (true) or the slow path for what begins afterwards.
     *
     * @return the choice before
     */
    public static boolean enable(boolean fast) {
        boolean before = enabled;
        enabled = fast;
        return before;
    }
}
