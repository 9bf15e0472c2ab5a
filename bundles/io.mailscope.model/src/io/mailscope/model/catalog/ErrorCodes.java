package io.mailscope.model.catalog;

import io.mailscope.model.ErrorCode;

/** Display helpers for catalogued codes. */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    /** @return {@code 0x800CCC0F} */
    public static String hex(ErrorCode code) {
        return new HResult(code.getValue()).hex();
    }
}
