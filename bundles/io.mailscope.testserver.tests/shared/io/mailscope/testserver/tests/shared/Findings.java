package io.mailscope.testserver.tests.shared;

import io.mailscope.model.Finding;
import io.mailscope.model.catalog.HResult;

/** Reading findings for assertions. */
public final class Findings {

    private Findings() {
    }

    /** @return e.g. {@code 0x800CCC0F} */
    public static String code(Finding f) {
        return new HResult(f.getErrorCode().getValue()).hex();
    }

    /** @return e.g. {@code 0x800CCC0F.connection-dropped-after-greeting}, or "-" */
    public static String cause(Finding f) {
        return f.getCause() == null ? "-" : f.getCause().getId();
    }
}
