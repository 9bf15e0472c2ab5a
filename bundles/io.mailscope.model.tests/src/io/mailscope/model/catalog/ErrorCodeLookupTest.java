package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mailscope.model.ErrorCode;
import io.mailscope.model.internal.catalog.CatalogResources;

/** Lookups against the shipped catalog, in every form a support engineer pastes. */
class ErrorCodeLookupTest {

    private static ErrorCodeLookup lookup;

    @BeforeAll
    static void loadShippedCatalog() throws Exception {
        lookup = new ErrorCodeLookup(CatalogResources.loadBuiltIn());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0x800CCC97", "800ccc97", "-2146644841", "2148322455", "IXP_E_POP3_POPID_OUT_OF_RANGE",
            "ixp_e_pop3_popid_out_of_range",
            "Task 'pop.example.com - Receiving' reported error (0x800CCC97) : 'Unknown Error 0x800CCC97'" })
    void everyFormOfTheSeedCodeResolvesToIt(String input) {
        var result = assertInstanceOf(LookupResult.Catalogued.class, lookup.lookup(input));
        assertEquals("IXP_E_POP3_POPID_OUT_OF_RANGE", result.code().getSymbol());
    }

    @Test
    void dialogTextWithBareHexResolves() {
        var result = assertInstanceOf(LookupResult.Catalogued.class,
                lookup.lookup("The server has unexpectedly terminated the connection. Error Number: 800CCC0F"));
        assertEquals(0x800CCC0F, result.code().getValue());
    }

    @Test
    void uncataloguedHresultIsDecodedNotInvented() {
        var result = assertInstanceOf(LookupResult.NotCatalogued.class, lookup.lookup("0x800CCCFE"));
        assertEquals(0x800CCCFE, result.hresult().value());
    }

    @ParameterizedTest
    @ValueSource(strings = { "banana", "", "   ", "my outlook is broken", "0xZZZ" })
    void garbageIsRejectedWithAReason(String input) {
        var result = assertInstanceOf(LookupResult.Unrecognised.class, lookup.lookup(input));
        assertTrue(result.reason().length() > 10, result.reason());
    }

    @Test
    void seedCodesAreCatalogued() {
        for (int value : new int[] { 0x800CCC0B, 0x800CCC0F, 0x800CCC97 }) {
            ErrorCode code = lookup.byValue(value).orElseThrow(() -> new AssertionError(new HResult(value).hex()));
            assertTrue(code.getMeaning() != null && !code.getMeaning().isBlank(), code.getSymbol());
        }
    }
}
