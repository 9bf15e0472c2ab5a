package io.mailscope.diagnosis.api;

/**
 * A diagnosis rule written in Java, contributed as {@code <javaRule class="...">} to the
 * {@code io.mailscope.diagnosis.rules} extension point.
 * <p>
 * <b>Consumer type</b>: rule plug-ins implement it. The class needs a public no-argument constructor; it is created
 * on the first diagnosis that runs the rule (listing rules never loads it) and reused for every later trace, possibly
 * from several threads, so keep per-trace state in the {@link RuleRun}, not here.
 * <p>
 * The engine calls the rule in isolation: construction, {@link #start} and every {@link RuleRun} callback run through
 * {@code SafeRunner} and count against the rule's time budget. A rule that throws, returns {@code null}, reports an
 * invalid finding or exceeds its budget is dropped for that trace and reported as a {@code RuleFailure} and in the
 * Error Log with the contributing bundle's id; the other rules are not affected.
 */
@FunctionalInterface
public interface DiagnosisRule {

    /**
     * Begins diagnosing one trace.
     *
     * @param context where findings are reported; valid until the trace ends
     * @return the listener for this trace's events, never {@code null}
     */
    RuleRun start(RuleContext context);
}
