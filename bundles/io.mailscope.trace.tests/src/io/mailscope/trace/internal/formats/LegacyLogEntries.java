package io.mailscope.trace.internal.formats;

import java.nio.charset.StandardCharsets;

/**
 * The entries of an Outlook 2000-2002 log as the benchmark generator writes them (one timestamp, CR LF line ends), for
 * the tests of its byte triage.
 */
public final class LegacyLogEntries {

    public static final String T = "2003.07.11 08:00:02";

    private LegacyLogEntries() {
    }

    /** @return the THIS context of connection {@code n}'s transport */
    public static String context(int n) {
        return String.format("%08x", 0x20000000 + n);
    }

    /** @return the THIS context of connection {@code n}'s task (its statuses, its QUIT task) */
    public static String task(int n) {
        return String.format("%08x", 0x21000000 + n);
    }

    /** A LogText entry: header and flags on two lines, then the quoted text (wrapped where it holds a line end). */
    public static String logText(String context, String text) {
        return T + " Callback::LogText[THIS: " + context + "] (flags =\r\nLTF_TRACE, hr = 00000000, code = 00000000,\r\n" + T + " \""
                + text + "\")\r\n";
    }

    /** A ReportStatus entry wrapped after its context, {@code phase} on the second line. */
    public static String status(String context, String phase) {
        return T + " Callback::ReportStatus[THIS: " + context + "]\r\n(ulAsynchPhase = " + phase + "\r\n";
    }

    /** Connection {@code n}, as the benchmark generator writes one, with a fault every few connections. */
    public static String faultyConnection(int n) {
        String c = context(n);
        int messages = n % 3;
        StringBuilder b = new StringBuilder();
        b.append(logText(c, "POP3: Connected to host"));
        b.append(logText(c, "POP3: <rx> +OK POP3 server ready\r\n<" + n + ".1057932671@pop.example.test>"));
        b.append(logText(c, "POP3: [tx] USER customer" + n)).append(status(task(n), "RSF_CONNECTED) Progress = 1/6"));
        b.append(logText(c, "POP3: <rx> +OK Need a password"));
        b.append(logText(c, n % 23 == 0 ? "POP3: [tx] PASS " + "secret".toUpperCase() + n : "POP3: [tx] PASS ********"));
        b.append(logText(c, "POP3: <rx> +OK Logged in.")).append(logText(c, "POP3: [tx] STAT"));
        b.append(logText(c, "POP3: <rx> +OK " + (n % 19 == 0 ? messages + 1 : messages) + " " + messages * 1706));
        b.append(logText(c, "POP3: [tx] UIDL")).append(logText(c, "POP3: <rx> +OK "));
        for (int m = 1; m <= messages; m++) {
            b.append(logText(c, "POP3: <rx> " + m + " " + n + "x" + m + "-uid"));
        }
        b.append(logText(c, "POP3: <rx> ."));
        b.append(status(task(n), n % 17 == 0 ? "RSF_INPROGRESS, hrStatus = 0x800ccc0e)" : "RSF_INPROGRESS) Progress = 4/6"));
        b.append(logText(c, "POP3: [tx] LIST")).append(logText(c, "POP3: <rx> +OK " + messages + " messages (" + messages * 1706 + " octets)"));
        for (int m = 1; m <= messages; m++) {
            b.append(logText(c, "POP3: <rx> " + m + " 1706"));
        }
        b.append(logText(c, "POP3: <rx> .")).append(logText(task(n), "CPOPQuitTask: Begin execution"));
        b.append(logText(c, "POP3: Disconnecting from host")).append(logText(c, "POP3: [tx] QUIT"));
        b.append(logText(c, "POP3: <rx> +OK POP3 server signing off."));
        b.append(logText(c, "POP3: Disconnected from host")).append(status(task(n), "RSF_COMPLETED, hrStatus = 0x00000000)"));
        if (n % 37 == 0) {
            // a late reply of this connection after its close: the lookahead after the connection before passes it (it
            // may belong to the next connection there), this connection's own lookahead must not (it reaches this one)
            b.append(logText(c, "POP3: <rx> +OK late reply"));
        }
        String s = b.toString();
        return n % 11 == 0 ? s.replace("\r\n", "\n") : s;
    }

    /** Connections with faults: late entries, interleaved connections, passwords in clear, failing statuses. */
    public static byte[] faultyLog() {
        StringBuilder b = new StringBuilder(T + " <<<< Logging Started (level is LTF_TRACE) >>>>\r\n");
        for (int n = 1; n <= 300; n++) {
            String s = faultyConnection(n);
            if (n % 50 == 0) {
                // a task object reused: this connection's context is the one of the connection before the last, which
                // the parser still has bound when it asks at the last one (the run there is not routine)
                s = s.replace(context(n), context(n - 2));
            }
            if (n % 29 == 0) {
                // a late entry of the connection before, after this one connected
                String connected = logText(context(n), "POP3: Connected to host");
                s = s.replace(connected, connected + logText(context(n - 1), "POP3: Connection to host lost, error 0x800CCC0F"));
            }
            if (n % 31 == 0) {
                // interleaved: the next connection's start before this one's "Disconnected from host"
                String close = logText(context(n), "POP3: Disconnected from host");
                String next = faultyConnection(n + 1);
                String greeting = "@pop.example.test>\")\r\n";
                int at = next.indexOf(greeting) + greeting.length();
                s = s.replace(close, "") + next.substring(0, at) + close + next.substring(at);
                n++;
            }
            b.append(s);
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
