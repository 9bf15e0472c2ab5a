package io.mailscope.report;

/**
 * How text output highlights what a support engineer scans for. {@link #PLAIN} for files, pipes and
 * {@code NO_COLOR}; {@link #ANSI} for a terminal.
 */
@FunctionalInterface
public interface TextStyle {

    /** What a piece of text is. */
    enum Highlight {
        /** a diagnosed failure ("DIAGNOSED", a status event) */
        FAILURE,
        /** a reported but unexplained code, a note on a failed rule */
        WARNING,
        /** nothing wrong found */
        HEALTHY,
        /** an error code: hex and symbol */
        CODE,
        /** source line numbers of evidence or events */
        LINE_NUMBER,
        /** a heading such as the file name */
        HEADING
    }

    /** @return the text as it should be shown */
    String apply(Highlight highlight, String text);

    /** No decoration. */
    TextStyle PLAIN = (highlight, text) -> text;

    /** ANSI SGR colours (bold red failures, yellow warnings, green healthy, bold codes, cyan line numbers). */
    TextStyle ANSI = (highlight, text) -> {
        String sgr = switch (highlight) {
            case FAILURE -> "1;31"; //$NON-NLS-1$
            case WARNING -> "33"; //$NON-NLS-1$
            case HEALTHY -> "32"; //$NON-NLS-1$
            case CODE -> "1"; //$NON-NLS-1$
            case LINE_NUMBER -> "36"; //$NON-NLS-1$
            case HEADING -> "1;4"; //$NON-NLS-1$
        };
        return text.isEmpty() ? text : "\u001b[" + sgr + "m" + text + "\u001b[0m"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    };
}
