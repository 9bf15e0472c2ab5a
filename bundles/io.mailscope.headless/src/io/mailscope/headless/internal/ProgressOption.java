package io.mailscope.headless.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import picocli.CommandLine.Option;

/**
 * {@code -q/--quiet}, mixed into the commands that read traces ({@code @Mixin ProgressOption progress;}): without
 * it, a large input read while standard error is a terminal shows a {@link ProgressLine}.
 */
public final class ProgressOption {

    /** Inputs smaller than this are read in well under a second: no line that would only flicker. */
    public static final long LARGE_INPUT_BYTES = 16L << 20;

    @Option(names = { "-q", "--quiet" }, description = "no progress line on standard error (it is shown only on a terminal, for inputs of 16 MiB and more)")
    private boolean quiet;

    /** @return a monitor that draws the progress line for reading {@code file}, or null when none is to be shown */
    public IProgressMonitor monitor(Terminal terminal, PrintWriter err, Path file, long size) {
        if (quiet || !terminal.stderrIsTerminal() || size < LARGE_INPUT_BYTES) {
            return null;
        }
        return new ProgressLine(err, String.valueOf(file.getFileName()), size, System::nanoTime);
    }
}
