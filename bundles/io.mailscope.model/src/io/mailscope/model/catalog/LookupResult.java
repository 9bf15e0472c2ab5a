package io.mailscope.model.catalog;

import io.mailscope.model.ErrorCode;

/** What a lookup made of the text a user pasted. */
public sealed interface LookupResult {

    /** The input named a catalogued code. */
    record Catalogued(ErrorCode code) implements LookupResult {
    }

    /** The input is a valid HRESULT the catalog does not describe; {@link HResult#describe()} decodes it. */
    record NotCatalogued(HResult hresult) implements LookupResult {
    }

    /** The input holds no error code in any known form. */
    record Unrecognised(String input, String reason) implements LookupResult {
    }
}
