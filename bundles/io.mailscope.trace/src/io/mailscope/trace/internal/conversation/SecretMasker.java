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
    private static final Pattern OTHER_PASSWORD = Pattern.compile(
            "(?i)(pass(?:word)?(?:eval)?\\s*[=:]\\s*|(?:^|: |> |')PASS\\s+|\\bAUTH\\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\\s+|password=)(?!<non-null>|\\*+$|\\(not set\\))(\\S.*)$"); //$NON-NLS-1$
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b((?:pop3?s?|imaps?|smtps?)://[^:/@\\s]+:)([^@/\\s]+)@"); //$NON-NLS-1$

    private SecretMasker() {
    }

    /**
     * @param protocol the session's protocol (UNKNOWN when not known yet)
     * @param text a client command line
     */
    public static Result command(Protocol protocol, String text) {
        if (!mayCarrySecret(text)) {
            return new Result(text, false, false);
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
        if (protocol != Protocol.SMTP && protocol != Protocol.POP3 && m.matches()) {
            return masked(m.group(1), m.group(2), text);
        }
        m = AUTH_WITH_ARGUMENT.matcher(text);
        if (m.matches()) {
            String prefix = (m.group(1) == null ? "" : m.group(1)) + m.group(2); //$NON-NLS-1$
            return masked(prefix, m.group(3), text);
        }
        return new Result(text, false, false);
    }

    /** Cheap pre-check (runs for every command of huge logs): only PASS, APOP, AUTH…, LOGIN commands carry secrets. */
    private static boolean mayCarrySecret(String text) {
        int firstEnd = text.indexOf(' ');
        if (firstEnd < 0) {
            return false;
        }
        if (isWord(text, 0, firstEnd, "PASS") || isWord(text, 0, firstEnd, "APOP") || isWord(text, 0, firstEnd, "AUTH")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return true;
        }
        int secondStart = firstEnd + 1;
        int secondEnd = text.indexOf(' ', secondStart);
        if (secondEnd < 0) {
            secondEnd = text.length();
        }
        return isWord(text, secondStart, secondEnd, "LOGIN") || isWord(text, secondStart, secondEnd, "AUTHENTICATE") //$NON-NLS-1$ //$NON-NLS-2$
                || isWord(text, secondStart, secondEnd, "AUTH"); //$NON-NLS-1$
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
        if (!containsIgnoreCase(text, "pass") && !containsIgnoreCase(text, "auth") && text.indexOf("://") < 0) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            // cheap pre-check (runs for every connection event of huge logs): both patterns need one of these
            return new Result(text, false, false);
        }
        String result = text;
        Matcher m = OTHER_PASSWORD.matcher(result);
        if (m.find()) {
            result = result.substring(0, m.start(2)) + MASK;
        }
        Matcher u = URL_USER_INFO.matcher(result);
        if (u.find()) {
            result = u.replaceAll("$1" + MASK + "@"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean changed = !result.equals(text);
        return new Result(result, changed, changed);
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
