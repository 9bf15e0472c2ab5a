package io.mailscope.diagnosis.api;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.TraceListener;

/**
 * One diagnosis in progress: a {@link TraceListener} that fans each event out to every rule. Pass it to an import or a
 * live session, then call {@link #finish}.
 * <p>
 * <b>Provider type.</b> Not thread-safe: events come from one thread at a time.
 */
public interface DiagnosisRun extends TraceListener {

    /**
     * Ends the run (calling {@link #traceEnded} if the source did not) and returns the result.
     *
     * @return the findings (sorted by the first evidence line) and the rules that failed
     */
    Diagnosis finish(Trace trace);
}
