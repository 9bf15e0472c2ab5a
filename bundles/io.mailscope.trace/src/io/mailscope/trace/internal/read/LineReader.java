package io.mailscope.trace.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams bytes into lines with their byte offsets. Memory is bounded by the buffer and {@link #maxLineBytes}:
 * a longer line is cut (the rest is skipped up to its terminator, {@link DecodedLine#truncatedFromBytes()} says how
 * long it was). Bytes are decoded as UTF-8; invalid sequences become U+FFFD and the line is flagged. Pure ASCII
 * lines take a fast path without a decoder.
 */
public final class LineReader {

    /** Lines longer than this many bytes are truncated. */
    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    private static final int BUFFER_BYTES = 1 << 18;
    /** Reads 8 bytes of the buffer as one long (the scan's fast path tests them together). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int bufferStart;
    private int bufferEnd;
    private boolean eof;
    private long bytesConsumed;
    private int lineNumber;
    private byte[] lineBytes = new byte[256];
    /** see {@link #shortReadsAfterSkips}: the first read after a skip asks this many bytes (0: the buffer's worth) */
    private int shortRead;
    /** the bytes the next read asks for at most */
    private int readLimit = BUFFER_BYTES;
    private final CharsetDecoder strictDecoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    public LineReader(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Numbers lines and offsets as if the stream began at {@code offset} after {@code linesBefore} lines (a re-read
     * of part of a source). Call before the first {@link #next()}.
     *
     * @return this
     */
    public LineReader startingAt(long offset, int linesBefore) {
        this.bytesConsumed = offset;
        this.lineNumber = linesBefore;
        return this;
    }

    /**
     * Reads {@code bytes} bytes after a skip ({@link #skip}, {@link #skipAhead}), twice as many with each read after it,
     * up to the buffer's size: for a caller that mostly reads a few lines between long runs it skips, on a stream
     * whose reads cost by the byte more than by the call (not a file: a read is a system call), so that the bytes of
     * the runs are not copied into the buffer.
     *
     * @return this
     */
    public LineReader shortReadsAfterSkips(int bytes) {
        this.shortRead = bytes;
        return this;
    }

    /** @return bytes consumed so far (the offset of the next line) */
    public long position() {
        return bytesConsumed;
    }

    /** @return the number of the last line read (or skipped) */
    public int lineNumber() {
        return lineNumber;
    }

    /** @return the next line, or null at the end of the input */
    public DecodedLine next() throws IOException {
        if (bufferStart == bufferEnd && !fill()) {
            return null;
        }
        DecodedLine fast = nextInBuffer();
        return fast != null ? fast : nextAcrossBuffers();
    }

    /**
     * The common case: the whole line, terminator included, is in the buffer and not longer than the limit. Scans and
     * classifies the bytes in place (one comparison per byte for printable ASCII) and builds the text straight from
     * the buffer.
     *
     * @return the line, or null when the slow path must handle it (nothing consumed then)
     */
    private DecodedLine nextInBuffer() {
        byte[] b = buffer;
        int from = bufferStart;
        int end = Math.min(bufferEnd, from + maxLineBytes + 1);
        boolean nul = false;
        boolean nonAscii = false;
        int controls = 0;
        int i = from;
        scan: while (true) {
            // skip 8 bytes at a time while they are all printable ASCII (0x20-0x7F): no terminator, nothing to flag
            while (i + 8 <= end) {
                long x = (long) LONGS.get(b, i);
                if (((x - 0x2020202020202020L | x) & 0x8080808080808080L) != 0) {
                    break;
                }
                i += 8;
            }
            if (i >= end) {
                break;
            }
            // a block with a control or non-ASCII byte (or the tail): look at each byte
            for (int blockEnd = Math.min(i + 8, end); i < blockEnd; i++) {
                byte c = b[i];
                if (c < 0x20) { // negative bytes (non-ASCII) included
                    if (c == '\n') {
                        break scan;
                    }
                    if (c < 0) {
                        nonAscii = true;
                    } else if (c != '\t' && c != '\r' && c != '\f') {
                        controls++;
                        nul |= c == 0;
                    }
                }
            }
        }
        if (i >= end || i - from > maxLineBytes) {
            return null;
        }
        int contentLength = i - from;
        long start = bytesConsumed;
        int total = contentLength + 1;
        bytesConsumed += total;
        bufferStart = i + 1;
        lineNumber++;
        int length = contentLength;
        if (length > 0 && b[from + length - 1] == '\r') {
            length--;
        }
        String text;
        boolean invalid = false;
        if (!nonAscii) {
            text = new String(b, from, length, StandardCharsets.ISO_8859_1);
        } else {
            try {
                text = strictDecoder.reset().decode(ByteBuffer.wrap(b, from, length)).toString();
            } catch (CharacterCodingException e) {
                // replaced on purpose: the caller records a REPLACED_INVALID_BYTES repair for this line
                text = new String(b, from, length, StandardCharsets.UTF_8);
                invalid = true;
            }
        }
        boolean binary = nul || controls > 0 && controls * 10 > contentLength;
        return new DecodedLine(lineNumber, start, text, total, invalid, 0, binary);
    }

    private DecodedLine nextAcrossBuffers() throws IOException {
        long start = bytesConsumed;
        int kept = 0;
        long contentLength = 0;
        boolean sawNewline = false;
        boolean nul = false;
        boolean nonAscii = false;
        int controls = 0;
        while (true) {
            if (bufferStart == bufferEnd && !fill()) {
                break;
            }
            byte[] b = buffer;
            int end = bufferEnd;
            int i = bufferStart;
            while (i < end && b[i] != '\n') {
                i++;
            }
            int chunkLength = i - bufferStart;
            int copy = Math.min(maxLineBytes - kept, chunkLength);
            if (copy > 0) {
                ensureCapacity(kept + copy);
                System.arraycopy(b, bufferStart, lineBytes, kept, copy);
                for (int k = kept; k < kept + copy; k++) {
                    byte c = lineBytes[k];
                    if (c < 0) {
                        nonAscii = true;
                    } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                        controls++;
                        nul |= c == 0;
                    }
                }
                kept += copy;
            }
            contentLength += chunkLength;
            if (i < end) {
                sawNewline = true;
                bufferStart = i + 1;
                break;
            }
            bufferStart = end;
        }
        if (!sawNewline && contentLength == 0) {
            return null;
        }
        long total = contentLength + (sawNewline ? 1 : 0);
        bytesConsumed += total;
        lineNumber++;
        int length = kept;
        if (length > 0 && length == contentLength && lineBytes[length - 1] == '\r') {
            length--;
        }
        String text;
        boolean invalid = false;
        if (!nonAscii) {
            text = new String(lineBytes, 0, length, StandardCharsets.ISO_8859_1);
        } else {
            try {
                text = strictDecoder.reset().decode(ByteBuffer.wrap(lineBytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                // replaced on purpose: the caller records a REPLACED_INVALID_BYTES repair for this line
                text = new String(lineBytes, 0, length, StandardCharsets.UTF_8);
                invalid = true;
            }
        }
        long truncatedFrom = contentLength > kept ? contentLength : 0;
        boolean binary = nul || controls > 0 && controls * 10 > kept;
        return new DecodedLine(lineNumber, start, text, (int) Math.min(Integer.MAX_VALUE, total), invalid,
                truncatedFrom, binary);
    }

    /** Decides on bytes whether a run of lines starts at {@code from}; see {@link LineReader#runAhead}. */
    @FunctionalInterface
    public interface RunMatcher {
        /** Returned when the bytes given end before the run could be decided. */
        int MORE_BYTES = -2;

        /** @return the offset just after the run's last line, {@link #MORE_BYTES}, or another negative value: no run */
        int match(byte[] bytes, int from, int to);
    }

    /**
     * Offers the bytes from the next line on (at most {@code maxBytes}, fewer at the end of the input) to
     * {@code matcher} without consuming them; a run it accepts can then be consumed with {@link #skip}.
     *
     * @return the run's length in bytes, or -1 when there is none
     */
    public int runAhead(RunMatcher matcher, int maxBytes) throws IOException {
        while (true) {
            int end = matcher.match(buffer, bufferStart, bufferEnd);
            if (end >= 0) {
                return end - bufferStart;
            }
            if (end != RunMatcher.MORE_BYTES || eof || bufferEnd - bufferStart >= Math.min(maxBytes, buffer.length)) {
                return -1;
            }
            readMore();
        }
    }

    /** Consumes a run {@link #runAhead} accepted: {@code bytes} bytes holding {@code lines} whole lines. */
    public void skip(int bytes, int lines) {
        if (bytes < 0 || bytes > bufferEnd - bufferStart) {
            throw new IllegalArgumentException("a run of " + bytes + " bytes is not buffered"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        bufferStart += bytes;
        bytesConsumed += bytes;
        lineNumber += lines;
        if (shortRead > 0) {
            readLimit = shortRead;
        }
    }

    /**
     * Consumes {@code bytes} bytes holding {@code lines} whole lines from the next line on, also beyond what is
     * buffered (another reader of the same input found them to be a run): the buffered part is dropped, the rest is
     * skipped in the stream.
     *
     * @throws java.io.EOFException when the input ends before
     */
    public void skipAhead(long bytes, int lines) throws IOException {
        int buffered = bufferEnd - bufferStart;
        if (bytes <= buffered) {
            skip((int) bytes, lines);
            return;
        }
        long rest = bytes - buffered;
        bufferStart = bufferEnd;
        if (shortRead > 0) {
            readLimit = shortRead;
        }
        while (rest > 0) {
            long n = in.skip(rest);
            if (n <= 0) {
                // skip may skip nothing without being at the end: one byte read tells
                if (in.read() < 0) {
                    throw new java.io.EOFException("the input ended " + rest + " bytes before a run of " + bytes //$NON-NLS-1$ //$NON-NLS-2$
                            + " bytes that was found in it"); //$NON-NLS-1$
                }
                n = 1;
            }
            rest -= n;
        }
        bytesConsumed += bytes;
        lineNumber += lines;
    }

    /** Moves the unread bytes to the buffer's start and reads more after them (at least one byte, or sets eof). */
    private void readMore() throws IOException {
        int unread = bufferEnd - bufferStart;
        System.arraycopy(buffer, bufferStart, buffer, 0, unread);
        bufferStart = 0;
        bufferEnd = unread;
        int n = in.read(buffer, unread, Math.min(buffer.length - unread, nextReadLimit()));
        if (n <= 0) {
            eof = true;
        } else {
            bufferEnd += n;
        }
    }

    /** @return the bytes the next read may ask for; twice as many for the read after it */
    private int nextReadLimit() {
        int limit = readLimit;
        readLimit = Math.min(BUFFER_BYTES, limit * 2);
        return limit;
    }

    private void ensureCapacity(int size) {
        if (size > lineBytes.length) {
            byte[] bigger = new byte[Math.max(size, Math.min(maxLineBytes, lineBytes.length * 2))];
            System.arraycopy(lineBytes, 0, bigger, 0, lineBytes.length);
            lineBytes = bigger;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, Math.min(buffer.length, nextReadLimit()));
        if (n <= 0) {
            eof = true;
            bufferStart = bufferEnd = 0;
            return false;
        }
        bufferStart = 0;
        bufferEnd = n;
        return true;
    }

}
