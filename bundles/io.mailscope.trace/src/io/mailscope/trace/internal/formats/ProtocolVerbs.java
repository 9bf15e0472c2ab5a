package io.mailscope.trace.internal.formats;

import java.util.Locale;
import java.util.Set;

/** Client command verbs of POP3, SMTP and IMAP, to recognise commands in unmarked transcripts. */
final class ProtocolVerbs {

    private static final Set<String> VERBS = Set.of("USER", "PASS", "STAT", "LIST", "UIDL", "RETR", "TOP", "DELE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "CAPA", "APOP", "STLS", "QUIT", "NOOP", "RSET", "AUTH", "EHLO", "HELO", "MAIL", "RCPT", "DATA", "VRFY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "EXPN", "STARTTLS", "BDAT", "HELP", "LAST"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> IMAP = Set.of("CAPABILITY", "LOGIN", "AUTHENTICATE", "SELECT", "EXAMINE", "FETCH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "UID", "LOGOUT", "STARTTLS", "NOOP", "LIST", "LSUB", "STATUS", "APPEND", "IDLE", "ID", "ENABLE", "SEARCH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "STORE", "COPY", "MOVE", "EXPUNGE", "CLOSE", "NAMESPACE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private ProtocolVerbs() {
    }

    /** @return true for {@code USER alice}, {@code ehlo x}, {@code A1 LOGIN …}, {@code DONE} */
    static boolean isCommand(String line) {
        String[] words = line.strip().split("\\s+", 3); //$NON-NLS-1$
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        String first = words[0].toUpperCase(Locale.ROOT);
        boolean caseConsistent = words[0].equals(first) || words[0].equals(words[0].toLowerCase(Locale.ROOT));
        if (caseConsistent && (VERBS.contains(first.replace(":", "")) || first.equals("DONE"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return true;
        }
        return words.length > 1 && words[0].matches("[A-Za-z0-9.]{1,12}") && IMAP.contains(words[1].toUpperCase(Locale.ROOT)); //$NON-NLS-1$
    }
}
