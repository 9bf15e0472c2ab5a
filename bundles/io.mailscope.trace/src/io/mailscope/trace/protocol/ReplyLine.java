package io.mailscope.trace.protocol;

import java.util.Locale;
import java.util.Set;

import io.mailscope.model.Protocol;

/**
 * One server line parsed in the grammar of its protocol.
 *
 * @param protocol the protocol it was parsed as
 * @param kind its form
 * @param status what it says about the command it answers (or the session, for greetings and BYE)
 * @param tag the IMAP tag of a tagged line, else null
 * @param code the SMTP reply code, else -1
 * @param enhancedCode the RFC 3463 enhanced status code after an SMTP code ("5.7.1"), else null
 * @param name IMAP: the response name ("OK", "BYE", "FETCH", "EXISTS"); POP3: "+OK"/"-ERR"; else ""
 * @param responseCode the bracketed response code after the status (IMAP {@code [ALERT]}, POP3 {@code [IN-USE]}),
 *            upper case, without its arguments; else null
 * @param last SMTP: false for a {@code NNN-} line that the reply continues after; true otherwise
 * @param text the line
 */
public record ReplyLine(Protocol protocol, Kind kind, Status status, String tag, int code, String enhancedCode,
        String name, String responseCode, boolean last, String text) {

    /** The form of a server line. */
    public enum Kind {
        /** {@code NNN text} or {@code NNN-text} */
        SMTP,
        /** {@code +OK …} or {@code -ERR …} */
        POP3_STATUS,
        /** {@code tag OK|NO|BAD …} */
        IMAP_TAGGED,
        /** {@code * …} */
        IMAP_UNTAGGED,
        /** {@code +} or {@code + text}: the server waits for more from the client (IMAP, POP3 SASL) */
        CONTINUATION,
        /** Anything else: data of a multi-line reply, or not a reply of this protocol */
        OTHER
    }

    /** What a line says. */
    public enum Status {
        /** 2xx, +OK, tagged OK, untagged OK */
        POSITIVE,
        /** 3xx (354, 334) or a continuation "+": the exchange goes on */
        INTERMEDIATE,
        /** 4xx; POP3 -ERR or IMAP NO with a temporary response code ([SYS/TEMP], [IN-USE], [UNAVAILABLE] …) */
        TRANSIENT_FAILURE,
        /** 5xx, -ERR, tagged NO or BAD */
        PERMANENT_FAILURE,
        /** untagged NO or BAD: a warning that does not complete a command */
        WARNING,
        /** IMAP {@code * BYE}: the server closes the connection */
        BYE,
        /** IMAP {@code * PREAUTH} greeting: already authenticated */
        PREAUTH,
        /** untagged data (FETCH, LIST, EXISTS …) or a line of a multi-line reply */
        DATA
    }

    private static final Set<String> IMAP_TEMPORARY = Set.of("UNAVAILABLE", "INUSE", "LIMIT", "EXPUNGEISSUED"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> POP3_TEMPORARY = Set.of("SYS/TEMP", "IN-USE", "LOGIN-DELAY"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** @return true when the line is an SMTP reply line: three digits, then the end, a space or a hyphen */
    public static boolean isSmtpReply(String text) {
        return text.length() >= 3 && digit(text.charAt(0)) && digit(text.charAt(1)) && digit(text.charAt(2))
                && (text.length() == 3 || text.charAt(3) == ' ' || text.charAt(3) == '-');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the line parsed as a server line of {@code protocol} (UNKNOWN: by its own form) */
    public static ReplyLine parse(Protocol protocol, String text) {
        Protocol p = protocol == null || protocol == Protocol.UNKNOWN ? guess(text) : protocol;
        return switch (p) {
            case SMTP -> smtp(text);
            case POP3 -> pop3(text);
            case IMAP -> imap(text);
            default -> other(Protocol.UNKNOWN, text);
        };
    }

    private static Protocol guess(String text) {
        if (text.startsWith("+OK") || text.startsWith("-ERR")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Protocol.POP3;
        }
        if (text.startsWith("* ") || text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Protocol.IMAP;
        }
        return isSmtpReply(text) ? Protocol.SMTP : Protocol.UNKNOWN;
    }

    private static ReplyLine other(Protocol protocol, String text) {
        return new ReplyLine(protocol, Kind.OTHER, Status.DATA, null, -1, null, "", null, true, text); //$NON-NLS-1$
    }

    private static ReplyLine smtp(String text) {
        if (!isSmtpReply(text)) {
            return other(Protocol.SMTP, text);
        }
        int code = (text.charAt(0) - '0') * 100 + (text.charAt(1) - '0') * 10 + (text.charAt(2) - '0');
        boolean last = text.length() == 3 || text.charAt(3) == ' ';
        String enhanced = null;
        if (text.length() > 4) {
            int end = 4;
            while (end < text.length() && text.charAt(end) != ' ') {
                end++;
            }
            if (enhancedCode(text, 4, end)) {
                enhanced = text.substring(4, end);
            }
        }
        Status status = switch (text.charAt(0)) {
            case '2' -> Status.POSITIVE;
            case '3' -> Status.INTERMEDIATE;
            case '4' -> Status.TRANSIENT_FAILURE;
            case '5' -> Status.PERMANENT_FAILURE;
            default -> Status.DATA; // 1xx, 6xx…: not defined by RFC 5321
        };
        return new ReplyLine(Protocol.SMTP, Kind.SMTP, status, null, code, enhanced, "", null, last, text); //$NON-NLS-1$
    }

    /** @return true when {@code text[from, to)} is an RFC 3463 code: {@code [245].d{1,3}.d{1,3}} */
    private static boolean enhancedCode(String text, int from, int to) {
        if (to - from < 5 || to - from > 9) {
            return false;
        }
        char c = text.charAt(from);
        if (c != '2' && c != '4' && c != '5' || text.charAt(from + 1) != '.') {
            return false;
        }
        int second = digitsUntilDot(text, from + 2, to);
        return second > 0 && digitsUntilDot(text, second + 1, to) == to;
    }

    /**
     * @return the index of the '.' ending 1 to 3 digits from {@code from}, or {@code to} when the digits reach it;
     *         -1 when there are none, more than three, or another character
     */
    private static int digitsUntilDot(String text, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && digit(text.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        return i == to || text.charAt(i) == '.' ? i : -1;
    }

    private static ReplyLine pop3(String text) {
        if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new ReplyLine(Protocol.POP3, Kind.CONTINUATION, Status.INTERMEDIATE, null, -1, null, "+", null, true, //$NON-NLS-1$
                    text);
        }
        boolean ok = startsWord(text, "+OK"); //$NON-NLS-1$
        if (!ok && !startsWord(text, "-ERR")) { //$NON-NLS-1$
            return other(Protocol.POP3, text);
        }
        String name = ok ? "+OK" : "-ERR"; //$NON-NLS-1$ //$NON-NLS-2$
        String responseCode = bracketCode(text, name.length());
        Status status = ok ? Status.POSITIVE
                : responseCode != null && POP3_TEMPORARY.contains(responseCode) ? Status.TRANSIENT_FAILURE
                        : Status.PERMANENT_FAILURE;
        return new ReplyLine(Protocol.POP3, Kind.POP3_STATUS, status, null, -1, null, name, responseCode, true, text);
    }

    private static ReplyLine imap(String text) {
        if (text.equals("+") || text.startsWith("+ ")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new ReplyLine(Protocol.IMAP, Kind.CONTINUATION, Status.INTERMEDIATE, null, -1, null, "+", null, true, //$NON-NLS-1$
                    text);
        }
        // the words of text.split(" ", 4), found without splitting (every server line of every protocol gets here
        // when a rule looks for an IMAP BYE): w0 = [0, s1), w1 = [s1 + 1, e1), w2 = [s2 + 1, e2) when s2 >= 0
        int s1 = text.indexOf(' ');
        if (s1 < 0) {
            return other(Protocol.IMAP, text);
        }
        int s2 = text.indexOf(' ', s1 + 1);
        int e1 = s2 < 0 ? text.length() : s2;
        int w1Length = e1 - s1 - 1;
        if (s1 == 1 && text.charAt(0) == '*') {
            boolean numbered = w1Length > 0;
            for (int i = s1 + 1; i < e1 && numbered; i++) {
                char c = text.charAt(i);
                numbered = c >= '0' && c <= '9';
            }
            String name;
            if (numbered && s2 >= 0) {
                int s3 = text.indexOf(' ', s2 + 1);
                name = text.substring(s2 + 1, s3 < 0 ? text.length() : s3).toUpperCase(Locale.ROOT);
            } else {
                name = text.substring(s1 + 1, e1).toUpperCase(Locale.ROOT);
            }
            Status status = switch (name) {
                case "OK" -> Status.POSITIVE; //$NON-NLS-1$
                case "NO", "BAD" -> Status.WARNING; //$NON-NLS-1$ //$NON-NLS-2$
                case "BYE" -> Status.BYE; //$NON-NLS-1$
                case "PREAUTH" -> Status.PREAUTH; //$NON-NLS-1$
                default -> Status.DATA;
            };
            String code = status == Status.DATA ? null : bracketCode(text, 2 + w1Length);
            return new ReplyLine(Protocol.IMAP, Kind.IMAP_UNTAGGED, status, null, -1, null, name, code, true, text);
        }
        // OK, NO and BAD have two or three characters, upper-cased or not (no character upper-cases to two of them)
        if (w1Length != 2 && w1Length != 3) {
            return other(Protocol.IMAP, text);
        }
        String name = text.substring(s1 + 1, e1).toUpperCase(Locale.ROOT);
        String tag = text.substring(0, s1);
        if (!CommandLine.isTag(tag) || !(name.equals("OK") || name.equals("NO") || name.equals("BAD"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return other(Protocol.IMAP, text);
        }
        String code = bracketCode(text, s1 + 1 + w1Length);
        Status status = name.equals("OK") ? Status.POSITIVE //$NON-NLS-1$
                : name.equals("NO") && code != null && IMAP_TEMPORARY.contains(code) ? Status.TRANSIENT_FAILURE //$NON-NLS-1$
                        : Status.PERMANENT_FAILURE;
        return new ReplyLine(Protocol.IMAP, Kind.IMAP_TAGGED, status, tag, -1, null, name, code, true, text);
    }

    private static boolean startsWord(String text, String word) {
        return text.regionMatches(true, 0, word, 0, word.length())
                && (text.length() == word.length() || text.charAt(word.length()) == ' ');
    }

    /** @return "IN-USE" of "-ERR [IN-USE] …" (the bracket right after {@code from} and one space), or null */
    private static String bracketCode(String text, int from) {
        int open = from;
        while (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        if (open >= text.length() || text.charAt(open) != '[') {
            return null;
        }
        int end = open + 1;
        while (end < text.length() && text.charAt(end) != ']' && text.charAt(end) != ' ') {
            end++;
        }
        return end > open + 1 ? text.substring(open + 1, end).toUpperCase(Locale.ROOT) : null;
    }

    /** @return true for a line that completes nothing yet: an SMTP {@code NNN-} line */
    public boolean continued() {
        return kind == Kind.SMTP && !last;
    }

    /** @return true when the line says the command (or the session, for a greeting) failed */
    public boolean failure() {
        return status == Status.TRANSIENT_FAILURE || status == Status.PERMANENT_FAILURE;
    }

    public boolean positive() {
        return status == Status.POSITIVE || status == Status.PREAUTH;
    }

    /** @return true for a continuation request: IMAP/POP3 "+", SMTP 334 */
    public boolean continuation() {
        return kind == Kind.CONTINUATION || kind == Kind.SMTP && code == 334;
    }

    /**
     * @return true when the server closes the connection with this line whatever the client sent: IMAP
     *         {@code * BYE}, SMTP {@code 421} (RFC 5321 3.8)
     */
    public boolean endsSession() {
        return status == Status.BYE || kind == Kind.SMTP && code == 421 && last;
    }

    /**
     * @return true when this line, as the server's first, refuses the session: IMAP {@code * BYE}, POP3
     *         {@code -ERR}, SMTP {@code 554} or {@code 421} (RFC 9051 7.1.5, RFC 1939 4, RFC 5321 3.1)
     */
    public boolean refusesAsGreeting() {
        return status == Status.BYE || kind == Kind.POP3_STATUS && failure()
                || kind == Kind.SMTP && last && (code == 554 || code == 421);
    }

    /** @return true when the line can be a server's greeting */
    public boolean greeting() {
        return refusesAsGreeting() || kind == Kind.SMTP && code == 220 || kind == Kind.POP3_STATUS
                || kind == Kind.IMAP_UNTAGGED && (status == Status.POSITIVE || status == Status.PREAUTH);
    }
}
