package io.mailscope.trace.internal.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceException;
import io.mailscope.trace.source.SourceLimits;

/**
 * A source that cannot be read twice (or must be decoded first), copied to a temporary file while it is read: a
 * thread reads the source, unpacks gzip, decodes UTF-16, normalises CR-only line endings and appends to the spool;
 * readers read the spool from any offset and wait for bytes still to come. A reader that waits longer than the
 * no-data timeout without the source delivering a byte fails with {@link SourceException.NoData}, and so does
 * every later read. The temporary file is in the spool directory (never next to the user's file), removed from the
 * directory as soon as it is open where the system allows it, and deleted on close in any case.
 */
final class SpooledTrace implements ReadableTrace {

    /** Opens the source on the spool thread (opening a FIFO blocks until a writer comes). */
    @FunctionalInterface
    interface RawOpener {
        InputStream open() throws IOException;
    }

    private static final int CHUNK = 1 << 16;

    private final String name;
    private final SourceLimits limits;
    private final long expectedSize;
    private final Path fifo;
    private final FileChannel channel;
    private final Thread thread;
    private final Object lock = new Object();
    private final List<Closeable> toClose = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private long written;
    private boolean done;
    private IOException failure;
    private boolean closed;
    private boolean opening = true;
    private volatile long lastDataNanos = System.nanoTime();
    /** Bytes the source delivered (before unpacking and decoding). */
    private volatile long received;

    /**
     * @param fifo the path to open for writing to release the spool thread from a blocking open, or null
     * @param gzipKnown true when the caller knows the source is gzip (else the first bytes decide)
     */
    SpooledTrace(String name, RawOpener opener, SourceLimits limits, long expectedSize, Path fifo, String firstStep)
            throws IOException {
        this.name = name;
        this.limits = limits;
        this.expectedSize = expectedSize;
        this.fifo = fifo;
        if (firstStep != null) {
            steps.add(firstStep);
        }
        Files.createDirectories(limits.spoolDirectory());
        Path file = Files.createTempFile(limits.spoolDirectory(), "mailscope-spool-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        TempFiles.unlinkWhileOpen(file);
        thread = new Thread(() -> spool(opener), "mailscope-spool " + name); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String decoding() {
        synchronized (lock) {
            return String.join(", ", steps); //$NON-NLS-1$
        }
    }

    @Override
    public long size() {
        synchronized (lock) {
            return done ? written : -1;
        }
    }

    @Override
    public long expectedSize() {
        return expectedSize;
    }

    // ---- the spool thread

    private void spool(RawOpener opener) {
        IOException error = null;
        try {
            InputStream raw = opener.open();
            synchronized (lock) {
                opening = false;
                toClose.add(raw);
                if (closed) {
                    return;
                }
            }
            copy(new ActivityStream(raw));
        } catch (IOException e) {
            error = e;
        } catch (RuntimeException e) {
            error = new IOException(name + ": " + e, e); //$NON-NLS-1$
        }
        synchronized (lock) {
            opening = false;
            if (error != null && failure == null && !closed) {
                failure = error instanceof SourceException || error instanceof ZipException ? error
                        : new IOException(name + ": " + error.getMessage(), error); //$NON-NLS-1$
            }
            done = true;
            lock.notifyAll();
        }
        closeRaw();
    }

    private void copy(InputStream raw) throws IOException {
        byte[] head = new byte[TextSniffer.HEAD_BYTES];
        int headLength = readHead(raw, head);
        InputStream in = raw;
        if (TextSniffer.gzip(head, headLength)) {
            step("gzip"); //$NON-NLS-1$
            try {
                in = new GZIPInputStream(new SequenceInputStream(new ByteArrayInputStream(head, 0, headLength), raw), CHUNK);
            } catch (ZipException e) {
                throw new SourceException.Archive(name, "not a readable gzip file: " + e.getMessage(), e); //$NON-NLS-1$
            }
            headLength = readHead(in, head);
        }
        TextSniffer.Encoding encoding = TextSniffer.encoding(head, headLength);
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, 0, headLength), in);
        if (encoding.utf16()) {
            step(encoding.charset().name() + (encoding.bomLength() > 0 ? " with BOM" : " without BOM")); //$NON-NLS-1$ //$NON-NLS-2$
            rest.skipNBytes(encoding.bomLength());
            copyUtf16(new InputStreamReader(rest, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        } else if (TextSniffer.binary(head, headLength)) {
            // /dev/zero, /dev/urandom, an image piped in: only the head is kept, enough for the import to refuse it as
            // binary with the offset of the first binary line, instead of copying an endless device to the disk
            step("binary: only the first " + headLength + " bytes read"); //$NON-NLS-1$ //$NON-NLS-2$
            append(ByteBuffer.wrap(head, 0, headLength));
        } else {
            copyBytes(rest, TextSniffer.crOnly(head, headLength));
        }
    }

    /**
     * Reads until the head is full, the source ends, or a slow source has nothing more for now (then the decision is
     * made on what came, rather than waiting for a pipe that delivers a line at a time).
     */
    private static int readHead(InputStream in, byte[] head) throws IOException {
        int n = 0;
        while (n < head.length) {
            int r = in.read(head, n, head.length - n);
            if (r < 0) {
                break;
            }
            n += r;
            if (in.available() == 0) {
                break;
            }
        }
        return n;
    }

    private void copyBytes(InputStream in, boolean crOnly) throws IOException {
        LineEndingNormalizer normalizer = crOnly ? new LineEndingNormalizer() : null;
        if (crOnly) {
            step("CR line endings"); //$NON-NLS-1$
        }
        byte[] buffer = new byte[CHUNK];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int length = normalizer == null ? n : normalizer.normalize(buffer, n);
            append(ByteBuffer.wrap(buffer, 0, length));
        }
    }

    private void copyUtf16(Reader reader) throws IOException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(CHUNK / 4);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        LineEndingNormalizer normalizer = null;
        boolean decided = false;
        while (true) {
            int n = reader.read(chars);
            boolean end = n < 0;
            chars.flip();
            CoderResult result;
            do {
                result = encoder.encode(chars, bytes, end);
                bytes.flip();
                if (!decided) {
                    decided = true;
                    if (TextSniffer.crOnly(bytes.array(), bytes.limit())) {
                        step("CR line endings"); //$NON-NLS-1$
                        normalizer = new LineEndingNormalizer();
                    }
                }
                int length = normalizer == null ? bytes.limit() : normalizer.normalize(bytes.array(), bytes.limit());
                append(ByteBuffer.wrap(bytes.array(), 0, length));
                bytes.clear();
            } while (result.isOverflow());
            chars.compact(); // keeps a high surrogate whose pair is in the next read
            if (end) {
                encoder.flush(bytes);
                bytes.flip();
                append(bytes);
                return;
            }
        }
    }

    private void step(String step) {
        synchronized (lock) {
            steps.add(step);
        }
    }

    private void append(ByteBuffer bytes) throws IOException {
        if (!bytes.hasRemaining()) {
            return;
        }
        long at;
        synchronized (lock) {
            if (closed) {
                throw new InterruptedIOException("closed"); //$NON-NLS-1$
            }
            at = written;
        }
        if (at + bytes.remaining() > limits.spoolLimitBytes()) {
            throw new SourceException.TooLarge(name, limits.spoolLimitBytes());
        }
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        synchronized (lock) {
            written = at;
            lock.notifyAll();
        }
    }

    /** Counts every byte the source delivers as activity for the no-data timeout. */
    private final class ActivityStream extends InputStream {
        private final InputStream in;

        ActivityStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                lastDataNanos = System.nanoTime();
                received++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                lastDataNanos = System.nanoTime();
                received += n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }
    }

    // ---- readers

    /** @return the end of what is readable at {@code offset} now (more than offset), or -1 at the end of the trace */
    private long awaitBytes(long offset) throws IOException {
        long timeoutNanos = limits.noDataTimeout().toNanos();
        synchronized (lock) {
            while (true) {
                if (written > offset) {
                    return written;
                }
                if (failure != null) {
                    throw failure;
                }
                if (closed) {
                    throw new IOException(name + ": closed"); //$NON-NLS-1$
                }
                if (done) {
                    return -1;
                }
                long waitNanos = timeoutNanos == 0 ? 1_000_000_000L : timeoutNanos - (System.nanoTime() - lastDataNanos);
                if (waitNanos <= 0) {
                    failure = new SourceException.NoData(name, limits.noDataTimeout(), received);
                    lock.notifyAll();
                    abandonSource();
                    throw failure;
                }
                try {
                    lock.wait(Math.max(1, waitNanos / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException(name + ": interrupted while waiting for data"); //$NON-NLS-1$
                }
            }
        }
    }

    @Override
    public int read(long offset, ByteBuffer target) throws IOException {
        long end = awaitBytes(offset);
        if (end < 0) {
            return -1;
        }
        int want = (int) Math.min(target.remaining(), end - offset);
        ByteBuffer slice = target.slice(target.position(), want);
        int n = channel.read(slice, offset);
        if (n > 0) {
            target.position(target.position() + n);
        }
        return n;
    }

    @Override
    public InputStream openStream() {
        return new ReadableTraceStream(this, 0);
    }

    /** Stops reading the source: closes it, and releases a spool thread blocked in opening a FIFO. */
    private void abandonSource() {
        boolean blockedInOpen;
        synchronized (lock) {
            blockedInOpen = opening;
        }
        thread.interrupt();
        closeRaw();
        if (blockedInOpen && fifo != null) {
            Fifos.releaseBlockedOpen(fifo);
        }
    }

    private void closeRaw() {
        List<Closeable> streams;
        synchronized (lock) {
            streams = new ArrayList<>(toClose);
            toClose.clear();
        }
        for (Closeable c : streams) {
            try {
                c.close();
            } catch (IOException e) {
                // the source is abandoned or finished: a failure to close it changes nothing for the trace
                assert e != null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
        }
        if (thread.isAlive()) {
            abandonSource();
        }
        channel.close(); // deletes the temporary file
    }
}
