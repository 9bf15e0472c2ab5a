package io.mailscope.help.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.mailscope.help.reference.ExtensionPointReference.Point;

/**
 * The extension-point reference shipped in the user guide is what the {@code .exsd} schemas of our bundles give today:
 * every declared point has its page, no page is left of a point that is gone, and each page carries what its schema
 * says (elements, attributes, examples). Fails while stale: run tools/exsd-docs/generate.sh and commit the result.
 */
class ExtensionPointReferenceTest {

    private static final Path REPOSITORY = ExtensionPointReference.REPOSITORY;
    private static final Path OUTPUT = REPOSITORY.resolve(ExtensionPointReference.OUTPUT);

    @Test
    void theShippedReferenceIsWhatTheSchemasGenerate() throws IOException {
        Map<Path, String> generated = ExtensionPointReference.generate(REPOSITORY);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> file : generated.entrySet()) {
            Path shipped = OUTPUT.resolve(file.getKey());
            if (!Files.isRegularFile(shipped) || !Files.readString(shipped, StandardCharsets.UTF_8).equals(file.getValue())) {
                stale.add(file.getKey() + (Files.exists(shipped) ? " (differs)" : " (missing)"));
            }
        }
        try (Stream<Path> shipped = Files.list(OUTPUT)) {
            shipped.map(Path::getFileName).filter(name -> !generated.containsKey(name)).forEach(name -> stale.add(name + " (no such point any more)"));
        }
        assertEquals(List.of(), stale, "run tools/exsd-docs/generate.sh and commit bundles/io.mailscope.help/reference");
    }

    @Test
    void everyExsdOfOurBundlesHasAPage() throws IOException {
        List<Path> schemas;
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("bundles"), 3)) {
            schemas = walk.filter(p -> p.toString().endsWith(".exsd")).map(Path::normalize).sorted().toList();
        }
        List<Path> documented = ExtensionPointReference.points(REPOSITORY).stream().map(p -> p.schema().normalize()).sorted().toList();
        assertEquals(schemas, documented, "every .exsd is declared by its bundle's plugin.xml and documented");
        assertTrue(schemas.size() >= 5, "rules, formats, catalogContributions, traceRequests, scenarios: " + schemas);
    }

    @Test
    void aPageCarriesTheSchemasElementsAttributesAndExamples() throws IOException {
        Point rules = ExtensionPointReference.points(REPOSITORY).stream().filter(p -> p.id().equals("io.mailscope.diagnosis.rules"))
                .findFirst().orElseThrow();
        String page = ExtensionPointReference.page(rules);
        assertTrue(page.contains("<h1>Diagnosis rules</h1>"), page);
        assertTrue(page.contains("<code>io.mailscope.diagnosis.rules</code>"), page);
        assertTrue(page.contains("<pre>&lt;!ELEMENT extension (javaRule | declarativeRule)+&gt;</pre>"), page);
        assertTrue(page.contains("<code>class</code></td><td>string (java, implements io.mailscope.diagnosis.api.DiagnosisRule)</td><td>required"),
                page);
        assertTrue(page.contains("<h2>Examples</h2>"), page);
        assertTrue(page.contains("<b>javaRule</b>"), "the schema's HTML documentation is kept: " + page);
    }
}
