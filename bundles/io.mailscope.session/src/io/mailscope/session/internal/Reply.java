package io.mailscope.session.internal;

import java.util.List;

/** A server's complete reply: one line, or the lines of a multi-line reply up to its end. */
public record Reply(List<String> lines) {

    public Reply {
        lines = List.copyOf(lines);
    }

    public String first() {
        return lines.isEmpty() ? "" : lines.get(0); //$NON-NLS-1$
    }

    public String last() {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1); //$NON-NLS-1$
    }

    /** @return the SMTP reply code of the last line, or 0 */
    public int smtpCode() {
        String l = last();
        if (l.length() >= 3 && Character.isDigit(l.charAt(0)) && Character.isDigit(l.charAt(1)) && Character.isDigit(l.charAt(2))) {
            return Integer.parseInt(l.substring(0, 3));
        }
        return 0;
    }

    /** @return true for a POP3 challenge ({@code + …}), an IMAP continuation ({@code + …}) or an SMTP 334 */
    public boolean isChallenge() {
        String l = last();
        return l.startsWith("+ ") || l.equals("+") || smtpCode() == 334; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the POP3 status of the first line is +OK */
    public boolean pop3Ok() {
        return first().startsWith("+OK"); //$NON-NLS-1$
    }

    /** @return the IMAP tagged status (OK, NO, BAD) of the last line, or "" */
    public String imapStatus() {
        String[] words = last().split(" ", 3); //$NON-NLS-1$
        return words.length >= 2 ? words[1].toUpperCase(java.util.Locale.ROOT) : ""; //$NON-NLS-1$
    }
}
