package io.mailscope.diagnosis.tests.stubs;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;

/** Throws on the first exchange it sees. */
public final class ThrowingRule implements DiagnosisRule {

    public static final String MESSAGE = "stub rule bug: index out of range";

    @Override
    public RuleRun start(RuleContext context) {
        return new RuleRun() {
            @Override
            public void exchangeCompleted(ExchangeRecord exchange) {
                throw new IllegalStateException(MESSAGE);
            }
        };
    }
}
