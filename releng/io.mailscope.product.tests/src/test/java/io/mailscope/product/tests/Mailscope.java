package io.mailscope.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./mailscope} of this checkout on a materialised product, as a user's shell would. */
final class Mailscope {

    /** The repository root (the tests run in this module's folder). */
    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    /** The product the build materialised. */
    static final Path PRODUCT = REPOSITORY
            .resolve("releng/io.mailscope.product/target/products/io.mailscope.product/linux/gtk/x86_64/mailscope");
    /** An empty settings folder, so the user's own settings (rules turned off) do not change the results. */
    private static final Path CONFIG_HOME = Path.of("target/config-home").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 300;

    private Mailscope() {
    }

    record Result(int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    /**
     * @param launch {@code osgi}, {@code classpath} ({@code MAILSCOPE_LAUNCH}) or null for the launcher's own choice
     */
    static Result run(Path product, String launch, List<String> args) throws IOException, InterruptedException {
        return run(product, launch, args, Map.of());
    }

    /**
     * @param launch {@code osgi}, {@code classpath} ({@code MAILSCOPE_LAUNCH}) or null for the launcher's own choice
     * @param environment more environment variables for {@code ./mailscope}
     */
    static Result run(Path product, String launch, List<String> args, Map<String, String> environment)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(product.resolve("configuration/config.ini"))) {
            throw new IllegalStateException("no product at " + product + ": build it first (./mvnw -B verify)");
        }
        Files.createDirectories(CONFIG_HOME);
        List<String> command = new ArrayList<>();
        command.add(REPOSITORY.resolve("mailscope").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MAILSCOPE_HOME", product.toString());
        builder.environment().put("XDG_CONFIG_HOME", CONFIG_HOME.toString());
        if (launch == null) {
            builder.environment().remove("MAILSCOPE_LAUNCH");
        } else {
            builder.environment().put("MAILSCOPE_LAUNCH", launch);
        }
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return waitFor(builder, "./mailscope " + args);
    }

    /** Starts {@code builder}'s command and waits for it (at most {@value #TIMEOUT_SECONDS} s), reading both outputs. */
    static Result waitFor(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        Process process = builder.start();
        CompletableFuture<String> stdout = read(process.getInputStream());
        CompletableFuture<String> stderr = read(process.getErrorStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        try {
            return new Result(process.exitValue(), stdout.get(), stderr.get());
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
