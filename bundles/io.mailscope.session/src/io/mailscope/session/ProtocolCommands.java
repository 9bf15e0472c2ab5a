package io.mailscope.session;

import java.util.List;

import io.mailscope.model.Protocol;

/**
 * The commands a client sends in each protocol, for completion in a console: the verbs of RFC 1939/2449/2595/5034
 * (POP3), RFC 9051/3501 and common extensions (IMAP, without the tag) and RFC 5321/3207/4954 (SMTP).
 */
public final class ProtocolCommands {

    private static final List<String> POP3 = List.of("USER", "PASS", "APOP", "AUTH", "CAPA", "STLS", "STAT", "LIST", "UIDL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "RETR", "TOP", "DELE", "NOOP", "RSET", "QUIT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final List<String> IMAP = List.of("CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN", "ID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "ENABLE", "SELECT", "EXAMINE", "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "NAMESPACE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "STATUS", "APPEND", "IDLE", "CHECK", "CLOSE", "UNSELECT", "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "UID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "GETQUOTAROOT", "GETACL", "MYRIGHTS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> SMTP = List.of("EHLO", "HELO", "STARTTLS", "AUTH", "MAIL FROM:<", "RCPT TO:<", "DATA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "BDAT", "RSET", "VRFY", "EXPN", "HELP", "NOOP", "QUIT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private ProtocolCommands() {
    }

    /** @return the protocol's client commands, most used first within each stage of a session */
    public static List<String> of(Protocol protocol) {
        return switch (protocol) {
            case POP3 -> POP3;
            case IMAP -> IMAP;
            case SMTP -> SMTP;
            default -> List.of();
        };
    }

    /** Commands that follow {@code UID} ({@code UID FETCH 1:* FLAGS}). */
    private static final List<String> IMAP_UID_COMMANDS = List.of("FETCH", "SEARCH", "STORE", "COPY", "MOVE", "EXPUNGE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /**
     * @return true when an IMAP client line starts with a command instead of a tag ({@code select INBOX},
     *         {@code UID FETCH 1:* FLAGS}); false for a tagged command ({@code a1 SELECT INBOX}) and for anything that
     *         starts with no command (SASL data, {@code DONE}, a literal's content). A word that is a command followed
     *         by another command ({@code list LIST "" *}) is taken as a tag, except {@code UID} before FETCH, SEARCH,
     *         STORE, COPY, MOVE or EXPUNGE.
     */
    public static boolean isUntaggedImapCommand(String line) {
        String[] words = line.strip().split("\\s+", 3); //$NON-NLS-1$
        String first = words[0].toUpperCase(java.util.Locale.ROOT);
        if (!IMAP.contains(first)) {
            return false;
        }
        if (words.length == 1) {
            return true;
        }
        String second = words[1].toUpperCase(java.util.Locale.ROOT);
        if (first.equals("UID")) { //$NON-NLS-1$
            return IMAP_UID_COMMANDS.contains(second);
        }
        return !IMAP.contains(second);
    }

    /**
     * @return the commands of {@code protocol} that start with what was typed (case-insensitive); for IMAP the typed
     *         text's tag is kept, so {@code "a1 se"} completes to {@code "a1 SELECT"} and {@code "a1 SEARCH"}, and a
     *         command typed without a tag completes too ({@code "se"}: {@code SELECT}, {@code SEARCH})
     */
    public static List<String> complete(Protocol protocol, String typed) {
        String prefix = ""; //$NON-NLS-1$
        String word = typed.stripLeading();
        if (protocol == Protocol.IMAP) {
            int space = word.indexOf(' ');
            if (space < 0) {
                // a command typed without a tag (the console adds one); a tag that is no command's start completes to nothing
                String start = word.toUpperCase(java.util.Locale.ROOT);
                return start.isEmpty() ? List.of() : IMAP.stream().filter(c -> c.startsWith(start) && !c.equals(start)).toList();
            }
            prefix = word.substring(0, space + 1);
            word = word.substring(space + 1);
        }
        String wanted = word.toUpperCase(java.util.Locale.ROOT);
        String tag = prefix;
        return of(protocol).stream().filter(c -> c.startsWith(wanted) && !c.equals(wanted)).map(c -> tag + c).toList();
    }
}
