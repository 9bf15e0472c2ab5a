package io.mailscope.trace.rows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.Trace;

/**
 * Reads the raw source lines around a row again from the trace's source (the file, or the pasted text), numbered as
 * the import numbered them (lines end at LF; a CR before it is dropped; invalid UTF-8 becomes U+FFFD).
 * <p>
 * Lines in which the import masked a secret (a repair, or a protocol line flagged masked) are never shown raw: they are replaced by a notice, so the password the
 * import masked in the row does not reappear in the source pane.
 */
public final class SourceLines {

    /** One source line. */
    public record NumberedLine(int number, String text, boolean hidden) {
    }

    /** Random access to the source's bytes. */
    @FunctionalInterface
    public interface ByteSource {
        /** Reads bytes at {@code position} into {@code into}; returns the count read, -1 at the end. */
        int read(long position, ByteBuffer into) throws IOException;
    }

    /** Shown instead of a line in which the import masked a secret. */
    public static final String HIDDEN = "\u2022\u2022\u2022 line not shown: the import masked a secret in it (see the row) \u2022\u2022\u2022"; //$NON-NLS-1$

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_BACKWARD_BYTES = 4 * 1024 * 1024;

    private final ByteSource source;
    private final BitSet secretLines = new BitSet();

    private SourceLines(ByteSource source, Trace trace) {
        this.source = source;
        for (Repair repair : trace.getRepairs()) {
            if (repair.getKind() == RepairKind.MASKED_SECRET && repair.getFirstLine() > 0) {
                secretLines.set(repair.getFirstLine(), Math.max(repair.getFirstLine(), repair.getLastLine()) + 1);
            }
        }
        // also the lines the import flagged as masked without a repair (the source had already starred the password)
        for (io.mailscope.model.Session session : trace.getSessions()) {
            for (io.mailscope.model.Exchange exchange : session.getExchanges()) {
                if (exchange.getCommand() != null && exchange.getCommand().isMasked()) {
                    secretLines.set(exchange.getCommand().getFirstLine(), Math.max(exchange.getCommand().getFirstLine(), exchange.getCommand().getLastLine()) + 1);
                }
                for (io.mailscope.model.ProtocolLine reply : exchange.getReplyLines()) {
                    if (reply.isMasked()) {
                        secretLines.set(reply.getFirstLine(), Math.max(reply.getFirstLine(), reply.getLastLine()) + 1);
                    }
                }
            }
        }
    }

    /** Source lines of a trace imported from {@code file}. */
    public static SourceLines ofFile(Path file, Trace trace) {
        return new SourceLines((position, into) -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return channel.read(into, position);
            }
        }, trace);
    }

    /** Source lines of a trace imported from pasted text (as UTF-8, the way import reads it). */
    public static SourceLines ofText(String text, Trace trace) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceLines((position, into) -> {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(into.remaining(), bytes.length - position);
            into.put(bytes, (int) position, n);
            return n;
        }, trace);
    }

    /** @return true when the import masked a secret in source line {@code number}: such a line is never shown raw */
    public boolean hidesLine(int number) {
        return number >= 0 && secretLines.get(number);
    }

    /**
     * @return the whole source from its first byte as the import numbered its lines (the file's bytes, or pasted text
     *         as UTF-8), for copying it, e.g. into a case file; the caller masks what {@link #hidesLine} names
     */
    public InputStream openStream() {
        return new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                int n = source.read(position, ByteBuffer.wrap(into, offset, length));
                if (n > 0) {
                    position += n;
                }
                return n == 0 ? -1 : n;
            }
        };
    }

    /**
     * @param row the row whose lines to show
     * @param context how many lines before and after the row's lines to add
     * @return the row's source lines with {@code context} lines around them (fewer at the start or end of the source)
     */
    public List<NumberedLine> around(TraceRow row, int context) throws IOException {
        int from = Math.max(1, row.firstLine() - context);
        int to = row.lastLine() + context;
        long start = 0;
        int startLine = 1;
        if (row.offset() > 0) {
            // the row's first line starts at its offset: walk back to the first line wanted instead of reading from 0
            long[] back = startOfLineBefore(row.offset(), row.firstLine() - from);
            start = back[0];
            startLine = (int) (row.firstLine() - back[1]);
        }
        return readLines(start, startLine, from, to);
    }

    /** @return {position of the line {@code lines} lines before the one at {@code offset}, lines actually gone back} */
    private long[] startOfLineBefore(long offset, int lines) throws IOException {
        long position = offset;
        int found = 0;
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        while (found < lines && position > 0 && offset - position < MAX_BACKWARD_BYTES) {
            long chunkStart = Math.max(0, position - CHUNK);
            buffer.clear().limit((int) (position - chunkStart));
            int n = readFully(chunkStart, buffer);
            // the byte at offset-1 is the LF that ends the previous line: count the LFs before it
            for (int i = n - 1; i >= 0; i--) {
                long at = chunkStart + i;
                if (at >= offset - 1) {
                    continue;
                }
                if (buffer.get(i) == '\n') {
                    found++;
                    if (found == lines) { // the LF at offset-1 ends the line before; each further LF one more
                        return new long[] { at + 1, lines };
                    }
                }
            }
            position = chunkStart;
        }
        if (position == 0) {
            return new long[] { 0, found + 1 }; // the file starts with the line before the found LFs
        }
        return new long[] { offset, 0 };
    }

    private int readFully(long position, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = source.read(position + total, buffer);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private List<NumberedLine> readLines(long start, int startLine, int from, int to) throws IOException {
        List<NumberedLine> lines = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int number = startLine;
        long position = start;
        while (number <= to) {
            buffer.clear();
            int n = readFully(position, buffer);
            if (n <= 0) {
                break;
            }
            position += n;
            for (int i = 0; i < n && number <= to; i++) {
                byte b = buffer.get(i);
                if (b == '\n') {
                    if (number >= from) {
                        lines.add(line(number, line.toByteArray()));
                    }
                    number++;
                    line.reset();
                } else if (number >= from && line.size() < 64 * 1024) {
                    line.write(b);
                }
            }
        }
        if (line.size() > 0 && number >= from && number <= to) {
            lines.add(line(number, line.toByteArray()));
        }
        return lines;
    }

    private NumberedLine line(int number, byte[] bytes) {
        if (secretLines.get(number)) {
            return new NumberedLine(number, HIDDEN, true);
        }
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new NumberedLine(number, decode(bytes, length), false);
    }

    private static String decode(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            // REPLACE never throws; keep the compiler satisfied without hiding a real problem
            throw new IllegalStateException(e);
        }
    }
}
