package io.mailscope.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example rule plug-in installed from the built p2 repository into a copy of the built product by the product's
 * own installer (the p2 operations API the Install Rule Plug-ins wizard uses), the copy restarted, the rule found
 * and firing; then removed again. Every step is a fresh start of the copy, as a user's restart would be.
 */
class InstallRulePluginTest {

    private static final String FEATURE = "io.mailscope.examples.rules.feature"; //$NON-NLS-1$
    private static final String PLUGIN = "io.mailscope.examples.rules"; //$NON-NLS-1$
    /** the cause only the example plug-in knows (the product alone says "temporary POP3 error") */
    private static final String EXAMPLE_CAUSE = "io.mailscope.examples.0x800CCC90.examplenet-nightly-maintenance"; //$NON-NLS-1$
    private static final String EXAMPLE_RULE = "(rule io.mailscope.examples.rules.pop3-nightly-maintenance)"; //$NON-NLS-1$
    private static final Path FIXTURE = Path.of("testfiles/examplenet-pop3-maintenance.log").toAbsolutePath(); //$NON-NLS-1$

    private static Path builtProduct;
    private static Path repository;

    @TempDir
    Path temp;

    @BeforeAll
    static void builtArtifacts() {
        builtProduct = Path.of(System.getProperty("mailscope.product")).toAbsolutePath().normalize(); //$NON-NLS-1$
        repository = Path.of(System.getProperty("mailscope.repository")).toAbsolutePath().normalize(); //$NON-NLS-1$
        assertTrue(Files.isDirectory(builtProduct.resolve("p2")), "no p2-provisioned product at " + builtProduct); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.isRegularFile(repository.resolve("content.jar")) || Files.isRegularFile(repository.resolve("content.xml.xz")), //$NON-NLS-1$ //$NON-NLS-2$
                "no p2 repository at " + repository); //$NON-NLS-1$
    }

    @Test
    void examplePluginInstallsIntoACopyOfTheProductAndItsRuleFiresAfterRestart() throws Exception {
        Path product = copy(builtProduct, temp.resolve("mailscope")); //$NON-NLS-1$

        Run before = mailscope(product, "diagnose", FIXTURE.toString()); //$NON-NLS-1$
        assertEquals(1, before.exit(), before.toString());
        assertFalse(before.out().contains(EXAMPLE_CAUSE), "the product alone must not know ExampleNet's maintenance window:\n" + before); //$NON-NLS-1$

        Run available = installer(product, "available", repository.toString()); //$NON-NLS-1$
        assertEquals(0, available.exit(), available.toString());
        assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(FEATURE) + "\\s+1\\.0\\.0\\.\\S+\\s+ExampleNet rules for Mailscope \\(example\\)\\s*$") //$NON-NLS-1$ //$NON-NLS-2$
                .matcher(available.out()).find(), "the example feature is offered, not yet installed:\n" + available); //$NON-NLS-1$

        Run install = installer(product, "install", repository.toString(), FEATURE); //$NON-NLS-1$
        assertEquals(0, install.exit(), install.toString());
        assertTrue(install.out().contains("installed " + FEATURE + " 1.0.0."), install.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) { //$NON-NLS-1$
            assertTrue(plugins.anyMatch(p -> p.getFileName().toString().startsWith(PLUGIN + "_")), "the plug-in's jar is in the copy"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(bundlesInfo(product).contains(PLUGIN + ","), "p2 added the plug-in to bundles.info"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(bundlesInfo(builtProduct).contains(PLUGIN + ","), "the built product itself is untouched"); //$NON-NLS-1$ //$NON-NLS-2$

        // "restart": fresh starts of the copy
        Run after = mailscope(product, "diagnose", FIXTURE.toString()); //$NON-NLS-1$
        assertEquals(1, after.exit(), after.toString());
        assertTrue(after.out().contains("Cause: " + EXAMPLE_CAUSE + " — ExampleNet POP3 nightly maintenance"), after.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(after.out().contains(EXAMPLE_RULE), after.toString());
        String evidence = after.out().substring(after.out().indexOf(EXAMPLE_CAUSE));
        assertTrue(Pattern.compile("(?m)^\\s+14\\s+STAT$").matcher(evidence).find(), "evidence line 14 (STAT):\n" + after); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Pattern.compile("(?m)^\\s+15\\s+-ERR \\[SYS/TEMP\\] maintenance").matcher(evidence).find(), "evidence line 15:\n" + after); //$NON-NLS-1$ //$NON-NLS-2$

        // the rules as Window > Preferences > Mailscope lists them: DiagnosisService.rules(), grouped by plug-in
        Run version = mailscope(product, "--version"); //$NON-NLS-1$
        assertEquals(0, version.exit(), version.toString());
        assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(PLUGIN) + " 1\\.0\\.0\\.\\S+\\s+2 rule\\(s\\)$").matcher(version.out()).find(), version.toString()); //$NON-NLS-1$ //$NON-NLS-2$

        Run installed = installer(product, "installed"); //$NON-NLS-1$
        assertEquals(0, installed.exit(), installed.toString());
        assertTrue(installed.out().startsWith(FEATURE + " "), "only the plug-in is listed, not the product's own features:\n" + installed); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, installed.out().lines().count(), installed.toString());

        Run uninstall = installer(product, "uninstall", FEATURE); //$NON-NLS-1$
        assertEquals(0, uninstall.exit(), uninstall.toString());
        assertFalse(bundlesInfo(product).contains(PLUGIN + ","), "p2 removed the plug-in from bundles.info"); //$NON-NLS-1$
        Run removed = mailscope(product, "diagnose", FIXTURE.toString()); //$NON-NLS-1$
        assertFalse(removed.out().contains(EXAMPLE_CAUSE), "after removal and restart the rule is gone:\n" + removed); //$NON-NLS-1$
    }

    @Test
    void problemsSayWhatAndWhere() throws Exception {
        Path product = copy(builtProduct, temp.resolve("mailscope")); //$NON-NLS-1$

        Path missing = temp.resolve("no-such-repository"); //$NON-NLS-1$
        Run noFolder = installer(product, "install", missing.toString(), FEATURE); //$NON-NLS-1$
        assertEquals(5, noFolder.exit(), noFolder.toString());
        assertTrue(noFolder.err().contains("No such folder or file: " + missing), noFolder.toString()); //$NON-NLS-1$

        Path notARepository = Files.createDirectories(temp.resolve("just-a-folder")); //$NON-NLS-1$
        Files.writeString(notARepository.resolve("readme.txt"), "not a p2 repository"); //$NON-NLS-1$ //$NON-NLS-2$
        Run noRepository = installer(product, "available", notARepository.toString()); //$NON-NLS-1$
        assertEquals(5, noRepository.exit(), noRepository.toString());
        assertTrue(noRepository.err().contains("Cannot read the p2 repository at " + notARepository.toUri()), noRepository.toString()); //$NON-NLS-1$

        // nothing listens on this loopback port: connection refused, said with the URL
        Run unreachable = installer(product, "available", "http://127.0.0.1:9/rules/"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(5, unreachable.exit(), unreachable.toString());
        assertTrue(unreachable.err().contains("Cannot read the p2 repository at http://127.0.0.1:9/rules/"), unreachable.toString()); //$NON-NLS-1$

        Run unknown = installer(product, "install", repository.toString(), "com.example.no.such.feature"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(8, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("No feature com.example.no.such.feature in " + repository.toUri()), unknown.toString()); //$NON-NLS-1$
        assertTrue(unknown.err().contains(FEATURE), "says what the repository has:\n" + unknown); //$NON-NLS-1$

        Run usage = installer(product, "install"); //$NON-NLS-1$
        assertEquals(3, usage.exit(), usage.toString());
        assertFalse(bundlesInfo(product).contains(PLUGIN + ","), "nothing was installed by the failed attempts"); //$NON-NLS-1$
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private Run installer(Path product, String... args) throws IOException, InterruptedException {
        return launch(product, "io.mailscope.ui.install.installer", args); //$NON-NLS-1$
    }

    private Run mailscope(Path product, String... args) throws IOException, InterruptedException {
        return launch(product, "io.mailscope.headless.application", args); //$NON-NLS-1$
    }

    /** Starts the product as ./mailscope does for headless commands: the Equinox launcher jar, no workspace. */
    private Run launch(Path product, String application, String... args) throws IOException, InterruptedException {
        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) { //$NON-NLS-1$
            launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar")).findFirst().orElseThrow(); //$NON-NLS-1$
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-Djava.awt.headless=true", "-jar", launcher.toString(), "-nosplash", "-data", "@none", "-application", application)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
        Path err = Files.createTempFile(temp, "err", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
        Process process = new ProcessBuilder(command).directory(product.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("no answer from " + String.join(" ", command) + " within 3 minutes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String bundlesInfo(Path product) throws IOException {
        return Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")); //$NON-NLS-1$
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
