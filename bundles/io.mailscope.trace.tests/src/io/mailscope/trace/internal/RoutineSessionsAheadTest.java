package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.internal.formats.OutlookFormat;
import io.mailscope.trace.internal.formats.OutlookRoutineSession.SessionShape;
import io.mailscope.trace.internal.formats.RoutineTriage;
import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;

/**
 * The workers that triage routine sessions ahead of the parse thread, chunk by chunk, must answer for every session
 * exactly what the parse thread's own triage answers on the same bytes, wherever the chunks are cut: chunk borders
 * inside sessions, on a session's first line (one byte before, at, one byte after its start and its end), at faults
 * that make a session not routine, in a session with CR LF line ends, and one chunk larger than the whole log.
 * (FastSlowPathEqualityTest in io.mailscope.diagnosis.tests compares whole imports with such chunks.)
 */
class RoutineSessionsAheadTest {

    /** What the importer lets a routine session take after its first line. */
    private static final int WINDOW = 64 * 1024;
    private static final RoutineTriage.SessionsAhead TRIAGE = ((RoutineTriage) new OutlookFormat().newParser()).sessionsAhead();

    /** Outlook 2003+ sessions like the benchmark generator's, with faults and other line ends among them. */
    private static byte[] log() {
        StringBuilder b = new StringBuilder("2012.03.14 10:15:32 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
        for (int cycle = 1; cycle <= 400; cycle++) {
            String t = String.format("2012.03.14 %02d:%02d:%02d ", cycle / 3600, cycle / 60 % 60, cycle % 60);
            StringBuilder s = new StringBuilder();
            if (cycle % 5 == 0) {
                String p = t + "SMTP (smtp.example.test): ";
                for (String l : List.of("Begin execution", "Port: 25, Secure: NO, SPA: NO", "Connecting to host", "Connected to host",
                        "[rx] 220 smtp.example.test ESMTP ready", "[tx] EHLO workstation", "[rx] 250-smtp.example.test",
                        "[rx] 250-AUTH LOGIN PLAIN", "[rx] 250 8BITMIME", "[tx] MAIL FROM: <alice@example.test>", "[rx] 250 2.1.0 Ok",
                        "[tx] RCPT TO: <bob@example.test>", cycle % 35 == 0 ? "[rx] 554 5.7.1 Relay access denied" : "[rx] 250 2.1.5 Ok",
                        "[tx] DATA", "[rx] 354 End data with <CR><LF>.<CR><LF>", "[rx] 250 2.0.0 Ok: queued as " + cycle, "[tx] QUIT",
                        "[rx] 221 2.0.0 Bye", "Disconnected from host", "End execution")) {
                    s.append(p).append(l).append('\n');
                }
            } else if (cycle % 13 == 0) {
                String p = t + "IMAP (imap.example.test): ";
                for (String l : List.of("Begin execution", "Port: 143, Secure: NO", "Connected to host", "[rx] * OK ready",
                        "[tx] A1 LOGOUT", "[rx] A1 OK bye", "Disconnected from host", "End execution")) {
                    s.append(p).append(l).append('\n');
                }
            } else {
                String p = t + "POP3 (pop.example.test): ";
                int messages = cycle % 4;
                List<String> lines = new ArrayList<>(List.of("Begin execution", "Port: 110, Secure: NO, SPA: NO", "Finding host",
                        "Connecting to host", "Connected to host",
                        "[rx] +OK POP3 server ready <" + cycle + (cycle % 17 == 0 ? "x".repeat(3000) : "") + "@pop.example.test>",
                        "[tx] USER alice", "[rx] +OK", cycle % 19 == 0 ? "[tx] PASS hunter2" : "[tx] PASS *****", "[rx] +OK Logged in.",
                        "[tx] STAT", "[rx] +OK " + (cycle % 7 == 0 ? messages + 1 : messages) + " " + messages * 1706, "[tx] UIDL",
                        "[rx] +OK"));
                for (int m = 1; m <= messages; m++) {
                    lines.add("[rx] " + m + " uid" + cycle + "x" + m);
                }
                lines.addAll(List.of("[rx] .", "[tx] LIST", "[rx] +OK " + messages + " messages"));
                for (int m = 1; m <= messages; m++) {
                    lines.add("[rx] " + m + " 1706");
                }
                lines.addAll(List.of("[rx] .", "[tx] QUIT", "[rx] +OK Bye", "Disconnected from host", "End execution"));
                String end = cycle % 11 == 0 ? "\r\n" : "\n";
                lines.forEach(l -> s.append(p).append(l).append(end));
            }
            b.append(s);
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A line of the log: where it starts, and where its LF is. */
    private record LineAt(int start, int end) {
    }

    private static List<LineAt> lines(byte[] log) {
        List<LineAt> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < log.length; i++) {
            if (log[i] == '\n') {
                lines.add(new LineAt(start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    @Test
    void workersAnswerWhatTheParseThreadsTriageAnswersWhereverTheChunksAreCut(@TempDir Path dir) throws IOException {
        byte[] log = log();
        Path file = Files.write(dir.resolve("opmlog.log"), log);
        List<LineAt> lines = lines(log);
        List<Integer> chunks = new ArrayList<>(List.of(613, 4093, 65_536, log.length, log.length + 1));
        // borders on the first lines of cycles 3 (routine), 5 (SMTP), 7 (STAT counts one more), 11 (CR LF), 17 (long reply)
        int begun = 0;
        for (LineAt line : lines) {
            if (TRIAGE.beginPrefix(log, line.start(), line.end()) != null && List.of(3, 5, 7, 11, 16).contains(++begun)) {
                for (int border : List.of(line.start() - 1, line.start(), line.start() + 1, line.end(), line.end() + 1)) {
                    chunks.add(border);
                }
            }
        }
        for (int chunk : chunks) {
            int before = RoutineSessionsAhead.chunkBytes(chunk);
            try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                    RoutineSessionsAhead ahead = RoutineSessionsAhead.of(input, TRIAGE, WINDOW)) {
                assertNotNull(ahead, "a plain file of known size");
                int routine = 0;
                int notRoutine = 0;
                for (LineAt line : lines) {
                    byte[] prefix = TRIAGE.beginPrefix(log, line.start(), line.end());
                    if (prefix == null) {
                        continue;
                    }
                    int after = line.end() + 1;
                    SessionShape[] expectedShape = new SessionShape[1];
                    int end = TRIAGE.routineSession(prefix, log, after, Math.min(log.length, after + WINDOW), expectedShape);
                    int expected = end >= 0 ? end - after : RoutineSessionsAhead.NOT_ROUTINE;
                    SessionShape[] shape = new SessionShape[1];
                    String where = "session at offset " + line.start() + ", chunks of " + chunk + " bytes";
                    assertEquals(expected, ahead.find(line.start(), after, prefix, shape), where);
                    if (expected >= 0) {
                        assertEquals(expectedShape[0], shape[0], where);
                        routine++;
                    } else {
                        notRoutine++;
                    }
                }
                // the log holds both kinds: routine POP3 and SMTP sessions, and faults, a password in clear, the last one
                assertTrue(routine > 250 && notRoutine > 40, routine + " routine, " + notRoutine + " not, chunks of " + chunk);
            } finally {
                RoutineSessionsAhead.chunkBytes(before);
            }
        }
    }

    @Test
    void aLineTheParserReadsWithAnotherPrefixIsLeftToTheParseThread(@TempDir Path dir) throws IOException {
        byte[] log = log();
        Path file = Files.write(dir.resolve("opmlog.log"), log);
        LineAt first = lines(log).get(1);
        byte[] prefix = TRIAGE.beginPrefix(log, first.start(), first.end());
        assertEquals("POP3 (pop.example.test): ", new String(prefix, StandardCharsets.US_ASCII));
        try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                RoutineSessionsAhead ahead = RoutineSessionsAhead.of(input, TRIAGE, WINDOW)) {
            byte[] other = "POP3 (pop.example.test2): ".getBytes(StandardCharsets.US_ASCII);
            assertEquals(RoutineSessionsAhead.UNKNOWN, ahead.find(first.start(), first.end() + 1, other, new SessionShape[1]));
        }
    }
}
