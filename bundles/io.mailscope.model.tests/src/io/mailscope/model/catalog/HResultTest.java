package io.mailscope.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HResultTest {

    @ParameterizedTest
    @ValueSource(strings = { "0x800CCC0F", "0x800ccc0f", "800ccc0f", "800CCC0F", "-2146644977", "2148322319", " 0X800CCC0F " })
    void everyPastedFormParsesToTheSameValue(String form) {
        HResult h = HResult.parse(form).orElseThrow();
        assertEquals(0x800CCC0F, h.value());
        assertEquals("0x800CCC0F", h.hex());
        assertEquals(2148322319L, h.unsigned());
    }

    @ParameterizedTest
    @ValueSource(strings = { "banana", "", "0x", "0x1234567890", "4294967296", "-2147483649", "12 34", "IXP_E_BUSY" })
    void nonNumbersAndOutOfRangeValuesAreRejected(String form) {
        assertTrue(HResult.parse(form).isEmpty(), form);
    }

    @Test
    void eightDigitsWithoutPrefixAreHexBecauseThatIsHowHresultsArePasted() {
        assertEquals(0x80040119, HResult.parse("80040119").orElseThrow().value());
    }

    @Test
    void decodesSeverityFacilityAndCode() {
        HResult h = new HResult(0x800CCC97);
        assertTrue(h.isFailure());
        assertEquals(0x00C, h.facility());
        assertEquals(0xCC97, h.code());
        assertEquals("severity failure, facility 0x00C (FACILITY_INTERNET: Internet mail transport), code 0xCC97", h.describe());
        assertFalse(new HResult(0x000CCC72).isFailure());
    }
}
