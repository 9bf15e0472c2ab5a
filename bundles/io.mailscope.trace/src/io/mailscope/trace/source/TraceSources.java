package io.mailscope.trace.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.mailscope.trace.internal.source.SourceOpener;

/** Opens {@link TraceSource}s, and expands an archive into its members. */
public final class TraceSources {

    private TraceSources() {
    }

    /**
     * Opens a source for reading. Opening does not block on a FIFO nobody writes to: that shows as a
     * {@link SourceException.NoData} when the trace is read.
     *
     * @throws IOException when a file does not exist or cannot be opened
     */
    public static ReadableTrace open(TraceSource source, SourceLimits limits) throws IOException {
        return SourceOpener.open(source, limits);
    }

    /** @return true when the file is a zip archive (by its first bytes, not its name) */
    public static boolean isZip(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return SourceOpener.isZip(head, head.length);
        } catch (IOException e) {
            return false; // unreadable: opening it as a trace reports why
        }
    }

    /**
     * @return one source per file member of a zip archive (in the archive's order; folders skipped), or the path
     *         itself when it is no zip archive
     * @throws SourceException.Archive when the archive cannot be read
     */
    public static List<TraceSource> expand(Path path) throws SourceException {
        if (!isZip(path)) {
            return List.of(TraceSource.of(path));
        }
        List<TraceSource> members = new ArrayList<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    members.add(new TraceSource.ZipMemberSource(path, entry.getName()));
                }
            }
        } catch (ZipException e) {
            throw new SourceException.Archive(path.toString(), "not a readable zip archive: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new SourceException.Archive(path.toString(), "cannot read the zip archive: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (members.isEmpty()) {
            throw new SourceException.Archive(path.toString(), "the zip archive holds no files", null); //$NON-NLS-1$
        }
        return members;
    }
}
