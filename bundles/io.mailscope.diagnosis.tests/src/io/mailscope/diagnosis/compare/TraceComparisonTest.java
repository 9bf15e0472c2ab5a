package io.mailscope.diagnosis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.trace.TraceImportService;

/**
 * The seed 0x800CCC97 ticket turned on "other users on the same server have no problem": the failing Outlook log next
 * to a healthy POP3 session (fetchmail against a test server), aligned by command.
 */
class TraceComparisonTest {

    /** The fixtures are kept once, in the sibling io.mailscope.trace.tests/testfiles (test bundles run in their folder). */
    private static Path fixture(String relative) {
        Path path = Path.of("..", "io.mailscope.trace.tests", "testfiles").resolve(relative);
        assertTrue(Files.exists(path), path.toAbsolutePath() + " exists");
        return path;
    }

    /** Built-in rules only: the stub rules of this bundle (one spins past its budget) stay out of this test. */
    private static Diagnosis diagnose(String relative) throws Exception {
        return Diagnoses.importAndRun(Diagnoses.service(TraceImportService.class), fixture(relative), Diagnoses.builtInRules(),
                Duration.ofSeconds(10));
    }

    private static AlignedExchange row(TraceComparison c, String verb) {
        return c.rows().stream().filter(r -> r.left() != null && r.right() != null && verb.equals(r.verb())).findFirst()
                .orElseThrow(() -> new AssertionError("no aligned " + verb + " in " + c.rows().stream().map(AlignedExchange::verb).toList()));
    }

    @Test
    void theSeedNextToAHealthyPop3SessionMarksStatAndUidl() throws Exception {
        Diagnosis seed = diagnose("outlook2002-pop3-0x800ccc97.log");
        Diagnosis healthy = diagnose("captured/fetchmail_pop.txt");
        TraceComparison c = TraceComparison.compare(seed.getTrace(), seed, healthy.getTrace(), healthy);

        AlignedExchange stat = row(c, "STAT");
        assertTrue(stat.differences().contains(Difference.EVIDENCE), stat.toString());
        assertEquals(List.of("0x800CCC97"), stat.findings());
        AlignedExchange uidl = row(c, "UIDL");
        assertEquals(Set.of(Difference.REPLY_LENGTH, Difference.EVIDENCE), uidl.differences(), "UIDL lists nothing in the seed, one message when healthy");
        AlignedExchange user = row(c, "USER");
        assertFalse(user.differs(), "USER is answered +OK on both sides: " + user);
        AlignedExchange pass = row(c, "PASS");
        assertFalse(pass.differs());
        // the healthy side asks CAPA, LAST and RETR, which the seed never does
        assertTrue(c.rows().stream().anyMatch(r -> r.left() == null && "RETR".equals(r.verb()) && r.differences().equals(Set.of(Difference.ONLY_RIGHT))));
        assertEquals(1, stat.leftSession());
        assertEquals(1, stat.rightSession());
    }

    @Test
    void aTraceComparedWithItselfHasNoDifference() throws Exception {
        Diagnosis seed = diagnose("outlook2002-pop3-0x800ccc97.log");
        TraceComparison c = TraceComparison.compare(seed.getTrace(), seed, seed.getTrace(), seed);
        assertTrue(c.differences().isEmpty(), c.differences().toString());
        assertEquals(seed.getTrace().getSessions().stream().mapToInt(s -> s.getExchanges().size()).sum(), c.rows().size());
    }

    @Test
    void aNegativeReplyWhereTheOtherSideHasAPositiveOneIsAStatusDifference() {
        Diagnosis healthy = Diagnoses.builtIn("pop3-healthy.txt");
        Diagnosis badPassword = Diagnoses.builtIn("pop3-bad-password.txt");
        TraceComparison c = TraceComparison.compare(healthy.getTrace(), healthy, badPassword.getTrace(), badPassword);
        AlignedExchange pass = row(c, "PASS");
        assertTrue(pass.differences().contains(Difference.REPLY_STATUS), pass.toString());
        assertFalse(row(c, "USER").differences().contains(Difference.REPLY_STATUS));
    }
}
