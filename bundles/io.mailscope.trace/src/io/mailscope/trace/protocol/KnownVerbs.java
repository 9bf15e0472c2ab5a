package io.mailscope.trace.protocol;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one-word verbs of {@link ProtocolVocabulary}, found in a region of a line without a substring or an upper-case
 * copy: {@link CommandLine#parse} splits every client line of a trace, and nearly all verbs are known. The same
 * canonical string is returned for every occurrence, so the look-ups that follow ({@link ProtocolVocabulary#command},
 * {@code equals}) use its cached hash and compare by identity first.
 */
final class KnownVerbs {

    private static final int SLOTS = 512;
    private static final String[] TABLE = new String[SLOTS];

    static {
        Set<String> verbs = new LinkedHashSet<>();
        for (io.mailscope.model.Protocol p : io.mailscope.model.Protocol.values()) {
            for (CommandForm form : ProtocolVocabulary.commands(p)) {
                if (form.verb().indexOf(' ') < 0) {
                    verbs.add(form.verb());
                }
            }
        }
        if (verbs.size() * 2 > SLOTS) {
            throw new IllegalStateException("verb table too small for " + verbs.size() + " verbs"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (String verb : verbs) {
            int slot = hash(verb, 0, verb.length()) & SLOTS - 1;
            while (TABLE[slot] != null) {
                slot = slot + 1 & SLOTS - 1;
            }
            TABLE[slot] = verb;
        }
    }

    private KnownVerbs() {
    }

    /**
     * @return the known verb that {@code text[from, to)} upper-cases to ({@code Locale.ROOT}), or null when there is
     *         none or the region has a character beyond ASCII (whose upper case is left to {@link String#toUpperCase})
     */
    static String find(String text, int from, int to) {
        if (to - from < 2 || to - from > 16) {
            return null;
        }
        int h = hash(text, from, to);
        if (h == -1) {
            return null;
        }
        int slot = h & SLOTS - 1;
        String candidate;
        while ((candidate = TABLE[slot]) != null) {
            if (candidate.length() == to - from && sameUpper(candidate, text, from)) {
                return candidate;
            }
            slot = slot + 1 & SLOTS - 1;
        }
        return null;
    }

    /** @return a hash of the region's ASCII upper case (never -1), or -1 when it has a character beyond ASCII */
    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            h = 31 * h + upper(c);
        }
        return (h ^ h >>> 9) & 0x7fffffff;
    }

    private static boolean sameUpper(String verb, String text, int from) {
        for (int i = 0; i < verb.length(); i++) {
            if (upper(text.charAt(from + i)) != verb.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 0x20) : c;
    }
}
