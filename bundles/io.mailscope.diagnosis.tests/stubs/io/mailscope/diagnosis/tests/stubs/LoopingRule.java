package io.mailscope.diagnosis.tests.stubs;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;

/**
 * Never returns from its first exchange callback, as far as the engine can tell. It stops spinning when its thread is
 * interrupted (the engine interrupts an abandoned rule), so the test run does not keep a core busy.
 */
public final class LoopingRule implements DiagnosisRule {

    @Override
    public RuleRun start(RuleContext context) {
        return new RuleRun() {
            @Override
            public void exchangeCompleted(ExchangeRecord exchange) {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
            }
        };
    }
}
