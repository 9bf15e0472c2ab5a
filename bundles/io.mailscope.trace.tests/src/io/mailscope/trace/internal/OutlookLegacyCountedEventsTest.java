package io.mailscope.trace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.model.Trace;
import io.mailscope.trace.CountedSessions;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.RoutineExchangePolicy;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.events.ConnectionRecord;
import io.mailscope.trace.events.ExchangeRecord;
import io.mailscope.trace.events.SessionEnd;
import io.mailscope.trace.events.SessionInfo;
import io.mailscope.trace.events.StatusRecord;
import io.mailscope.trace.events.TraceEnd;
import io.mailscope.trace.internal.formats.BuiltInFormats;

/**
 * The "Connected to host" and "Disconnected from host" of an Outlook 2000-2002 connection whose routine run is counted
 * reach the conversation builder with the run's and the other lines' counts instead of as records of their own, and
 * the builder passes them to the listener without a model object (the session is dropped at its end): the listener
 * must get exactly the calls the slow path (every line parsed) gives, apart from the routine sessions' exchanges —
 * every session's start, each connection event with its kind, masked text, lines, offset and time, the statuses, the
 * ends with their exchange counts, in the same order — and the trace the same facts. The log goes past the model's
 * bound (2 000 sessions, 10 000 other lines and repairs), with sessions that are not routine among the counted ones
 * (a failing login, a close by the server without QUIT, a failing status after the disconnection), and is imported
 * with the workers off (the parse thread's own triage) and on.
 */
class OutlookLegacyCountedEventsTest {

    private static final int CONNECTIONS = 4_000;

    private static String time(int n) {
        return String.format("2003.07.11 %02d:%02d:%02d", 8 + n / 3600, n / 60 % 60, n % 60); //$NON-NLS-1$
    }

    private static void text(StringBuilder b, String time, String context, String text) {
        b.append(time).append(" Callback::LogText[THIS: ").append(context).append("] (flags =\r\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("LTF_TRACE, hr = 00000000, code = 00000000,\r\n") //$NON-NLS-1$
                .append(time).append(" \"").append(text).append("\")\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void status(StringBuilder b, String time, String context, String status) {
        b.append(time).append(" Callback::ReportStatus[THIS: ").append(context).append("]\r\n").append(status).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Connection {@code n}: routine, or (every 97th, 89th and 83rd, times {@code spread}) a failing login, a close by the
     * server, a failing status.
     */
    private static String connection(int n, int spread) {
        String c = String.format("2%07x", n); //$NON-NLS-1$
        String s = String.format("21%06x", n); //$NON-NLS-1$
        String t = time(n);
        boolean failingLogin = n % (97 * spread) == 0;
        boolean closedByServer = n % (89 * spread) == 0;
        boolean failingStatus = n % (83 * spread) == 0;
        StringBuilder b = new StringBuilder();
        text(b, t, c, "POP3: Connected to host"); //$NON-NLS-1$
        text(b, t, c, "POP3: <rx> +OK POP3 server ready <" + n + ".1057932671@pop.example.test>"); //$NON-NLS-1$ //$NON-NLS-2$
        text(b, t, c, "POP3: [tx] USER customer" + n); //$NON-NLS-1$
        text(b, t, c, "POP3: <rx> +OK Need a password"); //$NON-NLS-1$
        text(b, t, c, "POP3: [tx] PASS ********"); //$NON-NLS-1$
        status(b, t, s, "(ulAsynchPhase = RSF_CONNECTED) Progress = 1/6"); //$NON-NLS-1$
        text(b, t, c, failingLogin ? "POP3: <rx> -ERR [AUTH] invalid login" : "POP3: <rx> +OK Logged in."); //$NON-NLS-1$ //$NON-NLS-2$
        if (!failingLogin) {
            text(b, t, c, "POP3: [tx] STAT"); //$NON-NLS-1$
            text(b, t, c, "POP3: <rx> +OK 0 0"); //$NON-NLS-1$
            text(b, t, c, "POP3: [tx] UIDL"); //$NON-NLS-1$
            text(b, t, c, "POP3: <rx> +OK "); //$NON-NLS-1$
            status(b, t, s, "(ulAsynchPhase = RSF_INPROGRESS) Progress = 2/6"); //$NON-NLS-1$
            text(b, t, c, "POP3: <rx> ."); //$NON-NLS-1$
            text(b, t, c, "POP3: [tx] LIST"); //$NON-NLS-1$
            text(b, t, c, "POP3: <rx> +OK 0 messages (0 octets)"); //$NON-NLS-1$
            text(b, t, c, "POP3: <rx> ."); //$NON-NLS-1$
        }
        if (!closedByServer) {
            text(b, t, s, "CPOPQuitTask: Begin execution"); //$NON-NLS-1$
            text(b, t, c, "POP3: Disconnecting from host"); //$NON-NLS-1$
            text(b, t, c, "POP3: [tx] QUIT"); //$NON-NLS-1$
            text(b, t, c, "POP3: <rx> +OK POP3 server signing off."); //$NON-NLS-1$
        }
        text(b, t, c, "POP3: Disconnected from host"); //$NON-NLS-1$
        status(b, t, s, "(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x" + (failingStatus ? "800ccc0f" : "00000000") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return b.toString();
    }

    private static Path log(Path dir, int spread) throws IOException {
        StringBuilder b = new StringBuilder("2003.07.11 08:00:00 <<<< Logging Started (level is LTF_TRACE) >>>>\r\n"); //$NON-NLS-1$
        for (int n = 1; n <= CONNECTIONS; n++) {
            b.append(connection(n, spread));
        }
        return Files.writeString(dir.resolve("outlook2002.log"), b, StandardCharsets.ISO_8859_1); //$NON-NLS-1$
    }

    /** Every listener call but the completed exchanges (the routine ones are counted, not passed, on the fast path). */
    private static final class Recorder implements TraceListener, RoutineExchangePolicy {
        final List<String> calls = new ArrayList<>();
        long exchanges;
        /** the stretches of counted sessions, the sessions that started in them, and those carried from one before */
        int stretches;
        int stretchedSessions;
        int carried;

        /** Counts the stretch, and makes the calls it stands for (the interface's default). */
        @Override
        public void overlappingRoutineSessions(CountedSessions sessions) {
            stretches++;
            stretchedSessions += sessions.count() - sessions.carried();
            carried += sessions.carried();
            TraceListener.super.overlappingRoutineSessions(sessions);
        }

        @Override
        public boolean needsRoutineExchanges() {
            return false;
        }

        @Override
        public void sessionStarted(SessionInfo session) {
            calls.add("start " + session); //$NON-NLS-1$
        }

        @Override
        public void exchangeCompleted(ExchangeRecord exchange) {
            exchanges++;
        }

        @Override
        public void exchangeAbandoned(ExchangeRecord exchange) {
            calls.add("abandoned " + exchange); //$NON-NLS-1$
        }

        @Override
        public void connectionEvent(ConnectionRecord event) {
            calls.add("connection " + event); //$NON-NLS-1$
        }

        @Override
        public void statusEvent(StatusRecord event) {
            calls.add("status " + event); //$NON-NLS-1$
        }

        @Override
        public void sessionEnded(SessionEnd end) {
            calls.add("end " + end); //$NON-NLS-1$
        }

        @Override
        public void traceEnded(TraceEnd trace) {
            calls.add("trace ended " + trace); //$NON-NLS-1$
        }
    }

    private record Imported(List<String> calls, List<String> facts, long exchanges, int stretches, int stretchedSessions, int carried) {
    }

    private static Imported imported(Path file, boolean fast, int chunk) throws IOException, TraceImportException {
        boolean fastBefore = FastPath.enable(fast);
        int chunkBefore = ChunksAhead.chunkBytes(chunk);
        try {
            Recorder recorder = new Recorder();
            TraceImporter importer = new TraceImporter(BuiltInFormats.all(), v -> null, (format, what, error) -> {
                throw new AssertionError(format.id() + " failed in " + what, error);
            }).parseThreadMinBytes(0);
            Trace t = importer.importFile(file, ImportOptions.DEFAULT, recorder, null).trace();
            List<String> facts = new ArrayList<>();
            facts.add("lines " + t.getLineCount() + ", bytes " + t.getByteCount() + ", other lines " + t.getOtherLineCount() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", sessions " + t.getSessions().size() + ", repairs " + t.getRepairs().size()); //$NON-NLS-1$ //$NON-NLS-2$
            for (io.mailscope.model.Session s : t.getSessions()) {
                facts.add("session " + s.getContextId() + " " + s.getProtocol() + " " + s.getExchangeCount()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                s.getConnectionEvents().forEach(e -> facts.add("  connection " + e.getKind() + " L" + e.getFirstLine() + "-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + e.getLastLine() + " @" + e.getOffset() + " " + e.getTime() + " " + e.getText())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            t.getProblems().forEach(p -> facts.add("problem L" + p.getLine() + " " + p.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
            t.getStatusEvents().forEach(e -> facts.add("status L" + e.getFirstLine() + " " + e.getText())); //$NON-NLS-1$ //$NON-NLS-2$
            return new Imported(recorder.calls, facts, recorder.exchanges, recorder.stretches, recorder.stretchedSessions,
                    recorder.carried);
        } finally {
            ChunksAhead.chunkBytes(chunkBefore);
            FastPath.enable(fastBefore);
        }
    }

    @Test
    void countedConnectionsGiveTheListenerAndTheTraceWhatParsedOnesGive(@TempDir Path dir) throws Exception {
        Imported[] fast = sameAsParsed(log(dir, 1));
        for (Imported f : fast) {
            assertTrue(f.stretches() > 10 && f.stretchedSessions() > 1_000, "sessions counted in stretches: " + f); //$NON-NLS-1$
        }
    }

    /**
     * With the failing connections 20 times rarer, the routine ones after the model's bound run longer than a stretch
     * holds: stretches hand the open sessions on to the next one.
     */
    @Test
    void stretchesLongerThanAHandOverGiveWhatParsedConnectionsGive(@TempDir Path dir) throws Exception {
        Imported[] fast = sameAsParsed(log(dir, 20));
        for (Imported f : fast) {
            assertTrue(f.stretchedSessions() > 1_200 && f.carried() >= 2, "sessions counted in stretches, carried on: " + f); //$NON-NLS-1$
        }
    }

    /** @return the imports of the fast path, whose listener calls and trace facts were those of the slow path */
    private static Imported[] sameAsParsed(Path file) throws Exception {
        Imported slow = imported(file, false, 0);
        assertEquals(0, slow.stretches(), "the slow path counts nothing"); //$NON-NLS-1$
        assertTrue(slow.calls().stream().filter(c -> c.startsWith("connection ")).count() >= 2 * CONNECTIONS, //$NON-NLS-1$
                "every connection's events: " + slow.calls().size() + " calls"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Integer> chunks = List.of(0, 1 << 16, 1 << 20);
        Imported[] fasts = new Imported[chunks.size()];
        for (int c = 0; c < chunks.size(); c++) {
            int chunk = chunks.get(c);
            Imported fast = imported(file, true, chunk);
            fasts[c] = fast;
            assertTrue(fast.exchanges() * 3 < slow.exchanges() * 2, "chunks of " + chunk + ": routine exchanges counted, " //$NON-NLS-1$ //$NON-NLS-2$
                    + fast.exchanges() + " passed against " + slow.exchanges()); //$NON-NLS-1$
            assertEquals(slow.facts(), fast.facts(), "chunks of " + chunk); //$NON-NLS-1$
            assertEquals(slow.calls().size(), fast.calls().size(), "chunks of " + chunk); //$NON-NLS-1$
            for (int i = 0; i < slow.calls().size(); i++) {
                assertEquals(slow.calls().get(i), fast.calls().get(i), "call " + i + ", chunks of " + chunk); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return fasts;
    }
}
