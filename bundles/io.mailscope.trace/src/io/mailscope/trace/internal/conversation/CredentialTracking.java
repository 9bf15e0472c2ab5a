package io.mailscope.trace.internal.conversation;

import java.util.Locale;

import io.mailscope.model.Protocol;
import io.mailscope.trace.protocol.Literal;
import io.mailscope.trace.protocol.ProtocolVocabulary;

/**
 * One session's tracking of credentials that span several client lines, so they are never read as new commands
 * (masking them is the session's {@link io.mailscope.trace.masking.MaskingSession}'s, by syntax): IMAP LOGIN/AUTHENTICATE literals ({@code {n}} / {@code {n+}}) and SASL data after AUTH/AUTHENTICATE
 * (also when the trace does not show the server's challenges). {@code P} is the conversation builder's pending
 * exchange the lines belong to.
 */
final class CredentialTracking<P> {

    /** {@link #literalUserChars}: the next line is a password or SASL literal, masked as a whole. */
    private static final int SECRET_LITERAL = -1;

    /** A LOGIN/AUTHENTICATE whose command line ended in a literal: the next client lines are its data. */
    private P literalCommand;
    /** Characters of a user name literal the next line starts with, or {@link #SECRET_LITERAL}. */
    private int literalUserChars;
    /** An AUTH/AUTHENTICATE: following client lines that look like SASL data (base64, "*") belong to it. */
    private P sasl;
    /** How many SASL data lines may still follow (LOGIN: user and password; PLAIN: one). */
    private int saslLines;

    /** @return the exchange whose literal the next client line continues, or null */
    P literalOwner() {
        return literalCommand;
    }

    /** The session grammar found the literal over (counted in octets): the next lines are no credentials. */
    void literalOver() {
        literalCommand = null;
    }

    /**
     * An IMAP LOGIN or AUTHENTICATE ending in a literal ({@code {n}}, or {@code {n+}} with LITERAL+ where the server
     * sends no "+" first): the following client lines are the literal's data, never new commands. A literal after
     * the user name carries the password.
     */
    void startLiteral(P p, String verb, String text) {
        int size = literalAtEnd(text);
        if (size < 0) {
            return;
        }
        literalCommand = p;
        if (verb.equals("LOGIN") && text.strip().split("\\s+").length == 3) { //$NON-NLS-1$ //$NON-NLS-2$
            literalUserChars = size; // "A1 LOGIN {5+}": the user name comes first, then the password
        } else {
            literalUserChars = SECRET_LITERAL;
        }
    }

    /** A line that continues the literal of {@link #literalOwner()}: says whether more literal lines follow. */
    void literalLine(String text) {
        if (literalUserChars == SECRET_LITERAL) {
            if (literalAtEnd(text) < 0) {
                literalCommand = null;
            }
            return;
        }
        int userEnd = Math.min(literalUserChars, text.length());
        String rest = text.substring(userEnd);
        if (literalAtEnd(rest) >= 0 && rest.strip().startsWith("{")) { //$NON-NLS-1$
            literalUserChars = SECRET_LITERAL; // the user name, then the password's literal announced: it comes next
            return;
        }
        literalCommand = null;
    }

    /** @return n of a literal {@code {n}} or {@code {n+}} the line ends with, or -1 */
    static int literalAtEnd(String text) {
        Literal literal = Literal.atEnd(text);
        return literal == null || literal.octets() > Integer.MAX_VALUE ? -1 : (int) literal.octets();
    }

    /**
     * AUTH (SMTP, POP3) or AUTHENTICATE (IMAP) without an initial response, or AUTH LOGIN with the user name: the
     * following client lines that look like SASL data are masked as continuation lines even when the trace shows no
     * server challenge (a client-only log), until the final reply.
     */
    void startSasl(P p, Protocol protocol, String text) {
        String[] words = text.strip().split("\\s+"); //$NON-NLS-1$
        int mechanism = protocol == Protocol.IMAP ? 2 : 1;
        if (words.length <= mechanism || words.length > mechanism + 2) {
            return;
        }
        boolean initialResponse = words.length == mechanism + 2;
        String m = words[mechanism].toUpperCase(Locale.ROOT);
        int lines;
        if (m.equals("LOGIN")) { //$NON-NLS-1$
            lines = initialResponse ? 1 : 2;
        } else if (initialResponse) {
            return;
        } else if (m.equals("PLAIN")) { //$NON-NLS-1$
            lines = 1;
        } else {
            lines = Integer.MAX_VALUE;
        }
        sasl = p;
        saslLines = lines;
    }

    /**
     * @return the exchange a client line belongs to as SASL data of an AUTH whose challenges the trace does not
     *         show (counted), or null when the line is not such data (then SASL tracking ends)
     */
    P saslData(String text) {
        if (sasl != null && saslLines > 0 && ProtocolVocabulary.isSaslData(text) && !isBareVerb(text)) {
            saslLines--;
            return sasl;
        }
        sasl = null;
        return null;
    }

    /** @return true when the line is nothing but an SMTP or POP3 verb (QUIT, DATA, RSET, STAT, …) */
    private static boolean isBareVerb(String text) {
        String t = text.strip();
        return t.indexOf(' ') < 0 && (ProtocolVocabulary.isVerb(Protocol.SMTP, t) || ProtocolVocabulary.isVerb(Protocol.POP3, t));
    }

    /** A continuation line answered a server challenge of {@code p}. */
    void challengeAnswered(P p) {
        if (sasl == p) {
            saslLines--;
        }
    }

    /** {@code p}'s reply is complete: its literal and SASL data are over. */
    void completed(P p) {
        if (literalCommand == p) {
            literalCommand = null;
        }
        if (sasl == p) {
            sasl = null;
        }
    }

    /** The connection closed: nothing continues. */
    void reset() {
        literalCommand = null;
        sasl = null;
    }
}
