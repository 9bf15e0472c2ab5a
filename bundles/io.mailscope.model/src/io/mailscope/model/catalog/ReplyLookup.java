package io.mailscope.model.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Catalog;
import io.mailscope.model.Protocol;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.ReplyTextKind;
import io.mailscope.model.internal.catalog.PhraseMatcher;

/**
 * The catalog's reply knowledge as one lookup: what a server reply, an error dialog, an exception text, a banner or a
 * certificate name says about its cause. The same lookup serves live and imported conversations, dialogs and
 * exception texts, and the live session's certificate check.
 * <p>
 * {@link #match(String)} returns the first entry of {@link Catalog#getKnowledge()}, in catalog order, that is found in
 * the text: a {@link ReplyText} when one of its phrases is in the text (and its pattern, if any, is found too), a
 * {@link ReplyCode} when its code stands in the text as a word of its own ({@code 5.7.1}) or in brackets
 * ({@code [IN-USE]}). Only entries with a cause decide; registry entries without one explain codes
 * ({@link #code(Protocol, String)}). A text is read once for all phrases and once for codes; a regular expression runs
 * only for an entry whose phrase was found.
 * <p>
 * Built from a merged, validated catalog ({@code CatalogService}); immutable and safe for concurrent use.
 */
public final class ReplyLookup {

    /** Characters of a POP3/IMAP response code between the brackets. */
    private static final int MAX_CODE_LENGTH = 40;

    /**
     * One entry found in a text.
     *
     * @param entry the reply knowledge that was found
     * @param matched the part of the text it was found in (a phrase, what the pattern found, or the code)
     */
    public record Match(ReplyKnowledge entry, String matched) {

        /** @return the catalog cause the entry points to */
        public String causeId() {
            return entry.getCauseId();
        }

        public double confidence() {
            return entry.getConfidence();
        }

        /** @return one sentence for the engineer */
        public String why() {
            return entry.getWhy();
        }

        /** @return what to tell the customer, or empty when the cause's remedies say it */
        public Optional<String> fix() {
            return Optional.ofNullable(entry.getFix()).filter(f -> !f.isBlank());
        }
    }

    private final List<ReplyKnowledge> deciding;
    private final Pattern[] patterns;
    private final PhraseMatcher phrases;
    /** code entries that decide, by the key their code is found under (5.7.1, X.7.1, IN-USE, 550), in catalog order */
    private final Map<String, int[]> enhanced;
    private final Map<String, int[]> bracketed;
    private final Map<String, int[]> basic;
    private final Map<String, ReplyCode> registry;
    private final List<ReplyText> interception;

    private ReplyLookup(Catalog catalog) {
        List<ReplyKnowledge> entries = new ArrayList<>();
        List<Map.Entry<Integer, String>> phraseList = new ArrayList<>();
        Map<String, List<Integer>> enhancedKeys = new HashMap<>();
        Map<String, List<Integer>> bracketKeys = new HashMap<>();
        Map<String, List<Integer>> basicKeys = new HashMap<>();
        Map<String, ReplyCode> codes = new HashMap<>();
        List<ReplyText> products = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        for (ReplyKnowledge k : catalog.getKnowledge()) {
            if (k instanceof ReplyCode code) {
                codes.putIfAbsent(registryKey(code.getProtocol(), code.getCode()), code);
            }
            if (k instanceof ReplyText text && text.getKind() == ReplyTextKind.CERTIFICATE_ISSUER && text.getProduct() != null) {
                products.add(text);
            }
            if (k.getCauseId() == null || k.getCauseId().isBlank()) {
                continue;
            }
            int index = entries.size();
            entries.add(k);
            Pattern pattern = null;
            if (k instanceof ReplyText text) {
                text.getPhrases().forEach(p -> phraseList.add(Map.entry(index, p)));
                if (text.getPattern() != null && !text.getPattern().isBlank()) {
                    pattern = compile(text.getPattern());
                }
            } else if (k instanceof ReplyCode code) {
                String key = code.getCode().strip().toUpperCase(Locale.ROOT);
                Map<String, List<Integer>> keys = switch (code.getKind()) {
                    case ENHANCED_STATUS -> enhancedKeys;
                    case BASIC_STATUS -> basicKeys;
                    case RESPONSE_CODE -> bracketKeys;
                };
                keys.computeIfAbsent(key, x -> new ArrayList<>()).add(index);
            }
            compiled.add(pattern);
        }
        this.deciding = List.copyOf(entries);
        this.patterns = compiled.toArray(Pattern[]::new);
        this.phrases = PhraseMatcher.of(phraseList);
        this.enhanced = frozen(enhancedKeys);
        this.bracketed = frozen(bracketKeys);
        this.basic = frozen(basicKeys);
        this.registry = Map.copyOf(codes);
        this.interception = List.copyOf(products);
    }

    /** @return the lookup over the catalog's knowledge (the catalog is expected to be validated, as merged catalogs are) */
    public static ReplyLookup of(Catalog catalog) {
        return new ReplyLookup(catalog);
    }

    /** @return a pattern as reply knowledge uses it: case-insensitive, also for non-ASCII letters */
    public static Pattern compile(String pattern) {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> keys) {
        Map<String, int[]> result = new HashMap<>();
        keys.forEach((k, v) -> result.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(result);
    }

    private static String registryKey(Protocol protocol, String code) {
        return (protocol == null ? Protocol.UNKNOWN : protocol).getLiteral() + ' ' + (code == null ? "" : code.strip().toUpperCase(Locale.ROOT)); //$NON-NLS-1$
    }

    /** @return the entries that decide a cause, in the order they are consulted */
    public List<ReplyKnowledge> entries() {
        return deciding;
    }

    /** @return the first entry, in catalog order, found in {@code text} */
    public Optional<Match> match(String text) {
        if (text == null || text.isEmpty() || deciding.isEmpty()) {
            return Optional.empty();
        }
        BitSet candidates = new BitSet(deciding.size());
        String[] found = new String[deciding.size()];
        phrases.find(text, (owner, start, end) -> {
            if (found[owner] == null) {
                found[owner] = text.substring(start, end);
                candidates.set(owner);
            }
        });
        findCodes(text, candidates, found);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Pattern pattern = patterns[i];
            if (pattern == null) {
                return Optional.of(new Match(deciding.get(i), found[i]));
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(new Match(deciding.get(i), m.group()));
            }
        }
        return Optional.empty();
    }

    /** Marks the code entries whose code stands in the text: 5.7.1 as a word of its own, [IN-USE], a 550 reply code. */
    private void findCodes(String text, BitSet candidates, String[] found) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '[' && !bracketed.isEmpty()) {
                int end = i + 1;
                while (end < n && end - i <= MAX_CODE_LENGTH && codeChar(text.charAt(end))) {
                    end++;
                }
                if (end > i + 1 && end < n && text.charAt(end) == ']') {
                    String code = text.substring(i + 1, end);
                    mark(bracketed.get(code.toUpperCase(Locale.ROOT)), text.substring(i, end + 1), candidates, found);
                }
            } else if (isDigit(c) && (i == 0 || !wordChar(text.charAt(i - 1)))) {
                int end = enhancedEnd(text, i);
                if (end > 0) {
                    String code = text.substring(i, end);
                    mark(enhanced.get(code), code, candidates, found);
                    mark(enhanced.get("X" + code.substring(1)), code, candidates, found); //$NON-NLS-1$
                } else if (!basic.isEmpty() && i + 3 <= n && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                        && (i + 3 == n || text.charAt(i + 3) == ' ' || text.charAt(i + 3) == '-')) {
                    String code = text.substring(i, i + 3);
                    mark(basic.get(code), code, candidates, found);
                }
            }
        }
    }

    /** @return the end of an enhanced status code (class.subject.detail, RFC 3463) starting at {@code start}, or -1 */
    private static int enhancedEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        for (int part = 0; part < 2; part++) {
            if (i >= n || text.charAt(i) != '.') {
                return -1;
            }
            int digits = ++i;
            while (i < n && isDigit(text.charAt(i)) && i - digits < 3) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        return i < n && wordChar(text.charAt(i)) ? -1 : i;
    }

    private static void mark(int[] entries, String code, BitSet candidates, String[] found) {
        if (entries == null) {
            return;
        }
        for (int e : entries) {
            if (found[e] == null) {
                found[e] = code;
                candidates.set(e);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean wordChar(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean codeChar(char c) {
        return wordChar(c) || c == '-' || c == '/';
    }

    /**
     * @param protocol SMTP for basic and enhanced status codes, POP3 or IMAP for response codes
     * @param code as written in a reply ({@code 5.7.1}, {@code 550}, {@code IN-USE}); an enhanced code is also found
     *            under the registry's {@code X.} form
     * @return what the registry says about the code
     */
    public Optional<ReplyCode> code(Protocol protocol, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip();
        ReplyCode exact = registry.get(registryKey(protocol, c));
        if (exact == null && protocol == Protocol.SMTP && c.length() > 1 && c.charAt(1) == '.') {
            exact = registry.get(registryKey(protocol, "X" + c.substring(1))); //$NON-NLS-1$
        }
        return Optional.ofNullable(exact);
    }

    /** @return the products known to intercept TLS with certificates of their own, in catalog order */
    public List<ReplyText> interceptionProducts() {
        return interception;
    }

    /**
     * @param certificateName a certificate's subject or issuer distinguished name
     * @return the first interception product one of whose phrases is in the name
     */
    public Optional<ReplyText> interceptionProduct(String certificateName) {
        if (certificateName == null || certificateName.isEmpty()) {
            return Optional.empty();
        }
        String name = certificateName.toLowerCase(Locale.ROOT);
        for (ReplyText product : interception) {
            for (String phrase : product.getPhrases()) {
                if (name.contains(phrase.toLowerCase(Locale.ROOT))) {
                    return Optional.of(product);
                }
            }
        }
        return Optional.empty();
    }
}
