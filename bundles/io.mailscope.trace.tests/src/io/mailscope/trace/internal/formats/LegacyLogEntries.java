package io.mailscope.trace.internal.formats;

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
}
