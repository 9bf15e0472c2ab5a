package io.mailscope.trace.internal.masking;

/**
 * The masking fast path: one pass over a line that proves it cannot carry a credential, so that the line skips the
 * command and free-text analysis of {@link SyntaxMaskingSession} (tokenising, verb look-ups, regular expressions).
 * <p>
 * Every credential the session recognises needs one of these fragments, compared without regard to case: the
 * credential verbs ({@code PASS}, {@code APOP}, {@code AUTH}/{@code AUTHENTICATE}, {@code LOGIN}, see
 * {@link CredentialSyntax#isCredentialVerb}) and the fragments {@link FreeTextCredentials} needs ({@code pass},
 * {@code secret}, {@code token}, {@code bearer}, {@code ://}, and the options {@code -u}, {@code -ap} where its
 * expressions accept them: at the start, after white space, or after a {@code -} as in {@code --user}). While a
 * session expects no SASL data, literal or challenge answer, a line without any of them is masked to itself with no
 * credential found, and leaves the session's state as it was (see {@link SyntaxMaskingSession}). The check looks at
 * pairs of adjacent characters: a 64 Ki-bit table says which
 * pairs start a fragment, and only those are compared in full, so a typical protocol line costs one table look-up per
 * character.
 * <p>
 * A superset is fine (a line that only looks suspicious takes the full analysis); a line that carries a credential
 * must never pass. {@code CredentialHintsTest} checks the fragments against the session on every test file.
 */
public final class CredentialHints {

    /** The fragments, lower case; each at least two characters. */
    private static final String[] FRAGMENTS = { "pass", "apop", "auth", "login", "secret", "token", "bearer", "://", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "-u", "-ap" }; //$NON-NLS-1$ //$NON-NLS-2$
    /** Bit (c1 << 8 | c2) is set when a fragment starts with the lower-cased pair c1 c2 (both below 256). */
    private static final long[] PAIRS = new long[1 << 10];
    private static final int OPTION_PAIR_U = '-' << 8 | 'u';
    private static final int OPTION_PAIR_A = '-' << 8 | 'a';
    /** The pair each fragment starts with. */
    private static final int[] FRAGMENT_PAIRS = new int[FRAGMENTS.length];

    static {
        for (int k = 0; k < FRAGMENTS.length; k++) {
            int pair = FRAGMENTS[k].charAt(0) << 8 | FRAGMENTS[k].charAt(1);
            FRAGMENT_PAIRS[k] = pair;
            PAIRS[pair >>> 6] |= 1L << pair;
        }
    }

    private CredentialHints() {
    }

    /** @return true when {@code text} cannot carry a credential the masking recognises (see the class comment) */
    public static boolean inert(String text) {
        int n = text.length() - 1;
        if (n < 1) {
            return true;
        }
        char next = lower(text.charAt(0));
        for (int i = 0; i < n; i++) {
            char c = next;
            next = lower(text.charAt(i + 1));
            if ((c | next) < 256) {
                int pair = c << 8 | next;
                if ((PAIRS[pair >>> 6] & 1L << pair) != 0 && fragmentAt(text, i, pair)) {
                    return false;
                }
            } else if (c >= 256) {
                // beyond Latin-1 case folding is not ASCII's: String.regionMatches(true, ...) folds some of these to
                // ASCII letters (the Kelvin sign to 'k', the long s to 's'), so such a line takes the full analysis
                return false;
            }
        }
        return next < 256;
    }

    /**
     * {@link #inert(String)} of the text whose bytes are {@code from..to-1} of {@code bytes}, for text known to be
     * printable ASCII (the structural record index reads such lines as bytes; it makes no String of them).
     */
    public static boolean inertAscii(java.nio.ByteBuffer bytes, int from, int to) {
        if (bytes.hasArray()) {
            int offset = bytes.arrayOffset();
            return inertAscii(bytes.array(), offset + from, offset + to);
        }
        byte[] copy = new byte[to - from];
        bytes.get(from, copy);
        return inertAscii(copy, 0, copy.length);
    }

    /**
     * {@link #inertAscii(java.nio.ByteBuffer, int, int)} on an array (the structural record index's blocks), without a
     * branch per byte (a table folds case).
     */
    public static boolean inertAscii(byte[] bytes, int from, int to) {
        int n = to - 1;
        if (n - from < 1) {
            return true;
        }
        int next = LOWER[bytes[from] & 0xff];
        for (int i = from; i < n; i++) {
            int pair = next << 8;
            next = LOWER[bytes[i + 1] & 0xff];
            pair |= next;
            if ((PAIRS[pair >>> 6] & 1L << pair) != 0 && fragmentAt(bytes, from, to, i, pair)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #lowerByte} of every byte value. */
    private static final int[] LOWER = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            LOWER[b] = lowerByte((byte) b);
        }
    }

    private static boolean fragmentAt(byte[] bytes, int from, int to, int at, int pair) {
        if (pair == OPTION_PAIR_U || pair == OPTION_PAIR_A) {
            int before = at == from ? ' ' : bytes[at - 1];
            if (before != ' ' && before != '\t' && before != '\n' && before != '\u000B' && before != '\f' && before != '\r'
                    && before != '-') {
                return false;
            }
        }
        for (int k = 0; k < FRAGMENTS.length; k++) {
            String fragment = FRAGMENTS[k];
            if (FRAGMENT_PAIRS[k] == pair && at + fragment.length() <= to && regionMatchesAscii(bytes, at, fragment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatchesAscii(byte[] bytes, int at, String lowerFragment) {
        for (int k = 0; k < lowerFragment.length(); k++) {
            if (LOWER[bytes[at + k] & 0xff] != lowerFragment.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int lowerByte(byte b) {
        return b >= 'A' && b <= 'Z' ? b | 0x20 : b & 0xff;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    private static boolean fragmentAt(String text, int at, int pair) {
        if (pair == OPTION_PAIR_U || pair == OPTION_PAIR_A) {
            // "-u" and "-ap" are command-line options: the expressions want them at the start or after white space
            // ("--user" after a '-'); "1b3-uid" in a UIDL listing is no option
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (before != ' ' && before != '\t' && before != '\n' && before != '\u000B' && before != '\f' && before != '\r'
                    && before != '-') {
                return false;
            }
        }
        for (int k = 0; k < FRAGMENTS.length; k++) {
            if (FRAGMENT_PAIRS[k] == pair) {
                // no two fragments start with the same pair
                return matchesAt(text, at, FRAGMENTS[k]);
            }
        }
        return false;
    }

    /**
     * ASCII case folding only: {@link #inert} rejects every text with a character beyond Latin-1 (where
     * {@code regionMatches(true, ...)} would fold a few to ASCII letters), and no Latin-1 character folds to one.
     */
    private static boolean matchesAt(String text, int at, String lowerFragment) {
        int length = lowerFragment.length();
        if (at + length > text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (lower(text.charAt(at + i)) != lowerFragment.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
