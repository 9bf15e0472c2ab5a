package io.mailscope.trace.internal.conversation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.mailscope.model.Protocol;

/** The little protocol knowledge conversation rebuilding needs: reply shapes, verbs, multi-line replies. */
final class ProtocolGrammar {

    /** @return true for an SMTP reply line: three digits, then the end, a space or a hyphen */
    static boolean isSmtpReply(String text) {
        return text.length() >= 3 && isDigit(text.charAt(0)) && isDigit(text.charAt(1)) && isDigit(text.charAt(2))
                && (text.length() == 3 || text.charAt(3) == ' ' || text.charAt(3) == '-');
    }

    /** @return true for a continued SMTP reply line ({@code 250-…}) */
    static boolean isSmtpContinued(String text) {
        return isSmtpReply(text) && text.length() > 3 && text.charAt(3) == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
    private static final Pattern IMAP_TAGGED = Pattern.compile("^([A-Za-z0-9._-]{1,20}) ([A-Za-z]+)(?: .*)?$"); //$NON-NLS-1$
    private static final Set<String> IMAP_VERBS = Set.of("CAPABILITY", "LOGIN", "AUTHENTICATE", "SELECT", "EXAMINE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "FETCH", "UID", "LOGOUT", "STARTTLS", "NOOP", "LIST", "LSUB", "STATUS", "APPEND", "IDLE", "ID", "ENABLE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "NAMESPACE", "SEARCH", "STORE", "COPY", "MOVE", "EXPUNGE", "CLOSE", "CREATE", "DELETE", "RENAME", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "SUBSCRIBE", "UNSELECT", "CHECK", "GETQUOTAROOT", "COMPRESS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> SMTP_VERBS = Set.of("EHLO", "HELO", "MAIL", "RCPT", "DATA", "RSET", "VRFY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "EXPN", "BDAT", "STARTTLS", "HELP", "ETRN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> POP3_VERBS = Set.of("USER", "PASS", "STAT", "LIST", "UIDL", "RETR", "TOP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "DELE", "CAPA", "APOP", "STLS", "LAST", "UTF8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private static final Pattern SASL_MECHANISM = Pattern.compile(
            "(?i)(?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|NTLM|GSSAPI|EXTERNAL|ANONYMOUS|MSN|SCRAM-[A-Z0-9-]+|KERBEROS_V4)"); //$NON-NLS-1$

    private ProtocolGrammar() {
    }

    /** @return the protocol a server line reveals, or UNKNOWN */
    static Protocol fromServerLine(String text) {
        if (text.startsWith("+OK") || text.startsWith("-ERR")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Protocol.POP3;
        }
        if (text.startsWith("* OK") || text.startsWith("* PREAUTH") || text.startsWith("* BYE") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || text.startsWith("* CAPABILITY")) { //$NON-NLS-1$
            return Protocol.IMAP;
        }
        if (isSmtpReply(text)) {
            return Protocol.SMTP;
        }
        return Protocol.UNKNOWN;
    }

    /** @return the protocol a client line reveals, or UNKNOWN */
    static Protocol fromClientLine(String text) {
        String first = firstWord(text);
        if (POP3_VERBS.contains(first)) {
            return Protocol.POP3;
        }
        if (SMTP_VERBS.contains(first)) {
            return Protocol.SMTP;
        }
        if (first.equals("AUTH") && isSaslCommand(text)) { //$NON-NLS-1$
            // AUTH is an SMTP and POP3 verb ("AUTH LOGIN", "AUTH PLAIN …"), not an IMAP tag: which of the two, the
            // server's replies tell
            return Protocol.UNKNOWN;
        }
        var m = IMAP_TAGGED.matcher(text);
        if (m.matches() && IMAP_VERBS.contains(m.group(2).toUpperCase(Locale.ROOT))) {
            return Protocol.IMAP;
        }
        return Protocol.UNKNOWN;
    }

    /** @return true when the line is nothing but a command verb without arguments (QUIT, DATA, RSET, STAT, …) */
    static boolean isBareVerb(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return POP3_VERBS.contains(t) || SMTP_VERBS.contains(t) || t.equals("QUIT") || t.equals("NOOP") //$NON-NLS-1$ //$NON-NLS-2$
                || t.equals("RSET"); //$NON-NLS-1$
    }

    /**
     * @return true for "AUTH mechanism [initial-response]": an IMAP command needs a tag before its verb, and an IMAP
     *         "AUTH LOGIN user password" (tag AUTH) has two arguments after LOGIN
     */
    static boolean isSaslCommand(String text) {
        String[] words = text.strip().split("\\s+"); //$NON-NLS-1$
        return words.length >= 2 && words.length <= 3 && words[0].equalsIgnoreCase("AUTH") //$NON-NLS-1$
                && SASL_MECHANISM.matcher(words[1]).matches();
    }

    /**
     * A client line after an AUTH/AUTHENTICATE without initial response: base64 SASL data (or "*", which cancels)
     * rather than a new command. Pairing only: masking is the masking session's.
     */
    static boolean looksLikeSaslData(String text) {
        String t = text.strip();
        if (t.equals("*")) { //$NON-NLS-1$
            return true;
        }
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=')) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the line looks like the server's in {@code protocol} (lines of a body aside) */
    static boolean looksLikeServer(Protocol protocol, String text) {
        return switch (protocol) {
            case POP3 -> text.startsWith("+OK") || text.startsWith("-ERR") || text.equals("+") || text.startsWith("+ "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case SMTP -> isSmtpReply(text);
            case IMAP -> text.startsWith("* ") || text.equals("+") || text.startsWith("+ "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> fromServerLine(text) != Protocol.UNKNOWN;
        };
    }

    static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ':' && text.charAt(end) != '\t') {
            end++;
        }
        return text.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** @return {tag, verb} of an IMAP command, or null when it is not tagged */
    static String[] imapTagAndVerb(String text) {
        String[] words = text.strip().split("\\s+", 4); //$NON-NLS-1$
        if (words.length < 2) {
            return null;
        }
        String verb = words[1].toUpperCase(Locale.ROOT);
        if (verb.equals("UID") && words.length > 2) { //$NON-NLS-1$
            verb = "UID " + words[2].toUpperCase(Locale.ROOT); //$NON-NLS-1$
        }
        return new String[] { words[0], verb };
    }

    /** POP3 commands whose positive reply is a multi-line response ending with ".". */
    static boolean pop3MultiLine(String verb, String commandText) {
        return switch (verb) {
            case "CAPA", "RETR", "TOP" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "LIST", "UIDL" -> !hasArgument(commandText); //$NON-NLS-1$ //$NON-NLS-2$
            case "AUTH" -> !hasArgument(commandText); //$NON-NLS-1$
            default -> false;
        };
    }

    private static boolean hasArgument(String commandText) {
        String args = commandText.strip();
        int space = args.indexOf(' ');
        return space > 0 && !args.substring(space + 1).isBlank();
    }

    /** @return true when a completed reply says the command failed */
    static boolean isFailure(Protocol protocol, String lastReply) {
        if (lastReply == null) {
            return true;
        }
        return switch (protocol) {
            case POP3 -> lastReply.startsWith("-ERR"); //$NON-NLS-1$
            case SMTP -> !lastReply.isEmpty() && (lastReply.charAt(0) == '4' || lastReply.charAt(0) == '5');
            case IMAP -> {
                String[] w = lastReply.split(" ", 3); //$NON-NLS-1$
                yield w.length > 1 && (w[1].equalsIgnoreCase("NO") || w[1].equalsIgnoreCase("BAD")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            default -> lastReply.startsWith("-ERR") || lastReply.startsWith("5") || lastReply.startsWith("4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
    }

    static boolean isPositive(Protocol protocol, String reply) {
        return switch (protocol) {
            case POP3 -> reply.startsWith("+OK"); //$NON-NLS-1$
            case SMTP -> reply.startsWith("2"); //$NON-NLS-1$
            case IMAP -> {
                String[] w = reply.split(" ", 3); //$NON-NLS-1$
                yield w.length > 1 && w[1].equalsIgnoreCase("OK"); //$NON-NLS-1$
            }
            default -> false;
        };
    }
}
