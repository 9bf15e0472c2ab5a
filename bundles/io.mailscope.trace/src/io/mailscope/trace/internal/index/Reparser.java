package io.mailscope.trace.internal.index;

import java.io.IOException;
import java.util.function.IntPredicate;

import io.mailscope.trace.spi.TraceSink;

/** Reads the source again from a line start through a new parser of the format the import used. */
@FunctionalInterface
public interface Reparser {

    /**
     * @param offset byte offset of a line start
     * @param linesBefore the number of lines before it (its line number minus one)
     * @param sink receives the records, as the import did
     * @param enough asked with the line number after each line; true stops the re-read
     */
    void reparse(long offset, int linesBefore, TraceSink sink, IntPredicate enough) throws IOException;
}
