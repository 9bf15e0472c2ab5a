package io.mailscope.trace.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A regular file whose bytes need no decoding: read in place, never copied. */
final class PlainFileTrace implements MappableTrace {

    private final Path path;
    private final FileChannel channel;

    PlainFileTrace(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public String decoding() {
        return ""; //$NON-NLS-1$
    }

    @Override
    public InputStream openStream() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public int read(long offset, ByteBuffer target) throws IOException {
        return channel.read(target, offset);
    }

    @Override
    public FileChannel channel() {
        return channel;
    }

    @Override
    public long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            return -1; // unknown; a read reports the failure itself
        }
    }

    @Override
    public long expectedSize() {
        return size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
