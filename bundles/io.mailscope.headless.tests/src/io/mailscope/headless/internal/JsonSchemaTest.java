package io.mailscope.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.mailscope.headless.internal.CommandLineTest.Run;
import io.mailscope.headless.internal.commands.ProbeCommand;
import io.mailscope.session.SessionService;
import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.RunningServer;
import io.mailscope.testserver.ServerOptions;
import io.mailscope.testserver.TestServerService;

/**
 * Every command's JSON, written by the real commands on the real fixtures, is valid against its JSON Schema in
 * docs/schemas (validated with networknt json-schema-validator, draft 2020-12). The fixtures are the trace test
 * bundle's captured and public traces plus this bundle's own; {@code probe}'s JSON comes from real sessions against
 * the embedded fault-injecting test server, started in-process in the scenarios whose reports differ most.
 */
class JsonSchemaTest {

    private static final Path SCHEMAS = Path.of("../../docs/schemas");
    /** the trace bundle's tests own the corpus of real traces; read in place so there is one copy */
    private static final List<Path> FIXTURE_FOLDERS = List.of(Path.of("../io.mailscope.trace.tests/testfiles/captured"),
            Path.of("../io.mailscope.trace.tests/testfiles/public"), Path.of("testfiles"));

    private static Schema diagnose;
    private static Schema importSchema;
    private static Schema code;
    private static Schema probe;

    /** the variable --password-env names: the probe command is given it as its environment (a JVM cannot set its own) */
    private static final String PASSWORD_VARIABLE = "MAILSCOPE_SCHEMA_TEST_PASSWORD";
    private static final String PASSWORD = "Schema-Test-Secret-4711";

    @BeforeAll
    static void loadSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        diagnose = load(registry, "diagnose.schema.json");
        importSchema = load(registry, "import.schema.json");
        code = load(registry, "code.schema.json");
        probe = load(registry, "probe.schema.json");
    }

    private static Schema load(SchemaRegistry registry, String name) throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(name))) {
            return registry.getSchema(in, InputFormat.JSON);
        }
    }

    static List<Path> fixtures() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FIXTURE_FOLDERS) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 30, "the fixture corpus moved? found only " + files);
        return files;
    }

    private static void assertValid(Schema schema, Run run) {
        assertFalse(run.out().isBlank(), run.err());
        List<Error> errors = schema.validate(run.out(), InputFormat.JSON);
        assertEquals(List.of(), errors, () -> run.out());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void diagnoseJsonOfEveryFixtureIsValid(Path fixture) {
        assertValid(diagnose, CommandLineTest.run("diagnose", "--format=json", fixture.toString()));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void importJsonOfEveryFixtureIsValidWithAndWithoutSummary(Path fixture) {
        Run full = CommandLineTest.run("import", "-f", "json", fixture.toString());
        assertValid(importSchema, full);
        assertValid(importSchema, CommandLineTest.run("import", "-f", "json", "--summary", fixture.toString()));
    }

    @Test
    void diagnoseJsonOfAllFoldersAtOnceWithAMissingFileIsValid() {
        List<String> args = new ArrayList<>(List.of("diagnose", "-f", "json"));
        FIXTURE_FOLDERS.forEach(f -> args.add(f.toString()));
        args.add("testfiles/no-such-file.log");
        Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(ExitCode.UNREADABLE, r.exit(), "the missing file is the most severe outcome");
        assertValid(diagnose, r);
        assertTrue(r.out().contains("\"status\": \"diagnosed\"") && r.out().contains("\"status\": \"unreadable\"")
                && r.out().contains("\"status\": \"unrecognised\"") && r.out().contains("\"status\": \"no-failure-found\""),
                "every status is covered");
    }

    @Test
    void codeJsonOfALookupAnUncataloguedCodeAndTheListIsValid() {
        assertValid(code, CommandLineTest.run("code", "-f", "json", "0x800CCC0F"));
        Run uncatalogued = CommandLineTest.run("code", "-f", "json", "0x800CCCFE");
        assertEquals(ExitCode.BAD_INPUT, uncatalogued.exit());
        assertValid(code, uncatalogued);
        assertValid(code, CommandLineTest.run("code", "--list", "-f", "json"));
        assertValid(code, CommandLineTest.run("code", "-f", "json", "550 5.7.1 Relaying denied"));
        assertValid(code, CommandLineTest.run("code", "-f", "json", "IN-USE"));
        assertValid(code, CommandLineTest.run("code", "-f", "json", "5.7.1"));
    }

    @Test
    void theSchemasRejectWhatTheyDoNotDescribe() {
        String seed = CommandLineTest.run("diagnose", "-f", "json", "testfiles/outlook2002-pop3-0x800ccc97.log").out();
        assertEquals(List.of(), diagnose.validate(seed, InputFormat.JSON));
        assertFalse(diagnose.validate(seed.replace("\"formatVersion\": 1", "\"formatVersion\": 2"), InputFormat.JSON).isEmpty());
        assertFalse(diagnose.validate(seed.replace("\"ruleId\": \"", "\"rule\": \""), InputFormat.JSON).isEmpty());
        assertFalse(diagnose.validate(seed.replace("\"status\": \"diagnosed\"", "\"status\": \"fine\""), InputFormat.JSON).isEmpty());
        assertFalse(code.validate("{\"hresult\": \"0x800CCC0F\"}", InputFormat.JSON).isEmpty());
        assertFalse(importSchema.validate("[{\"file\": \"x\"}]", InputFormat.JSON).isEmpty());
    }

    /**
     * scenario, URI scheme and user ({@code %d} is the scenario's port for the protocol), further options, expected
     * exit code, failed phase (null when none failed), category of the determined finding (null for none)
     */
    static Stream<Arguments> probeScenarios() {
        return Stream.of( //
                Arguments.of("normal", "pop3://alice@127.0.0.1:%d", List.of(), 0, null, null),
                Arguments.of("normal", "smtp://alice@127.0.0.1:%d", List.of(), 0, null, null),
                Arguments.of("drop-after-greeting", "pop3://alice@127.0.0.1:%d", List.of(), 13, "capabilities",
                        "connection-dropped-after-greeting"),
                Arguments.of("stat-uidl-mismatch", "pop3://alice@127.0.0.1:%d", List.of(), 16, "mailbox", "server-bug"),
                Arguments.of("smtp-auth-required", "smtp://127.0.0.1:%d", List.of(), 17, "submission", "auth-required"),
                Arguments.of("bad-certificate", "pop3://alice@127.0.0.1:%d", List.of("--starttls"), 14, "tls",
                        "certificate-rejected"),
                Arguments.of("no-response", "pop3://alice@127.0.0.1:%d", List.of("--timeout", "2"), 12, "greeting", "timeout"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("probeScenarios")
    void probeJsonOfARealSessionIsValid(String scenario, String uri, List<String> options, int exit, String failedPhase,
            String category) throws Exception {
        TestServerService testServer = OsgiServices.get(TestServerService.class);
        try (RunningServer server = testServer.start(scenario, ServerOptions.loopbackFreePorts())) {
            Run r = probe(uri, server, options);
            assertValid(probe, r);
            assertEquals(exit, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("\"failedPhase\": " + (failedPhase == null ? "null" : '"' + failedPhase + '"')), r.out());
            if (category != null) {
                assertTrue(r.out().contains("\"category\": \"" + category + '"'), r.out());
            }
            assertFalse((r.out() + r.err()).contains(PASSWORD), "the password never appears in the report");
        }
    }

    /**
     * The normal scenario's certificate is issued by the Mailscope test CA, which no JVM trusts: rejected first, then
     * trusted by its fingerprint as a support engineer does with --trust-fingerprint, for a complete TLS object.
     */
    @Test
    void probeJsonOfAStartTlsSessionRejectedAndThenTrustedByFingerprintIsValid() throws Exception {
        TestServerService testServer = OsgiServices.get(TestServerService.class);
        try (RunningServer server = testServer.start("normal", ServerOptions.loopbackFreePorts())) {
            Run rejected = probe("imap://alice@127.0.0.1:%d", server, List.of("--starttls"));
            assertValid(probe, rejected);
            assertEquals(14, rejected.exit(), rejected.out() + rejected.err());
            Matcher leaf = Pattern.compile("\"sha256\": \"([0-9A-F:]+)\"").matcher(rejected.out());
            assertTrue(leaf.find(), rejected.out());
            Run trusted = probe("imap://alice@127.0.0.1:%d", server, List.of("--starttls", "--trust-fingerprint", leaf.group(1)));
            assertValid(probe, trusted);
            assertEquals(0, trusted.exit(), trusted.out() + trusted.err());
            assertTrue(trusted.out().contains("\"trust\": \"trusted_by_fingerprint\"") && trusted.out().contains("\"protocol\": \"TLSv1.3\""),
                    trusted.out());
            assertFalse((rejected.out() + rejected.err() + trusted.out() + trusted.err()).contains(PASSWORD));
        }
    }

    @Test
    void theProbeSchemaRejectsWhatItDoesNotDescribe() throws Exception {
        String healthy;
        String tls;
        TestServerService testServer = OsgiServices.get(TestServerService.class);
        try (RunningServer server = testServer.start("normal", ServerOptions.loopbackFreePorts())) {
            healthy = probe("pop3://alice@127.0.0.1:%d", server, List.of()).out();
        }
        try (RunningServer server = testServer.start("bad-certificate", ServerOptions.loopbackFreePorts())) {
            tls = probe("imap://alice@127.0.0.1:%d", server, List.of("--starttls")).out();
        }
        assertEquals(List.of(), probe.validate(healthy, InputFormat.JSON));
        assertEquals(List.of(), probe.validate(tls, InputFormat.JSON));
        for (String wrong : List.of( //
                healthy.replace("\"version\": 1", "\"version\": 2"), //
                healthy.replace("\"failedPhase\": null", "\"failedPhase\": \"mailbox\""), // healthy yet failed
                healthy.replace("\"healthy\": true", "\"healthy\": false"), // failed, but no phase named
                healthy.replace("\"exitCode\": 0", "\"exitCode\": 15"), // healthy with a failure's exit code
                healthy.replace("pop3://alice@", "pop3://alice:secret@"), // a password in the URI
                healthy.replace("\"kind\": \"sent\"", "\"kind\": \"client\""), //
                healthy.replace("\"status\": \"passed\"", "\"status\": \"ok\""), //
                healthy.replace("\"equivalentCommand\"", "\"command\""), //
                tls.replace("\"exitCode\": 14", "\"exitCode\": 15"), // the exit code of another phase
                tls.replace("\"trust\": \"untrusted\"", "\"trust\": \"not_seen\""), // a chain that was not seen
                tls.replaceFirst("\"sha256\": \"[0-9A-F:]+\"", "\"sha256\": \"not a fingerprint\""))) {
            assertFalse(probe.validate(wrong, InputFormat.JSON).isEmpty(), wrong);
        }
        assertTrue(tls.contains("\"trust\": \"untrusted\"") && tls.contains("\"sha256\": \""), tls);
    }

    /**
     * Runs the real {@code probe} command through the command line the application uses, with the password in the
     * variable {@code --password-env} names; {@code %d} in the URI becomes the server's port for the URI's protocol.
     */
    private static Run probe(String uri, RunningServer server, List<String> options) {
        MailProtocol protocol = MailProtocol.of(uri.substring(0, 4));
        List<String> args = new ArrayList<>(List.of("probe", "-f", "json"));
        if (uri.contains("@")) {
            args.addAll(List.of("--password-env", PASSWORD_VARIABLE));
        }
        args.addAll(options);
        args.add(uri.formatted(Integer.valueOf(server.port(protocol))));
        List<Object> commands = MailscopeCli.commands().stream()
                .map(c -> c instanceof ProbeCommand
                        ? new ProbeCommand(() -> OsgiServices.get(SessionService.class), Map.of(PASSWORD_VARIABLE, PASSWORD)::get)
                        : c)
                .toList();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = MailscopeCli.run(commands, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
