package io.mailscope.diagnosis.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.diagnosis.tests.shared.CountingListener;
import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportService;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.internal.RoutineSessionsAhead;

/**
 * The import's fast path (lines proven free of credentials skip the masking analysis, and whatever else
 * {@link FastPath} switches) must give exactly the slow path's result: on a log of each generator of
 * {@code releng/benchmarks} (the clean Outlook 2003+ one with a failure every few thousand cycles, and the wrapped,
 * interleaved Outlook 2000-2002 one with the two seed faults planted near its end), about 24 MB each so that the
 * parse thread and the rule worker both run, the findings (codes, causes, confidence, summaries, evidence lines and
 * texts), the rule failures, the repair notes, the problems and the trace's counts are compared between both paths.
 * The generators run as the benchmarks run them ({@code java Generate….java}), from this repository's releng folder.
 */
class FastSlowPathEqualityTest {

    private static final int SIZE_MB = 24;
    /** An AUTH PLAIN payload for user "alice" with the example password, made at run time (no credential in the source). */
    private static final String EXAMPLE_AUTH_PLAIN = java.util.Base64.getEncoder()
            .encodeToString("\0alice\0example7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /** The repository root: tests run in their bundle's folder. */
    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("releng/benchmarks"))) {
                return p;
            }
        }
        throw new IllegalStateException("releng/benchmarks not found above " + here);
    }

    static Path generate(String generator, Path out) throws IOException, InterruptedException {
        Path root = repository();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), root.resolve("releng/benchmarks/" + generator + ".java").toString(),
                out.toString(), Integer.toString(SIZE_MB)));
        if (generator.equals("GenerateOutlookLegacyLog")) {
            command.add(root.resolve("bundles/io.mailscope.trace.tests/testfiles/outlook2002-pop3-0x800ccc97.log").toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "generator finished");
        assertEquals(0, process.exitValue(), generator + ": " + output);
        return out;
    }

    private static Diagnosis diagnose(Path file, boolean fast, Trace[] trace) throws Exception {
        return diagnose(file, fast, trace, new long[1]);
    }

    /**
     * @param exchanges receives the number of exchanges the rules received and, when it has room for it, the number of
     *            sessions that reached them in stretches of counted routine sessions
     */
    static Diagnosis diagnose(Path file, boolean fast, Trace[] trace, long[] exchanges) throws Exception {
        boolean before = FastPath.enable(fast);
        try {
            TraceImportService importer = Diagnoses.service(TraceImportService.class);
            ImportResult[] imported = new ImportResult[1];
            AtomicLong passed = new AtomicLong();
            AtomicLong stretched = new AtomicLong();
            Diagnosis d = Diagnoses.importAndRun(importer, file, Diagnoses.builtInRules(), Duration.ofMinutes(2),
                    engine -> new CountingListener(engine, passed, true, stretched), r -> imported[0] = r);
            exchanges[0] = passed.get();
            if (exchanges.length > 1) {
                exchanges[1] = stretched.get();
            }
            trace[0] = imported[0].trace();
            return d;
        } finally {
            FastPath.enable(before);
        }
    }

    private static String evidence(Evidence e) {
        return "L" + e.getFirstLine() + "-" + e.getLastLine() + " " + e.getText();
    }

    /** Everything a report shows of the findings, in order. */
    static List<String> findings(Diagnosis d) {
        return d.getFindings().stream().map(f -> f.getRuleId() + " " + f.getErrorCode().getValue() + " "
                + (f.getCause() == null ? "-" : f.getCause().getId()) + " " + f.getCategory() + " " + f.isDetermined() + " "
                + f.getConfidence() + " " + f.getSummary() + " " + f.getEvidence().stream().map(FastSlowPathEqualityTest::evidence).toList())
                .toList();
    }

    private static String line(io.mailscope.model.ProtocolLine l) {
        return l.getDirection() + " L" + l.getFirstLine() + "-" + l.getLastLine() + " @" + l.getOffset() + " " + l.getTime() + " "
                + l.isMasked() + " " + l.getText();
    }

    /** The trace's counts, repair notes, problems, other lines, and the kept sessions with their exchanges. */
    static List<String> trace(Trace t) {
        List<String> facts = new ArrayList<>();
        facts.add("lines " + t.getLineCount() + ", bytes " + t.getByteCount() + ", other lines " + t.getOtherLineCount()
                + ", sessions kept " + t.getSessions().size() + ", exchanges counted "
                + t.getSessions().stream().mapToLong(s -> s.getExchangeCount()).sum() + ", status events " + t.getStatusEvents().size());
        t.getRepairs().forEach(r -> facts.add("repair " + r.getKind() + " L" + r.getFirstLine() + "-" + r.getLastLine() + " " + r.getDescription()));
        t.getProblems().forEach(p -> facts.add("problem L" + p.getLine() + " " + p.getMessage()));
        t.getOtherLines().forEach(o -> facts.add("other L" + o.getFirstLine() + " " + o.getText()));
        // the sessions the model keeps, with their exchanges (the fast path creates a likely dropped session's
        // exchange objects only once the session stays) and connection and status events
        for (io.mailscope.model.Session session : t.getSessions()) {
            facts.add("session " + session.getProtocol() + " " + session.getHost() + ":" + session.getPort() + " "
                    + session.getContextId() + " " + session.getTls() + " exchanges " + session.getExchangeCount() + " kept "
                    + session.getExchanges().size());
            for (io.mailscope.model.Exchange e : session.getExchanges()) {
                StringBuilder b = new StringBuilder("  exchange ").append(e.getVerb()).append(' ').append(e.getTag())
                        .append(" complete ").append(e.isComplete());
                if (e.getCommand() != null) {
                    b.append(" command ").append(line(e.getCommand()));
                }
                e.getReplyLines().forEach(r -> b.append(" | ").append(line(r)));
                facts.add(b.toString());
            }
            session.getConnectionEvents().forEach(c -> facts.add("  connection " + c.getKind() + " L" + c.getFirstLine() + " " + c.getText()));
        }
        t.getStatusEvents().forEach(e -> facts.add("status L" + e.getFirstLine() + "-" + e.getLastLine() + " " + e.getText()));
        return facts;
    }

    @ParameterizedTest
    @ValueSource(strings = { "GenerateOutlookLog", "GenerateOutlookLegacyLog", "GenerateOutlookLog with routine-looking faults",
            "GenerateOutlookLegacyLog with routine-looking faults" })
    void fastPathFindsExactlyWhatTheSlowPathFinds(String variant, @TempDir Path dir) throws Exception {
        String generator = variant.split(" ")[0];
        Path log = generate(generator, dir.resolve(generator + ".log"));
        boolean legacy = generator.equals("GenerateOutlookLegacyLog");
        List<String> planted = !variant.contains("faults") ? List.of()
                : legacy ? plantLegacyRoutineLookingFaults(log) : plantRoutineLookingFaults(log);
        Trace[] fastTrace = new Trace[1];
        Trace[] slowTrace = new Trace[1];
        long[] fastExchanges = new long[2];
        long[] slowExchanges = new long[1];
        Diagnosis fast = diagnose(log, true, fastTrace, fastExchanges);
        Diagnosis slow = diagnose(log, false, slowTrace, slowExchanges);

        List<Finding> determined = Diagnoses.determined(slow);
        assertTrue(determined.size() >= 2, "the generated faults are found:\n" + Diagnoses.describe(slow));
        assertEquals(findings(slow), findings(fast), Diagnoses.describe(fast));
        assertEquals(slow.getRuleFailures().stream().map(r -> r.getRuleId() + ": " + r.getMessage()).toList(),
                fast.getRuleFailures().stream().map(r -> r.getRuleId() + ": " + r.getMessage()).toList());
        List<String> slowFacts = trace(slowTrace[0]);
        List<String> fastFacts = trace(fastTrace[0]);
        assertEquals(slowFacts.size(), fastFacts.size(), "facts of the trace");
        for (int i = 0; i < slowFacts.size(); i++) {
            assertEquals(slowFacts.get(i), fastFacts.get(i), "trace fact " + i);
        }
        assertTrue(slowFacts.stream().anyMatch(f -> f.startsWith("repair ")) || generator.equals("GenerateOutlookLog"),
                "the wrapped log's repairs are compared: " + slowFacts.stream().limit(5).collect(Collectors.joining("\n")));
        if (generator.equals("GenerateOutlookLog") || legacy) {
            // the routine POP3 sessions beyond the model's bound were counted, not parsed: the rules got far fewer
            // exchanges (and still exactly the same findings)
            assertTrue(fastExchanges[0] * 2 < slowExchanges[0], "routine exchanges counted without decoding: the rules received "
                    + fastExchanges[0] + " exchanges on the fast path, " + slowExchanges[0] + " on the slow path");
        }
        if (generator.equals("GenerateOutlookLog")) {
            // most routine sessions follow one another directly: counted in stretches, "Begin execution" lines included
            assertTrue(fastExchanges[1] > 5_000, fastExchanges[1] + " sessions counted in stretches");
        }
        assertTrue(slowFacts.stream().noneMatch(f -> f.contains("example7")) && fastFacts.stream().noneMatch(f -> f.contains("example7")),
                "passwords are masked on both paths");
        for (String fault : planted) {
            assertTrue(findings(slow).stream().anyMatch(f -> f.contains(fault)) || slowFacts.stream().anyMatch(f -> f.contains(fault)),
                    "the planted fault '" + fault + "' shows in the slow path's findings or trace:\n" + Diagnoses.describe(slow));
        }
        if (!planted.isEmpty()) {
            // both triages run on worker threads: Outlook 2003+ sessions and Outlook 2000-2002 runs
            chunkBordersChangeNothing(log, findings(slow), slowFacts, slowExchanges[0], legacy ? legacyBorders(log) : borders(log));
        }
    }

    /**
     * The routine sessions (Outlook 2003+) and runs (Outlook 2000-2002) are triaged on worker threads, chunk by chunk
     * ({@code RoutineSessionsAhead}, {@code RoutineRunsAhead}); wherever the chunks are cut, the fast path must give
     * the slow path's findings and trace, and still count routine sessions: with the workers off, with chunk borders
     * everywhere (a few sessions per chunk, so that sessions and planted faults span borders), with a border exactly
     * at, one byte before and one byte after the first line of the session with which the model reaches its bound
     * (2 000 sessions, 10 000 other lines) and of the planted faults, and with one chunk larger than the whole trace.
     * Outlook 2003+ routine sessions that follow one another directly are counted in stretches of a chunk (with the
     * workers on): the borders also end stretches at the bound and next to the faults, and the faults sit in the middle
     * of stretches.
     */
    private static void chunkBordersChangeNothing(Path log, List<String> slowFindings, List<String> slowFacts, long slowExchanges,
            List<Integer> borders) throws Exception {
        List<Integer> chunks = new ArrayList<>(List.of(0, 4093, (int) Files.size(log) + 1));
        for (int border : borders) {
            chunks.addAll(List.of(border - 1, border, border + 1));
        }
        for (int chunk : chunks) {
            int before = RoutineSessionsAhead.chunkBytes(chunk);
            try {
                Trace[] trace = new Trace[1];
                long[] exchanges = new long[2];
                Diagnosis d = diagnose(log, true, trace, exchanges);
                assertEquals(slowFindings, findings(d), "chunks of " + chunk + " bytes");
                assertEquals(slowFacts, trace(trace[0]), "chunks of " + chunk + " bytes");
                // which sessions are counted depends on when the parse thread sees the model's bound reached (the
                // conversation-building thread sets it): RoutineSessionsAheadTest compares the workers' answers with
                // the parse thread's own triage session by session
                assertTrue(exchanges[0] * 2 < slowExchanges, "chunks of " + chunk + " bytes: routine sessions counted ("
                        + exchanges[0] + " exchanges to the rules, " + slowExchanges + " on the slow path)");
                // with the workers on, stretches of routine sessions (chunks of 4 093 bytes hold two or three sessions);
                // only the Outlook 2003+ format has them
                if ("io.mailscope.trace.outlook".equals(trace[0].getFormatId())) { //$NON-NLS-1$
                    assertTrue(chunk == 0 ? exchanges[1] == 0 : exchanges[1] > 1_000, "chunks of " + chunk + " bytes: " + exchanges[1]
                            + " sessions counted in stretches");
                } else {
                    assertEquals(0, exchanges[1], "no stretches in format " + trace[0].getFormatId());
                }
            } finally {
                RoutineSessionsAhead.chunkBytes(before);
            }
        }
    }

    /**
     * @return the first lines of the Outlook 2003+ sessions with which the model reaches its bound, and of the planted
     *         faults (the CR LF session among them)
     */
    private static List<Integer> borders(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.US_ASCII);
        // the sessions the model reaches its bound with: the 2 001st session's first line (sessions are dropped from there)
        int begin = -1;
        for (int i = 0; i < 2_001; i++) {
            begin = text.indexOf("): Begin execution", begin + 1);
        }
        List<Integer> borders = new ArrayList<>(List.of(text.lastIndexOf('\n', begin) + 1));
        for (String fault : List.of("[rx] +OK 3 5118", "[tx] PASS example7", "Begin execution\r\n", "[rx] 1 orphan1")) {
            int at = text.indexOf(fault);
            assertTrue(at > 0, fault);
            borders.add(text.lastIndexOf('\n', at) + 1);
        }
        return borders;
    }

    /**
     * @return the "Connected to host" lines (where the parser asks for a run, its context set by the header line
     *         before) of the Outlook 2000-2002 session with which the model reaches its bound, of the session before
     *         the late entry, of the interleaved sessions and of the first with LF line ends
     */
    private static List<Integer> legacyBorders(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        List<Integer> borders = new ArrayList<>();
        for (int session : List.of(2001, 2800, 2900, 3200)) {
            int connected = text.indexOf("\"POP3: Connected to host\")", sessionStart(text, session));
            borders.add(lineStart(text, connected));
        }
        return borders;
    }

    /**
     * Plants, in the second half of a generated Outlook 2003+ log (beyond the sessions the model keeps, where the
     * fast path counts routine sessions without decoding them), sessions that look routine to a quick glance but are
     * not: STAT counting one message more than UIDL and LIST list (0x800CCC97), a password the client did not mask
     * (a masking repair), a reply with a credential's word, a session with CR LF line ends, an SMTP send whose message
     * the server refuses for now (452), an SMTP send to two recipients (routine, counted), and a session whose UIDL
     * and LIST come without a STAT a hundred routine sessions after one with a STAT only (the STAT-count rule compares
     * them with that STAT, whether or not the routine sessions' exchanges reached it).
     *
     * @return texts each planted fault must leave in the slow path's findings or trace facts
     */
    private static List<String> plantRoutineLookingFaults(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.US_ASCII);
        StringBuilder b = new StringBuilder(text.length() + 4096);
        int at = text.indexOf("Begin execution\n", text.length() / 2);
        b.append(text, 0, at);
        String rest = text.substring(at);
        // STAT says 3 where UIDL and LIST list 2
        rest = replaceFirst(rest, "[rx] +OK 2 3412\n", "[rx] +OK 3 5118\n");
        // a password in clear
        int pass = rest.indexOf("[tx] PASS *****\n", rest.length() / 8);
        rest = rest.substring(0, pass) + "[tx] PASS example7\n" + rest.substring(pass + "[tx] PASS *****\n".length());
        // a reply with a credential's fragment
        int loggedIn = rest.indexOf("[rx] +OK Logged in.\n", rest.length() / 4);
        rest = rest.substring(0, loggedIn) + "[rx] +OK Logged in, token renewed.\n" + rest.substring(loggedIn + "[rx] +OK Logged in.\n".length());
        // a session with CR LF line ends
        int crlfStart = rest.indexOf("POP3 (pop.example.test): Begin execution\n", rest.length() * 3 / 8);
        int crlfEnd = rest.indexOf("End execution\n", crlfStart) + "End execution\n".length();
        rest = rest.substring(0, crlfStart) + rest.substring(crlfStart, crlfEnd).replace("\n", "\r\n") + rest.substring(crlfEnd);
        // SMTP: DATA's final reply a temporary refusal, and a send to two recipients
        int queued = rest.indexOf("[rx] 250 2.0.0 Ok: queued as ", rest.length() / 3);
        rest = rest.substring(0, queued) + "[rx] 452 4.3.1 Insufficient system storage" + rest.substring(rest.indexOf('\n', queued));
        int rcpt = rest.indexOf("SMTP (smtp.example.test): [rx] 250 2.1.5 Ok\n", rest.length() * 5 / 8);
        int rcptLineStart = rest.lastIndexOf('\n', rcpt) + 1;
        int rcptLineEnd = rest.indexOf('\n', rcpt) + 1;
        String stamp = rest.substring(rcptLineStart, rcpt);
        rest = rest.substring(0, rcptLineEnd) + stamp + "SMTP (smtp.example.test): [tx] RCPT TO: <carol@example.test>\n" + stamp
                + "SMTP (smtp.example.test): [rx] 250 2.1.5 Ok\n" + rest.substring(rcptLineEnd);
        // a session with STAT only, then, a hundred routine sessions later, one with UIDL and LIST but no STAT: the
        // STAT-count rule compares its listings with the STAT that still waits for them, not with a routine session's
        int statOnlyAt = rest.indexOf("End execution\n", rest.length() / 2) + "End execution\n".length();
        String p = "2012.03.20 11:00:00 POP3 (pop.example.test): ";
        String statOnly = String.join("\n", p + "Begin execution", p + "Port: 110, Secure: NO, SPA: NO", p + "Connecting to host",
                p + "Connected to host", p + "[rx] +OK POP3 server ready", p + "[tx] USER alice", p + "[rx] +OK", p + "[tx] PASS *****",
                p + "[rx] +OK Logged in.", p + "[tx] STAT", p + "[rx] +OK 2 3412", p + "[tx] QUIT", p + "[rx] +OK Bye",
                p + "Disconnected from host", p + "End execution") + "\n";
        int orphanAt = statOnlyAt;
        for (int i = 0; i < 100; i++) {
            orphanAt = rest.indexOf("End execution\n", orphanAt) + "End execution\n".length();
        }
        String orphan = String.join("\n", p + "Begin execution", p + "Port: 110, Secure: NO, SPA: NO", p + "Connecting to host",
                p + "Connected to host", p + "[rx] +OK POP3 server ready", p + "[tx] USER alice", p + "[rx] +OK", p + "[tx] PASS *****",
                p + "[rx] +OK Logged in.", p + "[tx] UIDL", p + "[rx] +OK", p + "[rx] 1 orphan1", p + "[rx] .", p + "[tx] LIST",
                p + "[rx] +OK 1 messages (1706 octets)", p + "[rx] 1 1706", p + "[rx] .", p + "[tx] QUIT", p + "[rx] +OK Bye",
                p + "Disconnected from host", p + "End execution") + "\n";
        rest = rest.substring(0, statOnlyAt) + statOnly + rest.substring(statOnlyAt, orphanAt) + orphan + rest.substring(orphanAt);
        b.append(rest);
        Files.writeString(log, b, StandardCharsets.US_ASCII);
        return List.of("0x800CCC97", "masked-secret", "orphan1", "+OK 3 5118", "452 4.3.1");
    }

    /**
     * Plants, in a generated Outlook 2000-2002 log, sessions that look routine to a quick glance but are not, where the
     * fast path counts routine exchanges without decoding them: right where the model's bound of sessions is crossed
     * (a password in clear, a failing status), a status whose failing code is on the wrapped second line of its
     * entry, a STAT reply wrapped over two lines that counts one message more than UIDL and LIST list, a session
     * whose late entry (a code in a logged text, written after the next connection began) makes it a failed one, two
     * interleaved sessions (the next one's start written before the first one's "Disconnected from host") of which
     * the second fails its login, a password in clear (repeated in the status after the session's disconnection) and an AUTH
     * login in otherwise routine sessions, and fifty
     * sessions with LF line ends among the CR LF ones.
     *
     * @return texts each planted fault must leave in the slow path's findings or trace facts
     */
    static List<String> plantLegacyRoutineLookingFaults(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        // the bound: a password in clear in session 2001, a failing status in 2002
        text = replaceIn(text, 2001, "\"POP3: [tx] PASS ********\")", "\"POP3: [tx] PASS example7\")");
        text = replaceIn(text, 2002, "(ulAsynchPhase = RSF_INPROGRESS) Progress = 2/6", "(ulAsynchPhase = RSF_INPROGRESS, hrStatus = 0x800ccc0e)");
        // a failing code on the second line of a wrapped status entry in the middle of a session
        text = replaceIn(text, 2600, "(ulAsynchPhase = RSF_INPROGRESS) Progress = 4/6", "(ulAsynchPhase = RSF_INPROGRESS, hrStatus = 0x800ccc0e)");
        // STAT wrapped over two lines, one message more than the listings
        int stat = text.indexOf("\"POP3: <rx> +OK 2 ", sessionStart(text, 2700));
        int statEnd = text.indexOf("\")\r\n", stat);
        String size = text.substring(stat + "\"POP3: <rx> +OK 2 ".length(), statEnd);
        text = text.substring(0, stat) + "\"POP3: <rx> +OK 3\r\n" + size + "0" + text.substring(statEnd);
        // a late entry of session 2800, written after 2801 connected: a code in a logged text of its context
        int next = sessionStart(text, 2801);
        int afterConnected = text.indexOf("\"POP3: Connected to host\")\r\n", next) + "\"POP3: Connected to host\")\r\n".length();
        String stamp = text.substring(next, next + 20);
        text = text.substring(0, afterConnected) + stamp + "Callback::LogText[THIS: " + context(2800) + "] (flags =\r\n"
                + "LTF_TRACE, hr = 00000000, code = 00000000,\r\n" + stamp + "\"POP3: Connection to host lost, error 0x800CCC0F\")\r\n"
                + text.substring(afterConnected);
        // sessions 2900 and 2901 interleaved: 2901's start before 2900's "Disconnected from host"; 2901's login fails
        int disconnectedText = text.indexOf("\"POP3: Disconnected from host\")\r\n", sessionStart(text, 2900));
        int disconnected = lineStart(text, lineStart(text, lineStart(text, disconnectedText) - 1) - 1);
        int disconnectedEnd = disconnectedText + "\"POP3: Disconnected from host\")\r\n".length();
        String close = text.substring(disconnected, disconnectedEnd);
        assertTrue(close.contains("Callback::LogText[THIS: " + context(2900) + "]"), close);
        text = text.substring(0, disconnected) + text.substring(disconnectedEnd);
        int greeting = text.indexOf("@pop.example.test>\")\r\n", sessionStart(text, 2901)) + "@pop.example.test>\")\r\n".length();
        text = text.substring(0, greeting) + close + text.substring(greeting);
        text = replaceIn(text, 2901, "\"POP3: <rx> +OK Logged in.\")", "\"POP3: <rx> -ERR Authentication failed\")");
        // a password in clear, an AUTH login
        text = replaceIn(text, 3000, "\"POP3: [tx] PASS ********\")", "\"POP3: [tx] PASS example7\")");
        // ... whose password the status after its disconnection repeats: the session's masking masks it there
        text = replaceIn(text, 3000, "(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x00000000)",
                "(ulAsynchPhase = RSF_COMPLETED, hrStatus = 0x00000000) example7");
        text = replaceIn(text, 3100, "\"POP3: [tx] USER customer", "\"POP3: [tx] AUTH PLAIN " + EXAMPLE_AUTH_PLAIN + " customer");
        // LF line ends
        int lfStart = sessionStart(text, 3200);
        int lfEnd = sessionStart(text, 3250);
        text = text.substring(0, lfStart) + text.substring(lfStart, lfEnd).replace("\r\n", "\n") + text.substring(lfEnd);
        Files.writeString(log, text, StandardCharsets.ISO_8859_1);
        return List.of("hrStatus = 0x800ccc0e", "+OK 3 " + size + "0", "Connection to host lost", "-ERR Authentication failed");
    }

    /** @return the THIS context of the generator's session {@code n}'s transport */
    private static String context(int n) {
        return String.format("%02x%06x", 0x20, n);
    }

    /** @return where the first entry of the generator's session {@code n} begins */
    private static int sessionStart(String text, int n) {
        int at = text.indexOf("Callback::LogText[THIS: " + context(n) + "] (flags =");
        assertTrue(at >= 0, "session " + n + " in the generated log");
        return lineStart(text, at);
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** Replaces the first {@code what} in the generator's session {@code n}. */
    private static String replaceIn(String text, int n, String what, String with) {
        int from = sessionStart(text, n);
        int at = text.indexOf(what, from);
        assertTrue(at >= 0 && at < sessionStart(text, n + 1), "'" + what + "' in session " + n);
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    private static String replaceFirst(String text, String what, String with) {
        int at = text.indexOf(what);
        assertTrue(at >= 0, "'" + what.strip() + "' in the generated log");
        return text.substring(0, at) + with + text.substring(at + what.length());
    }
}
