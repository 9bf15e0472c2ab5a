package io.mailscope.trace.internal.bytes;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The lines that start in a byte range {@code start..end-1} of an input, read into a buffer of their own: such blocks
 * can be read and scanned by several threads at once and give, one after the other, every line of the input exactly
 * once (a line belongs to the block its first byte is in, and is read whole, however far past {@code end} it goes).
 * The buffer is a little-endian heap buffer (its array is scanned eight bytes at a time with a {@code VarHandle}, which
 * the compiler turns into plain loads without the per-access checks of a direct buffer), reused for the next range,
 * and grows for a line longer than it up to a limit.
 */
public final class LineAlignedBlock {

    /** A line longer than the block reader's limit. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(long offset, int limit) {
            super("a line at byte offset " + offset + " is longer than " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final int maxBytes;
    private final int capacity;
    private ByteBuffer buffer;
    private long base;
    private int first;
    private int to;
    private boolean endOfInput;

    /**
     * @param capacity the buffer's initial size: the largest range plus one byte, and some room for the end of its
     *            last line
     * @param maxLineBytes how far the buffer may grow beyond {@code capacity} for the end of a long last line
     */
    public LineAlignedBlock(int capacity, int maxLineBytes) {
        this.capacity = capacity;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, (long) capacity + maxLineBytes);
        this.buffer = Swar.littleEndian(ByteBuffer.allocate(capacity));
    }

    /**
     * Reads the lines starting in {@code start..end-1}.
     *
     * @param end at most {@code start} plus the buffer's initial capacity minus one
     * @return this
     * @throws LineTooLongException when a line does not fit into {@code maxBytes}
     */
    public LineAlignedBlock read(PositionalInput input, long start, long end) throws IOException {
        // one byte before the range tells whether a line starts at its first byte
        base = start == 0 ? 0 : start - 1;
        if (end - base > buffer.capacity()) {
            throw new IllegalArgumentException("range of " + (end - start) + " bytes for a buffer of " + buffer.capacity()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        endOfInput = false;
        int have = fill(input, 0, (int) (end - base));
        if (start == 0) {
            first = 0;
        } else {
            int lf = Swar.indexOf(buffer, 0, have, (byte) '\n');
            first = lf < 0 ? have : lf + 1;
        }
        if (first >= have) {
            // the range was read to its end (or to the input's) without a line start in it
            first = to = have;
            return this;
        }
        // the last line starting before end ends at the first LF at or after end - 1
        int searchFrom = Math.max(first, (int) Math.min(have, end - 1 - base));
        while (true) {
            int lf = Swar.indexOf(buffer, searchFrom, have, (byte) '\n');
            if (lf >= 0) {
                to = lf + 1;
                endOfInput &= to == have; // the input ended, but after this block's last line: a block follows
                return this;
            }
            if (endOfInput) {
                to = have;
                return this;
            }
            searchFrom = have;
            if (have == buffer.capacity()) {
                grow(have);
            }
            have += fill(input, have, buffer.capacity());
        }
    }

    /** Reads into {@code from..limit-1} until it is full or the input ends ({@link #endOfInput} is set then). */
    private int fill(PositionalInput input, int from, int limit) throws IOException {
        int at = from;
        while (at < limit) {
            ByteBuffer target = buffer.duplicate();
            target.limit(limit).position(at);
            int n = input.read(base + at, target);
            if (n < 0) {
                endOfInput = true;
                break;
            }
            at += n;
        }
        return at - from;
    }

    private void grow(int have) throws LineTooLongException {
        if (buffer.capacity() >= maxBytes) {
            throw new LineTooLongException(base + first, maxBytes - capacity);
        }
        ByteBuffer bigger = Swar.littleEndian(ByteBuffer.allocate((int) Math.min(maxBytes, 2L * buffer.capacity())));
        bigger.put(buffer.duplicate().position(0).limit(have));
        buffer = bigger;
    }

    /** @return the buffer (little-endian); the block's bytes are {@link #first()}..{@link #to()}-1 */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** @return the buffer's array (index 0 is the buffer's index 0) */
    public byte[] array() {
        return buffer.array();
    }

    /** @return the input's offset of the buffer's index 0 */
    public long base() {
        return base;
    }

    /** @return the buffer index where the first line of the range starts */
    public int first() {
        return first;
    }

    /** @return the buffer index after the last line's terminator (or the end of the input) */
    public int to() {
        return to;
    }

    /** @return true when no line follows the block's last (which may lack a terminator) */
    public boolean endOfInput() {
        return endOfInput;
    }
}
