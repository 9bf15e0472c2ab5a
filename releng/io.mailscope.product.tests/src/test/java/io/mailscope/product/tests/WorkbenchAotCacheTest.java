package io.mailscope.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's AOT cache: the product build trains one (releng/io.mailscope.product/train-workbench-aot.sh) when
 * Xvfb and a JDK 25+ are there, as on CI; {@code ./mailscope} starts the workbench with it only when it is newer than
 * the build and made for this launcher jar and JDK, and a cache the JVM cannot map does not stop the start or print
 * anything. The real workbench is started under Xvfb with the training's {@code io.mailscope.ui.closeWhenStarted}
 * property, so it also shows that the property closes the workbench once it has started.
 * <p>
 * The tests that make the cache stale or foreign change the product's files and put them back afterwards.
 */
class WorkbenchAotCacheTest {

    private static final Path CACHE = Mailscope.PRODUCT.resolve("workbench/mailscope.aot");
    private static final Path KEY = Mailscope.PRODUCT.resolve("workbench/mailscope.aot.key");
    private static final Path STAMP = Mailscope.PRODUCT.resolve("configuration/config.ini");
    /** A line of {@code -Xlog:class+load} for a class taken from the cache. */
    private static final Pattern FROM_CACHE = Pattern.compile("source: shared objects file");

    @BeforeAll
    static void theBuildTrainedACache() {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs Java 25+ (the build then makes none)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")) && Files.isExecutable(Path.of("/usr/bin/xvfb-run")),
                "the build trains the cache only under Xvfb (CI installs it)");
        assertTrue(Files.isRegularFile(CACHE) && Files.isRegularFile(KEY),
                "the product build made no workbench AOT cache: see " + CACHE.resolveSibling("aot-training.log"));
    }

    @Test
    void theWorkbenchStartsWithTheCacheTheBuildMade() throws IOException, InterruptedException {
        List<String> command = workbenchCommand();
        int jar = command.indexOf("-jar");
        assertTrue(command.subList(0, jar).contains("-XX:AOTCache=" + CACHE), command::toString);
        assertTrue(command.subList(0, jar).contains("-Xlog:aot*=off,cds*=off"), command::toString);
    }

    @Test
    void aCacheOlderThanTheBuildIsNotUsed() throws IOException, InterruptedException {
        FileTime trained = Files.getLastModifiedTime(CACHE);
        try {
            Files.setLastModifiedTime(CACHE, FileTime.fromMillis(Files.getLastModifiedTime(STAMP).toMillis() - 60_000));
            List<String> command = workbenchCommand();
            assertFalse(command.stream().anyMatch(a -> a.startsWith("-XX:AOTCache")), command::toString);
            assertTrue(command.contains("-jar"), command::toString);
        } finally {
            Files.setLastModifiedTime(CACHE, trained);
        }
    }

    @Test
    void aCacheMadeForAnotherJdkIsNotUsed() throws IOException, InterruptedException {
        String key = Files.readString(KEY);
        FileTime trained = Files.getLastModifiedTime(CACHE);
        try {
            assertTrue(key.contains("JAVA_VERSION="), key);
            Files.writeString(KEY, key.replaceFirst("JAVA_VERSION=\"[^\"]*\"", "JAVA_VERSION=\"25.0.1\""));
            List<String> command = workbenchCommand();
            assertFalse(command.stream().anyMatch(a -> a.startsWith("-XX:AOTCache")), command::toString);
        } finally {
            Files.writeString(KEY, key);
            Files.setLastModifiedTime(CACHE, trained);
        }
    }

    /** The JVM takes most of the workbench's classes from the cache, and the training's property closes the workbench. */
    @Test
    void theWorkbenchLoadsItsClassesFromTheCacheAndClosesItselfWhenAsked(@TempDir Path scratch)
            throws IOException, InterruptedException {
        Path classLog = scratch.resolve("class-load.log");
        Mailscope.Result start = startWorkbench(workbenchCommand(scratch.resolve("data")), classLog);
        assertEquals(0, start.exit(), start::toString);
        List<String> classes = Files.readAllLines(classLog);
        long fromCache = classes.stream().filter(l -> FROM_CACHE.matcher(l).find()).count();
        assertTrue(classes.stream().anyMatch(l -> l.contains(" io.mailscope.ui.internal.CloseWhenStarted ")),
                "the workbench did not reach its post-start-up step");
        assertTrue(fromCache > classes.size() / 2, fromCache + " of " + classes.size() + " classes came from the cache");
        assertTrue(classes.stream().anyMatch(l -> l.contains(" io.mailscope.ui.internal.MailscopeWindowAdvisor ")
                && FROM_CACHE.matcher(l).find()), "Mailscope's own classes come from the cache too");
        assertQuiet(start);
    }

    /** A truncated cache (say a disk filled up while it was copied) is skipped by the JVM without a word. */
    @Test
    void aTruncatedCacheDoesNotStopTheStart(@TempDir Path scratch) throws IOException, InterruptedException {
        Path truncated = scratch.resolve("truncated.aot");
        try (var in = Files.newInputStream(CACHE)) {
            Files.write(truncated, in.readNBytes(1 << 20));
        }
        List<String> command = new ArrayList<>(workbenchCommand(scratch.resolve("data")));
        command.replaceAll(a -> a.startsWith("-XX:AOTCache=") ? "-XX:AOTCache=" + truncated : a);
        Mailscope.Result start = startWorkbench(command, scratch.resolve("class-load.log"));
        assertEquals(0, start.exit(), start::toString);
        assertTrue(Files.readString(scratch.resolve("class-load.log")).contains(" io.mailscope.ui.internal.CloseWhenStarted "),
                "the workbench did not reach its post-start-up step");
        assertQuiet(start);
    }

    /** The java command line {@code ./mailscope} starts the workbench with (its {@code MAILSCOPE_PRINT_COMMAND}). */
    private static List<String> workbenchCommand() throws IOException, InterruptedException {
        return workbenchCommand(null);
    }

    private static List<String> workbenchCommand(Path data) throws IOException, InterruptedException {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("MAILSCOPE_PRINT_COMMAND", "1"));
        // the launcher only checks that a display is named before it prints the command; a start gets its own Xvfb
        environment.put("DISPLAY", System.getenv().getOrDefault("DISPLAY", ":0"));
        if (data != null) {
            environment.put("MAILSCOPE_WORKSPACE", data.toString());
        }
        Mailscope.Result printed = Mailscope.run(Mailscope.PRODUCT, null, List.of(), environment);
        assertEquals(0, printed.exit(), printed::toString);
        return Arrays.asList(printed.stdout().split("\n"));
    }

    /**
     * Starts {@code command} (a workbench command line from {@link #workbenchCommand}) under a private Xvfb server with
     * the training's self-closing property and the class loading logged to {@code classLog}.
     */
    private static Mailscope.Result startWorkbench(List<String> command, Path classLog) throws IOException, InterruptedException {
        List<String> started = new ArrayList<>(List.of("timeout", "-k", "10", "240", "xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"));
        int jar = command.indexOf("-jar");
        started.addAll(command.subList(0, jar));
        started.add("-Dio.mailscope.ui.closeWhenStarted=true");
        started.add("-Xlog:class+load=info:file=" + classLog);
        started.addAll(command.subList(jar, command.size()));
        ProcessBuilder builder = new ProcessBuilder(started);
        builder.environment().put("GDK_BACKEND", "x11");
        builder.environment().put("NO_AT_BRIDGE", "1");
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return Mailscope.waitFor(builder, "the workbench");
    }

    /** Nothing about the cache reaches the user's terminal. */
    private static void assertQuiet(Mailscope.Result start) {
        String output = start.stdout() + start.stderr();
        assertFalse(output.contains("[aot]") || output.contains("[cds]") || output.contains("AOT cache")
                || output.contains("shared archive") || output.contains("[error]"), start::toString);
    }
}
