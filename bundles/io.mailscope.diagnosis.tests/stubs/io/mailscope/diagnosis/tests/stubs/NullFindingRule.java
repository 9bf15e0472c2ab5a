package io.mailscope.diagnosis.tests.stubs;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.TraceEnd;

/** Reports a null finding at the end of the trace. */
public final class NullFindingRule implements DiagnosisRule {

    @Override
    public RuleRun start(RuleContext context) {
        return new RuleRun() {
            @Override
            public void traceEnded(TraceEnd trace) {
                context.report(null);
            }
        };
    }
}
