package io.mailscope.headless.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.mailscope.report.TextStyle;

/**
 * What the command line knows about where its output goes: whether standard output and standard error are terminals,
 * and the environment ({@code NO_COLOR}, {@code TERM}). Colour and the progress line depend on it; tests pass their
 * own.
 *
 * @param stdoutIsTerminal standard output is a terminal (not a file or a pipe)
 * @param stderrIsTerminal standard error is a terminal
 * @param env the environment variables
 */
public record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, Map<String, String> env) {

    /** Output to files or pipes, empty environment: no colour, no progress. */
    public static final Terminal NONE = new Terminal(false, false, Map.of());

    public Terminal {
        env = Map.copyOf(env);
    }

    /** @return the facts of this process */
    public static Terminal detect() {
        return new Terminal(isTerminal(1), isTerminal(2), System.getenv());
    }

    /**
     * Java cannot ask isatty() for one stream (System.console() needs stdin and stdout both), so this reads where the
     * descriptor points on Linux, the product's platform; anywhere else the answer is "not a terminal", which only
     * costs colour and the progress line.
     */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString(); //$NON-NLS-1$
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** @return true unless {@code NO_COLOR} is set to something (https://no-color.org) or {@code TERM=dumb} */
    boolean colourWanted() {
        String noColor = env.get("NO_COLOR"); //$NON-NLS-1$
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the text style for standard output with {@code --color=auto} */
    public TextStyle autoStyle() {
        return stdoutIsTerminal && colourWanted() ? TextStyle.ANSI : TextStyle.PLAIN;
    }
}
