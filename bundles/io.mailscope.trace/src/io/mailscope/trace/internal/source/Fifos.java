package io.mailscope.trace.internal.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What it takes to give up on a FIFO. */
public final class Fifos {

    private Fifos() {
    }

    /**
     * A thread blocked in opening a FIFO for reading (nobody has opened it for writing) cannot be interrupted. Opening
     * the FIFO for writing and closing it again lets that open return, and the reader then sees the end of the input.
     * Done on a daemon thread, as that open blocks in turn if the reader has gone meanwhile. The FIFO is opened without
     * creating it: if it was removed meanwhile (a test's temporary folder, a user's cleanup), a plain "open for
     * writing" would leave a regular file of the same name behind.
     *
     * @return the started releasing thread
     */
    public static Thread releaseBlockedOpen(Path fifo) {
        Thread releaser = new Thread(() -> {
            try (OutputStream writer = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                writer.flush();
            } catch (IOException e) {
                // the FIFO is gone or not writable: the blocked reader stays a daemon thread, nothing else to do
                assert e != null;
            }
        }, "mailscope-fifo-release " + fifo); //$NON-NLS-1$
        releaser.setDaemon(true);
        releaser.start();
        return releaser;
    }
}
