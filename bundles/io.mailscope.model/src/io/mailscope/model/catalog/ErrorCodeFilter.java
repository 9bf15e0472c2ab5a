package io.mailscope.model.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;

/**
 * The catalog view's filter, headless so it is tested without a display. A query that resolves to a code in any form
 * {@link ErrorCodeLookup} accepts (pass {@code CatalogService::lookup}) (hex, decimal, symbol, dialog text) matches exactly that code; otherwise every word
 * of the query must occur in the code's hex value, symbol, title, meaning, client message or causes.
 */
public final class ErrorCodeFilter {

    private final String query;
    private final ErrorCode exact;
    private final List<String> words;

    public ErrorCodeFilter(String query, Function<String, LookupResult> lookup) {
        this.query = query == null ? "" : query.strip(); //$NON-NLS-1$
        this.exact = this.query.isEmpty() ? null
                : lookup.apply(this.query) instanceof LookupResult.Catalogued(ErrorCode code) ? code : null;
        this.words = Arrays.stream(this.query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList(); //$NON-NLS-1$
    }

    public boolean isEmpty() {
        return query.isEmpty();
    }

    public boolean matches(ErrorCode code) {
        if (query.isEmpty()) {
            return true;
        }
        if (exact != null) {
            return exact == code;
        }
        String haystack = searchableText(code);
        return words.stream().allMatch(haystack::contains);
    }

    private static String searchableText(ErrorCode code) {
        Stream<String> own = Stream.of(ErrorCodes.hex(code), code.getSymbol(), code.getTitle(), code.getMeaning(),
                code.getClientMessage(), code.getFamily().getLiteral());
        Stream<String> causes = code.getCauses().stream().flatMap(ErrorCodeFilter::causeText);
        StringBuilder b = new StringBuilder();
        Stream.concat(own, causes).filter(s -> s != null).forEach(s -> b.append(s).append('\n'));
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static Stream<String> causeText(Cause cause) {
        return Stream.concat(Stream.of(cause.getId(), cause.getCategory().getLiteral(), cause.getTitle(), cause.getDescription()),
                Stream.concat(cause.getChecks().stream(), cause.getUserRemedies().stream()));
    }
}
