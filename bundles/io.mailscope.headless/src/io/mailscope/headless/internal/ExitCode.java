package io.mailscope.headless.internal;

import java.util.List;

/**
 * The exit codes of every command ({@code code}, {@code import}, {@code diagnose}, {@code probe}, …): one table,
 * documented in docs/command-line.md. When several inputs end differently, the most severe code wins
 * ({@link #worse(int, int)}): a failure that prevented a result is never hidden behind "nothing wrong found".
 * {@code probe} adds its phase codes 10 to 18 ({@code io.mailscope.session.Phase#exitCode()}), in the same table.
 */
public final class ExitCode {

    /** Done; nothing wrong found. */
    public static final int OK = 0;
    /** A failure was diagnosed in the input. */
    public static final int FAILURE_FOUND = 1;
    /** An input is not a recognised trace (for {@code code}: not catalogued). */
    public static final int BAD_INPUT = 2;
    /**
     * The command line itself is wrong (also: {@code --output} would overwrite an input, an unknown format id, and the
     * settings file that {@code diagnose} reads is invalid or unreadable).
     */
    public static final int USAGE = 3;
    /** The results could not be written (the {@code --output} file or standard output failed). */
    public static final int OUTPUT_FAILED = 4;
    /** An input could not be read: missing, no permission, an I/O error, a socket or a folder loop. */
    public static final int UNREADABLE = 5;
    /** Mailscope itself failed (a bug): the message says where; the other inputs' results are still given. */
    public static final int INTERNAL_ERROR = 6;
    /** Mailscope ran out of memory on an input; the other inputs' results are still given. */
    public static final int OUT_OF_MEMORY = 7;

    /** One row of the table. */
    public record Row(int code, String meaning) {
    }

    /** The table, in code order: what {@code --help} and docs/command-line.md show. */
    public static final List<Row> TABLE = List.of(new Row(OK, "done; nothing wrong found"), //$NON-NLS-1$
            new Row(FAILURE_FOUND, "a failure was diagnosed in the input"), //$NON-NLS-1$
            new Row(BAD_INPUT, "an input is not a recognised trace (code: not catalogued)"), //$NON-NLS-1$
            new Row(USAGE, "usage error: the command line is wrong, --output would overwrite an input, or the settings file is invalid"), //$NON-NLS-1$
            new Row(OUTPUT_FAILED, "the results could not be written"), //$NON-NLS-1$
            new Row(UNREADABLE, "an input could not be read (missing, no permission, I/O error, socket, folder loop)"), //$NON-NLS-1$
            new Row(INTERNAL_ERROR, "internal error in Mailscope (a bug; the other inputs' results are still given)"), //$NON-NLS-1$
            new Row(OUT_OF_MEMORY, "out of memory on an input (the other inputs' results are still given)")); //$NON-NLS-1$

    /** Severity of the per-input codes, least first. */
    private static final List<Integer> SEVERITY = List.of(OK, FAILURE_FOUND, BAD_INPUT, UNREADABLE, INTERNAL_ERROR,
            OUT_OF_MEMORY);

    private ExitCode() {
    }

    /** @return the more severe of two per-input codes */
    public static int worse(int a, int b) {
        return SEVERITY.indexOf(Integer.valueOf(a)) >= SEVERITY.indexOf(Integer.valueOf(b)) ? a : b;
    }
}
