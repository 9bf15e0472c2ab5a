package io.mailscope.diagnosis.settings;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The settings file exists but says something Mailscope cannot follow: an unknown key, a value out of range, a broken
 * escape. The message is {@code FILE, line N: PROBLEM}, so that the engineer can open the file at that line; nothing
 * runs with half-read settings (a rule they turned off would run).
 */
public final class InvalidSettingsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    /**
     * @param line the 1-based line of the file the problem is on; 0 when it is not on one line
     */
    public InvalidSettingsException(Path file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem); //$NON-NLS-1$ //$NON-NLS-2$
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** @return the settings file */
    public Path file() {
        return file;
    }

    /** @return the 1-based line the problem is on; 0 when it is not on one line */
    public int line() {
        return line;
    }

    /** @return what is wrong, without file and line */
    public String problem() {
        return problem;
    }
}
