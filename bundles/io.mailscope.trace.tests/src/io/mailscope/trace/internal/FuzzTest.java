package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.mailscope.model.Exchange;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * Property-based fuzzing over mutated fixtures, with a fixed seed and a fixed number of mutants (no time budget, so
 * the result does not depend on the machine's speed; long fuzzing runs belong to the fuzzing module):
 * for every mutant and every built-in format (detected and forced), no exception escapes import, and every event's
 * line numbers lie within the input. Failures print the seed and iteration so they can be replayed.
 */
class FuzzTest {

    private static final long SEED = 0x5EED_CC97L;
    private static final int ITERATIONS = 300;

    @Test
    void mutatedFixturesNeverBreakImport() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        for (String dir : List.of("", "public", "captured", "written")) {
            try (Stream<Path> files = Files.list(Path.of("testfiles", dir))) {
                for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).toList()) {
                    corpus.add(Files.readAllBytes(p));
                }
            }
        }
        List<String> formatIds = BuiltInFormats.all().stream().map(f -> f.info().id()).toList();
        TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (format, what, error) -> {
            throw new AssertionError(format.id() + " failed in " + what, error);
        });
        Random random = new Random(SEED);
        for (int done = 0; done < ITERATIONS; done++) {
            byte[] mutant = mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
            String text = new String(mutant, StandardCharsets.UTF_8);
            String forced = random.nextInt(3) == 0 ? formatIds.get(random.nextInt(formatIds.size())) : null;
            try {
                ImportResult result = importer.importText("fuzz-" + done, text, new ImportOptions(forced, random.nextBoolean()), null);
                checkLines(result.trace(), done);
            } catch (TraceImportException expected) {
                // unrecognised input is a valid outcome
            } catch (RuntimeException | AssertionError e) {
                fail("seed " + Long.toHexString(SEED) + " iteration " + done + " format " + forced + ": " + e, e);
            }
        }
    }

    private static void checkLines(Trace trace, int iteration) {
        int max = Math.max(trace.getLineCount(), 1);
        List<TraceEvent> events = new ArrayList<>(trace.getOtherLines());
        events.addAll(trace.getStatusEvents());
        for (Session s : trace.getSessions()) {
            events.addAll(s.getConnectionEvents());
            for (Exchange e : s.getExchanges()) {
                if (e.getCommand() != null) {
                    events.add(e.getCommand());
                }
                for (ProtocolLine l : e.getReplyLines()) {
                    events.add(l);
                }
            }
        }
        for (TraceEvent e : events) {
            if (e.getFirstLine() < 1 || e.getLastLine() < e.getFirstLine() || e.getLastLine() > max) {
                throw new AssertionError("iteration " + iteration + ": line range " + e.getFirstLine() + "-" + e.getLastLine()
                        + " outside 1-" + max + " for " + e.getText());
            }
        }
    }

    private static byte[] mutate(byte[] input, List<byte[]> corpus, Random random) {
        byte[] b = input.clone();
        int mutations = 1 + random.nextInt(8);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(8)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = '\n';
                case 2 -> b = cut(b, at, Math.min(b.length, at + random.nextInt(200)));
                case 3 -> b = insert(b, at, slice(corpus.get(random.nextInt(corpus.size())), random));
                case 4 -> b = insert(b, at, slice(b, random));
                case 5 -> b = cut(b, at, b.length);
                case 6 -> b = insert(b, at, new byte[] { 0, 0, (byte) 0xFF, (byte) 0xC3 });
                default -> b = insert(b, at, "\n+OK\n.\n* OK\n250-x\n334 \n+ \nA1 OK\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return b;
    }

    private static byte[] slice(byte[] source, Random random) {
        if (source.length == 0) {
            return source;
        }
        int from = random.nextInt(source.length);
        int to = Math.min(source.length, from + random.nextInt(400));
        return java.util.Arrays.copyOfRange(source, from, to);
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] r = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, r, 0, from);
        System.arraycopy(b, to, r, from, b.length - to);
        return r;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] r = new byte[b.length + piece.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(piece, 0, r, at, piece.length);
        System.arraycopy(b, at, r, at + piece.length, b.length - at);
        return r;
    }
}
