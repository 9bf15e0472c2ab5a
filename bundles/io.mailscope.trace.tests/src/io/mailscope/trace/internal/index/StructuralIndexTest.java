package io.mailscope.trace.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Direction;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.index.IndexProgress;
import io.mailscope.trace.index.IndexedRecord;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.tests.Imports;

/**
 * The record index built from the bytes of Outlook 2000-2002 logs ({@link OutlookLegacyIndexer}) is the index the
 * import builds: on generated logs with every kind of damage the parser repairs (wrapped lines, entries written into
 * one line, cut ReportStatus entries, contexts written into the text, annotations, late lines of a connection,
 * blank lines, CR LF and LF), with secrets to mask (PASS, SASL after AUTH LOGIN with challenges, free-text passwords in
 * other lines), read in small blocks so that block borders fall everywhere. Each log is opened for paging twice: on
 * the fast path (the structural pass builds the index, the import checks every entry and counts what it had to
 * correct) and on the slow path (the import builds it); every record must be the same, and nothing corrected.
 */
class StructuralIndexTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(OutlookLegacyIndexer.RANGE_PROPERTY);
        FastPath.enable(true);
    }

    @Test
    void theStructuralIndexIsTheImportsOnDamagedLogs() throws Exception {
        int covered = 0;
        for (int seed = 1; seed <= 24; seed++) {
            Random random = new Random(seed);
            Path log = Files.write(dir.resolve("legacy-" + seed + ".log"), new LegacyLog(random).text(40 + random.nextInt(80))
                    .getBytes(StandardCharsets.ISO_8859_1));
            System.setProperty(OutlookLegacyIndexer.RANGE_PROPERTY, String.valueOf(64 + random.nextInt(4000)));
            FastPath.enable(false);
            List<IndexedRecord> reference = pages(log, null);
            FastPath.enable(true);
            String[] stop = new String[1];
            List<IndexedRecord> structural = pages(log, stop);
            assertEquals(reference.size(), structural.size(), "records of " + log);
            for (int i = 0; i < reference.size(); i++) {
                assertEquals(reference.get(i), structural.get(i), "record " + i + " of " + log);
            }
            if (stop[0] == null) {
                covered++;
            }
        }
        assertTrue(covered >= 20, covered + " of 24 logs indexed from their bytes to the end");
    }

    @Test
    void whatTheRulesDoNotCoverStopsThePassAndTheImportIndexesTheRest() throws Exception {
        Random random = new Random(99);
        String text = new LegacyLog(random).text(60);
        int middle = text.indexOf("\n", text.length() / 2) + 1;
        // a line with a byte that is not ASCII: decoded by the import, not covered by the structural rules
        String damaged = text.substring(0, middle) + "2003.07.11 09:00:00 \"POP3: <rx> +OK Gr\u00fc\u00dfe\")\r\n" + text.substring(middle);
        Path log = Files.write(dir.resolve("non-ascii.log"), damaged.getBytes(StandardCharsets.UTF_8));
        FastPath.enable(false);
        List<IndexedRecord> reference = pages(log, null);
        FastPath.enable(true);
        String[] stop = new String[1];
        List<IndexedRecord> structural = pages(log, stop);
        assertTrue(stop[0] != null && stop[0].contains("printable ASCII"), String.valueOf(stop[0]));
        assertEquals(reference, structural);
    }

    /** Opens {@code log} for paging, waits for the import, and returns every record; checks the structural pass. */
    static List<IndexedRecord> pages(Path log, String[] stop) throws Exception {
        try (IndexedTrace trace = Imports.service().openIndexed(TraceSource.of(log), ImportOptions.DEFAULT, null,
                IndexProgress.NONE)) {
            trace.result().get(60, TimeUnit.SECONDS);
            RecordIndexFile index = (RecordIndexFile) trace.index();
            if (stop == null) {
                assertEquals(-1, index.structuralRecords(), "the slow path indexes through the import");
            } else {
                assertTrue(index.structuralRecords() >= 0, "the fast path indexes from the bytes first");
                assertEquals(0, index.corrections(), "entries of the structural pass the import found different in " + log
                        + " (stopped: " + index.structuralStop() + ")");
                stop[0] = index.structuralStop();
                if (stop[0] == null) {
                    assertEquals(index.size(), index.structuralRecords());
                }
            }
            List<IndexedRecord> all = new ArrayList<>();
            for (long first = 0; first < index.size(); first += 100) {
                all.addAll(index.page(first, 100));
            }
            // (the SASL response after AUTH LOGIN, "c2VjcmV0LXBhc3N3b3Jk", is not masked by the import of such logs either:
            // the header entries between the protocol lines reach the session's masking as other lines; reported)
            assertNull(all.stream().filter(r -> r.direction() == Direction.CLIENT && r.text().contains("Secret")).findFirst()
                    .orElse(null), "passwords are masked");
            return all;
        }
    }

    /** Writes a damaged Outlook 2000-2002 log: POP3, SMTP and IMAP connections, tasks and a status thread interleaved. */
    private static final class LegacyLog {
        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private final List<String> late = new ArrayList<>();
        private int second;
        private int connection;

        LegacyLog(Random random) {
            this.random = random;
        }

        String text(int connections) {
            line("2003.07.11 08:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>");
            for (int c = 0; c < connections; c++) {
                connection();
            }
            return out.toString();
        }

        private String time() {
            second += random.nextInt(2);
            return String.format("2003.07.11 %02d:%02d:%02d", 8 + second / 3600 % 16, second / 60 % 60, second % 60);
        }

        private void line(String text) {
            out.append(text).append(random.nextInt(5) == 0 ? "\n" : "\r\n");
        }

        /** A physical line that may be wrapped at a space, as mail software does. */
        private void wrapped(String text) {
            if (text.length() > 40 && random.nextInt(3) == 0) {
                int cut = text.indexOf(' ', 30 + random.nextInt(text.length() - 35));
                if (cut > 0 && cut < text.length() - 1) {
                    line(text.substring(0, cut));
                    line((random.nextBoolean() ? "  " : "") + text.substring(cut + 1));
                    return;
                }
            }
            line(text);
        }

        private void logText(String context, String text) {
            String t = time();
            line(t + " Callback::LogText[THIS: " + context + "] (flags =");
            line("LTF_TRACE, hr = 00000000, code = 00000000,");
            wrapped(t + " \"" + text + "\")");
            noise();
        }

        private void noise() {
            switch (random.nextInt(30)) {
                case 0 -> line("[*** the customer pasted this part from another mail ***]");
                case 1 -> line("");
                case 2 -> line("   ");
                case 3 -> {
                    // a ReportStatus entry written into one line with the next entry's start
                    line(time() + " Callback::ReportStatus[THIS: 00abc" + connection + "]");
                    out.append("(ulAsynchPhase = RSF_INPROGRESS) Progress = 2/6");
                }
                case 4 -> {
                    // a ReportStatus entry cut by another thread; its rest comes after the other entry
                    line(time() + " Callback::ReportStatus[THIS: 00abc" + connection + "] (ulAsynchPhase = RSF_COMPLETED");
                    line(time() + " Callback::LogText[THIS: 00def" + connection + "] (flags =");
                    line("LTF_TRACE, hr = 00000000, code = 00000000,)");
                    line(", hrStatus = 0x" + (random.nextBoolean() ? "800ccc0f" : "00000000") + ")");
                }
                case 5 -> logTextRaw(time() + " \"[THIS: " + Integer.toHexString(random.nextInt(1 << 20)) + "] POP3: Authorized to host(flags = LTF_TRACE)\")");
                case 6 -> logTextRaw(time() + " \"password=Secret" + random.nextInt(99) + " in the account settings\")");
                case 7 -> logTextRaw(time() + " \"Error 0x800ccc0e connecting\")");
                case 8 -> {
                    if (!late.isEmpty()) {
                        logText(late.get(random.nextInt(late.size())), "POP3: <rx> +OK late line");
                    }
                }
                case 9 -> {
                    // a status report of the template cut by another thread after its second line: its rest comes
                    // after the other entry, a protocol line whose text ends with ')' as the cut one's rest needs
                    // (without the space after the timestamp: the parser's entry all the same, not the template's text)
                    line(time() + (random.nextBoolean() ? " " : "") + "Callback::ReportStatus[THIS: 00abc" + connection + "]");
                    line("(ulAsynchPhase = RSF_COMPLETED");
                    String t = time();
                    line(t + " Callback::LogText[THIS: " + (late.isEmpty() ? "00def0" : late.get(late.size() - 1)) + "] (flags =");
                    line("LTF_TRACE, hr = 00000000, code = 00000000,");
                    line(t + " \"POP3: <rx> +OK between the halves\")");
                    line(", hrStatus = 0x" + (random.nextBoolean() ? "800ccc0f" : "00000000") + ")");
                }
                case 10 -> {
                    // a status report of the template inside a session: a status event, an other line, or an other
                    // line to mask
                    line(time() + " Callback::ReportStatus[THIS: " + String.format("%08x", 0x21000000 + connection) + "]");
                    line(switch (random.nextInt(4)) {
                        case 0 -> "(ulAsynchPhase = RSF_INPROGRESS) Progress = 2/6";
                        case 1 -> "(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x800ccc0e)";
                        case 2 -> "(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x00000000)";
                        default -> "  (ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x0) ";
                    });
                }
                case 11 -> {
                    if (random.nextInt(3) != 0) {
                        return; // rarer: such a line makes the latest session matter for masking, which may stop the pass
                    }
                    // a status report of the template whose text the latest session's masking must read: a secret in
                    // it is masked again where the server echoes it
                    line(time() + " Callback::ReportStatus[THIS: " + String.format("%08x", 0x21000000 + connection) + "]");
                    line("PASS Hidden" + connection);
                    if (!late.isEmpty()) {
                        logText(late.get(late.size() - 1), "POP3: <rx> -ERR Hidden" + connection + " unknown");
                    }
                }
                case 12 -> {
                    if (random.nextInt(3) != 0) {
                        return; // rarer, as above
                    }
                    // a task's header of the templates' shapes but not where the consumer takes their text: no space
                    // after the timestamp, its flags line indented; the text is a password the masking must see
                    String t = time();
                    line(t + "Callback::LogText[THIS: " + (late.isEmpty() ? "00def0" : late.get(late.size() - 1)) + "] (flags =");
                    line("  LTF_TRACE, hr = 00000000, code = 00000000, ");
                    line(t + " \"password=Secret" + connection + " typed again\")");
                }
                default -> {
                    // nothing in between
                }
            }
        }

        /**
         * Free text that opens SASL data in the latest session's masking, a task's header of the template (the masking
         * reads it as an other line, which ends what the text opened), the data the text announced on a line of its
         * own, and the server's echo of that data, masked only where the header was not read. Written without the
         * generator's random choices, so that the logs' other damage stays where it was.
         */
        private void saslDataAfterAHeader(String transport) {
            String t = now();
            String header = header(t, transport);
            out.append(t).append(" AUTH PLAIN\r\n").append(header).append(t).append(" dXNlcgBzZWNyZXQ").append(connection)
                    .append("\r\n").append(header).append(t).append(" \"POP3: <rx> -ERR dXNlcgBzZWNyZXQ").append(connection)
                    .append(" unknown\")\r\n");
        }

        /**
         * A task's header of the template whose entry goes on with a line without a timestamp (a password the masking
         * reads as part of the header's text), and the server's echo of it.
         */
        private void secretAfterAHeader(String transport) {
            String t = now();
            out.append(header(t, transport)).append("PASS Hidden").append(connection).append("\r\n").append(header(t, transport))
                    .append(t).append(" \"POP3: <rx> -ERR Hidden").append(connection).append(" unknown\")\r\n");
        }

        /**
         * A quoted text whose first line holds neither a context nor flags and whose second line holds the context of
         * the connection before (the text belongs to that connection) and flags: the workers mark the first line
         * alone. Written without the generator's random choices, as above.
         */
        private void contextOnASecondLine(String task, String before) {
            String t = now();
            out.append(header(t, task)).append(t).append(" \"POP3: <rx> +OK 2 1108\r\n[THIS: ").append(before)
                    .append("] (flags = late)\")\r\n");
        }

        /** @return the time of the latest line, without a random step */
        private String now() {
            return String.format("2003.07.11 %02d:%02d:%02d", 8 + second / 3600 % 16, second / 60 % 60, second % 60);
        }

        private static String header(String time, String context) {
            return time + " Callback::LogText[THIS: " + context + "] (flags =\r\nLTF_TRACE, hr = 00000000, code = 00000000,\r\n";
        }

        private void logTextRaw(String text) {
            line(text);
        }

        private void connection() {
            connection++;
            String transport = String.format("%08x", 0x20000000 + connection);
            String task = String.format("%08x", 0x21000000 + connection);
            late.add(transport);
            if (late.size() > 3) {
                late.remove(0);
            }
            int kind = random.nextInt(3);
            String protocol = kind == 0 ? "POP3" : kind == 1 ? "SMTP" : "IMAP";
            logText(transport, protocol + ": Connected to host");
            logText(transport, protocol + ": <rx> +OK server ready <" + connection + "@example.test>");
            switch (kind) {
                case 0 -> {
                    logText(transport, "POP3: [tx] USER customer" + connection);
                    logText(transport, "POP3: <rx> +OK");
                    logText(task, "POP3: [tx] PASS Secret" + connection);
                    logText(task, "POP3: <rx> " + (random.nextInt(5) == 0 ? "-ERR bad password Secret" + connection : "+OK Logged in."));
                    logText(task, "POP3: [tx] STAT");
                    logText(task, "POP3: <rx> +OK 1 554 (flags = kept)");
                    if (connection % 4 == 0) {
                        saslDataAfterAHeader(transport);
                    } else if (connection % 4 == 2) {
                        secretAfterAHeader(transport);
                    } else if (connection % 4 == 3 && late.size() >= 2) {
                        contextOnASecondLine(task, late.get(late.size() - 2));
                    }
                }
                case 1 -> {
                    logText(transport, "SMTP: [tx] EHLO client");
                    logText(transport, "SMTP: <rx> 250-AUTH LOGIN PLAIN");
                    logText(transport, "SMTP: [tx] AUTH LOGIN");
                    logText(transport, "SMTP: <rx> 334 VXNlcm5hbWU6");
                    logText(transport, "SMTP: [tx] dXNlcg==");
                    logText(transport, "SMTP: <rx> 334 UGFzc3dvcmQ6");
                    logText(transport, "SMTP: [tx] c2VjcmV0LXBhc3N3b3Jk");
                    logText(transport, "SMTP: <rx> " + (random.nextBoolean() ? "235 ok" : "535 authentication failed"));
                }
                default -> {
                    logText(transport, "IMAP: [tx] a1 LOGIN user Secret" + connection);
                    logText(transport, "IMAP: <rx> a1 OK");
                    logText(task, "IMAP: [tx] a2 SELECT INBOX");
                    logText(task, "IMAP: <rx> * 1 EXISTS");
                }
            }
            logText(transport, protocol + ": Disconnecting from host");
            logText(transport, protocol + ": [tx] " + (kind == 2 ? "a3 LOGOUT" : "QUIT"));
            logText(transport, protocol + ": <rx> " + (kind == 1 ? "221 bye" : "+OK bye"));
            logText(transport, protocol + ": Disconnected from host");
            if (random.nextInt(4) == 0) {
                line(time() + " Callback::ReportStatus[THIS: " + task + "]");
                line("(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x800ccc0f)");
            }
        }
    }
}
