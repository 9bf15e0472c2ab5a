package io.mailscope.headless.internal;

import io.mailscope.report.TextStyle;
import picocli.CommandLine.Option;

/**
 * {@code --color=auto|always|never}, mixed into every command that writes text ({@code @Mixin ColorOption color;}).
 * auto colours standard output only when it is a terminal and {@code NO_COLOR} is not set; a file written with
 * {@code --output} is never coloured.
 */
public final class ColorOption {

    /** The values as typed (lower case, like git's and ls's {@code --color}). */
    public enum When {
        auto, always, never
    }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "colour findings, codes and line numbers: ${COMPLETION-CANDIDATES}; "
                    + "auto (default) only on a terminal and without NO_COLOR; never in a file")
    private When when = When.auto;

    /** @return the style for standard output */
    public TextStyle style(Terminal terminal) {
        return switch (when) {
            case always -> TextStyle.ANSI;
            case never -> TextStyle.PLAIN;
            case auto -> terminal.autoStyle();
        };
    }
}
