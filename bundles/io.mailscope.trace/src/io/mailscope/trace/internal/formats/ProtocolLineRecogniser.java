package io.mailscope.trace.internal.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Direction;
import io.mailscope.model.Protocol;
import io.mailscope.trace.protocol.ProtocolVocabulary;
import io.mailscope.trace.protocol.ReplyLine;

/**
 * Finds an SMTP, POP3 or IMAP protocol line inside another program's log line: after any prefix of timestamps, log
 * levels, thread or connection ids, logger or class names, and after a direction marker or none. One grammar for
 * the many shapes libraries and tools write ({@code C:}/{@code S:}, {@code >>>}/{@code <<<}, {@code ->}/{@code <-},
 * {@code send:}/{@code reply:}, {@code [tx]}/{@code [rx]}, {@code SERVER -> CLIENT:}, {@code SENT:}/{@code RECEIVED:},
 * {@code Sending:}/{@code Read:}, a marker line followed by {@code └──} lines, ...), with Python {@code b'...\r\n'}
 * and quoted or escaped payloads unwrapped.
 * <p>
 * The direction comes from the line's shape when the shape is unambiguous (a reply code, {@code +OK}/{@code -ERR},
 * an IMAP untagged or tagged response is the server's; a command of the vocabulary is the client's), else from the
 * marker. Markers name the direction from the logging program's side, which is why the shape wins: a server's log
 * says {@code RECEIVED: USER} where a client's log says {@code SENT: USER}. Stateless and thread-safe.
 */
public final class ProtocolLineRecogniser {

    /**
     * A protocol line found in a log line.
     *
     * @param direction client or server, or null when neither shape nor marker says (import then decides by grammar)
     * @param text the protocol text, unwrapped
     * @param marked whether a direction marker was found (unmarked lines need a stronger shape)
     * @param markerOnly the line is a marker without text ("SERVER 1:"), announcing the direction of the lines after it
     */
    public record Found(Direction direction, String text, boolean marked, boolean markerOnly) {
    }

    private record Marker(Pattern pattern, Direction direction) {
    }

    /** Prefix tokens a logger writes before its message: times, dates, levels, ids, names. */
    private static final Pattern PREFIX_TOKEN = Pattern.compile("^(?:" //$NON-NLS-1$
            + "\\[[^\\]]{0,60}\\]:?" // [12:00:01], [INFO], [thread-1], [5oup1fFbqaE] //$NON-NLS-1$
            + "|\\([^)]{0,40}\\):?" // (pid 123) //$NON-NLS-1$
            + "|<[^<>\\s]{1,40}>" // <2> as neomutt writes a level //$NON-NLS-1$
            + "|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?,?" // dates //$NON-NLS-1$
            + "|\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?,?" // times //$NON-NLS-1$
            + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?" // syslog //$NON-NLS-1$
            + "|\\d{1,2}(?:st|nd|rd|th)?,?" // day of month //$NON-NLS-1$
            + "|(?:AM|PM|UTC|GMT|CET|CEST)" //$NON-NLS-1$
            + "|(?i:TRACE|DEBUG|DBG|INFO|INF|NOTICE|WARN(?:ING)?|WRN|ERROR|ERR!?|FATAL|VERBOSE|FINE[RS]?T?|CONFIG)\\b:?" // levels //$NON-NLS-1$
            + "|[A-Za-z_][\\w.$-]{0,60}\\[[\\w:-]{1,12}\\]:" // syslog programs: postfix/smtpd[123]: //$NON-NLS-1$
            + "|(?:[A-Za-z_][\\w$-]*\\.){1,8}[A-Za-z_][\\w$]*:?" // logger and class names: org.foo.Bar, MailKit.Net.Smtp //$NON-NLS-1$
            + "|(?i:time|ts|timestamp|level|lvl|severity|logger|caller|component|module|thread|pid|tid|session|sid|conn|cid|id)=(?:\"[^\"]*\"|\\S+)" // logfmt fields //$NON-NLS-1$
            + "|(?i:msg|message|text|data|line)=\"?" // the logfmt message field: its value is the text //$NON-NLS-1$
            + "|#\\d+|\\d+\\s*\\|" // ticket line numbers //$NON-NLS-1$
            + "|[-|:]" // separators //$NON-NLS-1$
            + ")\\s*"); //$NON-NLS-1$

    private static final List<Marker> MARKERS = List.of(
            new Marker(Pattern.compile("^(?i:CLIENT\\s*(?:->|=>|>>)\\s*SERVER):?\\s*"), Direction.CLIENT), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?i:SERVER\\s*(?:->|=>|>>)\\s*CLIENT):?\\s*"), Direction.SERVER), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?i:client|cli|C)(?:\\s*\\d+)?:\\s*"), Direction.CLIENT), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?i:server|srv|S)(?:\\s*\\d+)?:\\s*"), Direction.SERVER), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?i:send|sending|sent|write|writing|wrote|out|tx|request|cmd|command|>>|C->S|C>)(?:\\s*\\d+\\s*bytes)?\\s*[:>]\\s*"), //$NON-NLS-1$
                    Direction.CLIENT),
            new Marker(Pattern.compile("^(?i:reply|response|recv|rcvd|received|receiving|read|reading|in|rx|resp|<<|S->C|S<)(?:\\s*\\d+\\s*bytes)?\\s*[:<]\\s*"), //$NON-NLS-1$
                    Direction.SERVER),
            new Marker(Pattern.compile("^(?i:(?:the )?client (?:sent|says|wrote|command)|(?:sent|sending|writing|wrote) (?:to|command to) (?:the )?(?:server|remote)|command sent)\\s*:\\s*"), //$NON-NLS-1$
                    Direction.CLIENT),
            new Marker(Pattern.compile("^(?i:(?:the )?server (?:sent|says|said|replied|wrote|response|reply|answer(?:ed)?)|(?:writing |sending |wrote )?(?:response|reply|answer) (?:to|for) (?:the )?client|(?:received|read|got|response|reply) from (?:the )?(?:server|remote))\\s*:\\s*"), //$NON-NLS-1$
                    Direction.SERVER),
            new Marker(Pattern.compile("^\\[(?i:tx|send|out|c|client|>>?)\\]\\s*"), Direction.CLIENT), //$NON-NLS-1$
            new Marker(Pattern.compile("^\\[(?i:rx|recv|in|s|server|<<?)\\]\\s*"), Direction.SERVER), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?:>>>|-->|->|=>|>)\\s+"), Direction.CLIENT), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?:<<<|<--|<-|<=|<)\\s+"), Direction.SERVER), //$NON-NLS-1$
            new Marker(Pattern.compile("^\\d+\\s*[<>]\\s"), null), // neomutt "6< +OK", "9> CAPA": the shape decides //$NON-NLS-1$
            new Marker(Pattern.compile("^(?:POP3|IMAP|SMTP|ESMTP|LMTP)\\s*[<>]\\s*"), null), //$NON-NLS-1$
            new Marker(Pattern.compile("^(?i:DEBUG\\s+)?(?:POP3|IMAP|IMAPS|SMTP|ESMTP|LMTP):\\s*"), null), //$NON-NLS-1$
            new Marker(Pattern.compile("^[└├│─]+\\s*"), null)); //$NON-NLS-1$

    private static final Pattern BYTES_REPR = Pattern.compile("^b?(['\"])(.*?)(?:\\\\r)?(?:\\\\n)?\\1[,)]?$"); //$NON-NLS-1$
    private static final Pattern SMTP_REPLY = Pattern.compile("^[2-5]\\d\\d(?:[ -].*)?$"); //$NON-NLS-1$
    private static final Pattern POP3_STATUS = Pattern.compile("^(?:\\+OK|-ERR)(?:[ \\[].*)?$"); //$NON-NLS-1$
    private static final Pattern IMAP_UNTAGGED = Pattern.compile(
            "^\\* (?:OK|NO|BAD|BYE|PREAUTH|CAPABILITY|FLAGS|LIST|LSUB|STATUS|SEARCH|ESEARCH|NAMESPACE|ENABLED|ID|QUOTA|QUOTAROOT|\\d+ (?:EXISTS|RECENT|EXPUNGE|FETCH))\\b.*"); //$NON-NLS-1$
    private static final Pattern IMAP_TAGGED = Pattern.compile("^[A-Za-z0-9.]{1,12} (?:OK|NO|BAD)\\b.*"); //$NON-NLS-1$
    /** Without a marker a tag needs a digit: "Login OK" is prose, "a001 OK" a reply. */
    private static final Pattern UNMARKED_TAGGED = Pattern.compile("^[A-Za-z.]*\\d[A-Za-z0-9.]{0,11} (?:OK|NO|BAD)\\b.*"); //$NON-NLS-1$
    private static final Pattern CONTINUATION = Pattern.compile("^\\+(?: .*)?$"); //$NON-NLS-1$
    private static final int PREFIX_LIMIT = 160;

    private ProtocolLineRecogniser() {
    }

    /** @return the protocol line inside {@code line}, if it holds one */
    public static Optional<Found> recognise(String line) {
        if (line == null || line.isBlank() || line.length() > 4000) {
            return Optional.empty();
        }
        String rest = line.strip();
        // try at the start and after each prefix token: "2024-01-01 12:00 DEBUG [x] C: EHLO" and "S: 250 2024-..." alike
        for (int tokens = 0; tokens < 12 && rest.length() > 0; tokens++) {
            Optional<Found> found = at(rest);
            if (found.isPresent()) {
                return found;
            }
            if (line.length() - rest.length() > PREFIX_LIMIT) {
                return Optional.empty();
            }
            Matcher m = PREFIX_TOKEN.matcher(rest);
            if (!m.lookingAt() || m.end() == 0) {
                return Optional.empty();
            }
            rest = rest.substring(m.end());
        }
        return Optional.empty();
    }

    private static Optional<Found> at(String s) {
        for (Marker marker : MARKERS) {
            Matcher m = marker.pattern().matcher(s);
            if (m.lookingAt()) {
                String text = unwrap(s.substring(m.end()));
                if (text.isEmpty()) {
                    return marker.direction() == null ? Optional.empty()
                            : Optional.of(new Found(marker.direction(), "", true, true)); //$NON-NLS-1$
                }
                Direction shape = shape(text);
                if (shape != null) {
                    return Optional.of(new Found(shape, text, true, false));
                }
                if (marker.direction() != null && plausibleData(text, marker.direction())) {
                    return Optional.of(new Found(marker.direction(), text, true, false));
                }
            }
        }
        String text = unwrap(s);
        Direction shape = text.equals(s) || text.length() > 0 ? unmarkedShape(text) : null;
        return shape == null ? Optional.empty() : Optional.of(new Found(shape, text, false, false));
    }

    /** @return the payload without Python bytes quoting, surrounding quotes and escaped line ends */
    static String unwrap(String s) {
        String t = s.strip();
        if (t.endsWith("\"") && !t.startsWith("\"") && t.indexOf('"') == t.length() - 1) { //$NON-NLS-1$ //$NON-NLS-2$
            t = t.substring(0, t.length() - 1); // the end of a logfmt msg="..." value
        }
        while (t.startsWith("\\n") || t.startsWith("\\r")) { //$NON-NLS-1$ //$NON-NLS-2$
            t = t.substring(2).strip();
        }
        Matcher repr = BYTES_REPR.matcher(t);
        if (repr.matches() && (t.startsWith("b") || t.endsWith("\\n'") || t.endsWith("\\n\"") || t.endsWith("\\r\\n'"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            t = SmtplibFormat.unrepr(t.startsWith("b") ? t.substring(1).replaceAll("[,)]$", "") : t); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        while (t.endsWith("\\r\\n") || t.endsWith("\\n") || t.endsWith("\r") || t.endsWith("\n")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            t = t.endsWith("\\r\\n") ? t.substring(0, t.length() - 4) : t.endsWith("\\n") ? t.substring(0, t.length() - 2) //$NON-NLS-1$ //$NON-NLS-2$
                    : t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    /** @return the direction the text's shape proves, or null */
    public static Direction shape(String text) {
        if (replyShape(text) || CONTINUATION.matcher(text).matches()) {
            return Direction.SERVER;
        }
        if (commandShape(text)) {
            return Direction.CLIENT;
        }
        return null;
    }

    /** A server reply of one of the three protocols. */
    public static boolean replyShape(String text) {
        return SMTP_REPLY.matcher(text).matches() || POP3_STATUS.matcher(text).matches() || IMAP_UNTAGGED.matcher(text).matches()
                || IMAP_TAGGED.matcher(text).matches() && ReplyLine.parse(Protocol.IMAP, text).kind() == ReplyLine.Kind.IMAP_TAGGED;
    }

    /** A client command of the vocabulary (with an IMAP tag where IMAP needs one). */
    public static boolean commandShape(String text) {
        if (text.isEmpty() || text.length() > 1000 || !Character.isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        String verb = text.split(" ", 2)[0]; //$NON-NLS-1$
        // prose that starts with a verb-like word ("Data sent", "Quit now?") is no command: verbs are written in one case
        if (!verb.equals(verb.toUpperCase(Locale.ROOT)) && !verb.equals(verb.toLowerCase(Locale.ROOT))
                && !text.matches("^[A-Za-z0-9.]{1,12} [A-Za-z]+.*")) { //$NON-NLS-1$
            return false;
        }
        return ProtocolVocabulary.isCommandLine(text);
    }

    /** After a marker, a line that is neither reply nor command can still be protocol data (SASL, a body, a header). */
    private static boolean plausibleData(String text, Direction direction) {
        if (direction == Direction.CLIENT) {
            return text.matches("[A-Za-z0-9+/=]{4,}|\\*{3,}|X{3,}|\\.|\\[credentials hidden\\]|\\[\\[ Credentials removed.*|[\\x21-\\x7e][^\\r\\n]{0,200}"); //$NON-NLS-1$
        }
        return text.length() <= 1000;
    }

    /**
     * Without a marker only the strongest shapes count: a reply code with text, {@code +OK}/{@code -ERR}, IMAP
     * responses, and commands of the vocabulary written in one case (a log's prose often starts with "Connecting", "Data").
     */
    private static Direction unmarkedShape(String text) {
        if (SMTP_REPLY.matcher(text).matches() && (text.length() == 3 || text.matches("^\\d{3}[ -][A-Za-z0-9<\\[(].*"))) { //$NON-NLS-1$
            return Direction.SERVER;
        }
        if (POP3_STATUS.matcher(text).matches() || IMAP_UNTAGGED.matcher(text).matches()
                || UNMARKED_TAGGED.matcher(text).matches() && ReplyLine.parse(Protocol.IMAP, text).kind() == ReplyLine.Kind.IMAP_TAGGED) {
            return Direction.SERVER;
        }
        return commandShape(text) ? Direction.CLIENT : null;
    }
}
