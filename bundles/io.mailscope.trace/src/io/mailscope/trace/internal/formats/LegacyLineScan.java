package io.mailscope.trace.internal.formats;

import java.util.regex.Pattern;

/**
 * Hand-written matchers for the patterns {@link OutlookLegacyFormat} applies to every physical line and entry of logs
 * of gigabytes: each gives exactly the match of the regular expression it replaces (named on each method; the
 * expressions are kept here as the reference {@code LegacyLineScanTest} compares with), without a {@code Matcher} and
 * its allocation per line.
 */
public final class LegacyLineScan {

    public static final Pattern TIMESTAMP = Pattern.compile("\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d"); //$NON-NLS-1$
    public static final Pattern LEADING_TIMESTAMP = Pattern.compile("^(\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d) ?"); //$NON-NLS-1$
    public static final Pattern THIS = Pattern.compile("\\[THIS: ?([0-9A-Fa-f]+)\\]"); //$NON-NLS-1$
    public static final Pattern WIRE = Pattern.compile("^(POP3|SMTP|IMAP|NNTP|HTTPMail): (\\[tx\\]|<tx>|\\[rx\\]|<rx>) ?(.*)$"); //$NON-NLS-1$
    public static final Pattern HR_STATUS_PATTERN = Pattern.compile("hrStatus = (0x[0-9A-Fa-f]{1,8})"); //$NON-NLS-1$

    /** Length of {@code YYYY.MM.DD HH:MM:SS}. */
    public static final int TIMESTAMP_LENGTH = 19;
    private static final String THIS_OPEN = "[THIS:"; //$NON-NLS-1$
    private static final String HR_STATUS = "hrStatus = 0x"; //$NON-NLS-1$

    private LegacyLineScan() {
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** @return true when {@code \d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d} matches at {@code at} */
    public static boolean timestampAt(String t, int at) {
        if (at < 0 || at + TIMESTAMP_LENGTH > t.length()) {
            return false;
        }
        // the separators first (most probes of nextTimestamp fail on them), then the digits; a String rather than a
        // CharSequence, so that the quick JIT tier calls charAt directly (inlined) instead of through the interface
        return t.charAt(at + 4) == '.' && t.charAt(at + 7) == '.' && t.charAt(at + 10) == ' ' && t.charAt(at + 13) == ':'
                && t.charAt(at + 16) == ':' && digits(t, at, 4) && digits(t, at + 5, 2) && digits(t, at + 8, 2)
                && digits(t, at + 11, 2) && digits(t, at + 14, 2) && digits(t, at + 17, 2);
    }

    /** @return true when the {@code n} characters from {@code from} on are digits */
    private static boolean digits(String t, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (!digit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the start of the first timestamp at or after {@code from}, or -1 (what {@code Matcher.find()} of the
     *         timestamp pattern returns when its previous match ended at {@code from})
     */
    public static int nextTimestamp(String t, int from) {
        // a timestamp has a '.' four characters in: look for the dots and check around them
        int dot = t.indexOf('.', Math.max(from, 0) + 4);
        while (dot >= 0) {
            int start = dot - 4;
            if (timestampAt(t, start)) {
                return start;
            }
            dot = t.indexOf('.', dot + 1);
        }
        return -1;
    }

    /** {@link #timestampAt(String, int)} on the bytes of a printable ASCII line that ends at {@code to}. */
    public static boolean timestampAt(byte[] b, int at, int to) {
        // two words against templates (LegacyBytes), not a switch per byte: once per Outlook 2000-2002 entry line the
        // parse thread takes on its bytes
        return at >= 0 && io.mailscope.trace.internal.index.LegacyBytes.timestampAt(b, at, to);
    }

    /**
     * {@link #nextTimestamp(String, int)} on the bytes of a printable ASCII line that ends at {@code to}: the first
     * timestamp starting at or after {@code from}, or -1.
     */
    public static int nextTimestamp(byte[] b, int from, int to) {
        int dot = io.mailscope.trace.internal.bytes.Swar.indexOf(b, from + 4, to, (byte) '.');
        while (dot >= 0) {
            if (timestampAt(b, dot - 4, to)) {
                return dot - 4;
            }
            dot = io.mailscope.trace.internal.bytes.Swar.indexOf(b, dot + 1, to, (byte) '.');
        }
        return -1;
    }

    /**
     * {@code \[THIS: ?([0-9A-Fa-f]+)\]}, found anywhere.
     *
     * @return {start, end, value start, value end} of the first match, or null
     */
    public static int[] findThis(String t) {
        int at = t.indexOf(THIS_OPEN);
        while (at >= 0) {
            int value = at + THIS_OPEN.length();
            if (value < t.length() && t.charAt(value) == ' ') {
                value++;
            }
            int end = value;
            while (end < t.length() && hex(t.charAt(end))) {
                end++;
            }
            if (end > value && end < t.length() && t.charAt(end) == ']') {
                return new int[] { at, end + 1, value, end };
            }
            at = t.indexOf(THIS_OPEN, at + 1);
        }
        return null;
    }

    /**
     * {@code hrStatus = (0x[0-9A-Fa-f]{1,8})}, found anywhere.
     *
     * @return the group ({@code 0x…}), or null
     */
    public static String findHrStatus(String t) {
        int at = t.indexOf(HR_STATUS);
        while (at >= 0) {
            int digits = at + HR_STATUS.length();
            int end = digits;
            while (end < t.length() && end - digits < 8 && hex(t.charAt(end))) {
                end++;
            }
            if (end > digits) {
                return t.substring(digits - 2, end);
            }
            at = t.indexOf(HR_STATUS, at + 1);
        }
        return null;
    }

    /** A protocol line of the logged text: its protocol word, direction and payload. */
    public record Wire(String protocol, boolean client, String payload) {
    }

    /**
     * {@code ^(POP3|SMTP|IMAP|NNTP|HTTPMail): (\[tx\]|<tx>|\[rx\]|<rx>) ?(.*)$}, matched against the whole text.
     *
     * @return the groups, or null when the text does not match
     */
    public static Wire wire(String t) {
        String word;
        if (t.startsWith("POP3: ")) { //$NON-NLS-1$
            word = "POP3"; //$NON-NLS-1$
        } else if (t.startsWith("SMTP: ")) { //$NON-NLS-1$
            word = "SMTP"; //$NON-NLS-1$
        } else if (t.startsWith("IMAP: ")) { //$NON-NLS-1$
            word = "IMAP"; //$NON-NLS-1$
        } else if (t.startsWith("NNTP: ")) { //$NON-NLS-1$
            word = "NNTP"; //$NON-NLS-1$
        } else if (t.startsWith("HTTPMail: ")) { //$NON-NLS-1$
            word = "HTTPMail"; //$NON-NLS-1$
        } else {
            return null;
        }
        int m = word.length() + 2;
        if (t.length() < m + 4) {
            return null;
        }
        char open = t.charAt(m);
        char close = t.charAt(m + 3);
        char d = t.charAt(m + 1);
        if (!(open == '[' && close == ']' || open == '<' && close == '>') || t.charAt(m + 2) != 'x' || d != 't' && d != 'r') {
            return null;
        }
        int payload = m + 4;
        if (payload < t.length() && t.charAt(payload) == ' ') {
            payload++;
        }
        // '.' does not match line terminators, so neither does the pattern's (.*)$ across one
        for (int i = payload; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return new Wire(word, d == 't', t.substring(payload));
    }
}
