package io.mailscope.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ReplyLookup;

/**
 * The catalog view's "Server replies" branch: the reply knowledge grouped by protocol and kind (SMTP enhanced status
 * codes, SMTP reply codes, POP3 and IMAP response codes, then the texts by kind), filtered by what the engineer types
 * or pastes.
 * <p>
 * An entry is shown when the filter's words are all in its code, phrases, title, meaning, fix, cause or id, or when the
 * filter is a reply the entry explains: the entry the diagnosis would take for the pasted text, and the codes the text
 * holds ({@code 550 5.7.1 Relaying denied} shows the relay entry, 550 and X.7.1).
 */
public final class ReplyKnowledgeGroups {

    /** A node of the branch: a label and its children (groups or {@link ReplyKnowledge} entries). */
    record Group(String label, List<?> children) {
    }

    private ReplyKnowledgeGroups() {
    }

    /** @return the "Server replies" group with what {@code filter} matches, or empty when it matches nothing */
    static Optional<Group> build(CatalogService catalog, String filter) {
        List<ReplyKnowledge> shown = matching(catalog, filter);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<ReplyKnowledge>> byKind = new LinkedHashMap<>();
        for (ReplyKnowledge k : shown) {
            byKind.computeIfAbsent(groupKey(k), x -> new ArrayList<>()).add(k);
        }
        List<Group> groups = byKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Group(groupLabel(e.getValue().get(0), e.getValue().size()), e.getValue())).toList();
        return Optional.of(new Group(NLS.bind(CatalogMessages.ServerReplies, Integer.valueOf(shown.size())), groups));
    }

    /** @return the entries of the catalog's reply knowledge that {@code filter} matches, in catalog order */
    static List<ReplyKnowledge> matching(CatalogService catalog, String filter) {
        List<ReplyKnowledge> all = catalog.catalog().getKnowledge();
        String query = filter == null ? "" : filter.strip(); //$NON-NLS-1$
        if (query.isEmpty()) {
            return all;
        }
        ReplyLookup replies = catalog.replies();
        Optional<ReplyKnowledge> decides = replies.match(query).map(ReplyLookup.Match::entry);
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+"); //$NON-NLS-1$
        List<String> codesInQuery = Stream.of(query.split("[\\s\\[\\]()\":;,]+")).filter(w -> !w.isEmpty()).toList(); //$NON-NLS-1$
        return all.stream().filter(k -> decides.filter(k::equals).isPresent() || namesCode(k, codesInQuery) || hasAllWords(k, words))
                .toList();
    }

    private static boolean namesCode(ReplyKnowledge k, List<String> words) {
        if (!(k instanceof ReplyCode code) || code.getCode() == null) {
            return false;
        }
        String have = code.getCode().strip();
        for (String w : words) {
            if (have.equalsIgnoreCase(w) || (have.startsWith("X.") && w.length() > 2 && Character.isDigit(w.charAt(0)) //$NON-NLS-1$
                    && have.substring(1).equals(w.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAllWords(ReplyKnowledge k, String[] words) {
        String haystack = searchText(k);
        for (String w : words) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(ReplyKnowledge k) {
        StringBuilder b = new StringBuilder();
        Stream.of(k.getId(), k.getCauseId(), k.getWhy(), k.getFix()).forEach(s -> b.append(s == null ? "" : s).append('\n')); //$NON-NLS-1$
        if (k instanceof ReplyCode code) {
            b.append(code.getCode()).append('\n').append(code.getTitle() == null ? "" : code.getTitle()); //$NON-NLS-1$
        } else if (k instanceof ReplyText text) {
            text.getPhrases().forEach(p -> b.append(p).append('\n'));
            b.append(text.getProduct() == null ? "" : text.getProduct()); //$NON-NLS-1$
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Sorts codes before texts, SMTP before POP3 before IMAP, enhanced before basic codes. */
    private static String groupKey(ReplyKnowledge k) {
        return switch (k) {
            case ReplyCode code -> "0" + code.getProtocol().getValue() + code.getKind().getValue(); //$NON-NLS-1$
            case ReplyText text -> "1" + text.getKind().getValue(); //$NON-NLS-1$
            default -> "2"; //$NON-NLS-1$
        };
    }

    private static String groupLabel(ReplyKnowledge first, int size) {
        Integer n = Integer.valueOf(size);
        return switch (first) {
            case ReplyCode code -> switch (code.getKind()) {
                case ENHANCED_STATUS -> NLS.bind(CatalogMessages.Group_EnhancedStatus, code.getProtocol().getLiteral(), n);
                case BASIC_STATUS -> NLS.bind(CatalogMessages.Group_BasicStatus, code.getProtocol().getLiteral(), n);
                case RESPONSE_CODE -> NLS.bind(CatalogMessages.Group_ResponseCode, code.getProtocol().getLiteral(), n);
            };
            case ReplyText text -> NLS.bind(CatalogMessages.Group_Text, kindLabel(text), n);
            default -> NLS.bind(CatalogMessages.Group_Text, first.eClass().getName(), n);
        };
    }

    /** @return what kind of reply text an entry is ("Banners", "OAuth errors", ...) */
    public static String kindLabel(ReplyText text) {
        return switch (text.getKind()) {
            case SERVER_REPLY -> "Server reply texts"; //$NON-NLS-1$
            case ERROR_TEXT -> "Error texts"; //$NON-NLS-1$
            case BANNER -> "Banners"; //$NON-NLS-1$
            case CERTIFICATE_ISSUER -> "Certificate issuers (TLS interception)"; //$NON-NLS-1$
            case BLOCKED_PORT -> "Blocked ports"; //$NON-NLS-1$
            case PROVIDER_AUTHENTICATION -> "Provider sign-in replies"; //$NON-NLS-1$
            case OAUTH_ERROR -> "OAuth errors"; //$NON-NLS-1$
        };
    }

    /** @return the tree's Code column: the code, or the entry's first phrase in quotes */
    public static String code(ReplyKnowledge k) {
        return switch (k) {
            case ReplyCode code -> code.getProtocol().getLiteral() + " " + code.getCode(); //$NON-NLS-1$
            case ReplyText text -> text.getPhrases().isEmpty() ? k.getId() : '"' + text.getPhrases().get(0) + '"';
            default -> k.getId();
        };
    }

    /** @return the tree's Symbol column: the cause's Outlook code and symbol */
    public static String cause(CatalogService catalog, ReplyKnowledge k) {
        if (k.getCauseId() == null || k.getCauseId().isBlank()) {
            return ""; //$NON-NLS-1$
        }
        return catalog.cause(k.getCauseId()).map(c -> c.getErrorCode()).filter(c -> c != null)
                .map(c -> io.mailscope.model.catalog.ErrorCodes.hex(c) + (c.getSymbol() == null ? "" : "  " + c.getSymbol())) //$NON-NLS-1$ //$NON-NLS-2$
                .orElse(k.getCauseId());
    }

    /** @return the tree's Title column: the registry's title, or what the entry means */
    public static String title(CatalogService catalog, ReplyKnowledge k) {
        if (k instanceof ReplyCode code) {
            String title = code.getTitle();
            if (title == null || title.isBlank()) {
                title = catalog.replies().code(code.getProtocol(), code.getCode()).map(ReplyCode::getTitle).orElse(null);
            }
            if (title != null && !title.isBlank()) {
                return title;
            }
        }
        return k.getWhy() == null ? "" : k.getWhy(); //$NON-NLS-1$
    }
}
