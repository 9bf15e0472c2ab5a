package io.mailscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.trace.ImportOptions;
import io.mailscope.tests.harness.Services;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three report formats on the seed case diagnosed by the real engine: the JSON parsed back, each file written
 * before the next is known, HTML escaped, and the text's colours nothing but decoration.
 */
class DiagnosisReportTest {

    /** the trace bundle's tests own the corpus of real traces; read in place so there is one copy */
    private static final Path SEED = Path.of("../io.mailscope.trace.tests/testfiles/outlook2002-pop3-0x800ccc97.log");
    private static DiagnosedFile seed;

    @BeforeAll
    static void diagnoseTheSeed() throws Exception {
        FileDiagnosis result = Services.await(DiagnosisService.class).diagnose(SEED, ImportOptions.DEFAULT, null);
        seed = DiagnosedFile.imported(SEED, result.importResult().format(), result.diagnosis());
    }

    private static String render(ReportFormat format, TextStyle style, List<DiagnosedFile> files, int exit) {
        StringWriter out = new StringWriter();
        DiagnosisReport report = format.open(out, style);
        files.forEach(report::file);
        report.finish(exit);
        return out.toString();
    }

    @Test
    void jsonParsesBackWithTheFindingAndItsEvidenceLines() {
        DiagnosedFile missing = new DiagnosedFile(Path.of("missing.log"), DiagnosedFile.Status.UNREADABLE, null, null, "no such file");
        JsonNode root = JsonMapper.builder().build().readTree(render(ReportFormat.JSON, TextStyle.ANSI, List.of(seed, missing), 2));
        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals(2, root.get("exitCode").asInt());
        assertEquals(2, root.get("summary").get("files").asInt());
        assertEquals(1, root.get("summary").get("diagnosed").asInt());
        assertEquals(1, root.get("summary").get("unreadable").asInt());
        JsonNode file = root.get("files").get(0);
        assertEquals("diagnosed", file.get("status").asString());
        assertEquals("POP3", file.get("protocol").asString());
        JsonNode finding = file.get("findings").get(0);
        assertEquals("0x800CCC97", finding.get("code").asString());
        assertEquals(-2146644841, finding.get("decimal").asInt());
        assertEquals("server-bug", finding.get("category").asString());
        List<Integer> lines = new ArrayList<>();
        finding.get("evidence").forEach(e -> lines.add(e.get("firstLine").asInt()));
        assertEquals(List.of(57, 86, 91, 94, 97, 127, 132), lines);
        assertFalse(finding.get("userRemedies").isEmpty());
        JsonNode unreadable = root.get("files").get(1);
        assertTrue(unreadable.get("format").isNull());
        assertEquals("no such file", unreadable.get("problem").asString());
    }

    @Test
    void eachFileIsWrittenAndFlushedBeforeTheNextOne() {
        for (ReportFormat format : ReportFormat.values()) {
            FlushCountingWriter out = new FlushCountingWriter();
            DiagnosisReport report = format.open(out, TextStyle.PLAIN);
            report.file(seed);
            String afterFirst = out.flushed;
            assertTrue(afterFirst.contains("0x800CCC97") && afterFirst.contains("132"), format + ": " + afterFirst);
            report.file(seed);
            report.finish(1);
            assertTrue(out.flushed.startsWith(afterFirst), format + " only appends");
            assertEquals(out.buffer.toString(), out.flushed, format + " flushes at the end");
        }
    }

    @Test
    void htmlEscapesEveryTextFromTheTrace() throws IOException {
        Finding finding = seed.findings().get(0);
        Evidence hostile = io.mailscope.model.MailscopeFactory.eINSTANCE.createEvidence();
        hostile.setFirstLine(200);
        hostile.setLastLine(200);
        hostile.setText("-ERR <script>alert('x')</script> & \u001b]0;title\u0007");
        finding.getEvidence().add(hostile);
        try {
            String html = render(ReportFormat.HTML, TextStyle.ANSI, List.of(seed), 1);
            assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"), html);
            assertTrue(html.contains("-ERR &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#xFFFD;]0;title&#xFFFD;"), html);
            assertFalse(html.contains("<script") || html.contains("\u001b"), html);
            assertTrue(html.contains("<p class=\"summary\">1 files: 1 diagnosed</p>"), html);
        } finally {
            finding.getEvidence().remove(hostile);
        }
    }

    @Test
    void colouredTextIsThePlainTextWithAnsiColoursAround() {
        String plain = render(ReportFormat.TEXT, TextStyle.PLAIN, List.of(seed, seed), 1);
        String coloured = render(ReportFormat.TEXT, TextStyle.ANSI, List.of(seed, seed), 1);
        assertFalse(plain.contains("\u001b"), plain);
        assertTrue(coloured.contains("\u001b[1;31mDIAGNOSED\u001b[0m"), coloured);
        assertTrue(coloured.contains("  \u001b[36m132-133\u001b[0m  +OK 0 messages"), coloured);
        assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
        assertTrue(plain.endsWith("2 files: 2 diagnosed" + System.lineSeparator()), plain);
    }

    /** Remembers what had been flushed, to tell streamed output from output held back until the end. */
    private static final class FlushCountingWriter extends Writer {
        final StringBuilder buffer = new StringBuilder();
        String flushed = "";

        @Override
        public void write(char[] chars, int offset, int length) {
            buffer.append(chars, offset, length);
        }

        @Override
        public void flush() {
            flushed = buffer.toString();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /**
     * A trace of thirty sessions that all fail the same way (the seed log written thirty times over, as a day's log of
     * a customer who retries is) gives one finding with thirty occurrences in every format, not thirty copies.
     */
    @Test
    void repeatedIdenticalFindingsAreFoldedWithACount(@TempDir Path folder) throws Exception {
        List<String> seedLines = Files.readAllLines(SEED, StandardCharsets.ISO_8859_1);
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            repeated.addAll(seedLines);
        }
        Path log = folder.resolve("retried-30-times.log");
        Files.write(log, repeated, StandardCharsets.ISO_8859_1);
        FileDiagnosis result = Services.await(DiagnosisService.class).diagnose(log, ImportOptions.DEFAULT, null);
        assertEquals(30, result.diagnosis().getFindings().size(), "the engine finds the fault in each of the 30 sessions");
        DiagnosedFile file = DiagnosedFile.imported(log, result.importResult().format(), result.diagnosis());

        JsonNode finding = JsonMapper.builder().build().readTree(render(ReportFormat.JSON, TextStyle.PLAIN, List.of(file), 1))
                .get("files").get(0).get("findings");
        assertEquals(1, finding.size());
        assertEquals(30, finding.get(0).get("occurrences").asInt());
        List<Integer> repeatStarts = new ArrayList<>();
        finding.get(0).get("repeats").forEach(r -> repeatStarts.add(r.get("firstLine").asInt()));
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i < 30; i++) {
            expected.add(57 + i * seedLines.size()); // STAT of each copy of the seed
        }
        assertEquals(expected, repeatStarts);

        String text = render(ReportFormat.TEXT, TextStyle.PLAIN, List.of(file), 1);
        assertEquals(1, text.split("DIAGNOSED", -1).length - 1, text);
        assertTrue(text.contains("Occurs 30 times in this trace; the others at lines " + expected.get(0) + "-"), text);
        assertTrue(text.contains(" and 19 more."), text);
        String html = render(ReportFormat.HTML, TextStyle.PLAIN, List.of(file), 1);
        assertEquals(1, html.split("<div class=\"finding", -1).length - 1);
        assertTrue(html.contains("Occurs 30 times in this trace"));
    }
}
