package io.mailscope.diagnosis.tests.stubs;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.RuleContext;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.trace.events.ExchangeRecord;

/**
 * Spins for {@link #SPIN_MILLIS} on its first exchange and swallows every interruption meanwhile: the engine must
 * abandon it after its budget without waiting, and its worker thread ends when the rule finally returns (Java cannot
 * stop a thread that never returns; the bounded pool keeps such a rule from taking more than its thread).
 */
public final class IgnoresInterruptionRule implements DiagnosisRule {

    public static final long SPIN_MILLIS = 2_000;

    @Override
    public RuleRun start(RuleContext context) {
        return new RuleRun() {
            private boolean spun;

            @Override
            public void exchangeCompleted(ExchangeRecord exchange) {
                if (spun) {
                    return;
                }
                spun = true;
                long end = System.nanoTime() + SPIN_MILLIS * 1_000_000;
                while (System.nanoTime() < end) {
                    Thread.interrupted(); // ignores the engine's interrupt on purpose
                    Thread.onSpinWait();
                }
            }
        };
    }
}
