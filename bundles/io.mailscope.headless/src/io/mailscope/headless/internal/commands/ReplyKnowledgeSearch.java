package io.mailscope.headless.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Catalog;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyCodeKind;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.catalog.ReplyLookup;

/**
 * What the catalog's reply knowledge says about what a user pasted into {@code mailscope code}: a reply code on its
 * own ({@code 5.7.1}, {@code 550}, {@code IN-USE}, {@code AUTHENTICATIONFAILED}) or a whole server reply or error text
 * ({@code 550 5.7.1 Relaying denied}).
 * <p>
 * The entry that decides the text's cause comes first (the one diagnosis would use: {@link ReplyLookup#match}), then
 * what the registries say about each reply code the text holds, in the order they stand in it.
 */
final class ReplyKnowledgeSearch {

    /** An enhanced status code (RFC 3463) standing as a word of its own. */
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\w.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\w.])"); //$NON-NLS-1$
    /** A basic SMTP reply code (RFC 5321) at the start of a reply line: {@code 550 ...} or {@code 550-...}. */
    private static final Pattern BASIC = Pattern.compile("(?m)^\\s*([2-5]\\d\\d)(?=[ -]|$)"); //$NON-NLS-1$
    /** A POP3 (RFC 2449) or IMAP (RFC 3501) response code in brackets: {@code [IN-USE]}, {@code [SYS/TEMP]}. */
    private static final Pattern BRACKETED = Pattern.compile("\\[([A-Za-z][A-Za-z0-9/-]{0,39})[\\] ]"); //$NON-NLS-1$
    /** A word that may be a reply code when it is all there is: {@code AUTHENTICATIONFAILED}, {@code in-use}. */
    private static final Pattern SINGLE_CODE = Pattern.compile("\\[?([A-Za-z][A-Za-z0-9/-]{0,39}|[2-5]\\d\\d|[245]\\.\\d{1,3}\\.\\d{1,3})\\]?"); //$NON-NLS-1$

    private ReplyKnowledgeSearch() {
    }

    /**
     * One entry found, with what it was found by.
     *
     * @param entry the reply knowledge
     * @param matched the code or the part of the text it was found by
     */
    record Found(ReplyKnowledge entry, String matched) {
    }

    /** @return the entries the text names, without repeats; empty when the reply knowledge knows nothing of it */
    static List<Found> search(Catalog catalog, ReplyLookup replies, String input) {
        String text = input.strip();
        Set<ReplyKnowledge> seen = new LinkedHashSet<>();
        List<Found> found = new ArrayList<>();
        Matcher single = SINGLE_CODE.matcher(text);
        if (single.matches()) {
            // a code on its own: what the registry says first, then an entry that knows the code as a phrase
            String code = single.group(1);
            codes(catalog, code, false).forEach(k -> add(found, seen, k, code));
            replies.match(text).ifPresent(m -> add(found, seen, m.entry(), m.matched()));
            return found;
        }
        replies.match(text).ifPresent(m -> add(found, seen, m.entry(), m.matched()));
        for (String code : codesIn(text)) {
            // a bracketed word in a longer text is a POP3/IMAP response code, never an SMTP status
            codes(catalog, code, !Character.isDigit(code.charAt(0))).forEach(k -> add(found, seen, k, code));
        }
        return found;
    }

    /** The codes in a reply text, in the order they stand in it. */
    private static List<String> codesIn(String text) {
        record At(int start, String code) {
        }
        List<At> at = new ArrayList<>();
        for (Pattern pattern : new Pattern[] { BASIC, ENHANCED, BRACKETED }) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                at.add(new At(m.start(), pattern == ENHANCED ? m.group() : m.group(1)));
            }
        }
        return at.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).map(At::code).distinct().toList();
    }

    /**
     * @return every code entry, in catalog order, whose code is {@code code} (case-insensitive; an enhanced status code
     *         is also found under the registry's {@code X.} form): those that name a cause or, when none does, the
     *         registry's entries
     */
    private static List<ReplyCode> codes(Catalog catalog, String code, boolean responseCodesOnly) {
        String wanted = code.toUpperCase(Locale.ROOT);
        Optional<String> registryForm = enhanced(wanted) ? Optional.of("X" + wanted.substring(1)) : Optional.empty(); //$NON-NLS-1$
        List<ReplyCode> withCause = new ArrayList<>();
        List<ReplyCode> registry = new ArrayList<>();
        for (ReplyKnowledge k : catalog.getKnowledge()) {
            if (k instanceof ReplyCode c && c.getCode() != null && (!responseCodesOnly || c.getKind() == ReplyCodeKind.RESPONSE_CODE)) {
                String have = c.getCode().strip().toUpperCase(Locale.ROOT);
                if (have.equals(wanted) || registryForm.filter(have::equals).isPresent()) {
                    (hasCause(c) ? withCause : registry).add(c);
                }
            }
        }
        return withCause.isEmpty() ? registry : withCause;
    }

    private static boolean enhanced(String code) {
        return code.length() > 4 && code.charAt(1) == '.' && Character.isDigit(code.charAt(0));
    }

    static boolean hasCause(ReplyKnowledge k) {
        return k.getCauseId() != null && !k.getCauseId().isBlank();
    }

    private static void add(List<Found> found, Set<ReplyKnowledge> seen, ReplyKnowledge entry, String matched) {
        if (seen.add(entry)) {
            found.add(new Found(entry, matched));
        }
    }
}
