package io.mailscope.headless.internal;

/** Exit codes of the command line, documented in docs/command-line.md. */
public final class ExitCode {

    /** Done; nothing wrong found. */
    public static final int OK = 0;
    /** A failure was diagnosed in the input. */
    public static final int FAILURE_FOUND = 1;
    /** An input could not be read, recognised or resolved (unknown error code, unrecognised trace). */
    public static final int BAD_INPUT = 2;
    /** The command line itself is wrong. */
    public static final int USAGE = 3;
    /** The results could not be written (the --output file or standard output failed). */
    public static final int OUTPUT_FAILED = 4;

    private ExitCode() {
    }
}
