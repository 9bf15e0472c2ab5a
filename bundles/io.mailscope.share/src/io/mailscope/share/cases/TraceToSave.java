package io.mailscope.share.cases;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;
import io.mailscope.trace.source.TraceSources;

/**
 * One trace of a case to save.
 *
 * @param name the name the trace editor shows (a file name, or the title of pasted text)
 * @param origin where it came from (the file's path, or the pasted text's title), kept for the engineer who reopens it
 * @param content the trace as the import numbered its lines (decoded: UTF-8 or ASCII, LF or CR LF)
 * @param secretLines the source lines in which the import masked a secret: stored masked even when the credential
 *            masking alone would not recognise them out of context
 * @param bookmarks the bookmarked rows with their notes
 */
public record TraceToSave(String name, String origin, Content content, IntPredicate secretLines, List<Bookmark> bookmarks) {

    /** Opens the trace's decoded bytes from the beginning. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public TraceToSave {
        Objects.requireNonNull(name);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(content);
        Objects.requireNonNull(secretLines);
        bookmarks = List.copyOf(bookmarks);
    }

    /**
     * @return the decoded content of a trace file: a {@code .gz}, UTF-16 or CR-only file decoded as the import reads it,
     *         so that line numbers are the import's; the temporary copy this may need is deleted when the stream closes
     */
    public static Content fileContent(Path file) {
        return () -> {
            ReadableTrace readable = TraceSources.open(TraceSource.of(file), SourceLimits.defaults());
            try {
                return new FilterInputStream(readable.openStream()) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            readable.close();
                        }
                    }
                };
            } catch (IOException | RuntimeException e) {
                readable.close();
                throw e;
            }
        };
    }
}
