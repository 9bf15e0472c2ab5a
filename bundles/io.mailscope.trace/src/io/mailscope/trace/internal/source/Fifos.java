package io.mailscope.trace.internal.source;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** What it takes to give up on a FIFO. */
final class Fifos {

    private Fifos() {
    }

    /**
     * A thread blocked in opening a FIFO for reading (nobody has opened it for writing) cannot be interrupted. Opening
     * the FIFO for writing and closing it again lets that open return, and the reader then sees the end of the input.
     * Done on a daemon thread, as that open blocks in turn if the reader has gone meanwhile.
     */
    static void releaseBlockedOpen(Path fifo) {
        Thread releaser = new Thread(() -> {
            try (FileOutputStream writer = new FileOutputStream(fifo.toFile())) {
                writer.flush();
            } catch (IOException e) {
                // the FIFO is gone or not writable: the blocked reader stays a daemon thread, nothing else to do
                assert e != null;
            }
        }, "mailscope-fifo-release " + fifo); //$NON-NLS-1$
        releaser.setDaemon(true);
        releaser.start();
    }
}
