package io.mailscope.trace.internal.masking;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.mailscope.trace.masking.CredentialKind;

/**
 * The commands of POP3, IMAP and SMTP that carry credentials, recognised by their syntax alone: {@code PASS},
 * {@code APOP}, {@code LOGIN} (atoms, quoted strings, literals) and {@code AUTH}/{@code AUTHENTICATE} with or without
 * an initial response. Whatever protocol a session was taken for, each of them is read the same way.
 */
final class CredentialSyntax {

    /** What follows a recognised command. */
    enum Next {
        /** nothing: the command is complete */
        NOTHING,
        /** SASL response lines (base64) follow */
        SASL,
        /** an IMAP literal carrying the user name follows, then the password */
        LITERAL_USER,
        /** an IMAP literal carrying a password or SASL response follows */
        LITERAL_SECRET
    }

    /**
     * A recognised credential command.
     *
     * @param secretStart where the secret starts (masked up to the end of the line), or -1 when the line itself
     *            holds none (it announces a literal or SASL lines, or the client masked it already: see
     *            {@code alreadyMasked})
     * @param saslLines SASL response lines that may still follow without a server challenge in between
     * @param literalChars the user literal's size for {@link Next#LITERAL_USER}
     */
    record Found(int secretStart, boolean alreadyMasked, CredentialKind kind, String syntax, Next next, int saslLines,
            int literalChars) {
    }

    /** SASL mechanisms (IANA registry, the common ones and the historic ones clients still offer). */
    /** a placeholder a program writes instead of the SASL data ({@code <authdata>}, {@code <credentials>}) */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][\\w .-]{0,30}>"); //$NON-NLS-1$
    private static final Set<String> MECHANISMS = Set.of("PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "XOAUTH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "XOAUTH2", "OAUTHBEARER", "NTLM", "GSSAPI", "GS2-KRB5", "EXTERNAL", "ANONYMOUS", "MSN", "KERBEROS_V4", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "SCRAM-SHA-1", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256", "SCRAM-SHA-256-PLUS", "SCRAM-SHA-512", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "SCRAM-SHA-512-PLUS", "OTP", "SECURID", "SRP", "PASSDSS-3DES-1", "9798-U-RSA-SHA1-ENC", "EAP-AES128", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "SAML20", "OPENID20", "WEBAUTHN", "APOP", "USER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /**
     * Commands that are valid base64 too: in a SASL exchange they end it rather than being masked as data, so a
     * client-only log's {@code QUIT} after {@code AUTH LOGIN} stays readable.
     */
    private static final Set<String> BARE_VERBS = Set.of("QUIT", "NOOP", "STAT", "LIST", "UIDL", "RSET", "DATA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "CAPA", "STLS", "HELP", "TURN", "LAST", "IDLE", "DONE", "EHLO", "HELO", "AUTH", "USER", "STARTTLS", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "LOGOUT", "CAPABILITY", "NAMESPACE", "EXPUNGE", "CLOSE", "CHECK", "UNSELECT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private CredentialSyntax() {
    }

    /** @return true for a verb that may carry a credential (the cheap pre-check before {@link #read}) */
    static boolean isCredentialVerb(String line, int start, int end) {
        int n = end - start;
        return n == 4 && (line.regionMatches(true, start, "PASS", 0, 4) || line.regionMatches(true, start, "APOP", 0, 4) //$NON-NLS-1$ //$NON-NLS-2$
                || line.regionMatches(true, start, "AUTH", 0, 4)) //$NON-NLS-1$
                || n == 5 && line.regionMatches(true, start, "LOGIN", 0, 5) //$NON-NLS-1$
                || n == 12 && line.regionMatches(true, start, "AUTHENTICATE", 0, 12); //$NON-NLS-1$
    }

    /**
     * Reads the credential command whose verb is at {@code [verbStart, verbEnd)}.
     *
     * @return what it carries, or null when it is no credential command after all (a bare {@code AUTH}, a
     *         capability list, {@code LOGIN} without a password)
     */
    static Found read(String line, int verbStart, int verbEnd) {
        String verb = line.substring(verbStart, verbEnd).toUpperCase(Locale.ROOT);
        int end = contentEnd(line);
        return switch (verb) {
            case "PASS" -> secretAt(line, skipSpace(line, verbEnd), end, CredentialKind.PASSWORD, "PASS"); //$NON-NLS-1$ //$NON-NLS-2$
            case "APOP" -> { //$NON-NLS-1$
                int user = skipSpace(line, verbEnd);
                yield user >= end ? null
                        : secretAt(line, skipSpace(line, tokenEnd(line, user)), end, CredentialKind.APOP_DIGEST, "APOP"); //$NON-NLS-1$
            }
            case "LOGIN" -> login(line, verbEnd, end); //$NON-NLS-1$
            default -> authenticate(line, verb, verbEnd, end);
        };
    }

    private static Found login(String line, int verbEnd, int end) {
        int user = skipSpace(line, verbEnd);
        if (user >= end || line.charAt(verbEnd) > ' ') {
            return null;
        }
        int userEnd = argumentEnd(line, user, end);
        if (line.charAt(userEnd - 1) == ':' || line.substring(user, userEnd).chars().allMatch(c -> "=<>-|:".indexOf(c) >= 0)) {
            // "Login failed: ...", "command: LOGIN => unexpected response: ...": a text about a logon, not the command
            return null;
        }
        int literal = literalSize(line, user, userEnd);
        if (literal >= 0 && skipSpace(line, userEnd) >= end) {
            return new Found(-1, false, CredentialKind.PASSWORD, "LOGIN", Next.LITERAL_USER, 0, literal); //$NON-NLS-1$
        }
        int password = skipSpace(line, userEnd);
        if (password >= end || password == userEnd) {
            return null;
        }
        int passwordEnd = argumentEnd(line, password, end);
        if (literalSize(line, password, passwordEnd) >= 0 && skipSpace(line, passwordEnd) >= end) {
            return new Found(-1, false, CredentialKind.PASSWORD, "LOGIN", Next.LITERAL_SECRET, 0, 0); //$NON-NLS-1$
        }
        return secretAt(line, password, end, CredentialKind.PASSWORD, "LOGIN"); //$NON-NLS-1$
    }

    private static Found authenticate(String line, String verb, int verbEnd, int end) {
        int mechanism = skipSpace(line, verbEnd);
        if (mechanism >= end || mechanism == verbEnd) {
            return null; // POP3's bare AUTH lists the mechanisms
        }
        int mechanismEnd = mechanismEnd(line, mechanism, end);
        String name = line.substring(mechanism, mechanismEnd).toUpperCase(Locale.ROOT);
        if (!isMechanismShaped(name)) {
            return null;
        }
        String syntax = verb + " " + name; //$NON-NLS-1$
        int response = skipSpace(line, tokenEnd(line, mechanism));
        if (response >= end) {
            int lines = responseLines(name, false);
            return new Found(-1, false, kindOf(name), syntax, lines == 0 ? Next.NOTHING : Next.SASL, lines, 0);
        }
        if (allMechanisms(line, response, end)) {
            return null; // "AUTH PLAIN LOGIN": a capability list, not a command
        }
        int responseEnd = argumentEnd(line, response, end);
        if (literalSize(line, response, responseEnd) >= 0 && skipSpace(line, responseEnd) >= end) {
            return new Found(-1, false, kindOf(name), syntax, Next.LITERAL_SECRET, 0, 0);
        }
        int lines = responseLines(name, true);
        Next next = lines == 0 ? Next.NOTHING : Next.SASL;
        if (end - response == 1 && line.charAt(response) == '=') {
            return new Found(-1, false, kindOf(name), syntax, next, lines, 0); // SASL-IR's empty initial response
        }
        if (PLACEHOLDER.matcher(line).region(response, end).lookingAt()) {
            // "AUTHENTICATE PLAIN <authdata>' returned an error: ...": the program wrote a placeholder, not the data
            // (base64 has no angle brackets); nothing to mask, and the rest of the line is its message
            return new Found(-1, false, kindOf(name), syntax, next, lines, 0);
        }
        Found found = secretAt(line, response, end, kindOf(name), syntax);
        return new Found(found.secretStart(), found.alreadyMasked(), found.kind(), syntax, next, lines, 0);
    }

    /** @return how many response lines may follow the command without a challenge being shown */
    private static int responseLines(String mechanism, boolean initialResponse) {
        return switch (mechanism) {
            case "PLAIN", "EXTERNAL", "ANONYMOUS" -> initialResponse ? 0 : 1; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "LOGIN" -> initialResponse ? 1 : 2; //$NON-NLS-1$
            case "CRAM-MD5" -> 1; //$NON-NLS-1$
            // a bearer token, then (after an error challenge) the empty line that ends the exchange
            case "XOAUTH2", "XOAUTH", "OAUTHBEARER" -> initialResponse ? 1 : 2; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> Integer.MAX_VALUE; // multi-round mechanisms: until the final reply or a command
        };
    }

    private static CredentialKind kindOf(String mechanism) {
        return mechanism.startsWith("XOAUTH") || mechanism.equals("OAUTHBEARER") ? CredentialKind.BEARER_TOKEN //$NON-NLS-1$ //$NON-NLS-2$
                : CredentialKind.SASL_RESPONSE;
    }

    private static boolean isMechanismShaped(String name) {
        if (name.isEmpty() || name.length() > 40) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the word names a SASL mechanism */
    static boolean isMechanism(String word) {
        return MECHANISMS.contains(word.toUpperCase(Locale.ROOT));
    }

    private static boolean allMechanisms(String line, int from, int end) {
        int i = from;
        while (i < end) {
            int e = tokenEnd(line, i);
            if (!isMechanism(line.substring(i, Math.min(e, end)))) {
                return false;
            }
            i = skipSpace(line, e);
        }
        return true;
    }

    private static Found secretAt(String line, int start, int end, CredentialKind kind, String syntax) {
        if (start >= end) {
            return null;
        }
        return new Found(start, isAlreadyMasked(line.substring(start, end)), kind, syntax, Next.NOTHING, 0, 0);
    }

    /** @return true for a secret the source masked already ({@code ********}, {@code XXXX}, …) */
    static boolean isAlreadyMasked(String secret) {
        String s = unquote(secret.strip());
        if (s.isEmpty()) {
            return true;
        }
        return s.chars().allMatch(c -> c == '*' || c == 'X' || c == '.' || c == '•')
                || s.equalsIgnoreCase("[credentials hidden]") || s.equalsIgnoreCase("<hidden>") //$NON-NLS-1$ //$NON-NLS-2$
                || s.equalsIgnoreCase("<password>") || s.equalsIgnoreCase("<redacted>"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"' ? s.substring(1, s.length() - 1) : s;
    }

    /** @return true for SASL data: base64 (possibly empty after padding), or "*" which cancels */
    static boolean isSaslData(String stripped) {
        if (stripped.equals("*")) { //$NON-NLS-1$
            return true;
        }
        return isBase64(stripped, 0, stripped.length()) && !BARE_VERBS.contains(stripped.toUpperCase(Locale.ROOT));
    }

    static boolean isBase64(String t, int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=' || c == '-' || c == '_'; // base64url too (some OAuth clients)
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** @return the size of the literal {@code {n}} or {@code {n+}} spanning [start, end), or -1 */
    static int literalSize(String line, int start, int end) {
        int e = end;
        if (e - start < 3 || line.charAt(start) != '{' || line.charAt(e - 1) != '}') {
            return -1;
        }
        e--;
        if (line.charAt(e - 1) == '+' || line.charAt(e - 1) == '-') {
            e--;
        }
        if (e - start - 1 < 1 || e - start - 1 > 9) {
            return -1;
        }
        for (int i = start + 1; i < e; i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(line, start + 1, e, 10);
    }

    /** @return the literal size the line ends with ({@code … {6}}), or -1 */
    static int literalAtEnd(String line) {
        int end = contentEnd(line);
        int start = end;
        while (start > 0 && line.charAt(start - 1) > ' ') {
            start--;
        }
        return literalSize(line, start, end);
    }

    /** @return the end of an IMAP argument starting at {@code start}: a quoted string, a literal or an atom */
    static int argumentEnd(String line, int start, int end) {
        if (start < end && line.charAt(start) == '"') {
            int i = start + 1;
            while (i < end) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    return i + 1;
                }
                i++;
            }
            return end; // unterminated: the rest of the line
        }
        return Math.min(tokenEnd(line, start), end);
    }

    /** The end of a mechanism name: a token without a trailing {@code \r\n} escape or closing quote. */
    private static int mechanismEnd(String line, int start, int end) {
        int e = Math.min(tokenEnd(line, start), end);
        if (e - start > 4 && line.startsWith("\\r\\n", e - 4)) { //$NON-NLS-1$
            e -= 4;
        }
        while (e > start && (line.charAt(e - 1) == '\'' || line.charAt(e - 1) == '"')) {
            e--;
        }
        return e;
    }

    /**
     * The end of the meaningful content: trailing white space, a {@code \r\n} escape and a closing quote as logging
     * tools print them ({@code send: 'PASS x\r\n'}) are not part of the last argument.
     */
    static int contentEnd(String line) {
        int e = line.length();
        while (e > 0 && line.charAt(e - 1) <= ' ') {
            e--;
        }
        return e;
    }

    static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    static int tokenEnd(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) > ' ') {
            i++;
        }
        return i;
    }
}
