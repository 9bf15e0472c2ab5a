package io.mailscope.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./mailscope} gives a headless command on the plain class path ({@code MAILSCOPE_PRINT_COMMAND}
 * prints the java command line instead of running it): short runs ({@code code}, {@code help}, {@code diagnose} of
 * small files) without the optimising JIT tier and with the serial collector; {@code diagnose} and {@code import} of
 * more than 32 MB and up to 1.5 GiB the same (the tier's compilations cost more than they save there, G1's write
 * barrier more than the serial collector's), and from 32 MB on with the product's compiler directives (a thread waits
 * for the compilation of the import's hot methods instead of interpreting them), the JVM's own messages kept off stdout;
 * of more, of folders and of standard input with the full JIT, whose optimising tier compiles only methods ten times
 * hotter than by default and, with the AOT cache, without replaying the cache's method profiles (those of the
 * training run's start-up work; docs/benchmarks.md, issue 16).
 */
class HeadlessJvmOptionsTest {

    private static final String SEED = "testfiles/outlook2002-pop3-0x800ccc97.log";
    private static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final long MB = 1024L * 1024;
    private static final List<String> LONG_RUN = List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");
    private static final List<String> NO_PROFILE_REPLAY = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining");
    private static final String DIRECTIVES = "-XX:CompilerDirectivesFile=";
    /** the JVM prints "1 compiler directives added" on stdout, where the command's output goes */
    private static final List<String> DIRECTIVES_QUIETLY = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");

    @TempDir
    static Path temp;

    @Test
    void shortCommandsRunWithoutTheOptimisingTier() throws IOException, InterruptedException {
        for (List<String> args : List.of(List.of("code", "0x800CCC0F"), List.of("help"), List.of("diagnose", SEED),
                List.of("import", "-f", "json", SEED))) {
            List<String> command = quickTierOnly(args);
            assertTrue(command.contains(SHORT_RUN.get(1)), () -> args + ": " + command);
            assertEquals(List.of(), directives(command), () -> args + ": " + command);
        }
    }

    @Test
    void inputsUpToOneAndAHalfGibibytesRunWithoutTheOptimisingTier() throws IOException, InterruptedException {
        Path medium = sparse("medium.log", 32 * MB + 1);
        Path largest = sparse("largest-medium.log", 1536 * MB);
        Path small = Files.copy(Path.of(SEED), temp.resolve("medium-small.log"));
        for (List<String> args : List.of(List.of("diagnose", medium.toString()), List.of("import", "--summary", largest.toString()),
                List.of("diagnose", "-f", "json", small.toString(), medium.toString()))) {
            List<String> command = quickTierOnly(args);
            // the serial collector too: its write barrier costs the quick tier's code less than G1's
            assertTrue(command.contains(SHORT_RUN.get(1)), () -> args + ": " + command);
            // and the compiler directives the product ships, given after the options that let the JVM read them quietly
            Path shipped = Mailscope.PRODUCT.resolve("headless/quick-tier-directives.json");
            assertTrue(Files.isRegularFile(shipped), shipped::toString);
            assertEquals(List.of(shipped.toString()), directives(command), () -> args + ": " + command);
            int directives = command.indexOf(DIRECTIVES + shipped);
            assertEquals(command.subList(directives - 2, directives), DIRECTIVES_QUIETLY, command::toString);
        }
        // 32 MB and less is a short run
        Path shortRun = sparse("at-most-medium.log", 32 * MB);
        assertEquals(List.of(), directives(quickTierOnly(List.of("diagnose", shortRun.toString()))));
    }

    @Test
    void theCompilerDirectivesLeaveTheCommandsOutputAsItIs() throws IOException, InterruptedException {
        // the java command of a 32 MB-1.5 GiB input, run on the seed log instead, against the seed log's own command:
        // the directives parse (a file the JVM cannot read stops it), and the JVM's message about them stays off stdout
        Path medium = sparse("directives-medium.log", 64 * MB);
        List<String> withDirectives = new ArrayList<>(javaCommand(List.of("diagnose", medium.toString())));
        assertEquals(1, directives(withDirectives).size(), withDirectives::toString);
        withDirectives.set(withDirectives.size() - 1, SEED);
        List<String> without = javaCommand(List.of("diagnose", SEED));
        assertEquals(List.of(), directives(without), without::toString);
        Mailscope.Result expected = Mailscope.waitFor(new ProcessBuilder(without), without.toString());
        Mailscope.Result actual = Mailscope.waitFor(new ProcessBuilder(withDirectives), withDirectives.toString());
        assertEquals(expected.exit(), actual.exit(), actual::toString);
        assertTrue(expected.stdout().contains("0x800CCC97"), expected::toString);
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals("", actual.stderr());
    }

    /** @return the compiler directives files {@code command} gives the JVM */
    private static List<String> directives(List<String> command) {
        return command.stream().filter(a -> a.startsWith(DIRECTIVES)).map(a -> a.substring(DIRECTIVES.length())).toList();
    }

    /** @return the java command of {@code args}, checked to have the quick JIT tier only */
    private static List<String> quickTierOnly(List<String> args) throws IOException, InterruptedException {
        List<String> command = javaCommand(args);
        assertTrue(command.contains(SHORT_RUN.get(0)), () -> args + ": " + command);
        assertTrue(LONG_RUN.stream().noneMatch(command::contains), () -> args + ": " + command);
        assertFalse(command.contains(NO_PROFILE_REPLAY.get(1)), () -> args + ": " + command);
        return command;
    }

    @Test
    void largeInputsGetTheOptimisingTierForTheirHottestMethods() throws IOException, InterruptedException {
        Path large = sparse("large.log", 1536 * MB + 1);
        Path medium = sparse("large-medium.log", 1024 * MB);
        for (List<String> args : List.of(List.of("diagnose", large.toString()), List.of("import", "--summary", large.toString()),
                List.of("diagnose", "-f", "json", medium.toString(), medium.toString()), List.of("diagnose", "testfiles"),
                List.of("diagnose", "-"))) {
            List<String> command = javaCommand(args);
            assertTrue(command.containsAll(LONG_RUN), () -> args + ": " + command);
            assertTrue(SHORT_RUN.stream().noneMatch(command::contains), () -> args + ": " + command);
            // the directives are for the quick tier's compilations: the optimising tier's take too long to wait for
            assertEquals(List.of(), directives(command), () -> args + ": " + command);
            // the profiles only matter with the cache, and an older JDK, which has neither, would not start with the option
            boolean cache = command.stream().anyMatch(a -> a.startsWith("-XX:AOTCache="));
            assertEquals(cache, command.containsAll(NO_PROFILE_REPLAY), () -> args + ": " + command);
            if (cache) {
                assertEquals(command.indexOf(NO_PROFILE_REPLAY.get(0)) + 1, command.indexOf(NO_PROFILE_REPLAY.get(1)), command::toString);
            }
            // the options come before the class path and the command's own arguments, which follow the main class
            int main = command.indexOf("io.mailscope.headless.internal.classpath.ClassPathMain");
            assertTrue(main > command.indexOf(LONG_RUN.get(0)), command::toString);
            assertEquals(args, command.subList(main + 1, command.size()));
        }
    }

    /** @return a sparse file of {@code length} bytes: only its size counts, and the command is not run */
    private static Path sparse(String name, long length) throws IOException {
        Path file = temp.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }

    /** @return the java command line {@code ./mailscope ARGS} runs on the product as built, one element an argument */
    private static List<String> javaCommand(List<String> args) throws IOException, InterruptedException {
        Mailscope.Result printed = Mailscope.run(Mailscope.PRODUCT, null, args, Map.of("MAILSCOPE_PRINT_COMMAND", "1"));
        assertEquals(0, printed.exit(), printed::toString);
        List<String> command = printed.stdout().lines().toList();
        assertFalse(command.isEmpty(), printed::toString);
        assertTrue(command.contains("io.mailscope.headless.internal.classpath.ClassPathMain"), "not the plain class path: " + command);
        return command;
    }
}
