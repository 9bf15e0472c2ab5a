package io.mailscope.trace.internal.formats;

import static io.mailscope.trace.internal.formats.LegacyLogEntries.context;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.logText;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.status;
import static io.mailscope.trace.internal.formats.LegacyLogEntries.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.trace.internal.index.InertCache;

/**
 * A routine POP3 conversation remembers the reply that passed each of the states USER, PASS, UIDL and QUIT are
 * answered in, and lets an equal text pass without checking it again (the server's fixed replies, "+OK Logged in.").
 * A worker's reader that matched the usual connection before answers a connection with any other text in one of its
 * replies exactly as a fresh reader does, which checks it: each usual reply with one byte changed (to a byte that keeps
 * it inert, to one that breaks it), with a credential's fragment written over it at every place, one byte longer or
 * shorter, and replies of 4-44 bytes; with and without the templates of the fixed shapes.
 */
class KnownRepliesTest {

    /** The replies of connection 1 that may vary here, in the order of the session. */
    private static final List<String> REPLIES = List.of("+OK POP3 server ready", "+OK Need a password", "+OK Logged in.", "+OK ",
            "+OK 1 messages (1706 octets)", "+OK POP3 server signing off.");

    /** Connection 1 with {@code replies}, then two usual connections. */
    private static byte[] connection(List<String> replies) {
        String log = connection(1, replies) + connection(2, REPLIES) + connection(3, REPLIES);
        return log.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Connection {@code n} with {@code replies}: a routine check for mail with one message, its task's entries interleaved. */
    private static String connection(int n, List<String> replies) {
        String c = context(n);
        String log = logText(c, "POP3: Connected to host") + logText(c, "POP3: <rx> " + replies.get(0))
                + logText(c, "POP3: [tx] USER customer1") + status(task(n), "RSF_CONNECTED) Progress = 1/6")
                + logText(c, "POP3: <rx> " + replies.get(1)) + logText(c, "POP3: [tx] PASS ********")
                + logText(c, "POP3: <rx> " + replies.get(2)) + logText(c, "POP3: [tx] STAT") + logText(c, "POP3: <rx> +OK 1 1706")
                + logText(c, "POP3: [tx] UIDL") + logText(c, "POP3: <rx> " + replies.get(3)) + logText(c, "POP3: <rx> 1 1-uid")
                + logText(c, "POP3: <rx> .") + logText(c, "POP3: [tx] LIST") + logText(c, "POP3: <rx> " + replies.get(4))
                + logText(c, "POP3: <rx> 1 1706") + logText(c, "POP3: <rx> .") + logText(task(n), "CPOPQuitTask: Begin execution")
                + logText(c, "POP3: Disconnecting from host") + logText(c, "POP3: [tx] QUIT") + logText(c, "POP3: <rx> " + replies.get(5))
                + logText(c, "POP3: Disconnected from host") + status(task(n), "RSF_COMPLETED, hrStatus = 0x00000000)");
        return log;
    }

    /** A worker's reader: its memo and inert texts kept from one ask to the next. */
    private static final class Reader {
        final OutlookLegacyRoutineRun.Memo memo;
        final InertCache inert = new InertCache();

        Reader(boolean fixedShapes) {
            memo = new OutlookLegacyRoutineRun.Memo(fixedShapes);
        }

        /** the run after the connection's first line, as one string to compare */
        String run(byte[] bytes) {
            int from = 0;
            for (int lines = 0; lines < 3; from++) { // the "Connected to host" entry's three lines
                lines += bytes[from] == '\n' ? 1 : 0;
            }
            int[] counts = new int[3];
            OutlookLegacyRoutineRun.Match[] match = new OutlookLegacyRoutineRun.Match[1];
            int end = OutlookLegacyRoutineRun.match(bytes, from, bytes.length, context(1), c -> false, inert, memo, counts, match);
            return end + " " + Arrays.toString(counts) + " " + (end >= 0 ? match[0] : "");
        }
    }

    private static List<String> variants(String reply) {
        List<String> variants = new ArrayList<>(List.of(reply, reply + " ", reply + "x", reply + "pass", reply.substring(1),
                reply.substring(0, reply.length() - 1)));
        for (int i = 0; i < reply.length(); i++) {
            for (char c : new char[] { 'x', '0', ' ', '-', '*', '\u0080', '\u0001' }) {
                if (reply.charAt(i) != c) {
                    variants.add(reply.substring(0, i) + c + reply.substring(i + 1));
                }
            }
            for (String fragment : List.of("pass", "-u", "://")) {
                if (i + fragment.length() <= reply.length()) {
                    variants.add(reply.substring(0, i) + fragment + reply.substring(i + fragment.length()));
                }
            }
        }
        for (int n = 0; n <= 40; n++) {
            variants.add("+OK " + "y".repeat(n));
            variants.add("+OK pass" + "z".repeat(n));
        }
        return variants;
    }

    @Test
    void aReplyEqualToTheRememberedOnePassesAndEveryOtherIsChecked() {
        byte[] usual = connection(REPLIES);
        for (boolean fixedShapes : new boolean[] { false, true }) {
            Reader primed = new Reader(fixedShapes);
            String routine = primed.run(usual);
            assertTrue(!routine.startsWith("-"), "the usual connection is a routine run: " + routine);
            int checked = 0;
            int passed = 0;
            for (int k = 0; k < REPLIES.size(); k++) {
                for (String variant : variants(REPLIES.get(k))) {
                    List<String> replies = new ArrayList<>(REPLIES);
                    replies.set(k, variant);
                    byte[] changed = connection(replies);
                    String fresh = new Reader(fixedShapes).run(changed);
                    String what = "reply " + k + " as \"" + variant + "\", templates " + fixedShapes;
                    assertEquals(fresh, primed.run(changed), what);
                    // asked again: the variant may be the reply remembered now
                    assertEquals(fresh, primed.run(changed), what + ", again");
                    assertEquals(routine, primed.run(usual), "the usual connection after " + what);
                    checked++;
                    passed += fresh.startsWith("-") ? 0 : 1;
                }
            }
            // both answers are among the variants: some pass, most of the ones with a fragment or a control byte do not
            assertTrue(passed > 100 && checked - passed > 300, passed + " of " + checked + " routine, templates " + fixedShapes);
        }
    }
}
