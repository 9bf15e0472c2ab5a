package io.mailscope.trace.internal.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary files that leave nothing behind. */
public final class TempFiles {

    private TempFiles() {
    }

    /**
     * Removes an open temporary file's name from its directory where the system allows that (POSIX): the data lives
     * as long as the channel, and nothing is left behind even if the process is killed. Where it is not allowed
     * (Windows), the file is opened with DELETE_ON_CLOSE and goes when the channel is closed.
     */
    public static void unlinkWhileOpen(Path file) {
        if (!java.io.File.separator.equals("/")) { //$NON-NLS-1$
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // DELETE_ON_CLOSE removes it when the channel closes instead
            assert e != null;
        }
    }
}
