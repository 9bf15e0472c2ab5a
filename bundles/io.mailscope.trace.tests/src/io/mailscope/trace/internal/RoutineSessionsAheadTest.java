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
        return log(400);
    }

    /**
     * @param cycles the number of sessions after the first line; besides routine POP3 and SMTP sessions: a STAT that
     *            counts one message more than the listings (every 7th), a password in clear (19th), a relay refused
     *            (35th), an IMAP session (13th), CR LF line ends (11th), a greeting longer than most (17th), a routine
     *            session of a host whose name holds a credential's fragment (23rd: its "Begin execution" line is not
     *            inert), and a connection of a second POP3 host that is left open (29th) before that host's next,
     *            routine session two sessions later begins (which the parser does not take for a fresh one)
     */
    private static byte[] log(int cycles) {
        StringBuilder b = new StringBuilder("2012.03.14 10:15:32 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
        for (int cycle = 1; cycle <= cycles; cycle++) {
            String t = String.format("2012.03.14 %02d:%02d:%02d ", cycle / 3600 % 24, cycle / 60 % 60, cycle % 60);
            StringBuilder s = new StringBuilder();
            if (cycle % 29 == 0) {
                String p = t + "POP3 (pop2.example.test): ";
                for (String l : List.of("Begin execution", "Port: 110, Secure: NO", "Connecting to host", "Connected to host",
                        "[rx] +OK POP3 server ready")) {
                    s.append(p).append(l).append('\n');
                }
            } else if (cycle % 5 == 0 && cycle % 29 != 2) {
                String p = t + "SMTP (smtp.example.test): ";
                for (String l : List.of("Begin execution", "Port: 25, Secure: NO, SPA: NO", "Connecting to host", "Connected to host",
                        "[rx] 220 smtp.example.test ESMTP ready", "[tx] EHLO workstation", "[rx] 250-smtp.example.test",
                        "[rx] 250-AUTH LOGIN PLAIN", "[rx] 250 8BITMIME", "[tx] MAIL FROM: <alice@example.test>", "[rx] 250 2.1.0 Ok",
                        "[tx] RCPT TO: <bob@example.test>", cycle % 35 == 0 ? "[rx] 554 5.7.1 Relay access denied" : "[rx] 250 2.1.5 Ok",
                        "[tx] DATA", "[rx] 354 End data with <CR><LF>.<CR><LF>", "[rx] 250 2.0.0 Ok: queued as " + cycle, "[tx] QUIT",
                        "[rx] 221 2.0.0 Bye", "Disconnected from host", "End execution")) {
                    s.append(p).append(l).append('\n');
                }
            } else if (cycle % 13 == 0 && cycle % 29 != 2) {
                String p = t + "IMAP (imap.example.test): ";
                for (String l : List.of("Begin execution", "Port: 143, Secure: NO", "Connected to host", "[rx] * OK ready",
                        "[tx] A1 LOGOUT", "[rx] A1 OK bye", "Disconnected from host", "End execution")) {
                    s.append(p).append(l).append('\n');
                }
            } else {
                String host = cycle % 29 == 2 ? "pop2.example.test" : cycle % 23 == 0 ? "passport.example.test" : "pop.example.test";
                String p = t + "POP3 (" + host + "): ";
                int messages = cycle % 4;
                List<String> lines = new ArrayList<>(List.of("Begin execution", "Port: 110, Secure: NO, SPA: NO", "Finding host",
                        "Connecting to host", "Connected to host",
                        "[rx] +OK POP3 server ready <" + cycle + (cycle % 17 == 0 ? "x".repeat(3000) : "") + "@pop.example.test>",
                        "[tx] USER alice", "[rx] +OK", cycle % 19 == 0 ? "[tx] PASS example7" : "[tx] PASS *****", "[rx] +OK Logged in.",
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

    /**
     * What the workers join to a routine session ({@link RoutineSessionsAhead#joined}) must be exactly the routine
     * sessions that follow it directly in its chunk, each beginning on the line after the one before ends, with a
     * "Begin execution" line the masking leaves as it is: wherever the chunks are cut.
     */
    @Test
    void workersJoinExactlyTheRoutineSessionsThatFollowDirectlyInTheirChunk(@TempDir Path dir) throws IOException {
        byte[] log = log();
        Path file = Files.write(dir.resolve("opmlog.log"), log);
        List<LineAt> lines = lines(log);
        for (int chunk : List.of(613, 4093, 16_384, 65_536, log.length + 1)) {
            int before = RoutineSessionsAhead.chunkBytes(chunk);
            try (ReadableTrace input = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
                    RoutineSessionsAhead ahead = RoutineSessionsAhead.of(input, TRIAGE, WINDOW)) {
                int joinedSessions = 0;
                int notInert = 0;
                for (int i = 0; i < lines.size(); i++) {
                    LineAt line = lines.get(i);
                    byte[] prefix = TRIAGE.beginPrefix(log, line.start(), line.end());
                    if (prefix == null || ahead.find(line.start(), line.end() + 1, prefix, new SessionShape[1]) < 0) {
                        continue;
                    }
                    String where = "session at offset " + line.start() + ", chunks of " + chunk + " bytes";
                    // the sessions after it, found on the whole log
                    int expected = 0;
                    int end = routineEnd(log, line);
                    while (true) {
                        int next = lineIndexAt(lines, end);
                        if (next < 0 || end / chunk != line.start() / chunk) {
                            break;
                        }
                        LineAt begin = lines.get(next);
                        byte[] p = TRIAGE.beginPrefix(log, begin.start(), begin.end());
                        if (p == null || routineEnd(log, begin) < 0) {
                            break;
                        }
                        if (!io.mailscope.trace.internal.masking.CredentialHints.inert(
                                new String(log, begin.start(), begin.end() - begin.start(), StandardCharsets.US_ASCII).stripTrailing())) {
                            notInert++;
                            break;
                        }
                        expected++;
                        SessionShape[] shape = new SessionShape[1];
                        int after = begin.end() + 1;
                        int sessionEnd = TRIAGE.routineSession(p, log, after, Math.min(log.length, after + WINDOW), shape);
                        assertTrue(ahead.joined() >= expected, where + ": session " + expected + " after it is joined");
                        assertEquals(after, ahead.joinedAfter(expected), where);
                        assertEquals(sessionEnd - after, ahead.joinedLength(expected), where);
                        assertEquals(shape[0], ahead.joinedShape(expected), where);
                        assertEquals(new String(p, StandardCharsets.US_ASCII), new String(ahead.joinedPrefix(expected), StandardCharsets.US_ASCII),
                                where);
                        end = sessionEnd;
                    }
                    assertEquals(expected, ahead.joined(), where);
                    joinedSessions += expected;
                }
                // chunks of 613 bytes hold no whole session: nothing is joined there
                assertTrue(chunk < 1000 || joinedSessions > 100, joinedSessions + " sessions joined, chunks of " + chunk);
                assertTrue(notInert > 0 || chunk < 20_000, "a 'Begin execution' line with a credential's fragment ends a join");
            } finally {
                RoutineSessionsAhead.chunkBytes(before);
            }
        }
    }

    /** @return the end of the routine session begun by {@code begin} (the parse thread's own triage), or -1 */
    private static int routineEnd(byte[] log, LineAt begin) {
        byte[] prefix = TRIAGE.beginPrefix(log, begin.start(), begin.end());
        int after = begin.end() + 1;
        return prefix == null ? -1 : TRIAGE.routineSession(prefix, log, after, Math.min(log.length, after + WINDOW), new SessionShape[1]);
    }

    private static int lineIndexAt(List<LineAt> lines, int start) {
        int low = 0;
        int high = lines.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int s = lines.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** Records the listener calls a session counted on bytes still causes (its exchanges are not passed). */
    private static final class Recorder implements io.mailscope.trace.TraceListener, io.mailscope.trace.RoutineExchangePolicy {
        final List<String> calls = new ArrayList<>();
        long stretched;

        @Override
        public boolean needsRoutineExchanges() {
            return false;
        }

        @Override
        public void sessionStarted(io.mailscope.trace.events.SessionInfo session) {
            calls.add("start " + session);
        }

        @Override
        public void exchangeAbandoned(io.mailscope.trace.events.ExchangeRecord exchange) {
            calls.add("abandoned " + exchange.session().id() + " " + exchange.verb());
        }

        @Override
        public void connectionEvent(io.mailscope.trace.events.ConnectionRecord event) {
            calls.add("connection " + event);
        }

        @Override
        public void statusEvent(io.mailscope.trace.events.StatusRecord event) {
            calls.add("status " + event.value() + " " + event.firstLine());
        }

        @Override
        public void sessionEnded(io.mailscope.trace.events.SessionEnd end) {
            calls.add("end " + end);
        }

        @Override
        public void routineSessions(io.mailscope.trace.CountedSessions sessions) {
            stretched += sessions.count();
            io.mailscope.trace.TraceListener.super.routineSessions(sessions);
        }

        @Override
        public void traceEnded(io.mailscope.trace.events.TraceEnd trace) {
            calls.add("trace ended " + trace.sessions() + " " + trace.exchanges());
        }
    }

    private record Imported(List<String> calls, List<String> facts, long stretched) {
    }

    private static Imported importWithChunks(Path file, int chunk) throws IOException, io.mailscope.trace.TraceImportException {
        int before = RoutineSessionsAhead.chunkBytes(chunk);
        try {
            Recorder recorder = new Recorder();
            TraceImporter importer = new TraceImporter(io.mailscope.trace.internal.formats.BuiltInFormats.all(), v -> null,
                    (format, what, error) -> {
                        throw new AssertionError(format.id() + " failed in " + what, error);
                    }).parseThreadMinBytes(0);
            io.mailscope.model.Trace t = importer.importFile(file, io.mailscope.trace.ImportOptions.DEFAULT, recorder, null).trace();
            List<String> facts = new ArrayList<>();
            facts.add("lines " + t.getLineCount() + ", bytes " + t.getByteCount() + ", other lines " + t.getOtherLineCount()
                    + ", sessions " + t.getSessions().size());
            t.getSessions().forEach(x -> facts.add("session " + x.getContextId() + " " + x.getHost() + ":" + x.getPort() + " "
                    + x.getExchangeCount() + " " + x.getConnectionEvents().size()));
            t.getProblems().forEach(x -> facts.add("problem L" + x.getLine() + " " + x.getMessage()));
            t.getRepairs().forEach(x -> facts.add("repair L" + x.getFirstLine() + " " + x.getKind() + " " + x.getDescription()));
            t.getOtherLines().forEach(x -> facts.add("other L" + x.getFirstLine() + " " + x.getText()));
            return new Imported(recorder.calls, facts, recorder.stretched);
        } finally {
            RoutineSessionsAhead.chunkBytes(before);
        }
    }

    /**
     * Routine sessions counted in stretches (the workers join them, the parse thread skips them whole, the conversation
     * builder accounts for them in one step) must give the listener and the trace exactly what counting them one by
     * one gives (the workers off: the parse thread's own triage, session by session, as FastSlowPathEqualityTest
     * compares with the slow path): every session's start (id, protocol, connection key), connection events (lines,
     * offsets, times), end (exchanges), the counts, problems and the sessions kept. The log is past the model's bound
     * (2 000 sessions, 10 000 other lines) for most of its length, with failing sessions in the middle of stretches, a
     * 'Begin execution' line that is not inert, a connection left open whose host's next session begins right after a
     * routine session, CR LF sessions, and chunk borders everywhere (stretches end at chunk borders and before the
     * last session, which is never routine: nothing follows it).
     */
    @Test
    void stretchesGiveTheListenerAndTheTraceWhatSessionBySessionCountingGives(@TempDir Path dir) throws Exception {
        byte[] log = log(4000);
        Path file = Files.write(dir.resolve("opmlog.log"), log);
        Imported oneByOne = importWithChunks(file, 0);
        assertEquals(0, oneByOne.stretched());
        assertTrue(oneByOne.calls().size() > 3 * 4000, oneByOne.calls().size() + " calls: every session's start, connection events and end");
        java.util.Map<Integer, Long> stretchedByChunk = new java.util.HashMap<>();
        for (int chunk : List.of(4093, 65_536, 1 << 20, log.length + 1)) {
            Imported stretched = importWithChunks(file, chunk);
            stretchedByChunk.put(chunk, stretched.stretched());
            assertTrue(stretched.stretched() > 300, stretched.stretched() + " sessions counted in stretches, chunks of " + chunk);
            assertEquals(oneByOne.facts(), stretched.facts(), "chunks of " + chunk);
            assertEquals(oneByOne.calls().size(), stretched.calls().size(), "chunks of " + chunk);
            for (int i = 0; i < oneByOne.calls().size(); i++) {
                assertEquals(oneByOne.calls().get(i), stretched.calls().get(i), "call " + i + ", chunks of " + chunk);
            }
        }
        // a stretch goes on across the chunks' borders: chunks of two or three sessions count (nearly) as many sessions
        // in stretches as one chunk of the whole log, not only the sessions after each chunk's first
        long whole = stretchedByChunk.get(log.length + 1);
        assertTrue(stretchedByChunk.get(4093) >= whole * 9 / 10,
                stretchedByChunk.get(4093) + " sessions in stretches with chunks of 4 093 bytes, " + whole + " with one chunk");
    }

    /**
     * A log of routine sessions only is one stretch from the model's bound to its end, across every chunk border: its
     * sessions are still handed to the importing thread chunk by chunk (so the import reports its progress, can be
     * cancelled, and holds no more sessions in flight than a batch), not in one batch at the end.
     */
    @Test
    void aStretchThroughTheWholeInputIsHandedOverChunkByChunk(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("2012.03.14 10:15:32 <<<< Logging Started (level is LTF_TRACE) >>>>\n");
        for (int i = 1; i <= 9000; i++) {
            String p = String.format("2012.03.14 %02d:%02d:%02d POP3 (pop.example.test): ", i / 3600 % 24, i / 60 % 60, i % 60);
            for (String l : List.of("Begin execution", "Port: 110, Secure: NO, SPA: NO", "Finding host", "Connecting to host",
                    "Connected to host", "[rx] +OK POP3 server ready <" + i + ".1331720132@pop.example.test>", "[tx] USER alice",
                    "[rx] +OK", "[tx] PASS *****", "[rx] +OK Logged in.", "[tx] STAT", "[rx] +OK 0 0", "[tx] UIDL", "[rx] +OK",
                    "[rx] .", "[tx] LIST", "[rx] +OK 0 messages (0 octets)", "[rx] .", "[tx] QUIT", "[rx] +OK Bye",
                    "Disconnected from host", "End execution")) {
                b.append(p).append(l).append('\n');
            }
        }
        byte[] log = b.toString().getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("opmlog.log"), log);
        int before = RoutineSessionsAhead.chunkBytes(65_536);
        try {
            List<Integer> worked = new ArrayList<>();
            Recorder recorder = new Recorder();
            TraceImporter importer = new TraceImporter(io.mailscope.trace.internal.formats.BuiltInFormats.all(), v -> null,
                    (format, what, error) -> {
                        throw new AssertionError(format.id() + " failed in " + what, error);
                    }).parseThreadMinBytes(0);
            importer.importFile(file, io.mailscope.trace.ImportOptions.DEFAULT, recorder, new org.eclipse.core.runtime.NullProgressMonitor() {
                @Override
                public void worked(int work) {
                    worked.add(work);
                }
            });
            assertTrue(recorder.stretched > 6000, recorder.stretched + " sessions in stretches");
            int mebibytes = log.length >> 20;
            assertTrue(worked.size() >= mebibytes - 1, worked + ": progress reported " + worked.size() + " times for " + mebibytes + " MiB");
        } finally {
            RoutineSessionsAhead.chunkBytes(before);
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
