package io.mailscope.diagnosis.internal;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.DiagnosisRule;
import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.api.RuleRun;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.Located;

/** How the engine turns what a rule reports into findings: uncatalogued causes and codes, and invalid reports. */
class FindingReportsTest {

    private static Diagnosis run(FindingReport... reports) {
        DiagnosisRule rule = context -> new RuleRun() {
            private boolean done;

            @Override
            public void exchangeCompleted(ExchangeRecord exchange) {
                if (!done) {
                    done = true;
                    for (FindingReport r : reports) {
                        context.report(r.evidence() != null && r.evidence().isEmpty() && r.causeId() != null && r.causeId().startsWith("use-")
                                ? new FindingReport(r.code(), r.causeId().substring(4), r.category(), r.confidence(), r.summary(),
                                        List.<Located>of(exchange.replies().get(0)))
                                : r);
                    }
                }
            }
        };
        RuleDescriptor descriptor = new RuleDescriptor.Programmatic(
                new RuleInfo("test.reporter", "reporter", Set.of(), CauseCategory.UNKNOWN, "io.mailscope.diagnosis.tests", RuleInfo.Kind.JAVA), rule);
        return Diagnoses.run(Transcripts.parse("t", Transcripts.read("pop3-healthy.txt")), List.of(descriptor), Duration.ofSeconds(5));
    }

    @Test
    void aCauseTheCatalogLacksIsKeptWithItsCodeAndCategoryAndReported() {
        Diagnosis d = run(new FindingReport(0x800CCC0F, "use-acme.0x800CCC0F.not-catalogued", CauseCategory.NETWORK_INTERFERENCE, 0.7,
                "summary", List.of()));
        assertEquals(1, d.getFindings().size(), describe(d));
        Finding f = d.getFindings().get(0);
        assertEquals(0x800CCC0F, f.getErrorCode().getValue());
        assertEquals("acme.0x800CCC0F.not-catalogued", f.getCause().getId());
        assertNull(f.getCause().eContainer(), "a placeholder outside the catalog");
        assertEquals(CauseCategory.NETWORK_INTERFERENCE, f.getCategory());
        assertEquals(List.of(3), f.getEvidence().stream().map(e -> e.getFirstLine()).toList());
        assertTrue(d.getRuleFailures().get(0).getMessage().contains("'acme.0x800CCC0F.not-catalogued' is not in the catalog"), describe(d));
    }

    @Test
    void aCodeTheCatalogLacksKeepsItsValue() {
        Diagnosis d = run(FindingReport.of(0x800412AB, "use-acme.0x800412AB.server-bug.x", 0.7, "summary", List.of()));
        Finding f = d.getFindings().get(0);
        assertEquals(0x800412AB, f.getErrorCode().getValue());
        assertEquals(CauseCategory.SERVER_BUG, f.getCategory(), "category read from the id");
    }

    @Test
    void anInvalidReportFailsTheRuleButKeepsWhatItReportedBefore() {
        Diagnosis d = run(FindingReport.of(0x800CCC0F, "use-0x800CCC0F.network-interference", 0.7, "first", List.of()),
                FindingReport.of(0x800CCC0F, "0x800CCC0F.network-interference", 1.5, "bad confidence", List.of()),
                FindingReport.of(0x800CCC0F, "use-0x800CCC0F.network-interference", 0.7, "after the failure", List.of()));
        assertEquals(List.of("first"), d.getFindings().stream().map(Finding::getSummary).toList(), describe(d));
        assertTrue(d.getRuleFailures().stream().anyMatch(f -> f.getMessage().equals("rule test.reporter failed: reported an invalid finding: no evidence")
                || f.getMessage().contains("confidence 1.5 is not in 0..1")), describe(d));
    }
}
