package io.mailscope.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.mailscope.fuzz.CredentialTranscripts.Credential;
import io.mailscope.fuzz.CredentialTranscripts.Framing;
import io.mailscope.fuzz.CredentialTranscripts.Secret;

/**
 * Issue #19's secrets property: a credential in any protocol's syntax, in any framing, sent to any port (the right one
 * or a wrong one, with a server that echoes what it does not understand or one that does not), imported and diagnosed
 * in every output format by the real commands: not one byte of output or error output holds the password, its base64
 * forms (AUTH PLAIN with and without authorisation identity, AUTH LOGIN), the bearer token or its XOAUTH2/OAUTHBEARER
 * blobs.
 */
class SecretsPropertyTest {

    static final int[] PORTS = { 25, 110, 143, 465, 587, 993, 995, 2525 };
    /** Random cases per run (the exhaustive property covers every combination once). */
    private static final int RANDOM_TRIES = 150;
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+,-./:;=?@^_~&<>$()[]|";
    private static final List<String[]> COMMANDS = List.of(new String[] { "import", "--format", "text" },
            new String[] { "import", "--format", "json" }, new String[] { "import", "--summary" },
            new String[] { "diagnose", "--format", "text" }, new String[] { "diagnose", "--format", "json" },
            new String[] { "diagnose", "--format", "html" });

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("mailscope-secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (var files = Files.list(DIR)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(DIR);
    }

    /** Every credential syntax x framing x port x echoing server, each once, with a password of its own. */
    static Stream<Arguments> everyCombination() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (Credential credential : Credential.values()) {
            for (Framing framing : Framing.values()) {
                for (int port : PORTS) {
                    for (boolean echoingServer : new boolean[] { false, true }) {
                        all.add(Arguments.of(credential, framing, port, echoingServer));
                    }
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {1} port {2} echo {3}")
    @MethodSource
    void everyCombination(Credential credential, Framing framing, int port, boolean echoingServer) {
        Random random = new Random(credential.ordinal() * 1000L + framing.ordinal() * 100L + port + (echoingServer ? 7 : 0));
        check(credential, framing, port, echoingServer, randomSecret(random));
    }

    /**
     * Random passwords, user names and tokens in random combinations. The seed changes from run to run (so the
     * property keeps exploring) and is part of every case's name; {@code -Dmailscope.secrets.seed=N} repeats a run.
     */
    static Stream<Arguments> randomSecrets() {
        long seed = Long.getLong("mailscope.secrets.seed", System.nanoTime());
        Random random = new Random(seed);
        Credential[] credentials = Credential.values();
        Framing[] framings = Framing.values();
        return IntStream.range(0, RANDOM_TRIES).mapToObj(i -> Arguments.of(seed, credentials[random.nextInt(credentials.length)],
                framings[random.nextInt(framings.length)], PORTS[random.nextInt(PORTS.length)], random.nextBoolean(),
                randomSecret(random)));
    }

    @ParameterizedTest(name = "seed {0}: {1} {2} port {3} echo {4}")
    @MethodSource
    void randomSecrets(long seed, Credential credential, Framing framing, int port, boolean echoingServer, Secret secret) {
        check(credential, framing, port, echoingServer, secret);
    }

    private static Secret randomSecret(Random random) {
        StringBuilder pw = new StringBuilder();
        int length = 8 + random.nextInt(12);
        while (pw.length() < length) {
            pw.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        pw.append(random.nextInt(10)).insert(0, (char) ('a' + random.nextInt(26)));
        return new Secret("user" + random.nextInt(1000) + "@example.test", pw.toString(), "ya29.tok" + Long.toHexString(random.nextLong()));
    }

    private static void check(Credential credential, Framing framing, int port, boolean echoingServer, Secret secret) {
        String transcript = CredentialTranscripts.render(framing, credential, port,
                CredentialTranscripts.conversation(credential, port, secret, echoingServer));
        assertTrue(secret.needles().stream().anyMatch(transcript::contains), "the transcript carries the credential");
        Path file = DIR.resolve(credential + "-" + framing + "-" + port + ".log");
        try {
            Files.writeString(file, transcript, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] command : COMMANDS) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = file.toString();
            PlainMailscope.Run run = PlainMailscope.get().run(args);
            String printed = run.all();
            for (String needle : secret.needles()) {
                assertFalse(printed.contains(needle), () -> String.join(" ", args) + " printed '" + needle + "' (exit "
                        + run.exit() + ")\n--- transcript\n" + transcript + "--- output\n" + printed);
            }
        }
    }
}
