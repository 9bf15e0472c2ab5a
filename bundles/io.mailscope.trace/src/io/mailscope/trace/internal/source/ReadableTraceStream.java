package io.mailscope.trace.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import io.mailscope.trace.source.ReadableTrace;

/** A stream over a {@link ReadableTrace} from an offset on; each stream has its own position. */
public final class ReadableTraceStream extends InputStream {

    private final ReadableTrace trace;
    private long position;

    public ReadableTraceStream(ReadableTrace trace, long offset) {
        this.trace = trace;
        this.position = offset;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = trace.read(position, ByteBuffer.wrap(b, off, len));
        if (n > 0) {
            position += n;
        }
        return n;
    }
}
