package io.mailscope.trace.internal.source;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.mailscope.trace.source.ReadableTrace;
import io.mailscope.trace.source.SourceException;
import io.mailscope.trace.source.SourceLimits;
import io.mailscope.trace.source.TraceSource;

/** Decides for each source whether it is read in place or spooled, and how it is decoded. */
public final class SourceOpener {

    private SourceOpener() {
    }

    public static ReadableTrace open(TraceSource source, SourceLimits limits) throws IOException {
        return switch (source) {
            case TraceSource.FileSource f -> openPath(f.path(), limits);
            case TraceSource.StreamSource s -> new SpooledTrace(s.name(), s::stream, limits, -1, null, "spooled"); //$NON-NLS-1$
            case TraceSource.TextSource t -> {
                byte[] bytes = t.text().getBytes(StandardCharsets.UTF_8);
                yield new SpooledTrace(t.name(), () -> new ByteArrayInputStream(bytes), limits, bytes.length, null,
                        "pasted text"); //$NON-NLS-1$
            }
            case TraceSource.ZipMemberSource z -> openZipMember(z, limits);
        };
    }

    public static boolean isZip(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static ReadableTrace openPath(Path path, SourceLimits limits) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file"); //$NON-NLS-1$
        }
        if (Files.isDirectory(path)) {
            throw new IOException(path + ": is a folder, not a trace file"); //$NON-NLS-1$
        }
        if (!Files.isRegularFile(path)) {
            // a FIFO, /dev/fd/N of a process substitution, /dev/stdin, a device: opened on the spool thread, since
            // opening a FIFO blocks until somebody writes to it; read once, as a stream, no size or seek assumed
            return new SpooledTrace(path.toString(), () -> Channels.newInputStream(FileChannel.open(path, StandardOpenOption.READ)),
                    limits, -1, path, "read as a stream"); //$NON-NLS-1$
        }
        byte[] head = new byte[TextSniffer.HEAD_BYTES];
        int length;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(head);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads the head of the file
            }
            length = buffer.position();
        }
        if (isZip(head, length)) {
            throw new SourceException.Archive(path.toString(), "a zip archive; each member is a trace of its own (give the archive to" //$NON-NLS-1$
                    + " diagnose or import, which read every member)", null); //$NON-NLS-1$
        }
        long size = Files.size(path);
        if (TextSniffer.gzip(head, length) || TextSniffer.encoding(head, length).utf16() || TextSniffer.crOnly(head, length)) {
            return new SpooledTrace(path.toString(), () -> Files.newInputStream(path), limits, size, null, null);
        }
        return new PlainFileTrace(path);
    }

    private static ReadableTrace openZipMember(TraceSource.ZipMemberSource member, SourceLimits limits) throws IOException {
        ZipFile zip = new ZipFile(member.archive().toFile());
        ZipEntry entry = zip.getEntry(member.member());
        if (entry == null) {
            zip.close();
            throw new NoSuchFileException(member.name(), null, "no such member in the archive"); //$NON-NLS-1$
        }
        InputStream in = new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
        return new SpooledTrace(member.name(), () -> in, limits, entry.getSize(), null, "zip member"); //$NON-NLS-1$
    }
}
