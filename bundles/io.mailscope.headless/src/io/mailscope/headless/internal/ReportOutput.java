package io.mailscope.headless.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Objects;

import io.mailscope.report.TextStyle;

/**
 * Where a report goes: standard output (no {@code --output}, or {@code --output -}), or a file written through a
 * temporary file in the same folder and renamed over the target at the end, so a failure never leaves half a report
 * and an existing file is replaced only by a complete one. A target that is one of the inputs (also through a
 * symbolic or hard link: compared by file key) is refused before anything is read.
 */
public final class ReportOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final PrintWriter writer;

    private ReportOutput(Path target, Path temporary, PrintWriter writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /** @return true when {@code --output} names standard output */
    public static boolean isStandardOutput(Path output) {
        return output == null || output.toString().equals("-"); //$NON-NLS-1$
    }

    /**
     * @return the input {@code output} is (the same file), or null when it is none of them
     */
    public static Path overwrittenInput(Path output, Collection<Path> inputs) throws IOException {
        if (isStandardOutput(output) || !Files.exists(output)) {
            return null;
        }
        Object key = fileKey(output);
        for (Path input : inputs) {
            if (Files.exists(input) && (Objects.equals(key, fileKey(input)) && key != null || Files.isSameFile(input, output))) {
                return input;
            }
        }
        return null;
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey(); // follows links: the file itself
    }

    /** Standard output, with control characters neutralised for text. */
    public static ReportOutput standardOutput(PrintWriter out, boolean text) {
        return standardOutput(out, text, TextStyle.PLAIN);
    }

    /**
     * Standard output, with control characters neutralised for text except the highlighting of {@code style} (use
     * {@link #style(TextStyle)} for the report, so that highlighted text is neutralised too).
     */
    public static ReportOutput standardOutput(PrintWriter out, boolean text, TextStyle style) {
        return new ReportOutput(null, null, text ? new PrintWriter(new ControlCharacterWriter(out, style), true) : out);
    }

    /** @return the style a report written here uses: {@code style}, neutralising the text it highlights */
    public TextStyle style(TextStyle style) {
        return ControlCharacterWriter.neutralising(style);
    }

    /**
     * Opens a temporary file next to {@code target}.
     *
     * @throws IOException when the folder cannot take it (its reason says why: permission denied, read-only, …)
     */
    public static ReportOutput file(Path target, boolean text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IOException("is a folder"); //$NON-NLS-1$
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device or FIFO (/dev/stdout, a pipe): written to directly, there is nothing to rename over
            Writer w = new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8);
            return new ReportOutput(target, null, new PrintWriter(text ? new ControlCharacterWriter(w) : w));
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (NoSuchFileException e) {
            throw new IOException(Files.isDirectory(folder) ? "the folder " + folder //$NON-NLS-1$
                    + " does not take new files (a virtual file system such as /proc or /sys)" : "no such folder " + folder, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Writer w = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8);
        return new ReportOutput(target, temporary, new PrintWriter(text ? new ControlCharacterWriter(w) : w));
    }

    public PrintWriter writer() {
        return writer;
    }

    /**
     * Completes the report: flushes, and for a file renames the temporary file over the target.
     *
     * @throws IOException when anything could not be written (disk full, …); the target is then unchanged
     */
    public void commit() throws IOException {
        writer.flush();
        if (writer.checkError()) {
            throw new IOException(target == null ? "standard output was closed early (e.g. by | head) or could not be written" //$NON-NLS-1$
                    : "write failed (disk full?)"); //$NON-NLS-1$
        }
        if (temporary != null) {
            writer.close();
            if (writer.checkError()) {
                throw new IOException("write failed (disk full?)"); //$NON-NLS-1$
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Removes the temporary file if the report was not committed. */
    @Override
    public void close() {
        if (target != null) {
            writer.close();
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the partial report stays as a hidden .part file next to the target; the error was reported
            }
        }
    }
}
