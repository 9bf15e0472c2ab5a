package io.mailscope.headless.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says why an input or output path cannot be used, in words and without repeating the path (the caller prints it
 * once): {@code no such file}, {@code permission denied}, {@code is a socket, not a file}, …
 */
public final class InputProblems {

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    private InputProblems() {
    }

    /** @return why {@code file} cannot be imported before trying (missing, unreadable, a socket), or null */
    public static String check(Path file) {
        if (!Files.exists(file)) {
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "a broken symbolic link" : "no such file"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (isSocket(file)) {
            return "is a socket, not a file: save the trace to a file (or pipe it in with -)"; //$NON-NLS-1$
        }
        if (!Files.isReadable(file)) {
            return "permission denied"; //$NON-NLS-1$
        }
        return null;
    }

    private static boolean isSocket(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode"); //$NON-NLS-1$
            return mode instanceof Integer m && (m.intValue() & S_IFMT) == S_IFSOCK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no unix attributes here: the import then says what it finds
        }
    }

    /** @return the reason of an I/O failure in words, without the path the exception repeats */
    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> "no such file or folder"; //$NON-NLS-1$
            case AccessDeniedException a -> "permission denied"; //$NON-NLS-1$
            case NotDirectoryException n -> "not a folder"; //$NON-NLS-1$
            case FileSystemLoopException l -> "symbolic link loop (the folder contains itself): skipped"; //$NON-NLS-1$
            case FileSystemException f when f.getReason() != null -> f.getReason().toLowerCase(java.util.Locale.ROOT);
            case FileSystemException f -> f.getClass().getSimpleName();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // (an IOException of our own carries its reason as the message, without the path)
        };
    }
}
