package io.mailscope.trace.source;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a trace comes from. Every kind is opened with {@link TraceSources#open} into a {@link ReadableTrace} that can be
 * read from its beginning as often as needed: a regular file is read in place; everything that cannot be read twice
 * (standard input, a pipe, a FIFO or {@code /dev/fd/N} from process substitution, a device, a {@code .gz} file, a
 * member of a {@code .zip}, pasted text, a live session) and every file that must be decoded first (UTF-16, CR-only
 * line endings) is spooled to a temporary file while it is read.
 * <p>
 * API version 1.0 (package {@code io.mailscope.trace.source;version="1.0.0"}).
 */
public sealed interface TraceSource {

    /** @return the name shown to the user (a path, {@code -}, {@code archive.zip!member.log}, a pasted text's title) */
    String name();

    /** A path: a regular file, a FIFO, {@code /dev/fd/N}, a device; compressed ({@code .gz}) or not. */
    record FileSource(Path path) implements TraceSource {
        public FileSource {
            Objects.requireNonNull(path);
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /**
     * A stream read once: standard input, a live session, a member of an archive. The stream is closed when the
     * {@link ReadableTrace} is closed (or when it has been read to its end).
     */
    record StreamSource(String name, InputStream stream) implements TraceSource {
        public StreamSource {
            Objects.requireNonNull(name);
            Objects.requireNonNull(stream);
        }
    }

    /** Text pasted from a ticket or the clipboard, or produced by a test. */
    record TextSource(String name, String text) implements TraceSource {
        public TextSource {
            Objects.requireNonNull(name);
            Objects.requireNonNull(text);
        }
    }

    /** One member of a zip archive on disk; each member is a trace of its own ({@link TraceSources#expand}). */
    record ZipMemberSource(Path archive, String member) implements TraceSource {
        public ZipMemberSource {
            Objects.requireNonNull(archive);
            Objects.requireNonNull(member);
        }

        @Override
        public String name() {
            return archive + "!" + member; //$NON-NLS-1$
        }
    }

    /** The name {@code -} for standard input, as on the command line. */
    String STANDARD_INPUT = "-"; //$NON-NLS-1$

    static TraceSource of(Path path) {
        return new FileSource(path);
    }

    /** @return standard input of this process, named {@link #STANDARD_INPUT} */
    static TraceSource standardInput() {
        return new StreamSource(STANDARD_INPUT, System.in);
    }

    static TraceSource text(String name, String text) {
        return new TextSource(name, text);
    }

    static TraceSource stream(String name, InputStream stream) {
        return new StreamSource(name, stream);
    }
}
