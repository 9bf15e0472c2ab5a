package io.mailscope.trace.protocol;

import java.util.Locale;

import io.mailscope.model.Protocol;

/**
 * A client command line split into tag (IMAP only), verb and arguments.
 *
 * @param tag the IMAP tag, or null (SMTP, POP3, or an untagged line such as "DONE")
 * @param verb the verb, upper case; IMAP UID commands as {@code "UID FETCH"}
 * @param arguments the rest of the line after the verb, or ""
 */
public record CommandLine(String tag, String verb, String arguments) {

    /** @return the parts of the line, or null for a blank line */
    public static CommandLine parse(Protocol protocol, String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (protocol == Protocol.IMAP) {
            String[] words = t.split(" ", 3); //$NON-NLS-1$
            if (words.length == 1 || !isTag(words[0])) {
                return new CommandLine(null, words[0].toUpperCase(Locale.ROOT), words.length == 1 ? "" //$NON-NLS-1$
                        : t.substring(words[0].length() + 1));
            }
            String known = KnownVerbs.find(words[1], 0, words[1].length());
            String verb = known != null ? known : words[1].toUpperCase(Locale.ROOT);
            String rest = words.length > 2 ? words[2] : ""; //$NON-NLS-1$
            if (verb.equals("UID") && !rest.isEmpty()) { //$NON-NLS-1$
                String[] sub = rest.split(" ", 2); //$NON-NLS-1$
                verb = "UID " + sub[0].toUpperCase(Locale.ROOT); //$NON-NLS-1$
                rest = sub.length > 1 ? sub[1] : ""; //$NON-NLS-1$
            }
            return new CommandLine(words[0], verb, rest);
        }
        int end = 0;
        while (end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != ':' && t.charAt(end) != '\t') {
            end++;
        }
        String rest = end < t.length() ? t.substring(end + 1).strip() : ""; //$NON-NLS-1$
        String known = KnownVerbs.find(t, 0, end);
        return new CommandLine(null, known != null ? known : t.substring(0, end).toUpperCase(Locale.ROOT), rest);
    }

    /** @return true for an IMAP tag: ASTRING-CHARs except "+" (RFC 9051 9), not "*" */
    public static boolean isTag(String word) {
        if (word.isEmpty() || word.length() > 64) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '(' || c == ')' || c == '{' || c == '%' || c == '*' || c == '"'
                    || c == '\\' || c == '+') {
                return false;
            }
        }
        return true;
    }
}
