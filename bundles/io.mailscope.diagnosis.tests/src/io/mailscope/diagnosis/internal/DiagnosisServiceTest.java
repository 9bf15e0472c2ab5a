package io.mailscope.diagnosis.internal;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.evidenceLines;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.TraceReplay;

/** The DS service as the product uses it (this runtime's rule budget is 500 ms, see build.properties). */
class DiagnosisServiceTest {

    @Test
    void listsTheContributedRulesFromPluginXml() {
        List<String> ids = Diagnoses.service(DiagnosisService.class).rules().stream().map(RuleInfo::id).toList();
        assertTrue(ids.containsAll(List.of("io.mailscope.diagnosis.pop3.stat-count-mismatch", "io.mailscope.diagnosis.connection",
                "io.mailscope.diagnosis.smtp.auth", "io.mailscope.diagnosis.tls", "io.mailscope.diagnosis.tests.looping")), ids.toString());
    }

    @Test
    void diagnosesAnInMemoryTraceByReplayingIt() {
        Trace trace = Transcripts.parse("seed002", Transcripts.read("pop3-hidden-control-message.txt"));
        Diagnosis d = Diagnoses.service(DiagnosisService.class).diagnose(trace);
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14), evidenceLines(single(d, CauseIds.HIDDEN_CONTROL_MESSAGE)));
        assertEquals(trace, d.getTrace());
        assertEquals(4, d.getRuleFailures().stream().filter(f -> f.getContributor().equals("io.mailscope.diagnosis.tests")).count(), describe(d));
    }

    @Test
    void aLiveRunTakesEventsAsTheyComeAndFinishes() {
        Trace trace = Transcripts.parse("live", Transcripts.read("pop3-dropped-after-greeting.txt"));
        DiagnosisRun run = Diagnoses.service(DiagnosisService.class).start();
        TraceReplay.replay(trace, run);
        Diagnosis d = run.finish(trace);
        assertEquals(List.of(4, 5), evidenceLines(single(d, CauseIds.DROPPED_AFTER_GREETING)));
    }
}
