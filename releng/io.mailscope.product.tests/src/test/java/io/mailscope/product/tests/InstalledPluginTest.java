package io.mailscope.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A team's rule plug-in installed into a product (releng/install-plugin.sh, p2's director) takes part in
 * {@code ./mailscope diagnose}: the launcher sees that the installation is no longer the one the build produced and
 * starts the command in the OSGi framework, where the plug-in's rules run.
 */
class InstalledPluginTest {

    private static final String TRACE = "testfiles/examplenet-pop3-maintenance.log";
    private static final String EXAMPLE_CAUSE = "io.mailscope.examples.0x800CCC90.examplenet-nightly-maintenance";
    private static final Path COPY = Path.of("target/product-with-plugin").toAbsolutePath();

    @BeforeAll
    static void installTheExamplePlugin() throws IOException, InterruptedException {
        Path repository = Mailscope.REPOSITORY.resolve("releng/io.mailscope.repository/target/repository");
        if (!Files.isRegularFile(repository.resolve("content.jar")) && !Files.isRegularFile(repository.resolve("content.xml"))
                && !Files.isRegularFile(repository.resolve("content.xml.xz"))) {
            throw new IllegalStateException("no p2 repository at " + repository + ": build it first (./mvnw -B verify)");
        }
        exec(List.of("rm", "-rf", COPY.toString()));
        exec(List.of("cp", "-a", Mailscope.PRODUCT.toString(), COPY.toString()));
        exec(List.of(Mailscope.REPOSITORY.resolve("releng/install-plugin.sh").toString(), COPY.toString(),
                repository.toUri().toString(), "io.mailscope.examples.rules.feature"));
    }

    @Test
    void installedRulesTakePartInDiagnose() throws IOException, InterruptedException {
        Mailscope.Result withPlugin = Mailscope.run(COPY, null, List.of("diagnose", TRACE));
        assertEquals(1, withPlugin.exit(), withPlugin::toString);
        assertTrue(withPlugin.stdout().contains(EXAMPLE_CAUSE), withPlugin::toString);

        Mailscope.Result asBuilt = Mailscope.run(Mailscope.PRODUCT, null, List.of("diagnose", TRACE));
        assertEquals(1, asBuilt.exit(), asBuilt::toString);
        assertFalse(asBuilt.stdout().contains(EXAMPLE_CAUSE), "the product as built has no ExampleNet rule: " + asBuilt);
    }

    @Test
    void thePlainClassPathIsRefusedOnceSomethingIsInstalled() throws IOException, InterruptedException {
        Mailscope.Result forced = Mailscope.run(COPY, "classpath", List.of("diagnose", TRACE));
        assertEquals(3, forced.exit(), forced::toString);
        assertTrue(forced.stderr().contains("not as built"), forced::toString);
    }

    @Test
    void versionListsTheInstalledPlugin() throws IOException, InterruptedException {
        Mailscope.Result version = Mailscope.run(COPY, null, List.of("--version"));
        assertEquals(0, version.exit(), version::toString);
        assertTrue(version.stdout().contains("io.mailscope.examples.rules"), version::toString);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(Mailscope.REPOSITORY.toFile()).inheritIO().start();
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " failed");
        }
    }
}
