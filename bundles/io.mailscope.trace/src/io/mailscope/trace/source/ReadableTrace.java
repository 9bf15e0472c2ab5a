package io.mailscope.trace.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * An opened {@link TraceSource}: the decoded bytes of a trace (UTF-8 or ASCII, LF or CR LF line endings) that can be
 * read from the beginning as often as needed and read at any offset, while a spooled source is still arriving.
 * Byte offsets refer to these bytes: the file itself for a plain regular file, else the decoded copy (line numbers are
 * those of the original in every case). {@link #close()} deletes every temporary file and stops reading the source.
 * Safe for use by several threads.
 */
public interface ReadableTrace extends Closeable {

    /** @return the source's name for the user */
    String name();

    /**
     * @return what was done to make the source readable (e.g. {@code "gzip"}, {@code "UTF-16LE"},
     *         {@code "CR line endings"}, {@code "spooled"}), empty for a plain file read in place
     */
    String decoding();

    /** @return a new stream over the whole trace from its first byte; it waits for a source still arriving */
    InputStream openStream() throws IOException;

    /**
     * Reads bytes at {@code offset} into {@code target}, waiting for a source still arriving.
     *
     * @return bytes read, -1 at the end of the trace
     */
    int read(long offset, ByteBuffer target) throws IOException;

    /** @return the size in bytes when known (the whole trace has arrived), else -1 */
    long size();

    /** @return a size to report progress against (the source file's size for a compressed file), -1 when unknown */
    long expectedSize();
}
