package io.mailscope.trace.internal.bytes;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Copies regions of a file into arrays through a mapping that is unmapped once the copies are done: one copy of the
 * bytes, where a read has the kernel copy them into a direct buffer that the JDK copies again into the array (for
 * workers that read a whole large input in chunks, most of their time outside their own code). A mapping released
 * only when its buffer is collected ({@link FileChannel#map(FileChannel.MapMode, long, long)}) would keep every chunk
 * resident until the next collection (the 1 GiB logs' command: peak resident 215 -> 440 MB); a mapping in a confined
 * {@code java.lang.foreign.Arena} is released at the arena's close. That API is final since Java 22 and the bundles are
 * compiled for Java 21, so it is reached through method handles; on a runtime without it {@link #available()} is false
 * and callers read as before.
 * <p>
 * A worker that copies one chunk after another keeps one instance ({@link #MappedFileCopy(FileChannel, long, long)}):
 * it maps a window of several chunks and copies the chunks within it from the same mapping. Each unmapping interrupts
 * the other core that runs the process's threads (its TLB is flushed); once per window instead of once per chunk. The
 * window's pages the worker touched stay resident until it moves on (at most a window per worker). An instance is
 * confined to the thread that copies with it (its arena is).
 */
public final class MappedFileCopy implements AutoCloseable {

    /**
     * Default window of a worker's mapping: 16 chunks of 1 MiB (the two workers take alternate ones). The 1 GiB log's
     * command: 1,024 unmappings -> about 128, peak resident 219 -> 247 MB; 64 MiB saved little more for 330 MB.
     */
    public static final long DEFAULT_WINDOW_BYTES = 16L << 20;
    /** System property: the window in bytes (benchmarks compare sizes; at most a chunk's region is mapped below it). */
    static final String WINDOW_BYTES_PROPERTY = "io.mailscope.trace.mappedWindowBytes"; //$NON-NLS-1$
    /** The window of the workers' mappings. */
    public static final long WINDOW_BYTES = Math.min(Integer.MAX_VALUE,
            Math.max(0, Long.getLong(WINDOW_BYTES_PROPERTY, DEFAULT_WINDOW_BYTES).longValue()));

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

    private final FileChannel file;
    /** the file's size when the copies began: no window reaches beyond it */
    private final long size;
    private final long windowBytes;
    /** the arena of the mapping of {@code file[mappedFrom..mappedFrom + mapped.capacity())}, or null */
    private AutoCloseable arena;
    private ByteBuffer mapped;
    private long mappedFrom;

    /**
     * @param size the file's size the regions lie within
     * @param windowBytes how much of the file one mapping covers from the region that needs it on (at least the region)
     */
    public MappedFileCopy(FileChannel file, long size, long windowBytes) {
        this.file = file;
        this.size = size;
        this.windowBytes = windowBytes;
    }

    /** @return true when {@link #copy} can map files on this runtime */
    public static boolean available() {
        return OF_CONFINED != null;
    }

    /**
     * Copies {@code file[offset..offset + length)} into {@code into[0..length)} through a mapping of that region alone;
     * the region must lie within the file.
     *
     * @throws IOException when the file cannot be mapped, or was cut short while being copied
     */
    public static void copy(FileChannel file, long offset, byte[] into, int length) throws IOException {
        try (MappedFileCopy once = new MappedFileCopy(file, offset + length, 0)) {
            once.copyFrom(offset, into, length);
        }
    }

    /**
     * Copies {@code file[offset..offset + length)} into {@code into[0..length)}, from the mapping of the region before
     * when it holds this one, else from a new mapping of a window from {@code offset} on; the region must lie within
     * the size given.
     *
     * @throws IOException when the file cannot be mapped, or was cut short while being copied (the mapping is released)
     */
    public void copyFrom(long offset, byte[] into, int length) throws IOException {
        try {
            ByteBuffer bytes = mapped;
            if (bytes == null || offset < mappedFrom || offset + length > mappedFrom + bytes.capacity()) {
                // a window within the file as it is now (a read-only mapping beyond its end is refused)
                long end = windowBytes <= length ? offset + length : Math.min(size, file.size());
                bytes = map(offset, Math.max(length, Math.min(windowBytes, end - offset)));
            }
            bytes.get((int) (offset - mappedFrom), into, 0, length);
        } catch (IOException e) {
            close();
            throw e;
        } catch (InternalError e) {
            close();
            // the file was cut short while mapped (SIGBUS in the copy): a failed read
            throw new IOException("the file changed while being read at offset " + offset, e); //$NON-NLS-1$
        }
    }

    /** Unmaps the window before and maps {@code file[from..from + length)}. */
    private ByteBuffer map(long from, long length) throws IOException {
        close();
        try {
            AutoCloseable a = (AutoCloseable) OF_CONFINED.invokeExact();
            arena = a;
            ByteBuffer bytes = (ByteBuffer) AS_BYTE_BUFFER
                    .invokeExact(MAP.invokeExact(file, FileChannel.MapMode.READ_ONLY, from, length, a));
            mapped = bytes;
            mappedFrom = from;
            return bytes;
        } catch (IOException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("cannot map the file at offset " + from + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Unmaps the window, if any (by the thread that copied). */
    @Override
    public void close() {
        AutoCloseable a = arena;
        arena = null;
        mapped = null;
        if (a != null) {
            try {
                a.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e); // Arena.close() declares none
            }
        }
    }
}
