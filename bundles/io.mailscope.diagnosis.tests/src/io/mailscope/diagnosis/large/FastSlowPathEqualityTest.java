package io.mailscope.diagnosis.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.internal.FastPath;

/**
 * The import's fast path (lines proven free of credentials skip the masking analysis, and whatever else
 * {@link FastPath} switches) must give exactly the slow path's result: on a log of each generator of
 * {@code releng/benchmarks} (the clean Outlook 2003+ one with a failure every few thousand cycles, and the wrapped,
 * interleaved Outlook 2000-2002 one with the two seed faults planted near its end), about 24 MB each so that the
 * parse thread and the rule worker both run, the findings (codes, causes, confidence, summaries, evidence lines and
 * texts), the rule failures, the repair notes, the problems and the trace's counts are compared between both paths.
 * The generators run as the benchmarks run them ({@code java Generate….java}), from this repository's releng folder.
 */
class FastSlowPathEqualityTest {

    private static final int SIZE_MB = 24;

    /** The repository root: tests run in their bundle's folder. */
    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("releng/benchmarks"))) {
                return p;
            }
        }
        throw new IllegalStateException("releng/benchmarks not found above " + here);
    }

    private static Path generate(String generator, Path out) throws IOException, InterruptedException {
        Path root = repository();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), root.resolve("releng/benchmarks/" + generator + ".java").toString(),
                out.toString(), Integer.toString(SIZE_MB)));
        if (generator.equals("GenerateOutlookLegacyLog")) {
            command.add(root.resolve("bundles/io.mailscope.trace.tests/testfiles/outlook2002-pop3-0x800ccc97.log").toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "generator finished");
        assertEquals(0, process.exitValue(), generator + ": " + output);
        return out;
    }

    private static Diagnosis diagnose(Path file, boolean fast, Trace[] trace) throws Exception {
        boolean before = FastPath.enable(fast);
        try {
            TraceImportService importer = Diagnoses.service(TraceImportService.class);
            ImportResult[] imported = new ImportResult[1];
            Diagnosis d = Diagnoses.importAndRun(importer, file, Diagnoses.builtInRules(), Duration.ofMinutes(2), engine -> engine,
                    r -> imported[0] = r);
            trace[0] = imported[0].trace();
            return d;
        } finally {
            FastPath.enable(before);
        }
    }

    private static String evidence(Evidence e) {
        return "L" + e.getFirstLine() + "-" + e.getLastLine() + " " + e.getText();
    }

    /** Everything a report shows of the findings, in order. */
    private static List<String> findings(Diagnosis d) {
        return d.getFindings().stream().map(f -> f.getRuleId() + " " + f.getErrorCode().getValue() + " "
                + (f.getCause() == null ? "-" : f.getCause().getId()) + " " + f.getCategory() + " " + f.isDetermined() + " "
                + f.getConfidence() + " " + f.getSummary() + " " + f.getEvidence().stream().map(FastSlowPathEqualityTest::evidence).toList())
                .toList();
    }

    private static String line(io.mailscope.model.ProtocolLine l) {
        return l.getDirection() + " L" + l.getFirstLine() + "-" + l.getLastLine() + " @" + l.getOffset() + " " + l.getTime() + " "
                + l.isMasked() + " " + l.getText();
    }

    /** The trace's counts, repair notes, problems, other lines, and the kept sessions with their exchanges. */
    private static List<String> trace(Trace t) {
        List<String> facts = new ArrayList<>();
        facts.add("lines " + t.getLineCount() + ", bytes " + t.getByteCount() + ", other lines " + t.getOtherLineCount()
                + ", sessions kept " + t.getSessions().size() + ", exchanges counted "
                + t.getSessions().stream().mapToLong(s -> s.getExchangeCount()).sum() + ", status events " + t.getStatusEvents().size());
        t.getRepairs().forEach(r -> facts.add("repair " + r.getKind() + " L" + r.getFirstLine() + "-" + r.getLastLine() + " " + r.getDescription()));
        t.getProblems().forEach(p -> facts.add("problem L" + p.getLine() + " " + p.getMessage()));
        t.getOtherLines().forEach(o -> facts.add("other L" + o.getFirstLine() + " " + o.getText()));
        // the sessions the model keeps, with their exchanges (the fast path creates a likely dropped session's
        // exchange objects only once the session stays) and connection and status events
        for (io.mailscope.model.Session session : t.getSessions()) {
            facts.add("session " + session.getProtocol() + " " + session.getHost() + ":" + session.getPort() + " "
                    + session.getContextId() + " " + session.getTls() + " exchanges " + session.getExchangeCount() + " kept "
                    + session.getExchanges().size());
            for (io.mailscope.model.Exchange e : session.getExchanges()) {
                StringBuilder b = new StringBuilder("  exchange ").append(e.getVerb()).append(' ').append(e.getTag())
                        .append(" complete ").append(e.isComplete());
                if (e.getCommand() != null) {
                    b.append(" command ").append(line(e.getCommand()));
                }
                e.getReplyLines().forEach(r -> b.append(" | ").append(line(r)));
                facts.add(b.toString());
            }
            session.getConnectionEvents().forEach(c -> facts.add("  connection " + c.getKind() + " L" + c.getFirstLine() + " " + c.getText()));
        }
        t.getStatusEvents().forEach(e -> facts.add("status L" + e.getFirstLine() + "-" + e.getLastLine() + " " + e.getText()));
        return facts;
    }

    @ParameterizedTest
    @ValueSource(strings = { "GenerateOutlookLog", "GenerateOutlookLegacyLog" })
    void fastPathFindsExactlyWhatTheSlowPathFinds(String generator, @TempDir Path dir) throws Exception {
        Path log = generate(generator, dir.resolve(generator + ".log"));
        Trace[] fastTrace = new Trace[1];
        Trace[] slowTrace = new Trace[1];
        Diagnosis fast = diagnose(log, true, fastTrace);
        Diagnosis slow = diagnose(log, false, slowTrace);

        List<Finding> determined = Diagnoses.determined(slow);
        assertTrue(determined.size() >= 2, "the generated faults are found:\n" + Diagnoses.describe(slow));
        assertEquals(findings(slow), findings(fast), Diagnoses.describe(fast));
        assertEquals(slow.getRuleFailures().stream().map(r -> r.getRuleId() + ": " + r.getMessage()).toList(),
                fast.getRuleFailures().stream().map(r -> r.getRuleId() + ": " + r.getMessage()).toList());
        List<String> slowFacts = trace(slowTrace[0]);
        List<String> fastFacts = trace(fastTrace[0]);
        assertEquals(slowFacts.size(), fastFacts.size(), "facts of the trace");
        for (int i = 0; i < slowFacts.size(); i++) {
            assertEquals(slowFacts.get(i), fastFacts.get(i), "trace fact " + i);
        }
        assertTrue(slowFacts.stream().anyMatch(f -> f.startsWith("repair ")) || generator.equals("GenerateOutlookLog"),
                "the wrapped log's repairs are compared: " + slowFacts.stream().limit(5).collect(Collectors.joining("\n")));
    }
}
