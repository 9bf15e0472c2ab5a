package io.mailscope.headless.internal.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.mailscope.trace.source.SourceException;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * What a command line names as traces: {@code -} is standard input, a zip archive is one trace per member, every
 * other path is read as it is (a file, a FIFO or {@code /dev/fd/N}, a {@code .gz} file; the import decodes and spools
 * what needs it).
 */
final class TraceInputs {

    /** Description of {@code --file-timeout}, the same for every command that reads traces. */
    static final String FILE_TIMEOUT_DESCRIPTION = "a FIFO, pipe or device that sends nothing for S seconds fails with a " //$NON-NLS-1$
            + "message and the other files go on (default 30; 0 waits for ever)"; //$NON-NLS-1$

    /** Description of the trace parameters. */
    static final String INPUTS_DESCRIPTION = "- reads standard input; FIFOs and <(process substitution) are read as streams; " //$NON-NLS-1$
            + ".gz files are unpacked; each member of a .zip archive is a trace of its own; UTF-16 and CR-only files are decoded"; //$NON-NLS-1$

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

    /** The options of every command that reads traces ({@code @Mixin}). */
    static final class Options {
        @Option(names = "--file-timeout", paramLabel = "S", converter = Seconds.class, description = FILE_TIMEOUT_DESCRIPTION)
        Duration fileTimeout;
    }

    /** {@code --file-timeout S}: whole seconds, 0 or more. */
    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                long seconds = Long.parseLong(value.trim());
                if (seconds >= 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // reported below, with what was given
            }
            throw new TypeConversionException("a number of seconds, 0 or more, was expected: '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
