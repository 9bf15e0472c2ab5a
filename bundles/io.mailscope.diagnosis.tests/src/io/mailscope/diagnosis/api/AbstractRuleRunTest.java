package io.mailscope.diagnosis.api;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.internal.RuleDescriptor;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.TraceEnd;

/**
 * A rule written on {@link AbstractRuleRun}, run by the engine on a trace of two POP3 sessions: each session has a
 * state of its own, the engine forgets it after the session ended, and {@code context()} is the engine's context for
 * the rule (its id, its reports).
 */
class AbstractRuleRunTest {

    private static final String RULE_ID = "io.mailscope.diagnosis.tests.abstract-rule-run";

    /** Two sessions: the first logs on and checks for mail (4 exchanges with the greeting), the second is refused. */
    private static final String TWO_SESSIONS = String.join("\n",
            "* session POP3 pop.provider.example:110",
            "* connected",
            "S: +OK ready",
            "C: USER alice",
            "S: +OK",
            "C: PASS ********",
            "S: +OK Logged in.",
            "C: QUIT",
            "S: +OK bye",
            "* closed-by-server",
            "* session POP3 pop.provider.example:110",
            "* connected",
            "S: +OK ready",
            "C: USER bob",
            "S: -ERR no such user",
            "* closed-by-server");

    /** Per session: the exchanges seen and the first of them (the greeting), to cite. */
    private static final class Counted {
        int exchanges;
        ExchangeRecord first;
    }

    /** What the rule's run saw, written from the engine's rule thread, read after the diagnosis. */
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    private final class CountingRun extends AbstractRuleRun<Counted> {

        CountingRun(RuleContext context) {
            super(context, Counted::new);
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            Counted counted = sessions().of(exchange.session());
            counted.exchanges++;
            if (counted.first == null) {
                counted.first = exchange;
            }
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            Counted counted = sessions().peek(end.session());
            seen.add("session ended after " + counted.exchanges + " exchanges, open sessions " + sessions().size());
            context().report(FindingReport.of(0x800CCC0F, "0x800CCC0F.network-interference", 0.5,
                    counted.exchanges + " exchanges", FindingReport.linesOf(counted.first)));
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            seen.add("trace ended, open sessions " + sessions().size() + ", rule " + context().ruleId());
        }
    }

    @Test
    void eachSessionHasItsOwnStateWhichTheEngineForgetsWhenTheSessionEnds() {
        DiagnosisRule rule = CountingRun::new;
        RuleDescriptor descriptor = new RuleDescriptor.Programmatic(new RuleInfo(RULE_ID, "counts exchanges per session",
                Set.of(), CauseCategory.UNKNOWN, "io.mailscope.diagnosis.tests", RuleInfo.Kind.JAVA), rule);

        Diagnosis d = Diagnoses.run(Transcripts.parse("two-sessions", TWO_SESSIONS), List.of(descriptor), Duration.ofSeconds(10));

        assertEquals(List.of("session ended after 4 exchanges, open sessions 1",
                "session ended after 2 exchanges, open sessions 1",
                "trace ended, open sessions 0, rule " + RULE_ID), seen, describe(d));
        assertTrue(d.getRuleFailures().isEmpty(), describe(d));
        // reported through context(): one finding per session, citing that session's greeting
        assertEquals(List.of("4 exchanges", "2 exchanges"), d.getFindings().stream().map(Finding::getSummary).toList(), describe(d));
        assertEquals(List.of(3, 13), d.getFindings().stream().map(f -> f.getEvidence().get(0).getFirstLine()).toList(), describe(d));
    }

    @Test
    void aRunNeedsTheContextAndTheWayToCreateAState() {
        assertThrows(NullPointerException.class, () -> new AbstractRuleRun<Counted>(null, Counted::new) {
            // nothing to override: the constructor refuses
        });
    }
}
