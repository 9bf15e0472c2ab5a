package io.mailscope.headless.internal.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.headless.internal.UsageException;
import io.mailscope.trace.source.SourceException;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;

/**
 * What a command line names as traces: {@code -} is standard input, a zip archive is one trace per member, every
 * other path is read as it is (a file, a FIFO or {@code /dev/fd/N}, a {@code .gz} file; the import decodes and spools
 * what needs it).
 */
final class TraceInputs {

    /** The option that sets how long a silent source is waited for. */
    static final String FILE_TIMEOUT = "--file-timeout"; //$NON-NLS-1$

    /**
     * @param shown the name in reports ({@code -}, {@code logs.zip!outlook.log}, the path)
     * @param source the source to read
     */
    record Input(Path shown, TraceSource source) {
        /** @return true for a path that the diagnosis service reads itself */
        boolean plainPath() {
            return source instanceof TraceSource.FileSource;
        }
    }

    private TraceInputs() {
    }

    /** @throws SourceException.Archive when a zip archive cannot be read */
    static List<Input> of(Path path) throws SourceException {
        if (path.toString().equals(TraceSource.STANDARD_INPUT)) {
            return List.of(new Input(path, TraceSource.standardInput()));
        }
        List<Input> inputs = new ArrayList<>();
        for (TraceSource source : TraceSources.expand(path)) {
            inputs.add(new Input(source instanceof TraceSource.FileSource ? path : Path.of(source.name()), source));
        }
        return inputs;
    }

    static Duration timeout(String value) throws UsageException {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 0) {
                throw new UsageException(FILE_TIMEOUT + " needs a number of seconds, 0 or more: " + value); //$NON-NLS-1$
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new UsageException(FILE_TIMEOUT + " needs a number of seconds: " + value); //$NON-NLS-1$
        }
    }
}
