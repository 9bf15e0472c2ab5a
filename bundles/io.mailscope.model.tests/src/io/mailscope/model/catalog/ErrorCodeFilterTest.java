package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.mailscope.model.Catalog;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.internal.catalog.CatalogResources;

class ErrorCodeFilterTest {

    private static Catalog catalog;
    private static ErrorCodeLookup lookup;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogResources.loadBuiltIn();
        lookup = new ErrorCodeLookup(catalog);
    }

    private static List<ErrorCode> filter(String query) {
        ErrorCodeFilter filter = new ErrorCodeFilter(query, lookup::lookup);
        return catalog.getCodes().stream().filter(filter::matches).toList();
    }

    @Test
    void aCodeInAnyFormShowsExactlyThatCode() {
        for (String q : List.of("0x800CCC0F", "800ccc0f", "-2146644977", "IXP_E_CONNECTION_DROPPED")) {
            List<ErrorCode> shown = filter(q);
            assertEquals(1, shown.size(), q);
            assertEquals(0x800CCC0F, shown.get(0).getValue(), q);
        }
    }

    @Test
    void wordsMatchMeaningAndCauses() {
        List<ErrorCode> shown = filter("hidden control");
        assertTrue(shown.stream().anyMatch(c -> c.getValue() == 0x800CCC97), "found by its cause text");
        assertTrue(shown.size() < catalog.getCodes().size());
    }

    @Test
    void emptyFilterShowsEverything() {
        assertEquals(catalog.getCodes().size(), filter("  ").size());
    }
}
