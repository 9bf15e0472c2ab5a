package io.mailscope.diagnosis.tests.stubs;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;

/** Returns null instead of a run. */
public final class NullRunRule implements DiagnosisRule {

    @Override
    public RuleRun start(RuleContext context) {
        return null;
    }
}
