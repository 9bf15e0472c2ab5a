package io.mailscope.headless.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.headless.internal.ExitCode;
import io.mailscope.headless.internal.CommandLineTest;
import io.mailscope.headless.internal.CommandLineTest.Run;
import io.mailscope.tests.harness.Services;

/**
 * The command line reads traces from wherever the customer's text is, end to end through the real services: standard
 * input ({@code -}), a FIFO, each member of a zip archive, a gzip file; a FIFO nobody writes to between two files
 * costs only itself, with a message, and the files around it are reported in order.
 */
class TraceInputsTest {

    private static Path seed;
    private static byte[] seedBytes;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() throws Exception {
        Services.await(DiagnosisService.class);
        seed = Path.of(FileLocator.toFileURL(FrameworkUtil.getBundle(TraceInputsTest.class)
                .getEntry("testfiles/outlook2002-pop3-0x800ccc97.log")).toURI());
        seedBytes = Files.readAllBytes(seed);
    }

    private static List<String> headersAndVerdicts(String report) {
        List<String> lines = new ArrayList<>();
        for (String line : report.split("\n")) {
            if (line.startsWith("== ") || line.startsWith("DIAGNOSED") || line.startsWith("UNREADABLE")
                    || line.startsWith("No failure")) {
                // the header without the format, the verdict without symbol and cause: the code is what is compared
                lines.add(line.startsWith("DIAGNOSED") ? line.split("  ")[0] : line.replaceAll("  \\(.*", ""));
            }
        }
        return lines;
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
        return fifo;
    }

    @Test
    void standardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(seedBytes));
            Run r = CommandLineTest.run("diagnose", "-");
            assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.out() + r.err());
            assertEquals(List.of("== -", "DIAGNOSED 0x800CCC97"), headersAndVerdicts(r.out()));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aFifoAsProcessSubstitutionGivesIt() throws Exception {
        Path fifo = fifo("substituted");
        Thread writer = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                out.write(seedBytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Run r = CommandLineTest.run("diagnose", fifo.toString());
        writer.join(10_000);
        assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.out() + r.err());
        assertEquals(List.of("== " + fifo, "DIAGNOSED 0x800CCC97"), headersAndVerdicts(r.out()));
    }

    @Test
    void eachZipMemberIsATraceAndImportReadsThemToo() throws Exception {
        Path zip = dir.resolve("ticket-4711.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("outlook.log"));
            out.write(seedBytes);
            out.putNextEntry(new ZipEntry("saved-by-notepad.log"));
            out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
            out.write(new String(seedBytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
        }
        Run r = CommandLineTest.run("diagnose", zip.toString());
        assertEquals(ExitCode.FAILURE_FOUND, r.exit(), r.out() + r.err());
        assertEquals(List.of("== " + zip + "!outlook.log", "DIAGNOSED 0x800CCC97", "== " + zip + "!saved-by-notepad.log",
                "DIAGNOSED 0x800CCC97"), headersAndVerdicts(r.out()));
        Run imported = CommandLineTest.run("import", "--summary", zip.toString());
        assertEquals(ExitCode.OK, imported.exit(), imported.err());
        assertTrue(imported.out().contains(zip + "!outlook.log: Outlook troubleshooting log (Outlook 2000-2002)"), imported.out());
        assertTrue(imported.out().contains(zip + "!saved-by-notepad.log: Outlook troubleshooting log (Outlook 2000-2002)"),
                imported.out());
    }

    @Test
    void aSilentFifoBetweenTwoFilesTimesOutAndCostsOnlyItself() throws Exception {
        Path silent = fifo("silent");
        Path gz = dir.resolve("seed.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(seedBytes);
        }
        long start = System.nanoTime();
        Run r = CommandLineTest.run("diagnose", "--file-timeout", "1", seed.toString(), silent.toString(), gz.toString());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "no hang");
        assertEquals(ExitCode.UNREADABLE, r.exit(), r.out() + r.err());
        assertEquals(List.of("== " + seed, "DIAGNOSED 0x800CCC97", "== " + silent,
                "UNREADABLE: no data for 1 s after 0 bytes (a FIFO or pipe nobody writes to, or a stalled device); give a longer --file-timeout if it is only slow",
                "== " + gz, "DIAGNOSED 0x800CCC97"), headersAndVerdicts(r.out()));
        assertTrue(r.err().contains(silent + ": no data for 1 s"), r.err());
    }
}
