package io.mailscope.headless.internal.classpath;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.mailscope.headless.internal.CommandRuntime;
import io.mailscope.headless.internal.MailscopeCli;
import io.mailscope.model.catalog.CatalogService;

/**
 * {@code ./mailscope <command>} on a plain class path ({@link ClassPathRuntime}): the same command line, output and
 * exit codes as the {@code io.mailscope.headless.application} in the OSGi framework, without starting the framework.
 * <p>
 * The runtime (the extension registry read from the bundles' plugin.xml) and, for the commands that look codes up,
 * the catalog are prepared on other threads while the main thread builds the command line, which needs neither:
 * the registry on a second thread, the shipped catalog on a third ({@link ClassPathRuntime#start(boolean)}); on two
 * cores that overlaps the largest start-up costs. The commands wait for them on first use.
 * <p>
 * Without a framework log, the Eclipse runtime prints its log entries (a contribution that cannot be read, say) to
 * {@code System.out}; standard output is kept for the command's results, so {@code System.out} is pointed at standard
 * error before anything else runs.
 */
public final class ClassPathMain {

    /** Commands that use the catalog (codes, and the status codes of imported and diagnosed traces). */
    private static final Set<String> CATALOG_COMMANDS = Set.of("code", "diagnose", "import"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private ClassPathMain() {
    }

    public static void main(String[] args) {
        PrintStream results = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream problems = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        boolean usesCatalog = args.length > 0 && CATALOG_COMMANDS.contains(args[0]);
        CompletableFuture<ClassPathRuntime> runtime = CompletableFuture.supplyAsync(() -> start(usesCatalog));
        // a jar of the installation that cannot be read fails the command that needs the runtime: an internal error
        int exit = MailscopeCli.runOnConsole(new Deferred(runtime), List.of(args), results, problems);
        results.flush();
        problems.flush();
        System.exit(exit);
    }

    private static ClassPathRuntime start(boolean loadCatalog) {
        try {
            ClassPathRuntime runtime = ClassPathRuntime.start(loadCatalog);
            if (loadCatalog) {
                try {
                    runtime.service(CatalogService.class).catalog();
                } catch (RuntimeException e) {
                    // not kept: the catalog is loaded again when the command asks, which meets and reports the problem
                }
            }
            return runtime;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime being started on the other thread; its users wait for it. */
    private record Deferred(CompletableFuture<ClassPathRuntime> runtime) implements CommandRuntime {

        @Override
        public <T> T service(Class<T> type) {
            return runtime.join().service(type);
        }

        @Override
        public Optional<String> bundleVersion(String bundleId) {
            return runtime.join().bundleVersion(bundleId);
        }
    }
}
