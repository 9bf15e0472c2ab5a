package io.mailscope.trace.internal.bytes;

import java.util.Arrays;

/**
 * The lines {@link LineScanner} found in a block of bytes, as positions in the scanned buffer: where each line starts,
 * where its text ends (before {@code LF} or {@code CR LF}, as {@code LineReader} strips them), and whether it holds
 * only printable ASCII and tabs. Reused from block to block: the arrays grow, they are not re-allocated per block.
 */
public final class LineBlock {

    /** The line holds a byte outside printable ASCII other than a tab (a control, a CR inside the line, non-ASCII). */
    public static final int NOT_PLAIN = 1;

    int count;
    int[] starts = new int[1024];
    int[] ends = new int[1024];
    byte[] flags = new byte[1024];
    /** Where the next line starts (after the last line's terminator). */
    int next;

    /** @return the number of lines */
    public int count() {
        return count;
    }

    /** @return the index in the buffer of line {@code i}'s first byte */
    public int start(int i) {
        return starts[i];
    }

    /** @return the index in the buffer after line {@code i}'s text (its {@code CR LF} or {@code LF} not included) */
    public int end(int i) {
        return ends[i];
    }

    /** @return true when line {@code i} holds only printable ASCII and tabs */
    public boolean plain(int i) {
        return (flags[i] & NOT_PLAIN) == 0;
    }

    /** @return the index in the buffer where the line after the last one starts */
    public int next() {
        return next;
    }

    /** Forgets the lines (for a preparation that finds the lines itself, {@link ParallelLineBlocks.Preparation#findsLines}). */
    public void clear() {
        count = 0;
    }

    /** Sets where the line after the last one starts ({@link #next()}). */
    public void nextStartsAt(int start) {
        next = start;
    }

    /** Adds a line: its first byte, the index after its text, and whether it holds only printable ASCII and tabs. */
    public void add(int start, int end, boolean plain) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            flags = Arrays.copyOf(flags, size);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = plain ? 0 : (byte) NOT_PLAIN;
        count++;
    }
}
