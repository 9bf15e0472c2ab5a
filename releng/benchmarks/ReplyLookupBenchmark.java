import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.model.internal.catalog.CatalogResources;

/**
 * What the reply-knowledge lookup costs per text: every line of the given folders (the accuracy corpus) is looked up
 * with {@link ReplyLookup#match} (one pass for all phrases, one for codes, a regular expression only for an entry whose
 * phrase was found) and, alternately in the same JVM, with the same knowledge as one regular expression per entry
 * tried in catalog order - what the former error-texts.tsv table did. Both must find the same entry for every line;
 * prints the best thread CPU time per line of each. Usage: {@code java -cp <jars> ReplyLookupBenchmark.java DIR...}
 */
public final class ReplyLookupBenchmark {

    private static final int ROUNDS = Integer.getInteger("rounds", 7);

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String dir : args) {
            try (var files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    lines.addAll(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList());
                }
            }
        }
        ReplyLookup lookup = ReplyLookup.of(CatalogResources.loadBuiltIn());
        List<ReplyKnowledge> entries = lookup.entries();
        List<Pattern> perEntry = entries.stream().map(ReplyLookupBenchmark::regexOf).toList();

        int differ = 0;
        for (String line : lines) {
            String a = lookup.match(line).map(m -> m.entry().getId()).orElse(null);
            String b = naive(entries, perEntry, line).map(ReplyKnowledge::getId).orElse(null);
            if (!Objects.equals(a, b)) {
                differ++;
                System.err.println("differs: lookup " + a + ", per-entry regex " + b + ": " + line);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestLookup = Double.MAX_VALUE;
        double bestNaive = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (String line : lines) {
                sink += lookup.match(line).isPresent() ? 1 : 0;
            }
            long c1 = threads.getCurrentThreadCpuTime();
            for (String line : lines) {
                sink += naive(entries, perEntry, line).isPresent() ? 1 : 0;
            }
            long c2 = threads.getCurrentThreadCpuTime();
            bestLookup = Math.min(bestLookup, (c1 - c0) / (double) lines.size());
            bestNaive = Math.min(bestNaive, (c2 - c1) / (double) lines.size());
        }
        System.out.printf("%d lines, %d deciding entries, %d lines found an entry%n", lines.size(), entries.size(), sink / (2L * ROUNDS));
        System.out.printf("ReplyLookup.match:        %8.0f ns thread CPU per line (best of %d)%n", bestLookup, ROUNDS);
        System.out.printf("one regex per entry:      %8.0f ns thread CPU per line (best of %d)%n", bestNaive, ROUNDS);
        System.out.printf("ratio %.2fx; lines where the two differ: %d%n", bestLookup / bestNaive, differ);
        if (differ > 0) {
            System.exit(1);
        }
    }

    private static Optional<ReplyKnowledge> naive(List<ReplyKnowledge> entries, List<Pattern> perEntry, String line) {
        for (int i = 0; i < entries.size(); i++) {
            if (perEntry.get(i).matcher(line).find()) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** The entry as one regular expression: its pattern (which implies a phrase), its phrases, or its code as a word. */
    private static Pattern regexOf(ReplyKnowledge k) {
        if (k instanceof ReplyText t) {
            if (t.getPattern() != null && !t.getPattern().isBlank()) {
                return ReplyLookup.compile(t.getPattern());
            }
            return ReplyLookup.compile(String.join("|", t.getPhrases().stream().map(Pattern::quote).toList()));
        }
        ReplyCode c = (ReplyCode) k;
        String code = c.getCode().strip();
        return switch (c.getKind()) {
            case ENHANCED_STATUS -> ReplyLookup.compile("(?<![A-Za-z0-9_])" + (code.startsWith("X") ? "\\d" : Pattern.quote(code.substring(0, 1)))
                    + Pattern.quote(code.substring(1)) + "(?![A-Za-z0-9_])");
            case BASIC_STATUS -> ReplyLookup.compile("(?<![A-Za-z0-9_])" + Pattern.quote(code) + "(?=[ -]|$)");
            case RESPONSE_CODE -> ReplyLookup.compile("\\[" + Pattern.quote(code) + "\\]");
        };
    }
}
