package io.mailscope.model.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mailscope.model.Catalog;
import io.mailscope.model.ErrorCode;

/**
 * Resolves the text a user pastes into a catalogued code: {@code 0x800CCC0F}, {@code 800ccc0f}, {@code -2146644977},
 * {@code 2148322319}, {@code IXP_E_CONNECTION_DROPPED}, or a whole dialog text that contains one of them.
 * <p>
 * Built once per catalog; lookups are map hits plus, for free text, one regular-expression scan.
 */
public final class ErrorCodeLookup {

    private static final Pattern HEX_IN_TEXT = Pattern.compile("(?i)\\b0x([0-9a-f]{8})\\b"); //$NON-NLS-1$
    /** Bare hex in text, only where it looks like a mail HRESULT ("Error Number: 800CCC0F"), to avoid random words. */
    private static final Pattern BARE_HEX_IN_TEXT = Pattern.compile("(?i)\\b((?:800c|000c|8004)[0-9a-f]{4})\\b"); //$NON-NLS-1$
    private static final Pattern SYMBOL_IN_TEXT = Pattern.compile("\\b(IXP_[ES]_[A-Z0-9_]+|MAPI_[EW]_[A-Z0-9_]+)\\b"); //$NON-NLS-1$

    private final Map<Integer, ErrorCode> byValue = new HashMap<>();
    private final Map<String, ErrorCode> bySymbol = new HashMap<>();

    public ErrorCodeLookup(Catalog catalog) {
        for (ErrorCode code : catalog.getCodes()) {
            byValue.putIfAbsent(code.getValue(), code);
            if (code.getSymbol() != null && !code.getSymbol().isBlank()) {
                bySymbol.putIfAbsent(code.getSymbol().toUpperCase(Locale.ROOT), code);
            }
        }
    }

    public Optional<ErrorCode> byValue(int value) {
        return Optional.ofNullable(byValue.get(value));
    }

    public Optional<ErrorCode> bySymbol(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol.strip().toUpperCase(Locale.ROOT)));
    }

    public LookupResult lookup(String input) {
        String text = input == null ? "" : input.strip(); //$NON-NLS-1$
        if (text.isEmpty()) {
            return new LookupResult.Unrecognised("", "no input: give an error code such as 0x800CCC0F"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Optional<ErrorCode> symbol = bySymbol(text);
        if (symbol.isPresent()) {
            return new LookupResult.Catalogued(symbol.get());
        }
        Optional<HResult> number = HResult.parse(text);
        if (number.isPresent()) {
            return resolve(number.get());
        }
        return searchText(text);
    }

    private LookupResult resolve(HResult hresult) {
        ErrorCode code = byValue.get(hresult.value());
        return code != null ? new LookupResult.Catalogued(code) : new LookupResult.NotCatalogued(hresult);
    }

    /** A dialog text may name several codes ("0x800CCC0F ... 0x00000000"): the first catalogued one wins. */
    private LookupResult searchText(String text) {
        HResult firstUncatalogued = null;
        for (Pattern pattern : new Pattern[] { HEX_IN_TEXT, BARE_HEX_IN_TEXT }) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                HResult h = new HResult(Integer.parseUnsignedInt(m.group(1), 16));
                ErrorCode code = byValue.get(h.value());
                if (code != null) {
                    return new LookupResult.Catalogued(code);
                }
                if (firstUncatalogued == null && h.isFailure()) {
                    firstUncatalogued = h;
                }
            }
        }
        Matcher symbols = SYMBOL_IN_TEXT.matcher(text);
        while (symbols.find()) {
            ErrorCode code = bySymbol.get(symbols.group(1));
            if (code != null) {
                return new LookupResult.Catalogued(code);
            }
        }
        if (firstUncatalogued != null) {
            return new LookupResult.NotCatalogued(firstUncatalogued);
        }
        return new LookupResult.Unrecognised(text,
                "not an error code: expected hex (0x800CCC0F or 800CCC0F), a decimal HRESULT (-2146644977 or 2148322319), " //$NON-NLS-1$
                        + "a symbol (IXP_E_CONNECTION_DROPPED) or an error message that contains one"); //$NON-NLS-1$
    }
}
