package io.mailscope.trace.internal.source;

import java.nio.channels.FileChannel;

import io.mailscope.trace.source.ReadableTrace;

/**
 * A trace read in place from a regular file: workers that read the whole input in large chunks may copy them from a
 * mapping of the file ({@link io.mailscope.trace.internal.bytes.MappedFileCopy}) instead of reading them.
 */
public interface MappableTrace extends ReadableTrace {

    /** @return the file's channel, open for reading until the trace is closed */
    FileChannel channel();
}
