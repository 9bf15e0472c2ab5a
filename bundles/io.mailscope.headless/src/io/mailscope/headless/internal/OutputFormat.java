package io.mailscope.headless.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code --format} values. */
public enum OutputFormat {
    TEXT, JSON, HTML;

    public static OutputFormat parse(String value, OutputFormat... allowed) throws UsageException {
        for (OutputFormat f : allowed) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new UsageException("--format must be one of " //$NON-NLS-1$
                + Arrays.stream(allowed).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) //$NON-NLS-1$
                + ", not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
