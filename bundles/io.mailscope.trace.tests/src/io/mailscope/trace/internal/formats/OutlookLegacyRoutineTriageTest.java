package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.T;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.context;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.logText;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.status;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.task;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.spi.SourceLine;
import io.mailscope.trace.spi.TraceParser;
import io.mailscope.trace.spi.TraceRecord;

/**
 * The byte triage of the Outlook 2000-2002 parser: after a connection's "Connected to host" entry, which runs of wrapped,
 * interleaved entries it calls the connection's routine exchanges (counted without parsing when the listener does not
 * need them) and, above all, which it must leave to the parser. What counting instead of parsing gives is compared
 * with parsing on whole generated logs by FastSlowPathEqualityTest (io.mailscope.diagnosis.tests); here each rule of
 * the triage is checked on a few connections.
 */
class OutlookLegacyRoutineTriageTest {

    /** An AUTH PLAIN payload for user "alice" with the example password, made at run time (no credential in the source). */
    private static final String EXAMPLE_AUTH_PLAIN = java.util.Base64.getEncoder()
            .encodeToString("\0alice\0example7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /** Connection {@code n}: a routine check for mail with one message, its tasks' entries interleaved. */
    private static String connection(int n) {
        String c = context(n);
        return logText(c, "POP3: Connected to host") + logText(c, "POP3: <rx> +OK POP3 server ready\r\n<" + n + ".1057932671@pop.example.test>")
                + logText(c, "POP3: [tx] USER customer" + n) + status(task(n), "RSF_CONNECTED) Progress = 1/6")
                + logText(c, "POP3: <rx> +OK Need a password") + logText(c, "POP3: [tx] PASS ********")
                + logText(c, "POP3: <rx> +OK Logged in.") + logText(c, "POP3: [tx] STAT") + logText(c, "POP3: <rx> +OK 1 1706")
                + logText(c, "POP3: [tx] UIDL") + logText(c, "POP3: <rx> +OK ") + logText(c, "POP3: <rx> 1 " + n + "-uid")
                + logText(c, "POP3: <rx> .") + status(task(n), "RSF_INPROGRESS) Progress = 4/6") + logText(c, "POP3: [tx] LIST")
                + logText(c, "POP3: <rx> +OK 1 messages (1706 octets)") + logText(c, "POP3: <rx> 1 1706") + logText(c, "POP3: <rx> .")
                + logText(task(n), "CPOPQuitTask: Begin execution") + logText(c, "POP3: Disconnecting from host")
                + logText(c, "POP3: [tx] QUIT") + logText(c, "POP3: <rx> +OK POP3 server signing off.")
                + logText(c, "POP3: Disconnected from host") + status(task(n), "RSF_COMPLETED, hrStatus = 0x00000000)");
    }

    /** Connections 1 to 4, changed by {@code change}. */
    private static String log(UnaryOperator<String> change) {
        return change.apply(connection(1) + connection(2) + connection(3) + connection(4));
    }

    /** The triage of a parser that read the log up to connection 1's "Connected to host" entry, and where it asks. */
    private record Asked(RoutineTriage triage, int from, List<TraceRecord> records) {
    }

    private static Asked connected(byte[] bytes) {
        TraceParser parser = new OutlookLegacyFormat().newParser();
        List<TraceRecord> records = new ArrayList<>();
        int offset = 0;
        int number = 1;
        while (true) {
            int lf = indexOf(bytes, (byte) '\n', offset);
            int end = lf > offset && bytes[lf - 1] == '\r' ? lf - 1 : lf;
            String line = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
            parser.accept(new SourceLine(number++, offset, line), records::add);
            offset = lf + 1;
            if (line.endsWith("\"POP3: Connected to host\")")) {
                return new Asked((RoutineTriage) parser, offset, records);
            }
        }
    }

    private static int firstLine(TraceRecord r) {
        return switch (r) {
            case TraceRecord.Wire w -> w.span().firstLine();
            case TraceRecord.Other o -> o.span().firstLine();
            case TraceRecord.Repair p -> p.span().firstLine();
            case TraceRecord.Connection c -> c.span().firstLine();
            case TraceRecord.Status st -> st.span().firstLine();
            default -> -1;
        };
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int run(String log, int[] counts) {
        byte[] bytes = log.getBytes(StandardCharsets.ISO_8859_1);
        Asked asked = connected(bytes);
        assertTrue(asked.triage().routineMayFollow(), "a fresh connection's routine exchanges may follow");
        return asked.triage().routineRun(bytes, asked.from(), bytes.length, counts);
    }

    @Test
    void theRoutineExchangesOfAConnectionEndWithTheReplyToQuit() {
        String log = log(UnaryOperator.identity());
        int[] counts = new int[3];
        int end = run(log, counts);
        // up to and with "+OK POP3 server signing off." and the other lines after it (the header of "Disconnected from
        // host"); the "Disconnected from host" text is the parser's again
        assertEquals(log.indexOf(T + " \"POP3: Disconnected from host\")"), end);
        assertArrayEquals(new int[] { 7, 6, 17 }, counts, "exchanges, commands, protocol lines");
    }

    @Test
    void lineFeedsAloneAreReadAsCrLf() {
        assertTrue(run(log(l -> l.replace("\r\n", "\n")), new int[3]) > 0);
    }

    @Test
    void aFailingCodeOnTheWrappedLineOfAStatusEntryIsNotRoutine() {
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replaceFirst("RSF_INPROGRESS\\) Progress = 4/6",
                "RSF_INPROGRESS, hrStatus = 0x800ccc0e)")), new int[3]));
        // a status without a code is an other line; one whose code is 0 too
        assertTrue(run(log(l -> l.replaceFirst("RSF_INPROGRESS\\) Progress = 4/6", "RSF_INPROGRESS, hrStatus = 0x00000000)")), new int[3]) > 0);
    }

    @Test
    void aPasswordInClearOrAnAuthLoginIsNotRoutine() {
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replaceFirst("PASS \\*+", "PASS example7")), new int[3]));
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replaceFirst("USER customer1", "AUTH PLAIN " + EXAMPLE_AUTH_PLAIN)), new int[3]));
    }

    @Test
    void aWrappedStatThatCountsAnotherNumberOfMessagesIsNotRoutine() {
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replaceFirst("\\+OK 1 1706", "+OK 2\r\n3412")), new int[3]));
        // wrapped, and right: routine
        assertTrue(run(log(l -> l.replaceFirst("\\+OK 1 1706", "+OK 1\r\n1706")), new int[3]) > 0);
    }

    @Test
    void aProtocolLineOfAnotherContextInTheRunIsNotRoutine() {
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replaceFirst(
                "Callback::LogText\\[THIS: 20000001\\] \\(flags =\r\nLTF_TRACE, hr = 00000000, code = 00000000,\r\n" + T + " \"POP3: \\[tx\\] STAT",
                "Callback::LogText[THIS: 20000009] (flags =\r\nLTF_TRACE, hr = 00000000, code = 00000000,\r\n" + T + " \"POP3: [tx] STAT")),
                new int[3]));
    }

    @Test
    void aLateEntryThatReachesTheConnectionBeforeItEndsIsNotRoutine() {
        String late = logText(context(1), "POP3: Connection to host lost, error 0x800CCC0F");
        // after the next connection began, its context still reaches connection 1 (the parser ends it only when the
        // connection after the next begins)
        String marker = logText(context(2), "POP3: Connected to host");
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replace(marker, marker + late)), new int[3]));
        // a protocol line of connection 1's context, too
        assertEquals(RoutineTriage.NOT_ROUTINE,
                run(log(l -> l.replace(marker, marker + logText(context(1), "POP3: <rx> -ERR too late"))), new int[3]));
        // a protocol line before the next connection began could be connection 1's whatever its context
        String next = logText(context(2), "POP3: Connected to host");
        assertEquals(RoutineTriage.NOT_ROUTINE,
                run(log(l -> l.replace(next, logText(context(7), "POP3: [tx] NOOP") + next)), new int[3]));
        // once the connection after the next began, connection 1 is over: what comes then does not matter
        String third = logText(context(3), "POP3: Connected to host");
        assertTrue(run(log(l -> l.replace(third, third + late)), new int[3]) > 0);
    }

    @Test
    void theNextConnectionMustEndBeforeTheOneAfterItBegins() {
        // without the next connection's QUIT, the parser does not begin a connection at the one after it, so
        // connection 1 is not over there
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replace(logText(context(2), "POP3: [tx] QUIT"), "")), new int[3]));
    }

    @Test
    void aContextOrFlagsWrittenIntoALoggedTextIsNotRoutine() {
        // the parser reads "[THIS:" and "(flags =" in a logged text as a header cut into it: wherever they are in the
        // text (the triage looks for both in one pass, eight bytes at a time, and byte by byte after the last whole word)
        for (String cut : List.of("[THIS: 20000001]", "(flags =")) {
            for (String text : List.of(cut + " Logged in.", "Logged in. " + cut, "Logged in. It is a long reply " + cut + " after it.",
                    "Logged" + cut)) {
                assertEquals(RoutineTriage.NOT_ROUTINE, run(log(l -> l.replaceFirst("\\+OK Logged in\\.", "+OK " + java.util.regex.Matcher
                        .quoteReplacement(text))), new int[3]), text);
            }
        }
        // '[' and '(' that open neither: routine
        assertTrue(run(log(l -> l.replaceFirst("\\+OK Logged in\\.", "+OK Logged in [mailbox] (flags: none)")), new int[3]) > 0);
    }

    @Test
    void aStatusEntryWithMoreParenthesesOpenedThanClosedIsNotRoutine() {
        // the parser holds an unbalanced status without a code back (the rest may follow): wherever the parentheses are
        // (counted eight bytes at a time, and byte by byte after the last whole word)
        for (String phase : List.of("RSF_INPROGRESS) Progress = (4/6", "RSF_INPROGRESS) Progress = 4/6 (", "RSF_INPROGRESS) (Progress = 4/6",
                "RSF_INPROGRESS) Progress = 4/6 ((of six)")) {
            assertEquals(RoutineTriage.NOT_ROUTINE,
                    run(log(l -> l.replaceFirst("RSF_INPROGRESS\\) Progress = 4/6", java.util.regex.Matcher.quoteReplacement(phase))),
                            new int[3]),
                    phase);
        }
        for (String phase : List.of("RSF_INPROGRESS) Progress = (4/6)", "RSF_INPROGRESS) Progress = 4/6 (of six)")) {
            assertTrue(run(log(l -> l.replaceFirst("RSF_INPROGRESS\\) Progress = 4/6", java.util.regex.Matcher.quoteReplacement(phase))),
                    new int[3]) > 0, phase);
        }
    }

    @Test
    void anEntryWrittenIntoTheLineOfAnotherIsReadAsTheParserSeparatesThem() {
        // the STAT written into the line of the reply before it (same context, no header of its own): the parser
        // separates the two entries at the second timestamp, found from the dots after the line's first eight bytes
        String reply = "\"POP3: <rx> +OK Logged in.\")\r\n";
        String stat = T + " Callback::LogText[THIS: " + context(1) + "] (flags =\r\nLTF_TRACE, hr = 00000000, code = 00000000,\r\n" + T
                + " \"POP3: [tx] STAT\")\r\n";
        String log = log(UnaryOperator.identity());
        assertTrue(log.contains(reply + stat));
        int[] counts = new int[3];
        assertTrue(run(log.replaceFirst(java.util.regex.Pattern.quote(reply + stat),
                java.util.regex.Matcher.quoteReplacement("\"POP3: <rx> +OK Logged in.\")" + T + " \"POP3: [tx] STAT\")\r\n")), counts) > 0);
        assertArrayEquals(new int[] { 7, 6, 17 }, counts, "exchanges, commands, protocol lines");
    }

    @Test
    void aRunThatEndsInsideALineIsNotRoutine() {
        // another thread's entry written into the line of the reply to QUIT: the run would end inside that line
        String reply = "\"POP3: <rx> +OK POP3 server signing off.\")\r\n";
        int at = connection(1).indexOf(reply) + reply.length() - 2;
        String log = log(UnaryOperator.identity());
        log = log.substring(0, at) + log.substring(at + 2);
        assertEquals(RoutineTriage.NOT_ROUTINE, run(log, new int[3]));
    }

    @Test
    void bytesThatEndTooEarlyAskForMore() {
        String log = log(UnaryOperator.identity());
        byte[] bytes = log.getBytes(StandardCharsets.ISO_8859_1);
        Asked asked = connected(bytes);
        int endOfSecond = log.indexOf(logText(context(3), "POP3: Connected to host"));
        assertEquals(RoutineTriage.MORE_BYTES, asked.triage().routineRun(bytes, asked.from(), endOfSecond, new int[3]));
    }

    @Test
    void onlyAFreshConnectionsConnectedEntryAsksTheTriage() {
        // the context of "Connected to host" already bound to the connection (a second "Connected" of the same task)
        String c = context(1);
        String log = logText(c, "POP3: [tx] NOOP") + connection(1);
        byte[] bytes = log.getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(connected(bytes).triage().routineMayFollow());
    }

    /**
     * What the builder accounts for is what the parser makes of the same lines: a second parser reads the whole log;
     * its protocol lines, other lines and repairs of the entries that begin in the run are counted.
     */
    @Test
    void countingTakesOnWhatTheRunLeavesInTheParser() {
        String log = log(UnaryOperator.identity());
        byte[] bytes = log.getBytes(StandardCharsets.ISO_8859_1);
        Asked asked = connected(bytes);
        int[] counts = new int[3];
        int end = asked.triage().routineRun(bytes, asked.from(), bytes.length, counts);
        int firstLine = log.substring(0, asked.from()).split("\r\n").length + 1;
        int lines = asked.triage().routineRunLines(counts);
        assertEquals(log.substring(asked.from(), end).split("\r\n").length, lines, "physical lines of the run");

        List<TraceRecord> all = lineByLine(log);
        int number;
        List<TraceRecord> ofRun = all.stream().filter(r -> firstLine(r) >= firstLine && firstLine(r) < firstLine + lines).toList();
        long wires = ofRun.stream().filter(TraceRecord.Wire.class::isInstance).count();
        long others = ofRun.stream().filter(TraceRecord.Other.class::isInstance).count();
        long repairs = ofRun.stream().filter(TraceRecord.Repair.class::isInstance).count();
        assertEquals(wires + others + repairs, ofRun.size(), "only protocol lines, other lines and repairs: " + ofRun);

        int recordsBefore = asked.records().size();
        var counted = asked.triage().routineRunCounted(asked.records()::add, counts);
        // the "Connected to host" entry ended first: its connection event (span, text, connection) goes with the count,
        // as the parser reading line by line makes it
        TraceRecord.Connection connected = connectionEvent(all, io.mailscope.model.ConnectionEventKind.CONNECTED, "outlook-connection-1");
        assertEquals(new io.mailscope.trace.internal.conversation.RoutineEntries(null, connected.span(), connected.text(), connected.connection(),
                new io.mailscope.trace.internal.conversation.RoutineRun(7, 6, (int) wires), context(1), (int) others, (int) repairs), counted);
        assertEquals(recordsBefore, asked.records().size(), "no record of its own: " + asked.records());
        // the parser goes on after the run: "Disconnected from host" closes connection 1 by the client (it sent QUIT)
        TraceParser parser = (TraceParser) asked.triage();
        List<TraceRecord> after = new ArrayList<>();
        number = firstLine + lines;
        for (String line : log.substring(end, log.indexOf(logText(context(2), "POP3: Connected to host"))).split("\r\n")) {
            parser.accept(new SourceLine(number++, 0, line), after::add);
        }
        assertTrue(after.stream().anyMatch(r -> r instanceof TraceRecord.Connection c
                && c.kind() == io.mailscope.model.ConnectionEventKind.CLOSED_BY_CLIENT && c.connection().equals("outlook-connection-1")),
                after.toString());
    }

    /**
     * After the "Disconnected from host" of a connection whose run was counted: the status and the next connection's
     * header are other lines, up to the next "Connected to host", counted as the parser makes them (other lines,
     * repairs, the context the header sets); a status with a failing code or a cut status is left to the parser, and so
     * is everything after the disconnection of a connection read line by line (its session's masking may hold a secret
     * that an other line would show).
     */
    @Test
    void theOtherLinesAfterADisconnectionAreCountedAsTheParserMakesThem() {
        String log = log(UnaryOperator.identity());
        String disconnected = T + " \"POP3: Disconnected from host\")\r\n";
        int from = log.indexOf(disconnected) + disconnected.length();
        // read line by line: not asked
        RoutineTriage lineByLine = upToDisconnected(log, false).triage();
        assertFalse(lineByLine.routineOtherLinesMayFollow(), "after the disconnection of a connection read line by line");

        Counted counted = upToDisconnected(log, true);
        RoutineTriage triage = counted.triage();
        assertTrue(triage.routineOtherLinesMayFollow(), "after the counted connection's \"Disconnected from host\"");
        byte[] bytes = log.getBytes(StandardCharsets.ISO_8859_1);
        int[] lines = new int[1];
        int end = triage.routineOtherLines(bytes, from, bytes.length, lines);
        // the status and the next connection's header, up to its "Connected to host"
        assertEquals(log.indexOf(T + " \"POP3: Connected to host\")", from), end);
        assertEquals(4, lines[0]);

        List<TraceRecord> all = lineByLine(log);
        int first = log.substring(0, from).split("\r\n").length + 1;
        List<TraceRecord> ofThem = all.stream().filter(r -> firstLine(r) >= first && firstLine(r) < first + lines[0]).toList();
        long others = ofThem.stream().filter(TraceRecord.Other.class::isInstance).count();
        long repairs = ofThem.stream().filter(TraceRecord.Repair.class::isInstance).count();
        assertEquals(others + repairs, ofThem.size(), ofThem.toString());
        List<TraceRecord> records = counted.records();
        int recordsBefore = records.size();
        // "Disconnected from host" ended first, a close by the client that goes with the count as the parser reading
        // line by line makes it; the header's context is the parser's: connection 2's run may follow
        TraceRecord.Connection closed = connectionEvent(all, io.mailscope.model.ConnectionEventKind.CLOSED_BY_CLIENT, "outlook-connection-1");
        assertEquals(new io.mailscope.trace.internal.conversation.RoutineOtherLines(closed.span(), closed.text(), closed.connection(),
                (int) others, (int) repairs), triage.routineOtherLinesCounted(records::add));
        assertEquals(recordsBefore, records.size(), "no record of its own: " + records);
        ((TraceParser) triage).accept(new SourceLine(first + lines[0], end, T + " \"POP3: Connected to host\")"), records::add);
        assertTrue(triage.routineMayFollow(), "connection 2's routine exchanges may follow");

        // a failing status, or one cut by another thread's entry, is the parser's (connection 1's run is not routine
        // then either: its lookahead sees the status; the bytes after its disconnection are asked here all the same)
        for (String status : List.of("RSF_COMPLETED, hrStatus = 0x800ccc0f)", "RSF_COMPLETED")) {
            String changed = log.replaceFirst("RSF_COMPLETED, hrStatus = 0x00000000\\)", status);
            byte[] b = changed.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(RoutineTriage.NOT_ROUTINE, upToDisconnected(log, true).triage().routineOtherLines(b, from, b.length, new int[1]),
                    status);
        }
    }

    /** A parser that read the log up to connection 1's "Disconnected from host", and the records it gave. */
    private record Counted(RoutineTriage triage, List<TraceRecord> records) {
    }

    /**
     * The line after a count ("Disconnected from host" after a run, "Connected to host" after other lines) may be taken
     * on its bytes ({@code routineEntryLine}, {@code routineEntryLineTaken}) instead of being decoded and accepted: for
     * every such line of the log, a parser that takes it so and reads the rest line by line makes exactly the records
     * of one that reads every line, and asks the triage at the same lines; a line that is anything more or less than
     * the entry (text after it, another thread's entry written into it, a space more, a broken timestamp) is refused,
     * and a line the bytes given end in asks for more.
     */
    @Test
    void anEntryLineTakenOnItsBytesIsWhatAcceptMakesOfIt() {
        String log = log(UnaryOperator.identity()).replace(T + " \"POP3: Connected to host\")\r\n" + T + " Callback::LogText[THIS: "
                + context(3), T + " \"POP3: Connected to host\")\n" + T + " Callback::LogText[THIS: " + context(3)); // one LF line end
        String[] lines = log.split("(?<=\n)");
        List<TraceRecord> reference = new ArrayList<>();
        List<String> referenceAsks = readAll(lines, -1, reference);
        int taken = 0;
        for (int k = 0; k < lines.length; k++) {
            String text = lines[k].strip();
            if (!text.endsWith("\"POP3: Connected to host\")") && !text.endsWith("\"POP3: Disconnected from host\")")) {
                continue;
            }
            List<TraceRecord> records = new ArrayList<>();
            List<String> asks = readAll(lines, k, records);
            assertEquals(reference, records, "line " + (k + 1) + " taken on its bytes");
            assertEquals(referenceAsks, asks, "line " + (k + 1) + " taken on its bytes");
            taken++;
        }
        assertEquals(8, taken, "the two entry lines of each of the four connections");

        RoutineTriage triage = (RoutineTriage) new OutlookLegacyFormat().newParser();
        for (String refused : List.of(T + " \"POP3: Connected to host\") \r\n", T + "  \"POP3: Connected to host\")\r\n",
                T + " \"POP3: Connected to host\")" + T + " Callback::ReportStatus[THIS: 00180c30]\r\n",
                T + " \"POP3: Disconnected from host\"\r\n", T + " \"POP3: Connected to host\")\r\r\n",
                T.replace(':', ';') + " \"POP3: Connected to host\")\r\n", T + " \"SMTP: Connected to host\")\r\n")) {
            byte[] bytes = (refused + "x\r\n").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(RoutineTriage.NOT_ROUTINE, triage.routineEntryLine(bytes, 0, bytes.length), refused);
        }
        byte[] cut = (T + " \"POP3: Connected to host\")").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(RoutineTriage.MORE_BYTES, triage.routineEntryLine(cut, 0, cut.length));
        byte[] whole = (T + " \"POP3: Connected to host\")\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(whole.length, triage.routineEntryLine(whole, 0, whole.length));
    }

    /**
     * Reads {@code lines} (with their line ends) line by line with a new parser, line {@code take} (0-based; -1: none)
     * taken on its bytes instead.
     *
     * @return after which lines the triage would be asked for a run or for other lines
     */
    private static List<String> readAll(String[] lines, int take, List<TraceRecord> records) {
        TraceParser parser = new OutlookLegacyFormat().newParser();
        RoutineTriage triage = (RoutineTriage) parser;
        List<String> asks = new ArrayList<>();
        long offset = 0;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (k == take) {
                byte[] bytes = (line + "more bytes after it\r\n").getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(line.length(), triage.routineEntryLine(bytes, 0, bytes.length), line);
                triage.routineEntryLineTaken(k + 1, offset, records::add);
            } else {
                parser.accept(new SourceLine(k + 1, offset, line.replaceAll("\r?\n$", "")), records::add);
            }
            if (triage.routineMayFollow() || triage.routineOtherLinesMayFollow()) {
                asks.add("line " + (k + 1) + (triage.routineMayFollow() ? " run" : " other lines"));
            }
            offset += line.length();
        }
        parser.finish(records::add);
        return asks;
    }

    /** @return the records a parser makes of {@code log} (CR LF lines) read line by line, with their numbers and offsets */
    private static List<TraceRecord> lineByLine(String log) {
        TraceParser reference = new OutlookLegacyFormat().newParser();
        List<TraceRecord> all = new ArrayList<>();
        int number = 1;
        int offset = 0;
        for (String line : log.split("\r\n")) {
            reference.accept(new SourceLine(number++, offset, line), all::add);
            offset += line.length() + 2;
        }
        reference.finish(all::add);
        return all;
    }

    /** @return the only connection event of that kind and connection among {@code records} */
    private static TraceRecord.Connection connectionEvent(List<TraceRecord> records, io.mailscope.model.ConnectionEventKind kind,
            String connection) {
        List<TraceRecord.Connection> events = records.stream().filter(TraceRecord.Connection.class::isInstance)
                .map(TraceRecord.Connection.class::cast).filter(c -> c.kind() == kind && c.connection().equals(connection)).toList();
        assertEquals(1, events.size(), records.toString());
        return events.get(0);
    }

    /** @param count whether connection 1's run is counted (as the importer does once the model is full) or read */
    private static Counted upToDisconnected(String log, boolean count) {
        byte[] bytes = log.getBytes(StandardCharsets.ISO_8859_1);
        Asked asked = connected(bytes);
        RoutineTriage triage = asked.triage();
        int offset = asked.from();
        if (count) {
            int[] counts = new int[3];
            offset = triage.routineRun(bytes, asked.from(), bytes.length, counts);
            assertTrue(offset > 0, "connection 1's run is routine");
            triage.routineRunCounted(asked.records()::add, counts); // what it returns goes to the builder: not compared here
        }
        String disconnected = T + " \"POP3: Disconnected from host\")\r\n";
        int end = log.indexOf(disconnected) + disconnected.length();
        int number = log.substring(0, offset).split("\r\n").length + 1;
        for (String line : log.substring(offset, end).split("\r\n")) {
            ((TraceParser) triage).accept(new SourceLine(number++, offset, line), asked.records()::add);
            offset += line.length() + 2;
        }
        return new Counted(triage, asked.records());
    }
}
