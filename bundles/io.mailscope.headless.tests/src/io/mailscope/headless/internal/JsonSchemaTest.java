package io.mailscope.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.mailscope.headless.internal.CommandLineTest.Run;

/**
 * Every command's JSON, written by the real commands on the real fixtures, is valid against its JSON Schema in
 * docs/schemas (validated with networknt json-schema-validator, draft 2020-12). The fixtures are the trace test
 * bundle's captured and public traces plus this bundle's own.
 */
class JsonSchemaTest {

    private static final Path SCHEMAS = Path.of("../../docs/schemas");
    /** the trace bundle's tests own the corpus of real traces; read in place so there is one copy */
    private static final List<Path> FIXTURE_FOLDERS = List.of(Path.of("../io.mailscope.trace.tests/testfiles/captured"),
            Path.of("../io.mailscope.trace.tests/testfiles/public"), Path.of("testfiles"));

    private static Schema diagnose;
    private static Schema importSchema;
    private static Schema code;

    @BeforeAll
    static void loadSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        diagnose = load(registry, "diagnose.schema.json");
        importSchema = load(registry, "import.schema.json");
        code = load(registry, "code.schema.json");
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
}
