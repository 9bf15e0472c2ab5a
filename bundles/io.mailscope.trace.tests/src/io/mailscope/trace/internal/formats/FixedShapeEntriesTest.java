package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.T;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.context;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.logText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.index.InertCache;

/**
 * The byte triage of Outlook 2000-2002 logs reads the entries of a session's fixed shape (a LogText header wrapped over
 * two lines, a logged POP3 line of its own, a status whose second line it read before) with templates compared eight
 * bytes at a time; everything else goes to its general reader. What the templates give must be exactly what the
 * general reader gives on the same bytes: the run's end (or not routine, or more bytes needed), its counts, its other
 * lines, repairs and last header, and the other lines after a disconnection. Compared here with the templates on and
 * off ({@code OutlookLegacyRoutineRun.Memo(false)}) wherever the parser may ask on a log with faults, wherever the bytes
 * end, and with each byte of two connections changed, removed, or a line end put before it: a timestamp or THIS value
 * with a byte that is no digit, a line break elsewhere, a payload with a second timestamp, {@code [THIS:} or
 * {@code (flags =}, a status line that differs from the one remembered.
 */
class FixedShapeEntriesTest {

    private static final int WINDOW = 64 * 1024;

    /** What one side of the comparison keeps from one ask to the next, as a worker does (its memo, its inert texts). */
    private static final class Reader {
        final OutlookLegacyRoutineRun.Memo memo;
        final InertCache inert = new InertCache();

        Reader(boolean fixedShapes) {
            memo = new OutlookLegacyRoutineRun.Memo(fixedShapes);
        }

        /** the run after {@code from} with {@code context}, as one string to compare */
        String run(byte[] bytes, int from, int to, String context) {
            int[] counts = new int[3];
            OutlookLegacyRoutineRun.Match[] match = new OutlookLegacyRoutineRun.Match[1];
            List<String> tested = new ArrayList<>();
            int end = OutlookLegacyRoutineRun.match(bytes, from, to, context, c -> {
                tested.add(c);
                return false;
            }, inert, memo, counts, match);
            return end + " " + Arrays.toString(counts) + " " + (end >= 0 ? match[0] + " " + tested : "");
        }

        /** the other lines after {@code from}, as one string to compare */
        String otherLines(byte[] bytes, int from, int to) {
            OutlookLegacyRoutineRun.OtherLines[] found = new OutlookLegacyRoutineRun.OtherLines[1];
            int end = OutlookLegacyRoutineRun.otherLines(bytes, from, to, inert, memo, found);
            return end + " " + (end >= 0 ? found[0] : "");
        }
    }

    private static final byte[] CONNECTED = "\"POP3: Connected to host\")".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DISCONNECTED = "\"POP3: Disconnected from host\")".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] THIS = "Callback::LogText[THIS: ".getBytes(StandardCharsets.US_ASCII);

    /** Where the parser may ask: after each line that ends with one of those texts, with the context of the last header. */
    private record Ask(int after, String context, boolean run) {
    }

    private static List<Ask> asks(byte[] log) {
        List<Ask> asks = new ArrayList<>();
        String context = null;
        int p = 0;
        while (p < log.length) {
            int lf = p;
            while (lf < log.length && log[lf] != '\n') {
                lf++;
            }
            int end = lf > p && log[lf - 1] == '\r' ? lf - 1 : lf;
            int header = indexOf(log, THIS, p, end);
            if (header >= 0) {
                int value = header + THIS.length;
                int close = value;
                while (close < end && log[close] != ']') {
                    close++;
                }
                context = new String(log, value, close - value, StandardCharsets.ISO_8859_1).toLowerCase();
            } else if (endsWith(log, p, end, CONNECTED) && context != null) {
                asks.add(new Ask(lf + 1, context, true));
            } else if (endsWith(log, p, end, DISCONNECTED)) {
                asks.add(new Ask(lf + 1, null, false));
            }
            p = lf + 1;
        }
        return asks;
    }

    private static int indexOf(byte[] b, byte[] needle, int from, int to) {
        for (int i = from; i + needle.length <= to; i++) {
            if (Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWith(byte[] b, int from, int to, byte[] suffix) {
        return to - from >= suffix.length && Arrays.equals(b, to - suffix.length, to, suffix, 0, suffix.length);
    }

    /** Compares both readers at every ask of {@code log}, with the bytes ending {@code cut} bytes after the ask or at the window. */
    private static int compare(byte[] log, Reader fast, Reader slow, int cut, String what) {
        return compare(log, fast, slow, cut, log.length, what);
    }

    /** {@link #compare} at the asks before {@code askedBefore} */
    private static int compare(byte[] log, Reader fast, Reader slow, int cut, int askedBefore, String what) {
        int routine = 0;
        for (Ask ask : asks(log)) {
            if (ask.after() >= log.length || ask.after() >= askedBefore) {
                continue;
            }
            int to = cut < 0 ? Math.min(log.length, ask.after() + WINDOW) : Math.min(log.length, ask.after() + cut);
            String expected = ask.run() ? slow.run(log, ask.after(), to, ask.context()) : slow.otherLines(log, ask.after(), to);
            String actual = ask.run() ? fast.run(log, ask.after(), to, ask.context()) : fast.otherLines(log, ask.after(), to);
            assertEquals(expected, actual, () -> what + ", asked after offset " + ask.after() + " up to " + to);
            routine += expected.startsWith("-") ? 0 : 1;
        }
        return routine;
    }

    @Test
    void everyRunOfALogWithFaultsIsWhatTheGeneralReaderFinds() {
        byte[] log = LegacyLogEntries.faultyLog();
        Reader fast = new Reader(true);
        int routine = compare(log, fast, new Reader(false), -1, "CR LF and LF");
        assertTrue(routine > 400, "most connections are routine and counted: " + routine);
        // the bytes ending inside a run, its lookahead and the other lines: more bytes needed, at the same places
        byte[] head = Arrays.copyOf(log, 40_000);
        for (int cut = 1; cut < 6_000; cut += 7) {
            compare(head, fast, new Reader(false), cut, "bytes cut " + cut + " bytes after the ask");
        }
    }

    /** Connections 1 to 4 as the benchmark generator writes them (1, 2 and 4 with listings). */
    private static String connections() {
        return LegacyLogEntries.faultyConnection(1) + LegacyLogEntries.faultyConnection(2) + LegacyLogEntries.faultyConnection(3)
                + LegacyLogEntries.faultyConnection(4);
    }

    @Test
    void aRunRememberedInTheChunkBeingScannedIsTakenAtItsOwnOffsetOnly() {
        // the third connection is the second again (its context, its length) but with the password in clear (a
        // synthetic one): the lookahead after the first remembers the second's run in the chunk a worker scans (its
        // bytes copied only when the scan ends); asked at the third instead, with that context, the reader must read
        // the third's own bytes (not routine), in the chunk and after it
        String third = LegacyLogEntries.faultyConnection(2).replace("PASS ********", "PASS " + "x".repeat(8));
        byte[] log = (T + " <<<< Logging Started (level is LTF_TRACE) >>>>\r\n" + LegacyLogEntries.faultyConnection(1)
                + LegacyLogEntries.faultyConnection(2) + third + LegacyLogEntries.faultyConnection(5) + LegacyLogEntries.faultyConnection(6))
                        .getBytes(StandardCharsets.ISO_8859_1);
        List<Ask> asks = asks(log).stream().filter(Ask::run).toList();
        assertEquals(5, asks.size());
        Ask first = asks.get(0);
        Ask atThird = asks.get(2);
        assertEquals(context(2), atThird.context());
        String expected = new Reader(false).run(log, atThird.after(), log.length, atThird.context());
        assertTrue(expected.startsWith(RoutineTriage.NOT_ROUTINE + " "), "the third connection's run is not routine: " + expected);
        Reader worker = new Reader(true);
        worker.memo.tailsIn(log);
        assertEquals(new Reader(false).run(log, first.after(), log.length, first.context()), worker.run(log, first.after(), log.length,
                first.context()));
        assertEquals(expected, worker.run(log, atThird.after(), log.length, atThird.context()), "in the chunk");
        worker.memo.tailsIn(null);
        assertEquals(expected, worker.run(log, atThird.after(), log.length, atThird.context()), "after the chunk's scan");
        Reader after = new Reader(true);
        after.memo.tailsIn(log);
        after.run(log, first.after(), log.length, first.context());
        after.memo.tailsIn(null);
        assertEquals(expected, after.run(log, atThird.after(), log.length, atThird.context()), "in the next chunk");
    }

    @Test
    void aByteChangedAnywhereInAConnectionGivesWhatTheGeneralReaderGives() {
        String text = connections();
        byte[] log = text.getBytes(StandardCharsets.ISO_8859_1);
        // connection 1 and what follows it up to connection 2's "Connected to host": its run, the lookahead's tail and
        // the other lines after its disconnection (connection 2's run, read by the same templates, after it)
        int from = text.indexOf("\r\n", text.indexOf("\"POP3: Connected to host\")")) + 2;
        int until = text.indexOf(logText(context(2), "POP3: Connected to host")) + logText(context(2), "POP3: Connected to host").length();
        Reader fast = new Reader(true);
        Reader slow = new Reader(false);
        assertTrue(compare(log, fast, slow, -1, "unchanged") >= 3, "the connections are routine");
        // bytes no template may take for the ones it masks or compares, and some it takes: four at each byte, in turn
        // (each kind of byte at every fourth byte of every line; all 13 at each byte takes three times as long)
        byte[] changes = { 'x', '.', '[', '(', '"', ')', ' ', '0', 'A', '-', '\r', '\n', (byte) 0x80 };
        for (int at = from; at < until; at++) {
            byte original = log[at];
            int asked = until + 1; // the asks whose bytes hold the change
            for (int k = 0; k < 4; k++) {
                byte change = changes[(at + 3 * k) % changes.length];
                if (change == original) {
                    continue;
                }
                log[at] = change;
                compare(log, fast, slow, -1, asked, "byte " + at + " changed from '" + (char) original + "' to " + change);
            }
            log[at] = original;
            // the byte removed, and a line end put before it: lines broken or joined elsewhere
            byte[] removed = new byte[log.length - 1];
            System.arraycopy(log, 0, removed, 0, at);
            System.arraycopy(log, at + 1, removed, at, log.length - at - 1);
            compare(removed, fast, slow, -1, asked, "byte " + at + " removed");
            byte[] broken = (text.substring(0, at) + "\r\n" + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
            compare(broken, fast, slow, -1, asked + 2, "a line end before byte " + at);
        }
    }

    @Test
    void payloadsThatTheGeneralReaderSplitsOrRejectsAreNotTakenByTheTemplate() {
        String base = connections();
        String reply = "POP3: <rx> +OK Logged in.";
        for (String payload : List.of("+OK Logged in. 2003.07.11 08:00:03 \"POP3: [tx] STAT", "+OK in " + T + " at",
                "+OK 2003.07.11 08:00:0", "+OK [THIS: 20000001] x", "+OK (flags = x", "+OK [THIS:", "+OK (flags =",
                "+OK [mailbox] (2 of 3). Logged in.", "+OK 1.2.3.4 logged in", "+OK x\" \")", "+OK \")")) {
            String text = base.replace(logText(context(1), reply), logText(context(1), "POP3: <rx> " + payload));
            byte[] log = text.getBytes(StandardCharsets.ISO_8859_1);
            compare(log, new Reader(true), new Reader(false), -1, payload);
        }
    }

    @Test
    void greetingsWrappedOverTwoLinesAreReadAsTheGeneralReaderJoinsThem() {
        // the server's greeting holds a line end: its text goes on on the next line, which the template reads as the
        // general reader joins it (one space), or leaves to it: a second line with a timestamp, an annotation, a ','
        // or spaces around it, a third line, "(flags =" made by the joining space, "[THIS:" or a dot's timestamp in it
        String base = connections();
        String greeting = "POP3: <rx> +OK POP3 server ready\r\n<1.1057932671@pop.example.test>";
        assertTrue(base.contains(greeting));
        for (String changed : List.of(greeting, "POP3: <rx> +OK POP3 server ready (flags\r\n= x", "POP3: <rx> +OK ready (flags \r\n= x",
                "POP3: <rx> +OK ready (flag\r\ns = x", "POP3: <rx> +OK ready\r\n(flags = x", "POP3: <rx> +OK ready\r\n[THIS: 20000001] x",
                "POP3: <rx> +OK ready [THIS:\r\n x", "POP3: <rx> +OK ready\r\n" + T + " \"POP3: [tx] NOOP",
                "POP3: <rx> +OK ready\r\nat " + T + " \"POP3: [tx] NOOP", "POP3: <rx> +OK ready\r\n1.2.3.4 x", "POP3: <rx> +OK ready\r\n, x",
                "POP3: <rx> +OK ready\r\n  x  ", "POP3: <rx> +OK ready\r\n[* x", "POP3: <rx> +OK ready\r\n\"", "POP3: <rx> +OK ready\r\n",
                "POP3: <rx> +OK ready\r\nmore\r\nand more", "POP3: <rx> +OK ready \r\n x", "POP3: <rx> \r\n+OK ready",
                "POP3: <rx> +OK ready\nx", "POP3: <rx> +OK ready\r\n\u00e9", "POP3: [tx] +OK ready\r\nx")) {
            byte[] log = base.replace(greeting, changed).getBytes(StandardCharsets.ISO_8859_1);
            int routine = compare(log, new Reader(true), new Reader(false), -1, changed);
            if (changed == greeting) {
                assertTrue(routine > 0, "the wrapped greeting of the log is routine");
            }
        }
    }

    @Test
    void statusesTheGeneralReaderRejectsInOneConnectionAreRejectedInTheNext() {
        // the second line of a status decides what it is; the same line in each connection: the first is read by the
        // general reader, the ones after it may be remembered, but only when the general reader took it
        String base = connections();
        String phase = "(ulAsynchPhase = RSF_INPROGRESS) Progress = 4/6";
        for (String changed : List.of(phase + " --user x", "-ulAsynchPhase = RSF_INPROGRESS) Progress = 4/6", phase + " pass",
                "(ulAsynchPhase = RSF_INPROGRESS) Progress = (4/6", "(ulAsynchPhase = RSF_INPROGRESS, hrStatus = 0x800ccc0e)",
                "(ulAsynchPhase = RSF_INPROGRESS, hrStatus = 0x00000000)", phase + " " + T + " \"POP3: [tx] NOOP\")", ", " + phase,
                "  " + phase + "  ", "[* " + phase, T + " " + phase, phase + "\r\n" + phase)) {
            byte[] log = base.replace(phase, changed).getBytes(StandardCharsets.ISO_8859_1);
            compare(log, new Reader(true), new Reader(false), -1, changed);
        }
    }

    @Test
    void aTimestampOfBytesThatNoTimestampHoldsIsNoTimestamp() {
        // the timestamps of the templates are compared with the one checked last, which a fresh reader has not got:
        // bytes of 0 (or of any other value) where a reader's first line has its timestamp are checked all the same
        String base = connections();
        int first = base.indexOf("\r\n", base.indexOf("\"POP3: Connected to host\")")) + 2;
        for (char c : new char[] { 0, 0xff, ' ', '0' }) {
            String text = base.substring(0, first) + String.valueOf(c).repeat(T.length()) + base.substring(first + T.length());
            byte[] log = text.getBytes(StandardCharsets.ISO_8859_1);
            compare(log, new Reader(true), new Reader(false), -1, "timestamp of " + (int) c);
        }
    }
}
