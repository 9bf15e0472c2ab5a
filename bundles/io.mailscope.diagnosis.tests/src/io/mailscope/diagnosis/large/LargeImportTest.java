package io.mailscope.diagnosis.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.diagnosis.internal.rules.CauseIds;
import io.mailscope.diagnosis.tests.shared.CountingListener;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.trace.TraceImportService;

/**
 * The rules run while a large import goes on: over a million exchanges (so the parse thread and the rule worker are
 * both busy, and the model evicts exchanges while rules still hold what they were given) with the two seed faults
 * planted near the end, the findings must be exactly those of a small trace holding only the faults (same codes,
 * causes, confidences and evidence texts), with no rule failure. With rule API 1.0 the connection rule read the
 * model's exchange lists while the importer changed them and failed from run to run.
 */
class LargeImportTest {

    private static final int HEALTHY_SESSIONS = 125_000;

    private static String time(int second) {
        return String.format("2012.03.%02d %02d:%02d:%02d ", 14 + (second / 86400) % 15, (second / 3600) % 24, (second / 60) % 60,
                second % 60);
    }

    private static void healthy(BufferedWriter w, int n) throws IOException {
        String p = time(n) + "POP3 (pop.example.test): ";
        int messages = n % 3;
        w.write(p + "Begin execution\n" + p + "Connecting to host\n" + p + "Connected to host\n");
        w.write(p + "[rx] +OK POP3 server ready <" + n + "@pop.example.test>\n");
        w.write(p + "[tx] USER alice\n" + p + "[rx] +OK\n" + p + "[tx] PASS *****\n" + p + "[rx] +OK Logged in.\n");
        w.write(p + "[tx] STAT\n" + p + "[rx] +OK " + messages + " " + messages * 1706 + "\n");
        w.write(p + "[tx] UIDL\n" + p + "[rx] +OK\n");
        for (int m = 1; m <= messages; m++) {
            w.write(p + "[rx] " + m + " uid" + n + "-" + m + "\n");
        }
        w.write(p + "[rx] .\n" + p + "[tx] LIST\n" + p + "[rx] +OK " + messages + " messages (" + messages * 1706 + " octets)\n");
        for (int m = 1; m <= messages; m++) {
            w.write(p + "[rx] " + m + " 1706\n");
        }
        w.write(p + "[rx] .\n" + p + "[tx] NOOP\n" + p + "[rx] +OK\n" + p + "[tx] NOOP\n" + p + "[rx] +OK\n");
        w.write(p + "[tx] QUIT\n" + p + "[rx] +OK Bye\n" + p + "Disconnected from host\n" + p + "End execution\n");
    }

    /** Seed 002 (STAT counts a message UIDL/LIST do not list) and seed 001 (dropped right after the greeting). */
    private static void faults(BufferedWriter w, int second) throws IOException {
        String p = time(second) + "POP3 (pop.intermail.test): ";
        w.write(p + "Begin execution\n" + p + "Connecting to host\n" + p + "Connected to host\n");
        w.write(p + "[rx] +OK qs_tech InterMail POP3 server ready\n");
        w.write(p + "[tx] USER customer\n" + p + "[rx] +OK Need a password\n" + p + "[tx] PASS ********\n");
        w.write(p + "[rx] +OK You have 0 messages totaling 554 octets\n");
        w.write(p + "[tx] STAT\n" + p + "[rx] +OK 1 554\n" + p + "[tx] UIDL\n" + p + "[rx] +OK \n" + p + "[rx] .\n");
        w.write(p + "[tx] LIST\n" + p + "[rx] +OK 0 messages (554 octets) [1 control message(s) hidden]\n" + p + "[rx] .\n");
        w.write(p + "Error: 0x800CCC97\n" + p + "[tx] QUIT\n" + p + "[rx] +OK signing off.\n" + p + "Disconnected from host\n");
        w.write(p + "End execution\n");
        String d = time(second + 1) + "POP3 (pop.throttled.test): ";
        w.write(d + "Begin execution\n" + d + "Connecting to host\n" + d + "Connected to host\n");
        w.write(d + "[rx] +OK POP3 ready\n" + d + "Connection closed by server\n" + d + "Error: 0x800CCC0F\n" + d + "End execution\n");
    }

    private static Path write(Path file, int healthyBefore, int healthyAfter) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("2012.03.14 00:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
            int n = 0;
            for (; n < healthyBefore; n++) {
                healthy(w, n);
            }
            faults(w, n);
            for (int i = 0; i < healthyAfter; i++) {
                healthy(w, n + 2 + i);
            }
        }
        return file;
    }

    /** What must not depend on the trace's size: code, cause, confidence, summary and evidence texts. */
    private static List<String> findings(Diagnosis d) {
        return d.getFindings().stream().map(f -> f.getErrorCode().getValue() + " " + (f.getCause() == null ? "-" : f.getCause().getId())
                + " " + f.isDetermined() + " " + f.getConfidence() + " " + f.getSummary() + " "
                + f.getEvidence().stream().map(Evidence::getText).toList()).toList();
    }

    @Test
    void rulesRunningDuringAMillionExchangeImportFindWhatTheyFindOnTheSmallTrace(@TempDir Path dir) throws Exception {
        TraceImportService importer = Diagnoses.service(TraceImportService.class);
        Diagnosis small = Diagnoses.importAndRun(importer, write(dir.resolve("small.log"), 2, 2), Diagnoses.builtInRules(),
                Duration.ofSeconds(30));
        Path large = write(dir.resolve("large.log"), HEALTHY_SESSIONS * 97 / 100, HEALTHY_SESSIONS * 3 / 100);
        assertTrue(Files.size(large) > 8L << 20, "large enough to be parsed on a thread of its own: " + Files.size(large));

        AtomicLong exchanges = new AtomicLong();
        Diagnosis big = Diagnoses.importAndRun(importer, large, Diagnoses.builtInRules(), Duration.ofSeconds(60),
                engine -> new CountingListener(engine, exchanges, false));
        assertTrue(exchanges.get() >= 1_000_000, "exchanges passed to the rules: " + exchanges.get());
        assertEquals(List.of(), big.getRuleFailures().stream().filter(f -> !f.getMessage().contains("not in the catalog"))
                .map(f -> f.getMessage()).toList());
        assertEquals(findings(small), findings(big), Diagnoses.describe(big));
        assertEquals(1, Diagnoses.withCause(big, CauseIds.HIDDEN_CONTROL_MESSAGE).size(), Diagnoses.describe(big));
        Finding drop = Diagnoses.single(big, CauseIds.DROPPED_AFTER_GREETING);
        assertEquals("+OK POP3 ready", drop.getEvidence().get(0).getText());
    }
}
