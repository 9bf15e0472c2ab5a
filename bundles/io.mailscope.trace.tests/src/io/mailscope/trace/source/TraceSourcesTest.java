package io.mailscope.trace.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.tests.Imports;
import io.mailscope.trace.tests.TraceShapes;

/**
 * Every way a trace reaches a support engineer gives the same import as the file itself: the seed log as UTF-16 (LE
 * and BE, with and without BOM), with CR-only line endings, gzip'ed, through a FIFO, through a process's output, as a
 * zip member; a FIFO nobody writes to fails with a message instead of hanging; binary stays refused.
 */
class TraceSourcesTest {

    private static final String SEED = "outlook2002-pop3-0x800ccc97.log";
    private static final ImportOptions OPTIONS = new ImportOptions(null, true);
    private static String seedText;
    private static ImportResult seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void importSeed() throws Exception {
        seedText = Files.readString(Imports.file(SEED), StandardCharsets.UTF_8);
        seed = Imports.service().importFile(Imports.file(SEED), OPTIONS, null, null);
        assertTrue(TraceShapes.exchanges(seed.trace()).stream().anyMatch(e -> e.startsWith("STAT")), "the seed has a STAT");
    }

    private ImportResult importSource(TraceSource source) throws Exception {
        return Imports.service().importSource(source, OPTIONS, null, null);
    }

    private static void assertSameAsSeed(ImportResult result) {
        assertSameLinesAsSeed(result);
        assertEquals(TraceShapes.protocolLines(seed.trace()), TraceShapes.protocolLines(result.trace()),
                "the same records at the same lines and offsets of the decoded text");
    }

    /** For a copy with other line ends (CR LF): the same records at the same lines, at other byte offsets. */
    private static void assertSameLinesAsSeed(ImportResult result) {
        assertEquals(seed.format().formatId(), result.format().formatId());
        assertEquals(TraceShapes.exchanges(seed.trace()), TraceShapes.exchanges(result.trace()));
        assertEquals(seed.trace().getLineCount(), result.trace().getLineCount());
    }

    @ParameterizedTest(name = "{0} BOM={1}")
    @CsvSource({ "UTF-16LE, true", "UTF-16LE, false", "UTF-16BE, true", "UTF-16BE, false" })
    void utf16AsNotepadAndPowerShellWriteIt(String charset, boolean bom) throws Exception {
        Charset cs = Charset.forName(charset);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(charset.endsWith("LE") ? new byte[] { (byte) 0xFF, (byte) 0xFE } : new byte[] { (byte) 0xFE, (byte) 0xFF });
        }
        bytes.write(seedText.replace("\n", "\r\n").getBytes(cs));
        Path file = Files.write(dir.resolve("seed-" + charset + bom + ".log"), bytes.toByteArray());
        assertSameLinesAsSeed(Imports.service().importFile(file, OPTIONS, null, null));
    }

    @Test
    void crOnlyLineEndings() throws Exception {
        Path file = Files.writeString(dir.resolve("seed-cr.log"), seedText.replace("\n", "\r"));
        ImportResult result = Imports.service().importFile(file, OPTIONS, null, null);
        assertSameAsSeed(result);
    }

    @Test
    void gzipFile() throws Exception {
        Path file = dir.resolve("seed.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(seedText.getBytes(StandardCharsets.UTF_8));
        }
        assertSameAsSeed(Imports.service().importFile(file, OPTIONS, null, null));
    }

    @Test
    void fifoWrittenByAnotherThread() throws Exception {
        Path fifo = TraceShapes.mkfifo(dir.resolve("seed.fifo"));
        Thread writer = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                out.write(seedText.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        assertSameAsSeed(Imports.service().importFile(fifo, OPTIONS, null, null));
        writer.join(10_000);
    }

    @Test
    void outputOfAProcess() throws Exception {
        Process cat = new ProcessBuilder("cat", Imports.file(SEED).toAbsolutePath().toString()).start();
        assertSameAsSeed(importSource(TraceSource.stream("cat seed", cat.getInputStream())));
        assertTrue(cat.waitFor(10, TimeUnit.SECONDS));
    }

    @Test
    void pastedText() throws Exception {
        assertSameAsSeed(importSource(TraceSource.text("pasted from the ticket", seedText)));
    }

    @Test
    void fifoNobodyWritesToTimesOut() throws Exception {
        Path fifo = TraceShapes.mkfifo(dir.resolve("silent.fifo"));
        long start = System.nanoTime();
        SourceException.NoData e = assertThrows(SourceException.NoData.class, () -> Imports.service()
                .importFile(fifo, OPTIONS.withNoDataTimeout(Duration.ofSeconds(1)), null, null));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds < 10, "gave up after " + seconds + " s");
        assertTrue(e.getMessage().contains(fifo.toString()) && e.getMessage().contains("no data for 1 s"), e.getMessage());
    }

    @Test
    void fifoWhoseWriterSendsNothingTimesOut() throws Exception {
        Path fifo = TraceShapes.mkfifo(dir.resolve("stalled.fifo"));
        byte[] firstLine = "2003.07.11 15:10:55 <<<< Logging Started (level is LTF_TRACE) >>>>\n".getBytes(StandardCharsets.US_ASCII);
        Thread writer = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                out.write(firstLine);
                out.flush();
                Thread.sleep(4_000); // holds the FIFO open without writing more
            } catch (IOException | InterruptedException e) {
                // the reader gave up and closed its end: expected
            }
        });
        writer.setDaemon(true);
        writer.start();
        SourceException.NoData e = assertThrows(SourceException.NoData.class, () -> Imports.service()
                .importFile(fifo, OPTIONS.withNoDataTimeout(Duration.ofSeconds(1)), null, null));
        assertTrue(e.getMessage().contains("after " + firstLine.length + " bytes"), e.getMessage());
    }

    @Test
    void zipWithSeveralMembers() throws Exception {
        Path zip = dir.resolve("attachments.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("logs/"));
            out.putNextEntry(new ZipEntry("logs/outlook.log"));
            out.write(seedText.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("logs/outlook-notepad.log"));
            out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
            out.write(seedText.getBytes(StandardCharsets.UTF_16LE));
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("Dear support, the logs are attached.\nRegards\n".getBytes(StandardCharsets.UTF_8));
        }
        List<TraceSource> members = TraceSources.expand(zip);
        assertEquals(List.of(zip + "!logs/outlook.log", zip + "!logs/outlook-notepad.log", zip + "!readme.txt"),
                members.stream().map(TraceSource::name).toList());
        assertSameAsSeed(importSource(members.get(0)));
        assertSameAsSeed(importSource(members.get(1))); // UTF-16 with LF line ends: the same offsets once decoded
        TraceImportException.Unrecognised e = assertThrows(TraceImportException.Unrecognised.class,
                () -> importSource(members.get(2)));
        assertTrue(e.getMessage().startsWith(zip + "!readme.txt"), e.getMessage());
        assertEquals(List.of(TraceSource.of(seedPath())), TraceSources.expand(seedPath()), "no zip: the file itself");
        assertThrows(SourceException.Archive.class, () -> Imports.service().importFile(zip, OPTIONS, null, null),
                "a zip given as one trace says that its members are traces");
    }

    private static Path seedPath() {
        return Imports.file(SEED);
    }

    @Test
    void binaryStaysRefusedFromAFileAndFromAStream() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("picture.bin"), noise);
        TraceImportException e = assertThrows(TraceImportException.class,
                () -> Imports.service().importFile(file, OPTIONS, null, null));
        assertTrue(e.getMessage().contains("binary content"), e.getMessage());
        TraceImportException zeros = assertThrows(TraceImportException.class,
                () -> importSource(TraceSource.stream("/dev/zero", new java.io.InputStream() {
                    @Override
                    public int read() {
                        return 0; // endless, like the device
                    }
                })));
        assertTrue(zeros.getMessage().contains("binary content at line 1"), zeros.getMessage());
    }

    @Test
    void spoolIsBoundedAndLeavesNothingBehind() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        SourceLimits limits = SourceLimits.defaults().withSpoolDirectory(spool).withSpoolLimitBytes(1000);
        try (ReadableTrace trace = TraceSources.open(TraceSource.text("big paste", seedText), limits)) {
            SourceException.TooLarge e = assertThrows(SourceException.TooLarge.class, () -> trace.openStream().readAllBytes());
            assertTrue(e.getMessage().contains("more than 1000 bytes"), e.getMessage());
        }
        try (ReadableTrace trace = TraceSources.open(TraceSource.text("paste", seedText), limits.withSpoolLimitBytes(1 << 20))) {
            assertEquals(seedText, new String(trace.openStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(seedText, new String(trace.openStream().readAllBytes(), StandardCharsets.UTF_8), "read twice");
            try (var files = Files.list(spool)) {
                assertEquals(0, files.count(), "the spool file has no name in the directory while it is open");
            }
        }
    }
}
