package io.mailscope.trace.internal.bytes;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Bytes read at any 64-bit offset, by any thread (a file channel, a spooled trace that may still be arriving). */
@FunctionalInterface
public interface PositionalInput {

    /**
     * Reads bytes at {@code offset} into {@code target} from its position (waiting for an input still arriving).
     *
     * @return bytes read, -1 at the end of the input
     */
    int read(long offset, ByteBuffer target) throws IOException;
}
