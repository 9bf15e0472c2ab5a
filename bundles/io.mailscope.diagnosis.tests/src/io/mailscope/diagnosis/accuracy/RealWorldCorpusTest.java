package io.mailscope.diagnosis.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Finding;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportException;

/**
 * The real-world accuracy corpus ({@code benchmarks/accuracy}: public traces and error texts, each labelled with the
 * root cause its thread established) diagnosed by the real pipeline, scored as {@code benchmarks/accuracy/score.py}
 * scores the product's JSON output. Fails when the score falls below the figures recorded in
 * {@code benchmarks/accuracy/floor.properties}; that floor is only ever raised, never lowered.
 */
class RealWorldCorpusTest {

    private static final double CONFIDENT = 0.8;
    private static final double FLAGGED = 0.5;
    private static final String HEALTHY = "none";

    private static Path corpus;
    private static DiagnosisService diagnosis;

    @BeforeAll
    static void locateCorpus() throws IOException {
        // the test bundle lives in bundles/<name> of the source tree; the corpus is the project's, not a copy
        Path bundle = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(RealWorldCorpusTest.class))
                .orElseThrow(() -> new IllegalStateException("the test bundle has no file location")).toPath().toAbsolutePath();
        corpus = Stream.iterate(bundle, p -> p != null, Path::getParent)
                .map(p -> p.resolve("benchmarks/accuracy"))
                .filter(p -> Files.isRegularFile(p.resolve("manifest.tsv")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no benchmarks/accuracy/manifest.tsv above " + bundle));
        diagnosis = Diagnoses.service(DiagnosisService.class);
    }

    record Label(String id, String category) {
        boolean healthy() {
            return HEALTHY.equals(category);
        }
    }

    enum Outcome { RIGHT, UNKNOWN, WRONG, CONFIDENTLY_WRONG, FLAGGED }

    record Scored(Label label, Outcome outcome, String answer) {
    }

    static List<Label> labels(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id");
        int category = header.indexOf("category");
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                .map(f -> new Label(f[id], f[category])).toList();
    }

    /** The answer is the determined finding with the highest confidence; "unknown" is no answer. */
    static Optional<Finding> answer(List<Finding> findings) {
        return findings.stream().filter(RealWorldCorpusTest::names)
                .max(Comparator.comparingDouble(Finding::getConfidence));
    }

    private static boolean names(Finding f) {
        return f.isDetermined() && f.getCategory() != null && f.getCategory() != CauseCategory.UNKNOWN;
    }

    static Scored score(Label label, List<Finding> findings) {
        Optional<Finding> best = answer(findings);
        String answer = best.map(f -> f.getCategory().getLiteral() + " " + f.getConfidence()).orElse("no answer");
        if (label.healthy()) {
            boolean flagged = findings.stream().anyMatch(f -> names(f) && f.getConfidence() > FLAGGED);
            return new Scored(label, flagged ? Outcome.FLAGGED : Outcome.RIGHT, answer);
        }
        if (best.isEmpty()) {
            return new Scored(label, Outcome.UNKNOWN, answer);
        }
        Finding f = best.get();
        if (f.getCategory().getLiteral().equals(label.category())) {
            return new Scored(label, Outcome.RIGHT, answer);
        }
        return new Scored(label, f.getConfidence() >= CONFIDENT ? Outcome.CONFIDENTLY_WRONG : Outcome.WRONG, answer);
    }

    private static List<Finding> diagnose(Path file) throws IOException {
        try {
            return diagnosis.diagnose(file, ImportOptions.DEFAULT, null).diagnosis().getFindings();
        } catch (TraceImportException e) {
            // an unrecognised text is no answer, as in `mailscope diagnose`
            return List.of();
        }
    }

    @Test
    void everyLabelledCaseHasItsTextAndEveryTextItsLabel() throws IOException {
        Set<String> labelled = labels(corpus.resolve("manifest.tsv")).stream().map(Label::id).collect(Collectors.toSet());
        Set<String> texts;
        try (Stream<Path> files = Files.list(corpus.resolve("cases"))) {
            texts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).collect(Collectors.toSet());
        }
        assertEquals(labelled, texts);
        Set<String> vocabulary = CauseCategory.VALUES.stream().map(CauseCategory::getLiteral).collect(Collectors.toSet());
        List<String> unknownLabels = labels(corpus.resolve("manifest.tsv")).stream()
                .filter(l -> !l.healthy() && !vocabulary.contains(l.category())).map(l -> l.id() + ": " + l.category()).toList();
        assertEquals(List.of(), unknownLabels, "labels use the catalog's category vocabulary");
    }

    @Test
    void theScoreOnTheRealWorldCorpusDoesNotFallBelowTheRecordedFloor() throws IOException {
        List<Scored> scored = new ArrayList<>();
        for (Label label : labels(corpus.resolve("manifest.tsv"))) {
            scored.add(score(label, diagnose(corpus.resolve("cases").resolve(label.id() + ".txt"))));
        }
        long right = scored.stream().filter(s -> !s.label().healthy() && s.outcome() == Outcome.RIGHT).count();
        long confidentlyWrong = scored.stream().filter(s -> s.outcome() == Outcome.CONFIDENTLY_WRONG).count();
        long flagged = scored.stream().filter(s -> s.outcome() == Outcome.FLAGGED).count();
        Properties floor = new Properties();
        try (Reader in = Files.newBufferedReader(corpus.resolve("floor.properties"), StandardCharsets.UTF_8)) {
            floor.load(in);
        }
        String report = table(scored);
        System.out.println(report);
        assertTrue(right >= Long.parseLong(floor.getProperty("right")),
                "failure cases named right: " + right + " < recorded floor " + floor.getProperty("right") + "\n" + report);
        assertTrue(confidentlyWrong <= Long.parseLong(floor.getProperty("confidentlyWrongMax")),
                "confidently wrong answers: " + confidentlyWrong + " > recorded " + floor.getProperty("confidentlyWrongMax") + "\n" + report);
        assertTrue(flagged <= Long.parseLong(floor.getProperty("healthyFlaggedMax")),
                "healthy sessions flagged above " + FLAGGED + ": " + flagged + " > recorded " + floor.getProperty("healthyFlaggedMax")
                        + "\n" + report);
    }

    /** The per-category table of score.sh, and every case that is not right, so a drop names the cases. */
    private static String table(List<Scored> scored) {
        Map<String, Map<Outcome, Long>> byCategory = new TreeMap<>();
        for (Scored s : scored) {
            byCategory.computeIfAbsent(s.label().category(), c -> new TreeMap<>()).merge(s.outcome(), 1L, Long::sum);
        }
        StringBuilder out = new StringBuilder(String.format("%-34s %5s %5s %7s %5s %10s %7s%n", "category", "cases", "right", "unknown",
                "wrong", "conf.wrong", "flagged"));
        byCategory.forEach((category, counts) -> out.append(String.format("%-34s %5d %5d %7d %5d %10d %7d%n", category,
                counts.values().stream().mapToLong(Long::longValue).sum(), counts.getOrDefault(Outcome.RIGHT, 0L),
                counts.getOrDefault(Outcome.UNKNOWN, 0L), counts.getOrDefault(Outcome.WRONG, 0L),
                counts.getOrDefault(Outcome.CONFIDENTLY_WRONG, 0L), counts.getOrDefault(Outcome.FLAGGED, 0L))));
        scored.stream().filter(s -> s.outcome() != Outcome.RIGHT && s.outcome() != Outcome.UNKNOWN)
                .forEach(s -> out.append(String.format("%s %s: label %s, answer %s%n", s.outcome(), s.label().id(), s.label().category(),
                        s.answer())));
        return out.toString();
    }
}
