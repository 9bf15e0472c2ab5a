package io.mailscope.ui.tests.rules;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;

/** A contributed rule with a bug: it throws on the first exchange of every trace. */
public final class ThrowingRule implements DiagnosisRule {

    /** The message of what it throws, to find it in the Error Log. */
    public static final String MESSAGE = "ThrowingRule of io.mailscope.ui.tests fails on purpose"; //$NON-NLS-1$

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
