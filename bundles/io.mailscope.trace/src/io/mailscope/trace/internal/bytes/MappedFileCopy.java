package io.mailscope.trace.internal.bytes;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Copies a region of a file into an array through a mapping that is unmapped right after the copy: one copy of the
 * bytes, where a read has the kernel copy them into a direct buffer that the JDK copies again into the array (for
 * workers that read a whole large input in chunks, most of their time outside their own code). A mapping released
 * only when its buffer is collected ({@link FileChannel#map(FileChannel.MapMode, long, long)}) would keep every chunk
 * resident until the next collection (the 1 GiB logs' command: peak resident 215 -> 440 MB); a mapping in a confined
 * {@code java.lang.foreign.Arena} is released at the arena's close. That API is final since Java 22 and the bundles are
 * compiled for Java 21, so it is reached through method handles; on a runtime without it {@link #available()} is false
 * and callers read as before.
 */
public final class MappedFileCopy {

    /** {@code Arena.ofConfined()}, {@code FileChannel.map(MapMode, long, long, Arena)}, {@code MemorySegment.asByteBuffer()} */
    private static final MethodHandle OF_CONFINED;
    private static final MethodHandle MAP;
    private static final MethodHandle AS_BYTE_BUFFER;

    static {
        MethodHandle ofConfined = null;
        MethodHandle map = null;
        MethodHandle asByteBuffer = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> arena = Class.forName("java.lang.foreign.Arena"); //$NON-NLS-1$
            Class<?> segment = Class.forName("java.lang.foreign.MemorySegment"); //$NON-NLS-1$
            ofConfined = lookup.findStatic(arena, "ofConfined", MethodType.methodType(arena)) //$NON-NLS-1$
                    .asType(MethodType.methodType(AutoCloseable.class));
            map = lookup.findVirtual(FileChannel.class, "map", //$NON-NLS-1$
                    MethodType.methodType(segment, FileChannel.MapMode.class, long.class, long.class, arena))
                    .asType(MethodType.methodType(Object.class, FileChannel.class, FileChannel.MapMode.class, long.class,
                            long.class, AutoCloseable.class));
            asByteBuffer = lookup.findVirtual(segment, "asByteBuffer", MethodType.methodType(ByteBuffer.class)) //$NON-NLS-1$
                    .asType(MethodType.methodType(ByteBuffer.class, Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a runtime before Java 22 (the API a preview): callers read the file instead, as they did before
            ofConfined = map = asByteBuffer = null;
        }
        OF_CONFINED = ofConfined;
        MAP = map;
        AS_BYTE_BUFFER = asByteBuffer;
    }

    private MappedFileCopy() {
    }

    /** @return true when {@link #copy} can map files on this runtime */
    public static boolean available() {
        return OF_CONFINED != null;
    }

    /**
     * Copies {@code file[offset..offset + length)} into {@code into[0..length)}; the region must lie within the file.
     *
     * @throws IOException when the file cannot be mapped, or was cut short while being copied
     */
    public static void copy(FileChannel file, long offset, byte[] into, int length) throws IOException {
        try (AutoCloseable arena = (AutoCloseable) OF_CONFINED.invokeExact()) {
            ByteBuffer bytes = (ByteBuffer) AS_BYTE_BUFFER
                    .invokeExact(MAP.invokeExact(file, FileChannel.MapMode.READ_ONLY, offset, (long) length, arena));
            bytes.get(0, into, 0, length);
        } catch (IOException e) {
            throw e;
        } catch (InternalError e) {
            // the file was cut short while mapped (SIGBUS in the copy): a failed read
            throw new IOException("the file changed while being read at offset " + offset, e); //$NON-NLS-1$
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            throw new IOException("cannot map the file at offset " + offset + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
