package io.mailscope.trace.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.mailscope.trace.internal.source.TempFiles;

/**
 * The masked text of records whose credentials were masked, in a temporary file: re-parsing gives the raw line, and
 * a password must never come back from a page. Appended through a buffer; read back by reference.
 */
final class MaskedTexts implements Closeable {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long flushed;

    MaskedTexts(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "mailscope-masked-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        TempFiles.unlinkWhileOpen(file);
    }

    /** @return the reference to read it back with */
    synchronized long add(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (buffer.remaining() < bytes.length + 4) {
            flush();
        }
        long ref = flushed + buffer.position();
        if (bytes.length + 4 > buffer.capacity()) {
            ByteBuffer big = ByteBuffer.allocate(bytes.length + 4).putInt(bytes.length).put(bytes).flip();
            while (big.hasRemaining()) {
                flushed += channel.write(big, flushed);
            }
            return ref;
        }
        buffer.putInt(bytes.length).put(bytes);
        return ref;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            flushed += channel.write(buffer, flushed);
        }
        buffer.clear();
    }

    synchronized String get(long ref) throws IOException {
        if (ref >= flushed) {
            int at = (int) (ref - flushed);
            int length = buffer.getInt(at);
            byte[] bytes = new byte[length];
            buffer.get(at + 4, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length, ref);
        ByteBuffer bytes = ByteBuffer.allocate(length.getInt(0));
        readFully(bytes, ref + 4);
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    private void readFully(ByteBuffer target, long at) throws IOException {
        long position = at;
        while (target.hasRemaining()) {
            int n = channel.read(target, position);
            if (n < 0) {
                throw new IOException("masked text file ends early"); //$NON-NLS-1$
            }
            position += n;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
