package io.mailscope.trace.internal.formats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import io.mailscope.trace.internal.bytes.Swar;
import io.mailscope.trace.internal.index.InertCache;
import io.mailscope.trace.internal.masking.CredentialHints;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;

/**
 * The routine conversations of {@link io.mailscope.trace.RoutineExchangePolicy} on bytes, for every format's byte
 * triage: the healthy POP3 check for mail and the healthy SMTP send, from the greeting to the reply to {@code QUIT}.
 * A subclass reads its format's lines and hands each protocol line's text to these checks ({@link #protocolLine});
 * the checks decide whether the conversation is routine. Every text must be inert for masking ({@link CredentialHints}:
 * the session's masking then leaves the line and its own state unchanged, so the slow path records no repair for
 * it), the password must be masked already ({@code PASS ****}), and the listings of UIDL and LIST must list exactly
 * the messages STAT counts. Anything else is not routine, and the parser reads it line by line as always: the checks
 * only have to be right when they say yes.
 */
abstract class RoutineConversation {

    static final byte[] OK = ascii("+OK"); //$NON-NLS-1$
    static final byte[] AUTH_LOGIN_PLAIN = ascii("250-AUTH LOGIN PLAIN"); //$NON-NLS-1$
    static final byte[] RCPT_TO = ascii("RCPT TO:"); //$NON-NLS-1$
    // commands and reply codes compared as bytes (no String's characters per byte on the hot path)
    private static final byte[] COMMAND_DATA = ascii("DATA"); //$NON-NLS-1$
    private static final byte[] COMMAND_EHLO = ascii("EHLO "); //$NON-NLS-1$
    private static final byte[] COMMAND_MAIL_FROM = ascii("MAIL FROM:"); //$NON-NLS-1$
    private static final byte[] COMMAND_PASS = ascii("PASS "); //$NON-NLS-1$
    private static final byte[] COMMAND_QUIT = ascii("QUIT"); //$NON-NLS-1$
    private static final byte[] COMMAND_STAT = ascii("STAT"); //$NON-NLS-1$
    private static final byte[] COMMAND_USER = ascii("USER "); //$NON-NLS-1$
    private static final byte[] COMMAND_UIDL = ascii("UIDL"); //$NON-NLS-1$
    private static final byte[] COMMAND_LIST = ascii("LIST"); //$NON-NLS-1$
    private static final byte[] REPLY_220 = ascii("220 "); //$NON-NLS-1$
    private static final byte[] REPLY_221 = ascii("221 "); //$NON-NLS-1$
    private static final byte[] REPLY_250 = ascii("250 "); //$NON-NLS-1$
    private static final byte[] REPLY_250_CONTINUED = ascii("250-"); //$NON-NLS-1$
    private static final byte[] REPLY_354 = ascii("354 "); //$NON-NLS-1$
    /** More listed messages than this: not routine (the session is read line by line). */
    private static final int MAX_MESSAGES = 10_000;

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** the bytes of the current protocol line's text (the input itself, or a copy where a format joins pieces) */
    protected byte[] text;
    /** start and end (exclusive, CR and LF excluded) of the current protocol line's text */
    protected int textStart;
    protected int textEnd;
    /** the bytes given ended before the conversation could be decided */
    protected boolean needMore;

    /**
     * Reads the next protocol line of the session, which must be the client's ({@code client}) or the server's, and
     * sets {@link #text}, {@link #textStart} and {@link #textEnd} to its text.
     *
     * @return false when there is none, it has the other direction, or the lines in between are not routine (then
     *         {@link #needMore} says whether more bytes could decide)
     */
    protected abstract boolean protocolLine(boolean client);

    /**
     * After the reply to {@code QUIT}: where the run ends, when what follows closes the session as the format wants.
     *
     * @return the offset just after the run's last line, or {@link RoutineTriage#NOT_ROUTINE}
     */
    protected abstract int endOfRun();

    /** @return true for an SMTP session, false for POP3 */
    protected abstract boolean smtp();

    /**
     * @return the memory of {@link CredentialHints#inertAscii} for the texts this check saw before; it belongs to the
     *         thread running the check (not thread-safe: a check that runs on several threads at once, as the
     *         triage workers do, takes its thread's own cache)
     */
    protected abstract InertCache inertTexts();

    /**
     * The routine exchanges of the session's protocol, then {@link #endOfRun}.
     *
     * @param counts receives the exchanges, the commands and the protocol lines
     * @return what {@link #endOfRun} returns, or {@link RoutineTriage#NOT_ROUTINE}
     */
    protected final int run(int[] counts) {
        return smtp() ? smtpRun(counts) : pop3Run(counts);
    }

    /*
     * Both conversations are read as state machines with ONE call of protocolLine: the line reader of a format is
     * large once inlined (the timestamp, the prefix, the scan for the line's end), and the straight-line form, with a
     * call per expected line, had the JIT inline it at every call: 25 KB of optimised code per conversation that a
     * fresh JVM compiled while the import waited for its cores. Each state checks one line, in the order of the
     * lines, so a line is checked before the next is read (the answers, MORE_BYTES included, are the ones of the
     * straight-line form).
     */
    private static final int SMTP_GREETING = 0;
    private static final int SMTP_EHLO = 1;
    private static final int SMTP_EHLO_REPLY = 2;
    private static final int SMTP_MAIL = 3;
    private static final int SMTP_MAIL_REPLY = 4;
    private static final int SMTP_RCPT_OR_DATA = 5;
    private static final int SMTP_RCPT_REPLY = 6;
    private static final int SMTP_DATA_REPLY = 7;
    private static final int SMTP_DATA_END_REPLY = 8;
    private static final int SMTP_QUIT = 9;
    private static final int SMTP_QUIT_REPLY = 10;

    /**
     * SMTP's routine send: a 220 greeting; EHLO answered 250 (continuation lines "250-", the last "250 "); MAIL FROM
     * and one or more RCPT TO each answered 250; DATA answered 354 and then 250 (the log holds no message body);
     * QUIT answered 221; then {@link #endOfRun}. Every text must be inert (or the capability line
     * "250-AUTH LOGIN PLAIN", whose masking analysis changes neither the line nor the session's masking, as
     * FastSlowPathEqualityTest compares).
     */
    private int smtpRun(int[] counts) {
        int lines = 0;
        int recipients = 0;
        int state = SMTP_GREETING;
        while (true) {
            boolean client = state == SMTP_EHLO || state == SMTP_MAIL || state == SMTP_RCPT_OR_DATA || state == SMTP_QUIT;
            if (!protocolLine(client)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines++;
            int next = smtpStep(state, recipients);
            if (next < 0) {
                return RoutineTriage.NOT_ROUTINE;
            }
            if (state == SMTP_RCPT_REPLY) {
                recipients++;
            } else if (state == SMTP_QUIT_REPLY) {
                break;
            }
            state = next;
        }
        int end = endOfRun();
        if (end < 0) {
            return end;
        }
        counts[1] = 4 + recipients; // EHLO, MAIL, the RCPTs, DATA, QUIT
        counts[0] = counts[1] + 1; // and the greeting
        counts[2] = lines;
        return end;
    }

    /** Checks the line just read in {@code state}: @return the next state, or -1 when the line is not routine */
    private int smtpStep(int state, int recipients) {
        switch (state) {
            case SMTP_GREETING:
                return reply(REPLY_220) ? SMTP_EHLO : -1;
            case SMTP_EHLO:
                return startsWith(COMMAND_EHLO) && plainText(textStart, textEnd) ? SMTP_EHLO_REPLY : -1;
            case SMTP_EHLO_REPLY:
                if (reply(REPLY_250)) {
                    return SMTP_MAIL;
                }
                return reply(REPLY_250_CONTINUED) || equalsText(AUTH_LOGIN_PLAIN) ? SMTP_EHLO_REPLY : -1;
            case SMTP_MAIL:
                return startsWith(COMMAND_MAIL_FROM) && plainText(textStart, textEnd) ? SMTP_MAIL_REPLY : -1;
            case SMTP_MAIL_REPLY:
            case SMTP_RCPT_REPLY:
                return reply(REPLY_250) ? SMTP_RCPT_OR_DATA : -1;
            case SMTP_RCPT_OR_DATA:
                if (startsWith(RCPT_TO)) {
                    return plainText(textStart, textEnd) ? SMTP_RCPT_REPLY : -1;
                }
                return recipients > 0 && startsWith(COMMAND_DATA) && textEnd == textStart + 4 ? SMTP_DATA_REPLY : -1;
            case SMTP_DATA_REPLY:
                return reply(REPLY_354) ? SMTP_DATA_END_REPLY : -1;
            case SMTP_DATA_END_REPLY:
                return reply(REPLY_250) ? SMTP_QUIT : -1;
            case SMTP_QUIT:
                return startsWith(COMMAND_QUIT) && textEnd == textStart + 4 ? SMTP_QUIT_REPLY : -1;
            case SMTP_QUIT_REPLY:
                return reply(REPLY_221) ? SMTP_QUIT_REPLY : -1;
            default:
                throw new IllegalStateException("SMTP state " + state); //$NON-NLS-1$
        }
    }

    /** The line's text starts with {@code code} (e.g. "250 ") and is inert. */
    private boolean reply(byte[] code) {
        return startsWith(code) && plainText(textStart, textEnd);
    }

    private static final int POP3_GREETING = 0;
    private static final int POP3_USER = 1;
    private static final int POP3_USER_REPLY = 2;
    private static final int POP3_PASS = 3;
    private static final int POP3_PASS_REPLY = 4;
    private static final int POP3_STAT = 5;
    private static final int POP3_STAT_REPLY = 6;
    private static final int POP3_UIDL = 7;
    private static final int POP3_UIDL_REPLY = 8;
    private static final int POP3_UIDL_LINE = 9;
    private static final int POP3_UIDL_END = 10;
    private static final int POP3_LIST = 11;
    private static final int POP3_LIST_REPLY = 12;
    private static final int POP3_LIST_LINE = 13;
    private static final int POP3_LIST_END = 14;
    private static final int POP3_QUIT = 15;
    private static final int POP3_QUIT_REPLY = 16;

    /**
     * POP3's routine check for mail: a positive greeting; USER (a plain name) and its reply; PASS (masked) answered
     * positive; STAT answered "+OK n size"; UIDL and LIST, each answered positive, then exactly n listing lines and
     * "."; QUIT answered positive; then {@link #endOfRun}.
     */
    private int pop3Run(int[] counts) {
        int lines = 0;
        int messages = 0;
        int listed = 0;
        int state = POP3_GREETING;
        while (true) {
            boolean client = state == POP3_USER || state == POP3_PASS || state == POP3_STAT || state == POP3_UIDL
                    || state == POP3_LIST || state == POP3_QUIT;
            if (!protocolLine(client)) {
                return RoutineTriage.NOT_ROUTINE;
            }
            lines++;
            int next;
            if (state == POP3_UIDL_LINE || state == POP3_LIST_LINE) {
                // the listing lines, until the n-th; then the end of the listing
                if (!listingLine(state == POP3_LIST_LINE)) {
                    return RoutineTriage.NOT_ROUTINE;
                }
                next = ++listed < messages ? state : state + 1;
            } else if (state == POP3_STAT_REPLY) {
                messages = statCount();
                if (messages < 0) {
                    return RoutineTriage.NOT_ROUTINE;
                }
                next = POP3_UIDL;
            } else {
                next = pop3Step(state);
                if (next < 0) {
                    return RoutineTriage.NOT_ROUTINE;
                }
                if (state == POP3_QUIT_REPLY) {
                    break;
                }
                if (next == POP3_UIDL_LINE || next == POP3_LIST_LINE) {
                    listed = 0;
                    if (messages == 0) {
                        next++; // no listing lines: the end of the listing
                    }
                }
            }
            state = next;
        }
        int end = endOfRun();
        if (end < 0) {
            return end;
        }
        counts[0] = 7; // the greeting and six commands
        counts[1] = 6;
        counts[2] = lines;
        return end;
    }

    /** Checks the line just read in {@code state} (not a listing line, not STAT's reply): @return the next state, or -1 */
    private int pop3Step(int state) {
        switch (state) {
            case POP3_GREETING:
                return positive() ? POP3_USER : -1;
            case POP3_USER:
                return startsWith(COMMAND_USER) && userName() ? POP3_USER_REPLY : -1;
            case POP3_USER_REPLY:
                return knownReply(state) || replyToUser() && remember(state) ? POP3_PASS : -1;
            case POP3_PASS:
                return startsWith(COMMAND_PASS) && maskedPassword() ? POP3_PASS_REPLY : -1;
            case POP3_PASS_REPLY:
                return knownReply(state) || positive() && remember(state) ? POP3_STAT : -1;
            case POP3_STAT:
                return bareCommand(VERB_STAT) ? POP3_STAT_REPLY : -1;
            case POP3_UIDL:
                return bareCommand(VERB_UIDL) ? POP3_UIDL_REPLY : -1;
            case POP3_UIDL_REPLY:
                return knownReply(state) || positive() && remember(state) ? POP3_UIDL_LINE : -1;
            case POP3_UIDL_END:
                return listingEnd() ? POP3_LIST : -1;
            case POP3_LIST:
                return bareCommand(VERB_LIST) ? POP3_LIST_REPLY : -1;
            case POP3_LIST_REPLY:
                return positive() ? POP3_LIST_LINE : -1;
            case POP3_LIST_END:
                return listingEnd() ? POP3_QUIT : -1;
            case POP3_QUIT:
                return bareCommand(VERB_QUIT) ? POP3_QUIT_REPLY : -1;
            case POP3_QUIT_REPLY:
                return knownReply(state) || positive() && remember(state) ? POP3_QUIT_REPLY : -1;
            default:
                throw new IllegalStateException("POP3 state " + state); //$NON-NLS-1$
        }
    }

    /*
     * A server answers USER, PASS, UIDL and QUIT with the same text in every session ("+OK Logged in."): the text that
     * passed a state's check last is remembered as the words it was compared with, and a text equal to it passes
     * without the check (positive: a call chain down to InertCache's hash and look-up, under C1 a call per level).
     * Exact: the checks of these states look at the text's bytes only, and the words cover every byte of it.
     */
    /** Texts up to this long are remembered (the longest of the usual replies, "+OK POP3 server signing off.", 28). */
    private static final int KNOWN_REPLY_BYTES = 32;
    private static final int KNOWN_REPLY_WORDS = KNOWN_REPLY_BYTES / Long.BYTES;
    /** per state: the length of the text remembered, -1 for none */
    private final int[] knownReplyLengths = knownReplyLengths();
    /**
     * per state, {@link #KNOWN_REPLY_WORDS} words: the text's words at 0, 8, .. and the last 8 bytes (overlapping the
     * word before), or for 4-7 bytes the ints at 0 and at the end
     */
    private final long[] knownReplies = new long[(POP3_QUIT_REPLY + 1) * KNOWN_REPLY_WORDS];

    private static int[] knownReplyLengths() {
        int[] lengths = new int[POP3_QUIT_REPLY + 1];
        java.util.Arrays.fill(lengths, -1);
        return lengths;
    }

    /** The text is the one {@link #remember remembered} for {@code state}. */
    private boolean knownReply(int state) {
        return textEnd - textStart == knownReplyLengths[state] && sameWords(state * KNOWN_REPLY_WORDS);
    }

    private boolean sameWords(int at) {
        byte[] t = text;
        int s = textStart;
        int last = textEnd - s - Long.BYTES;
        long[] known = knownReplies;
        if (last < 0) {
            return (int) INTS.get(t, s) == known[at] && (int) INTS.get(t, textEnd - Integer.BYTES) == known[at + 1];
        }
        for (int i = 0; i < last; i += Long.BYTES) {
            if (Swar.getLong(t, s + i) != known[at++]) {
                return false;
            }
        }
        return Swar.getLong(t, s + last) == known[at];
    }

    /** Remembers the text (which passed {@code state}'s check) as {@link #sameWords} compares it: @return true */
    private boolean remember(int state) {
        int length = textEnd - textStart;
        if (length < Integer.BYTES || length > KNOWN_REPLY_BYTES) {
            return true;
        }
        byte[] t = text;
        int s = textStart;
        int at = state * KNOWN_REPLY_WORDS;
        int last = length - Long.BYTES;
        long[] known = knownReplies;
        if (last < 0) {
            known[at] = (int) INTS.get(t, s);
            known[at + 1] = (int) INTS.get(t, textEnd - Integer.BYTES);
        } else {
            for (int i = 0; i < last; i += Long.BYTES) {
                known[at++] = Swar.getLong(t, s + i);
            }
            known[at] = Swar.getLong(t, s + last);
        }
        knownReplyLengths[state] = length;
        return true;
    }

    /** The text is exactly {@code verb} (four letters, no argument). */
    private boolean bareCommand(int verb) {
        return textEnd == textStart + 4 && (int) INTS.get(text, textStart) == verb;
    }

    /** The text is ".", the end of a listing. */
    private boolean listingEnd() {
        return textEnd == textStart + 1 && text[textStart] == '.';
    }

    protected final boolean startsWith(byte[] expected) {
        return textEnd - textStart >= expected.length && at(text, textStart, expected);
    }

    protected final boolean equalsText(byte[] expected) {
        return textEnd - textStart == expected.length && at(text, textStart, expected);
    }

    /** Little-endian ints at any byte index, for the texts shorter than a long. */
    private static final VarHandle INTS = MethodHandles
            .byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** the bare commands as the little-endian ints {@link #bareCommand} compares (no call of {@link #at} per line) */
    private static final int VERB_STAT = (int) INTS.get(COMMAND_STAT, 0);
    private static final int VERB_UIDL = (int) INTS.get(COMMAND_UIDL, 0);
    private static final int VERB_LIST = (int) INTS.get(COMMAND_LIST, 0);
    private static final int VERB_QUIT = (int) INTS.get(COMMAND_QUIT, 0);

    /**
     * Compares 8 bytes at a time, the last 8 (or 4) of {@code expected} as one word that may overlap the word before
     * (the caller made sure the bytes are there): a prefix of 25 bytes is four comparisons, not three and a loop of one
     * byte each.
     */
    static boolean at(byte[] bytes, int p, byte[] expected) {
        int n = expected.length;
        if (n >= Long.BYTES) {
            int last = n - Long.BYTES;
            for (int i = 0; i < last; i += Long.BYTES) {
                if (Swar.getLong(bytes, p + i) != Swar.getLong(expected, i)) {
                    return false;
                }
            }
            return Swar.getLong(bytes, p + last) == Swar.getLong(expected, last);
        }
        if (n >= Integer.BYTES) {
            int last = n - Integer.BYTES;
            return (int) INTS.get(bytes, p) == (int) INTS.get(expected, 0) && (int) INTS.get(bytes, p + last) == (int) INTS.get(expected, last);
        }
        for (int i = 0; i < n; i++) {
            if (bytes[p + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the line that starts at {@code p}: 8 bytes at a time while all are printable ASCII (0x20-0x7F), then
     * byte by byte up to LF or CR LF.
     *
     * @return the index of the line's CR or LF; -1 when a byte before it is not printable ASCII; {@code -2} when
     *         {@code to} comes first (more bytes could decide)
     */
    static int printableLineEnd(byte[] b, int p, int to) {
        while (p + 8 <= to) {
            long x = Swar.getLong(b, p);
            long outside = (x - 0x2020202020202020L | x) & 0x8080808080808080L;
            if (outside != 0) {
                // the lowest marked byte is the first one outside 0x20-0x7F (a borrow only marks bytes above one)
                return lineEndAt(b, p + (Long.numberOfTrailingZeros(outside) >>> 3), to);
            }
            p += 8;
        }
        while (true) {
            if (p >= to) {
                return -2;
            }
            byte c = b[p];
            if (c == '\n') {
                return p;
            }
            if (c < 0x20) { // non-ASCII bytes are negative
                if (c == '\r') {
                    if (p + 1 >= to) {
                        return -2;
                    }
                    return b[p + 1] == '\n' ? p : -1;
                }
                return -1;
            }
            p++;
        }
    }

    /** {@link #printableLineEnd} at the first byte {@code b[q]} that is not printable ASCII (all before it are). */
    private static int lineEndAt(byte[] b, int q, int to) {
        byte c = b[q];
        if (c == '\n') {
            return q;
        }
        if (c == '\r') {
            if (q + 1 >= to) {
                return -2;
            }
            return b[q + 1] == '\n' ? q : -1;
        }
        return -1;
    }

    /** @return the start of the line after the one whose CR or LF is at {@code end} */
    static int nextLineStart(byte[] b, int end) {
        return b[end] == '\r' ? end + 2 : end + 1;
    }

    /** "+OK", alone or followed by a space and plain words. */
    private boolean positive() {
        byte[] t = text;
        int s = textStart;
        // "+OK" written out: the general comparison (at) is a call in code of the quick JIT tier
        if (textEnd - s < 3 || t[s] != '+' || t[s + 1] != 'O' || t[s + 2] != 'K') {
            return false;
        }
        if (textEnd == textStart + 3) {
            return true;
        }
        return text[textStart + 3] == ' ' && plainText(textStart, textEnd);
    }

    /**
     * The reply to USER: {@link #positive}, or "+OK" and words that ask for the password ("+OK Need a password",
     * "+OK Password required for alice", as most servers answer USER) in which the masking finds no credential. The
     * session's masking leaves a POP3 status reply as it is while no SASL exchange is open (USER opens none) and no
     * secret is remembered (none was sent yet), so the reply changes neither the line nor the masking's state.
     */
    private boolean replyToUser() {
        if (positive()) {
            return true;
        }
        return textEnd - textStart > 4 && at(text, textStart, OK) && text[textStart + 3] == ' ' && noCredentialIn(textStart, textEnd);
    }

    /** @return true when the masking of free text finds no credential in {@code text[from..end)} (rare: decoded) */
    protected boolean noCredentialIn(int from, int end) {
        MaskedLine masked = CredentialMasking
                .maskText(new String(text, from, end - from, StandardCharsets.ISO_8859_1));
        return !masked.changed() && masked.credentials().isEmpty();
    }

    /**
     * Text the masking leaves as it is, and unchanged: no fragment of a credential ({@link CredentialHints}), so the
     * session's masking neither changes the line nor its own state.
     */
    protected final boolean plainText(int from, int end) {
        return inertTexts().inert(text, from, end);
    }

    /** USER's argument: letters, digits, {@code . _ @}. */
    private boolean userName() {
        int from = textStart + 5;
        if (from >= textEnd) {
            return false;
        }
        for (int i = from; i < textEnd; i++) {
            byte c = text[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '@')) {
                return false;
            }
        }
        return plainText(textStart, textEnd);
    }

    /** PASS's argument: asterisks only (masked by the client already, so masking changes nothing). */
    private boolean maskedPassword() {
        int from = textStart + 5;
        if (from >= textEnd) {
            return false;
        }
        for (int i = from; i < textEnd; i++) {
            if (text[i] != '*') {
                return false;
            }
        }
        return true;
    }

    /** "+OK n size" exactly: @return n, or -1 */
    private int statCount() {
        int p = textStart;
        if (textEnd - p < 7 || !at(text, p, OK) || text[p + 3] != ' ') {
            return -1;
        }
        p += 4;
        int n = 0;
        int digits = 0;
        while (p < textEnd && text[p] >= '0' && text[p] <= '9') {
            n = n * 10 + text[p] - '0';
            p++;
            if (++digits > 5) {
                return -1;
            }
        }
        if (digits == 0 || p >= textEnd || text[p] != ' ' || n > MAX_MESSAGES) {
            return -1;
        }
        p++;
        int sizeDigits = 0;
        while (p < textEnd && text[p] >= '0' && text[p] <= '9') {
            p++;
            sizeDigits++;
        }
        return sizeDigits > 0 && sizeDigits <= 12 && p == textEnd ? n : -1; // digits only: nothing to mask
    }

    /**
     * "n uid" (UIDL: the unique id is printable ASCII without spaces, RFC 1939's 0x21-0x7E) or "n size" (LIST:
     * digits).
     */
    private boolean listingLine(boolean list) {
        int p = textStart;
        int digits = 0;
        while (p < textEnd && text[p] >= '0' && text[p] <= '9') {
            p++;
            digits++;
        }
        if (digits == 0 || digits > 6 || p >= textEnd || text[p] != ' ' || p + 1 >= textEnd) {
            return false;
        }
        for (int i = p + 1; i < textEnd; i++) {
            byte c = text[i];
            boolean ok = c >= '0' && c <= '9' || !list && c > ' ' && c < 0x7f;
            if (!ok) {
                return false;
            }
        }
        return list || plainText(textStart, textEnd); // a unique id could spell a credential's fragment
    }
}
