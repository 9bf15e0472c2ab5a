package io.mailscope.trace.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.trace.tests.TraceShapes;

/** Giving up on a FIFO: the blocked reader is released, and nothing is left behind where the FIFO was. */
class FifosTest {

    @TempDir
    Path dir;

    @Test
    void aReaderBlockedInOpeningIsReleased() throws Exception {
        Path fifo = TraceShapes.mkfifo(dir.resolve("silent.fifo"));
        CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = new FileInputStream(fifo.toFile())) {
                return in.read();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread releaser = Fifos.releaseBlockedOpen(fifo);
        assertEquals(-1, firstByte.get(10, TimeUnit.SECONDS), "the released reader sees the end of the input");
        releaser.join(10_000);
        assertFalse(releaser.isAlive());
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a FIFO");
    }

    @Test
    void aFifoRemovedMeanwhileLeavesNoFileBehind() throws Exception {
        Path gone = dir.resolve("removed.fifo");
        Thread releaser = Fifos.releaseBlockedOpen(gone);
        releaser.join(10_000);
        assertFalse(releaser.isAlive());
        assertFalse(Files.exists(gone, LinkOption.NOFOLLOW_LINKS), "the release created " + gone);
    }
}
