package io.mailscope.trace.internal.masking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mailscope.trace.internal.masking.CredentialSyntax.Found;
import io.mailscope.trace.internal.masking.CredentialSyntax.Next;
import io.mailscope.trace.masking.CredentialKind;
import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedCredential;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;

/**
 * The masking session: credential commands recognised by {@link CredentialSyntax} at the start of a protocol line
 * (after an optional tag) or, in free text, after a prefix; SASL response lines and IMAP literals followed across
 * lines; {@link FreeTextCredentials} for everything that is no command.
 * <p>
 * What follows an authentication command: after a server challenge ({@code 334 …}, {@code + …}) the next client
 * line is SASL data whatever it looks like; without challenges (client-only logs) base64 lines are SASL data, as many
 * as the mechanism sends; a final reply or a command ends the exchange.
 */
public final class SyntaxMaskingSession implements MaskingSession {

    private static final String MASK = CredentialMasking.MASK;

    private Next expect = Next.NOTHING;
    private int saslLines;
    private int literalUserChars;
    /** An authentication command is waiting for its final reply. */
    private boolean authenticating;
    /** The server challenged: the next client line is SASL or literal data. */
    private boolean challenged;
    private MaskedCredential open;
    /** Free text: an AUTH without initial response was seen; prefixed base64 lines may follow. */
    private boolean textSasl;
    private MaskedCredential textOpen;
    /**
     * Secrets masked so far (this connection's only, never written anywhere): their echoes are masked too. Made with
     * the first one: most sessions mask none, and a session is made for every connection of a trace.
     */
    private ArrayDeque<String> secrets;
    private static final int MAX_REMEMBERED = 8;
    /** Lines {@link CredentialHints#inert} proves free of credentials skip the analysis while nothing is expected. */
    private final boolean fastPath;

    /**
     * @param fastPath true lets lines without credential fragments skip the analysis ({@link #quiet}); false analyses
     *            every line in full (the slow path the fast one is compared with)
     */
    public SyntaxMaskingSession(boolean fastPath) {
        this.fastPath = fastPath;
    }

    /**
     * @return true when the line may skip the analysis: the session expects no literal, SASL data or challenge
     *         answer, and the line holds no credential fragment (then every analysis below returns it unchanged)
     */
    private boolean quiet(String line) {
        return fastPath && expect == Next.NOTHING && !challenged && !textSasl && CredentialHints.inert(line);
    }

    /** {@link #quiet(String)} with {@code memo} asked instead of {@link CredentialHints#inert} */
    private boolean quiet(String line, InertTextMemo memo) {
        return fastPath && expect == Next.NOTHING && !challenged && !textSasl && memo.inert(line);
    }

    /**
     * @return true when the session treats every further line exactly as a new session would: no literal, SASL data,
     *         challenge or final reply is expected and no secret is remembered (the structural record index keeps no
     *         session object for a connection while this holds)
     */
    public boolean fresh() {
        return expect == Next.NOTHING && !challenged && !textSasl && !authenticating && (secrets == null || secrets.isEmpty());
    }

    /**
     * @return true when a line {@link CredentialHints#inert inert} leaves the session as it is (whatever it is masked
     *         to: echoes of remembered secrets are): nothing is expected that the line could be taken for
     */
    public boolean settled() {
        return expect == Next.NOTHING && !challenged && !textSasl;
    }

    /** Masks a free-standing, possibly multi-line text without any state. */
    public static MaskedLine maskFreeText(String text) {
        if (text == null || text.isEmpty()) {
            return MaskedLine.clean(text == null ? "" : text); //$NON-NLS-1$
        }
        boolean fast = io.mailscope.trace.internal.FastPath.enabled();
        if (fast && CredentialHints.inert(text)) {
            // what a fresh session's text() gives such a text, line by line: the text itself (see quiet())
            return MaskedLine.clean(text);
        }
        if (text.indexOf('\n') < 0) {
            return new SyntaxMaskingSession(fast).text(text);
        }
        SyntaxMaskingSession session = new SyntaxMaskingSession(fast);
        StringBuilder out = new StringBuilder(text.length());
        List<MaskedCredential> found = new ArrayList<>();
        boolean changed = false;
        for (String line : text.split("\n", -1)) { //$NON-NLS-1$
            MaskedLine m = session.text(line);
            out.append(m.text()).append('\n');
            found.addAll(m.credentials());
            changed |= m.changed();
        }
        out.setLength(out.length() - 1);
        return new MaskedLine(out.toString(), found, changed);
    }

    @Override
    public MaskedLine client(String line) {
        return scrubEchoes(clientLine(line));
    }

    private MaskedLine clientLine(String line) {
        if (quiet(line)) {
            endAuthentication(); // as for any command below: an exchange still open is over
            return MaskedLine.clean(line);
        }
        if (expect != Next.NOTHING && (isChallenge(line) || isServerReply(line) && anchoredVerb(line) == null)) {
            // a server's "+ Ready" or "500 5.3.3 Unrecognized command" taken for the client's (a log without
            // directions): the literal or SASL lines the client goes on to send are still expected
            return serverLine(line);
        }
        switch (expect) {
            case LITERAL_USER -> {
                return userLiteral(line);
            }
            case LITERAL_SECRET -> {
                challenged = false;
                if (CredentialSyntax.literalAtEnd(line) < 0) {
                    expect = Next.NOTHING;
                }
                return whole(line, open);
            }
            default -> {
                // a command, or SASL data
            }
        }
        String stripped = line.strip();
        if (challenged) {
            challenged = false;
            if (stripped.equals("*")) { //$NON-NLS-1$
                endAuthentication(); // "*" cancels the exchange
                return MaskedLine.clean(line);
            }
            if (expect == Next.SASL && saslLines != Integer.MAX_VALUE && --saslLines <= 0) {
                expect = Next.NOTHING;
            }
            return whole(line, open);
        }
        if (expect == Next.SASL) {
            if (stripped.isEmpty()) {
                countSaslLine();
                return MaskedLine.clean(line);
            }
            if (CredentialSyntax.isSaslData(stripped)) {
                if (stripped.equals("*")) { //$NON-NLS-1$
                    endAuthentication();
                    return MaskedLine.clean(line);
                }
                countSaslLine();
                return whole(line, open);
            }
        }
        endAuthentication(); // a command: an exchange still open is over
        return command(line, true);
    }

    private void countSaslLine() {
        if (saslLines != Integer.MAX_VALUE && --saslLines <= 0) {
            expect = Next.NOTHING;
        }
    }

    /** The line after {@code LOGIN {n}}: the user name's n characters, then the password or its literal. */
    private MaskedLine userLiteral(String line) {
        challenged = false;
        int userEnd = Math.min(literalUserChars, line.length());
        int password = CredentialSyntax.skipSpace(line, userEnd);
        int end = CredentialSyntax.contentEnd(line);
        if (password >= end) {
            // the password comes on the next line (a tool that breaks lines after the literal's data)
            expect = Next.LITERAL_SECRET;
            return MaskedLine.clean(line);
        }
        int passwordEnd = CredentialSyntax.argumentEnd(line, password, end);
        if (CredentialSyntax.literalSize(line, password, passwordEnd) >= 0) {
            expect = Next.LITERAL_SECRET; // "alice {6}": the password's literal comes next
            return MaskedLine.clean(line);
        }
        expect = Next.NOTHING;
        return maskFrom(line, password, CredentialSyntax.isAlreadyMasked(line.substring(password)), open);
    }

    @Override
    public MaskedLine server(String line) {
        return scrubEchoes(serverLine(line));
    }

    private MaskedLine serverLine(String line) {
        if (isChallenge(line)) {
            if (authenticating) {
                challenged = true;
            }
            return MaskedLine.clean(line);
        }
        if (isServerReply(line)) {
            if (authenticating && isFinalReply(line)) {
                // no more challenges; SASL lines still expected stay expected: a client that sends them blindly
                // after a rejected AUTH (swaks at an IMAP port) still sends secrets, ended by its next command
                authenticating = false;
                challenged = false;
            }
            return MaskedLine.clean(line);
        }
        // not shaped like a reply: a body line, or a client line whose direction was guessed wrongly
        if (quiet(line)) {
            return MaskedLine.clean(line);
        }
        return command(line, true);
    }

    @Override
    public MaskedLine text(String line) {
        if (quiet(line)) {
            return scrubEchoes(MaskedLine.clean(line));
        }
        return analysedText(line);
    }

    /**
     * {@link #text(String)}, with {@code memo} telling whether the line holds a credential fragment (the same answer:
     * texts that repeat as the same object are read once)
     */
    public MaskedLine text(String line, InertTextMemo memo) {
        if (quiet(line, memo)) {
            return scrubEchoes(MaskedLine.clean(line));
        }
        return analysedText(line);
    }

    /** {@link #text(String)} of a line that is not {@link #quiet} */
    private MaskedLine analysedText(String line) {
        if (expect != Next.NOTHING || challenged) {
            // a literal or SASL data announced by a protocol line, logged as a line the parser did not take
            MaskedLine data = prefixedData(line);
            if (data != null) {
                return scrubEchoes(data);
            }
        }
        if (textSasl) {
            MaskedLine continued = textSaslLine(line);
            if (continued != null) {
                return scrubEchoes(continued);
            }
            textSasl = false;
        }
        return scrubEchoes(command(line, false));
    }

    /**
     * A line with an optional prefix ({@code C: }, {@code > }, {@code 10:00:01 S: }) whose data continues what a
     * protocol line of this session announced: the data is read as the client's or the server's, by the prefix.
     *
     * @return null for a line without such a prefix
     */
    private MaskedLine prefixedData(String line) {
        int dataStart = 0;
        boolean server = false;
        int i = CredentialSyntax.skipSpace(line, 0);
        for (int n = 0; n < 4 && i < line.length(); n++) {
            int end = CredentialSyntax.tokenEnd(line, i);
            String token = line.substring(i, end);
            if (isPrefixMarker(token)) {
                dataStart = CredentialSyntax.skipSpace(line, end);
                server = isServerMarker(token);
            }
            i = CredentialSyntax.skipSpace(line, end);
        }
        if (dataStart == 0) {
            return null; // no direction prefix: tool output between protocol lines ("{ [5 bytes data]")
        }
        String data = line.substring(Math.min(dataStart, line.length()));
        MaskedLine m = server ? serverLine(data) : clientLine(data);
        return new MaskedLine(line.substring(0, dataStart) + m.text(), m.credentials(), m.changed());
    }

    private static boolean isPrefixMarker(String token) {
        if (token.endsWith(":")) { //$NON-NLS-1$
            return isMarkerWord(token, token.length() - 1);
        }
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c != '<' && c != '>' && c != '-') {
                return false;
            }
        }
        return !token.isEmpty() && !token.chars().allMatch(c -> c == '-');
    }

    /**
     * A direction marker ending in a colon is one word ({@code C:}, {@code S:}, {@code send:}, {@code reply:},
     * {@code recv-1:}): a logger's name or context such as Outlook's {@code Callback::LogText[THIS:} between two
     * protocol lines is no marker, and taking it for one would use up an expected SASL or literal line.
     */
    private static boolean isMarkerWord(String token, int end) {
        if (end == 0) {
            return false;
        }
        for (int k = 0; k < end; k++) {
            char c = token.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isServerMarker(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.startsWith("<") || t.equals("s:") || t.startsWith("server") || t.startsWith("recv") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || t.startsWith("read") || t.startsWith("reply") || t.startsWith("response"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Masks secrets this session masked before wherever they appear again: servers echo what they do not understand
     * ({@code UzNjcmV0IQ== BAD Error in IMAP command}, {@code 500 Unrecognized command 'a1 LOGIN alice pw'}).
     */
    private MaskedLine scrubEchoes(MaskedLine masked) {
        if (secrets == null || secrets.isEmpty()) {
            return masked;
        }
        String text = masked.text();
        List<MaskedCredential> found = null;
        for (String secret : secrets) {
            if (text.contains(secret)) {
                text = text.replace(secret, MASK);
                if (found == null) {
                    found = new ArrayList<>(masked.credentials());
                }
                found.add(new MaskedCredential(CredentialKind.PASSWORD, "echo")); //$NON-NLS-1$
            }
        }
        return found == null ? masked : new MaskedLine(text, found, true);
    }

    /** Remembers a secret that was masked, to mask its echoes (see {@link #scrubEchoes}). */
    private void remember(String secret) {
        String s = secret.strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            remember(s.substring(1, s.length() - 1));
        }
        if (s.length() < 3 || s.equals(MASK) || CredentialSyntax.isAlreadyMasked(s) || secrets != null && secrets.contains(s)) {
            return;
        }
        if (secrets == null) {
            secrets = new ArrayDeque<>(MAX_REMEMBERED);
        } else if (secrets.size() == MAX_REMEMBERED) {
            secrets.removeFirst();
        }
        secrets.addLast(s);
    }

    @Override
    public void reset() {
        endAuthentication();
        textSasl = false;
    }

    private void endAuthentication() {
        expect = Next.NOTHING;
        authenticating = false;
        challenged = false;
        saslLines = 0;
    }

    /**
     * Masks the credential command of a line, then credentials in free text.
     *
     * @param anchored true for a protocol line: the verb is its first word or follows a tag; false for free text,
     *            where it may follow any prefix
     */
    private MaskedLine command(String line, boolean anchored) {
        List<MaskedCredential> found = new ArrayList<>(1);
        String text = line;
        boolean alreadyMasked = false;
        int[] verb = anchored ? anchoredVerb(line) : prefixedVerb(line);
        if (verb != null) {
            Found f = CredentialSyntax.read(line, verb[0], verb[1]);
            if (f != null) {
                MaskedCredential credential = new MaskedCredential(f.kind(), f.syntax());
                if (anchored) {
                    follow(f, credential);
                } else if (f.next() == Next.SASL) {
                    textSasl = true;
                    textOpen = credential;
                }
                if (f.secretStart() >= 0) {
                    found.add(credential);
                    alreadyMasked = f.alreadyMasked();
                    remember(line.substring(f.secretStart(), CredentialSyntax.contentEnd(line)));
                    // a protocol line is normalised to one space before the mask ("PASS\tx" -> "PASS ********")
                    text = anchored ? line.substring(0, previousTokenEnd(line, f.secretStart())) + " " + MASK //$NON-NLS-1$
                            : line.substring(0, f.secretStart()) + MASK;
                }
            }
        }
        String commandText = text;
        text = FreeTextCredentials.mask(text, found);
        if (found.isEmpty()) {
            return MaskedLine.clean(line);
        }
        boolean changed = alreadyMasked ? !text.equals(commandText) : !text.equals(line);
        return new MaskedLine(text, found, changed);
    }

    private static int previousTokenEnd(String line, int from) {
        int i = from;
        while (i > 0 && line.charAt(i - 1) <= ' ') {
            i--;
        }
        return i;
    }

    /** Remembers what the command announces: SASL lines or a literal. */
    private void follow(Found f, MaskedCredential credential) {
        open = credential;
        expect = f.next();
        saslLines = f.saslLines();
        literalUserChars = f.literalChars();
        challenged = false;
        authenticating = f.next() != Next.NOTHING || f.syntax().startsWith("AUTH"); //$NON-NLS-1$
    }

    /** @return [start, end) of a credential verb that is the line's first word or follows a tag, or null */
    private static int[] anchoredVerb(String line) {
        int s0 = CredentialSyntax.skipSpace(line, 0);
        int e0 = CredentialSyntax.tokenEnd(line, s0);
        if (e0 == s0) {
            return null;
        }
        if (CredentialSyntax.isCredentialVerb(line, s0, e0)) {
            return new int[] { s0, e0 };
        }
        int s1 = CredentialSyntax.skipSpace(line, e0);
        int e1 = CredentialSyntax.tokenEnd(line, s1);
        if (e1 > s1 && CredentialSyntax.isCredentialVerb(line, s1, e1)) {
            return new int[] { s1, e1 };
        }
        return null;
    }

    /**
     * A credential verb in free text: at the start, glued to or after a prefix that ends in {@code : > < ' " ] |}
     * or a number (a timestamp, a thread id), or after a tag that follows such a prefix. A verb after an ordinary
     * word ("please LOGIN with …") is prose, not a command.
     *
     * @return [start, end) of the verb, or null
     */
    private static int[] prefixedVerb(String line) {
        int i = CredentialSyntax.skipSpace(line, 0);
        int previousEnd = -1; // end of the token before, -1 at the start
        boolean previousAllowsTag = false;
        while (i < line.length()) {
            int end = CredentialSyntax.tokenEnd(line, i);
            int start = i;
            // a prefix glued to the verb: "C:PASS", "'PASS", ">LOGIN"
            for (int k = end - 1; k > i; k--) {
                char c = line.charAt(k - 1);
                if (c == ':' || c == '>' || c == '\'' || c == '"' || c == ']' || c == '|') {
                    start = k;
                    break;
                }
            }
            if (CredentialSyntax.isCredentialVerb(line, start, end) && !statusWordAfter(line, end)) {
                boolean atPrefix = start > i || previousEnd < 0 || isPrefixEnd(line, previousEnd);
                if (atPrefix || previousAllowsTag) {
                    return new int[] { start, end };
                }
            }
            boolean tagShaped = end - i <= 20 && isTag(line, i, end);
            previousAllowsTag = tagShaped && (previousEnd < 0 || isPrefixEnd(line, previousEnd));
            previousEnd = end;
            i = CredentialSyntax.skipSpace(line, end);
        }
        return null;
    }

    private static final Set<String> STATUS_WORDS = Set.of("failed", "failure", "successful", "succeeded", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "success", "completed", "error", "incorrect", "denied", "refused", "rejected", "disabled", "required", "attempt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "attempts", "timeout"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * A log's own message about a logon ("IMAP Error: Login failed for admin against mail.example"): the verb is
     * followed by a status word, so the line is prose about a logon, not the command with its credentials.
     */
    private static boolean statusWordAfter(String line, int end) {
        int s = CredentialSyntax.skipSpace(line, end);
        int e = CredentialSyntax.tokenEnd(line, s);
        if (e <= s) {
            return false;
        }
        String word = line.substring(s, e).toLowerCase(Locale.ROOT);
        while (!word.isEmpty() && !Character.isLetter(word.charAt(word.length() - 1))) {
            word = word.substring(0, word.length() - 1); // "failed:" "failed."
        }
        return STATUS_WORDS.contains(word);
    }

    /** @return true when the token ending at {@code end} is a prefix: not an ordinary lower-case word */
    private static boolean isPrefixEnd(String line, int end) {
        char c = line.charAt(end - 1);
        return !(c >= 'a' && c <= 'z' || c == ',' || c == '.');
    }

    /** An IMAP tag: an atom with a digit ({@code a1}, {@code 2}) or in capitals ({@code TAG}); not a word. */
    private static boolean isTag(String line, int start, int end) {
        boolean digitOrCapitalsOnly = true;
        boolean digit = false;
        for (int k = start; k < end; k++) {
            char c = line.charAt(k);
            digit |= c >= '0' && c <= '9';
            digitOrCapitalsOnly &= !(c >= 'a' && c <= 'z');
        }
        if (!digit && !digitOrCapitalsOnly) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = line.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A free-text line after an AUTH without initial response: when it is a prefixed base64 line
     * ({@code C: YWxpY2U=}, {@code >>> YWxpY2U=}, {@code send: 'YWxpY2U=\r\n'}) its data is masked.
     *
     * @return the masked line, the line unchanged (a server prompt such as {@code 334 VXNlcm5hbWU6}: the exchange goes
     *         on), or null when the line is neither (the exchange is over)
     */
    private MaskedLine textSaslLine(String line) {
        String t = line.strip();
        int tokenStart = t.length();
        while (tokenStart > 0 && t.charAt(tokenStart - 1) > ' ') {
            tokenStart--;
        }
        int start = tokenStart;
        int end = t.length();
        if (end - start >= 2 && (t.charAt(start) == '\'' || t.charAt(start) == '"') && t.charAt(end - 1) == t.charAt(start)) {
            start++;
            end--;
        }
        if (end - 4 >= start && t.startsWith("\\r\\n", end - 4)) { //$NON-NLS-1$
            end -= 4;
        }
        String token = t.substring(start, end);
        if (!CredentialSyntax.isBase64(t, start, end) && !token.equals("*")) { //$NON-NLS-1$
            return null;
        }
        String prefix = t.substring(0, tokenStart).strip();
        if (prefix.endsWith("334") || prefix.endsWith("+") || prefix.endsWith("'334") || prefix.endsWith("\"334")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return MaskedLine.clean(line); // the server's challenge
        }
        if (!prefix.isEmpty() && !prefix.endsWith(":") && !prefix.endsWith(">")) { //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        if (token.equals("*")) { //$NON-NLS-1$
            return MaskedLine.clean(line);
        }
        remember(token);
        return new MaskedLine(t.substring(0, start) + MASK + t.substring(end), List.of(textOpen), true);
    }

    private MaskedLine whole(String line, MaskedCredential credential) {
        remember(line);
        MaskedCredential c = credential != null ? credential
                : new MaskedCredential(CredentialKind.SASL_RESPONSE, "SASL"); //$NON-NLS-1$
        return new MaskedLine(MASK, List.of(c), !CredentialSyntax.isAlreadyMasked(line));
    }

    private MaskedLine maskFrom(String line, int start, boolean alreadyMasked, MaskedCredential credential) {
        remember(line.substring(start));
        MaskedCredential c = credential != null ? credential : new MaskedCredential(CredentialKind.PASSWORD, "LOGIN"); //$NON-NLS-1$
        return new MaskedLine(line.substring(0, previousTokenEnd(line, start)) + " " + MASK, List.of(c), !alreadyMasked); //$NON-NLS-1$
    }

    /** A challenge: {@code 334 …} (SMTP), {@code +}, {@code + …} (IMAP, POP3). */
    private static boolean isChallenge(String line) {
        return line.equals("+") || line.startsWith("+ ") || line.startsWith("334") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '-');
    }

    /** A line shaped like any server reply: status, SMTP code, untagged or tagged IMAP response. */
    private static boolean isServerReply(String line) {
        if (line.startsWith("+OK") || line.startsWith("-ERR") || line.startsWith("* ") || line.equals("*") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || isSmtpReply(line)) {
            return true;
        }
        return taggedStatus(line);
    }

    /** A reply that ends an authentication exchange: POP3 status, SMTP code other than 334, IMAP tagged status. */
    private static boolean isFinalReply(String line) {
        return line.startsWith("+OK") || line.startsWith("-ERR") || isSmtpReply(line) || taggedStatus(line); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean taggedStatus(String line) {
        int tagEnd = CredentialSyntax.tokenEnd(line, 0);
        if (tagEnd == 0 || tagEnd >= line.length()) {
            return false;
        }
        int s = tagEnd + 1;
        int e = CredentialSyntax.tokenEnd(line, s);
        return e - s == 2 && (line.regionMatches(true, s, "OK", 0, 2) || line.regionMatches(true, s, "NO", 0, 2)) //$NON-NLS-1$ //$NON-NLS-2$
                || e - s == 3 && line.regionMatches(true, s, "BAD", 0, 3); //$NON-NLS-1$
    }

    private static boolean isSmtpReply(String text) {
        return text.length() >= 3 && isDigit(text.charAt(0)) && isDigit(text.charAt(1)) && isDigit(text.charAt(2))
                && (text.length() == 3 || text.charAt(3) == ' ' || text.charAt(3) == '-');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
