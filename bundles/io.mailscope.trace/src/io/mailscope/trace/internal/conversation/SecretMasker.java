package io.mailscope.trace.internal.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Protocol;

/**
 * Masks credentials in client lines as they are read, before anything is stored. Knows which commands carry
 * secrets in POP3 (PASS, APOP digest, AUTH initial response), IMAP (LOGIN password, AUTHENTICATE initial response)
 * and SMTP (AUTH PLAIN/LOGIN/XOAUTH2/CRAM-MD5 arguments); continuation lines of an authentication exchange are
 * masked as a whole by {@link ConversationBuilder}. Also scrubs credentials from non-protocol lines (configuration
 * dumps, URLs with user info) as a safety net.
 */
public final class SecretMasker {

    /** What masked text shows instead of a secret. */
    public static final String MASK = "********"; //$NON-NLS-1$

    /** The result: the text to keep and whether it carries (masked) credentials. */
    public record Result(String text, boolean secret, boolean changed) {
    }

    private static final Pattern IMAP_LOGIN = Pattern.compile(
            "(?i)^(\\S+\\s+LOGIN\\s+(?:\"(?:[^\"\\\\]|\\\\.)*\"|\\{\\d+\\+?\\}|\\S+))(\\s+.*)?$"); //$NON-NLS-1$
    private static final Pattern AUTH_WITH_ARGUMENT = Pattern.compile("(?i)^(\\S+\\s+)?(AUTH(?:ENTICATE)?\\s+\\S+)(\\s+\\S.*)?$"); //$NON-NLS-1$
    private static final Pattern POP3_PASS = Pattern.compile("(?i)^(PASS)(\\s.*)?$"); //$NON-NLS-1$
    private static final Pattern POP3_APOP = Pattern.compile("(?i)^(APOP\\s+\\S+)(\\s+.*)?$"); //$NON-NLS-1$
    /**
     * A password assignment in a configuration dump (key and value may be quoted, as in JSON), a PASS command quoted
     * in a message, or an AUTH command with an initial response. Group 2: a quoted value's content; group 3: an
     * unquoted value (to the end of the line).
     */
    private static final Pattern OTHER_PASSWORD = Pattern.compile(
            "(?i)(\"?pass(?:word|wd)?(?:eval)?\"?\\s*[=:]\\s*|(?:^|:\\s|>\\s|')PASS\\s+|\\bAUTH\\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\\s+|password=)(?!<non-null>|\\*+(?:[\\s\"]|$)|\"\\*+\"|\\(not set\\))(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S.*)$)"); //$NON-NLS-1$
    /** User info in any URL ({@code scheme://user:password@host}). */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^:/@\\s]+:)([^@/\\s]+)@"); //$NON-NLS-1$
    /** {@code curl --user alice:PW}, {@code curl -u alice:PW}: the part after the colon. */
    private static final Pattern USER_OPTION = Pattern.compile("(?:^|\\s)(?:-u\\s*|--user(?:\\s+|=))([\"']?[^\\s:\"']*:)([^\\s\"']+)"); //$NON-NLS-1$
    /** {@code swaks --auth-password PW}, {@code -ap PW}, {@code --pass PW}, {@code --password PW}. */
    private static final Pattern PASSWORD_OPTION = Pattern.compile(
            "(?i)(?:^|\\s)(?:--(?:auth-)?pass(?:word|wd)?|-ap)(?:\\s+|=)([\"']?)([^\\s\"']+)"); //$NON-NLS-1$
    /** An AUTH/AUTHENTICATE command without an initial response: base64 continuation lines follow. */
    private static final String SASL_MECHANISMS = "(?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|NTLM|GSSAPI|EXTERNAL|ANONYMOUS|MSN|SCRAM-[A-Z0-9-]+|KERBEROS_V4)"; //$NON-NLS-1$
    private static final Pattern SASL_MECHANISM = Pattern.compile("(?i)" + SASL_MECHANISMS); //$NON-NLS-1$
    private static final Pattern SASL_START = Pattern.compile(
            "(?i)(?:^|[\\s:>'\"])AUTH(?:ENTICATE)?\\s+" + SASL_MECHANISMS + "(?:\\\\r\\\\n)?['\"]?\\s*$"); //$NON-NLS-1$ //$NON-NLS-2$

    private SecretMasker() {
    }

    /**
     * @param protocol the session's protocol (UNKNOWN when not known yet)
     * @param text a client command line
     */
    public static Result command(Protocol protocol, String text) {
        if (!mayCarrySecret(text)) {
            // a line of a session whose protocol is not known may be no command at all (a configuration dump)
            return protocol == Protocol.UNKNOWN ? other(text) : new Result(text, false, false);
        }
        Matcher m = POP3_PASS.matcher(text);
        if (protocol != Protocol.IMAP && m.matches()) {
            return masked(m.group(1), m.group(2), text);
        }
        m = POP3_APOP.matcher(text);
        if (protocol != Protocol.IMAP && m.matches()) {
            return masked(m.group(1), m.group(2), text);
        }
        m = IMAP_LOGIN.matcher(text);
        if (protocol != Protocol.SMTP && protocol != Protocol.POP3 && m.matches() && m.group(2) != null) {
            return masked(m.group(1), m.group(2), text);
        }
        m = AUTH_WITH_ARGUMENT.matcher(text);
        if (m.matches()) {
            String prefix = (m.group(1) == null ? "" : m.group(1)) + m.group(2); //$NON-NLS-1$
            return masked(prefix, m.group(3), text);
        }
        return protocol == Protocol.UNKNOWN ? other(text) : new Result(text, false, false);
    }

    /** Cheap pre-check (runs for every command of huge logs): only PASS, APOP, AUTH…, LOGIN commands carry secrets. */
    private static boolean mayCarrySecret(String text) {
        int firstEnd = nextWhitespace(text, 0);
        if (firstEnd >= text.length()) {
            return false;
        }
        if (isWord(text, 0, firstEnd, "PASS") || isWord(text, 0, firstEnd, "APOP") || isWord(text, 0, firstEnd, "AUTH")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return true;
        }
        int secondStart = firstEnd + 1;
        while (secondStart < text.length() && isWhitespace(text.charAt(secondStart))) {
            secondStart++;
        }
        int secondEnd = nextWhitespace(text, secondStart);
        return isWord(text, secondStart, secondEnd, "LOGIN") || isWord(text, secondStart, secondEnd, "AUTHENTICATE") //$NON-NLS-1$ //$NON-NLS-2$
                || isWord(text, secondStart, secondEnd, "AUTH"); //$NON-NLS-1$
    }

    /** @return the index of the first whitespace character at or after {@code from}, or the text's length */
    private static int nextWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && !isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whitespace as the patterns' {@code \\s} sees it (space, tab, line breaks, vertical tab, form feed). */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    private static boolean isWord(String text, int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
    }

    private static Result masked(String keep, String secret, String original) {
        if (secret == null || secret.isBlank()) {
            return new Result(original, false, false);
        }
        String masked = keep + " " + MASK; //$NON-NLS-1$
        return new Result(masked, true, !masked.equals(original) && !isAlreadyMasked(secret.strip()));
    }

    /** A continuation line of an authentication exchange: the whole line is a secret. */
    public static Result continuation(String text) {
        if (text.strip().equals("*")) { //$NON-NLS-1$
            return new Result(text, false, false); // "*" cancels a SASL exchange: nothing secret in it
        }
        return new Result(MASK, true, !isAlreadyMasked(text.strip()));
    }

    private static boolean isAlreadyMasked(String s) {
        return s.isEmpty() || s.chars().allMatch(c -> c == '*' || c == 'X' || c == '.') || s.equals(MASK)
                || s.equalsIgnoreCase("[credentials hidden]"); //$NON-NLS-1$
    }

    /** Scrubs credentials from a line that is not a protocol line (config dumps, command lines with URLs). */
    public static Result other(String text) {
        boolean pass = containsIgnoreCase(text, "pass"); //$NON-NLS-1$
        boolean auth = containsIgnoreCase(text, "auth"); //$NON-NLS-1$
        boolean url = text.indexOf("://") >= 0; //$NON-NLS-1$
        boolean userOption = text.indexOf("-u") >= 0; //$NON-NLS-1$
        boolean apOption = text.indexOf("-ap") >= 0; //$NON-NLS-1$
        if (!pass && !auth && !url && !userOption && !apOption) {
            // cheap pre-check (runs for every connection event of huge logs): every pattern needs one of these
            return new Result(text, false, false);
        }
        String result = text;
        if (userOption) {
            Matcher o = USER_OPTION.matcher(result);
            if (o.find()) {
                result = o.replaceAll(r -> Matcher.quoteReplacement(r.group().substring(0, r.start(2) - r.start()) + MASK));
            }
        }
        if (pass || apOption) {
            Matcher o = PASSWORD_OPTION.matcher(result);
            if (o.find()) {
                result = o.replaceAll(r -> Matcher.quoteReplacement(r.group().substring(0, r.start(2) - r.start()) + MASK));
            }
        }
        if (pass || auth) {
            Matcher m = OTHER_PASSWORD.matcher(result);
            if (m.find()) {
                if (m.group(2) != null) {
                    result = result.substring(0, m.start(2)) + MASK + result.substring(m.end(2)); // "password":"…"
                } else {
                    result = result.substring(0, m.start(3)) + MASK;
                }
            }
        }
        if (url) {
            Matcher u = URL_USER_INFO.matcher(result);
            if (u.find()) {
                result = u.replaceAll("$1" + MASK + "@"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        boolean changed = !result.equals(text);
        return new Result(result, changed, changed);
    }

    /** @return true when the word names a SASL mechanism (LOGIN, PLAIN, CRAM-MD5, XOAUTH2, …) */
    public static boolean isSaslMechanism(String word) {
        return SASL_MECHANISM.matcher(word).matches();
    }

    /**
     * @return true when a non-protocol line (a line of a format whose parser gave up, say) holds an AUTH or
     *         AUTHENTICATE command without an initial response: SASL data lines may follow, see
     *         {@link #saslContinuation(String)}
     */
    public static boolean startsSaslExchange(String text) {
        return containsIgnoreCase(text, "auth") && SASL_START.matcher(text).find(); //$NON-NLS-1$
    }

    /**
     * A client protocol line after an AUTH/AUTHENTICATE without initial response: base64 SASL data (or "*", which
     * cancels) rather than a new command.
     */
    public static boolean looksLikeSaslData(String text) {
        String t = text.strip();
        if (t.equals("*")) { //$NON-NLS-1$
            return true;
        }
        return isBase64(t, 0, t.length());
    }

    private static boolean isBase64(String t, int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A non-protocol line following {@link #startsSaslExchange(String)}: when it is a prefixed base64 line
     * ({@code C: YWxpY2U=}, {@code >>> YWxpY2U=}, {@code send: 'YWxpY2U=\\r\\n'}) its data is masked.
     *
     * @return the masked line, the line unchanged (a server prompt such as {@code 334 VXNlcm5hbWU6}: the exchange goes
     *         on), or null when the line is neither (the exchange is over)
     */
    public static Result saslContinuation(String text) {
        String t = text.strip();
        int tokenStart = t.length();
        while (tokenStart > 0 && !isWhitespace(t.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        int start = tokenStart;
        int end = t.length();
        if (end - start >= 2 && (t.charAt(start) == '\'' || t.charAt(start) == '"') && t.charAt(end - 1) == t.charAt(start)) {
            start++;
            end--;
        }
        if (t.startsWith("\\r\\n", end - 4) && end - 4 >= start) { //$NON-NLS-1$
            end -= 4;
        }
        if (!isBase64(t, start, end) && !t.substring(start, end).equals("*")) { //$NON-NLS-1$
            return null;
        }
        String prefix = t.substring(0, tokenStart).strip();
        if (prefix.endsWith("334") || prefix.endsWith("+") || prefix.endsWith("'334") || prefix.endsWith("\"334")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return new Result(text, false, false); // the server's challenge
        }
        if (!prefix.isEmpty() && !prefix.endsWith(":") && !prefix.endsWith(">")) { //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        if (t.substring(start, end).equals("*")) { //$NON-NLS-1$
            return new Result(text, false, false);
        }
        String masked = t.substring(0, start) + MASK + t.substring(end);
        return new Result(masked, true, true);
    }

    /** Case-insensitive for ASCII like the patterns' {@code (?i)} (and for more: a superset, fine for a pre-check). */
    private static boolean containsIgnoreCase(String text, String lowerWord) {
        char first = lowerWord.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - lowerWord.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }
}
