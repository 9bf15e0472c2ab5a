package io.mailscope.diagnosis.internal;

import static io.mailscope.diagnosis.tests.shared.Diagnoses.describe;
import static io.mailscope.diagnosis.tests.shared.Diagnoses.evidenceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.diagnosis.tests.shared.Transcripts;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;

/** The declarative rule of the test plugin.xml: 452 4.3.1 answering RCPT or the exchange after it. */
class DeclarativeRuleTest {

    private static final String RULE = "io.mailscope.diagnosis.tests.declarative-busy";

    private static Diagnosis run(String transcript) {
        List<RuleDescriptor> rules = Diagnoses.registry().rules().stream().filter(r -> r.info().id().equals(RULE)).toList();
        return Diagnoses.run(Transcripts.parse("t", transcript), rules, Duration.ofSeconds(5));
    }

    private static final String HEAD = """
            * session SMTP mx.example.net:25
            * connected
            S: 220 mx.example.net ESMTP
            C: EHLO client
            S: 250 mx.example.net
            C: MAIL FROM:<a@example.org>
            S: 250 OK
            C: RCPT TO:<b@example.net>
            S: 250 OK
            """;

    @Test
    void aReplyWithinTheGivenNumberOfExchangesAfterTheCommandIsReported() {
        Diagnosis d = run(HEAD + "C: DATA\nS: 452 4.3.1 Insufficient system storage\n");
        assertEquals(1, d.getFindings().size(), describe(d));
        Finding f = d.getFindings().get(0);
        assertEquals(RULE, f.getRuleId());
        assertEquals("0x800CCC6C.quota-exceeded", f.getCause().getId());
        assertEquals(List.of(8, 10, 11), evidenceLines(f));
        assertEquals(0.7, f.getConfidence());
    }

    @Test
    void aReplyFurtherAwayIsNot() {
        Diagnosis d = run(HEAD + "C: NOOP\nS: 250 OK\nC: DATA\nS: 452 4.3.1 Insufficient system storage\n");
        assertEquals(List.of(), d.getFindings(), describe(d));
    }

    @Test
    void aHealthySessionGivesNothing() {
        Diagnosis d = run(HEAD + "C: DATA\nS: 354 go ahead\nC: .\nS: 250 OK queued\n");
        assertEquals(List.of(), d.getFindings(), describe(d));
    }
}
