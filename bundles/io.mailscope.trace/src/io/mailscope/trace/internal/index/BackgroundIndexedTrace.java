package io.mailscope.trace.internal.index;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.index.IndexedTrace;
import io.mailscope.trace.index.RecordIndex;
import io.mailscope.trace.source.ReadableTrace;

/** Imports a trace on its own thread while its index grows; pages can be read meanwhile. */
public final class BackgroundIndexedTrace implements IndexedTrace {

    /** The import itself, given the monitor that cancels it when the trace is closed. */
    @FunctionalInterface
    public interface Import {
        ImportResult run(IProgressMonitor monitor) throws IOException, TraceImportException;
    }

    private static final long JOIN_MILLIS = 5_000;

    private final ReadableTrace input;
    private final RecordIndexFile index;
    private final CompletableFuture<ImportResult> result = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean stopped;

    public BackgroundIndexedTrace(ReadableTrace input, RecordIndexFile index, Import work) {
        this.input = input;
        this.index = index;
        IProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return closed || stopped;
            }
        };
        thread = new Thread(() -> {
            ImportResult imported = null;
            Throwable failure = null;
            try {
                imported = work.run(monitor);
                IOException indexFailure = index.writeFailure();
                if (indexFailure != null) {
                    throw new IOException(input.name() + ": the record index could not be written: " + indexFailure.getMessage(), //$NON-NLS-1$
                            indexFailure);
                }
            } catch (Exception | OutOfMemoryError e) {
                // handed to whoever waits for the result: that is where the user is told
                failure = e;
            }
            // the index is complete before anyone waiting for the result goes on
            index.finished(failure == null && input.size() >= 0 ? input.size() : index.bytesRead());
            if (failure == null) {
                result.complete(imported);
            } else {
                result.completeExceptionally(failure);
            }
        }, "mailscope-index " + input.name()); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String name() {
        return input.name();
    }

    @Override
    public RecordIndex index() {
        return index;
    }

    @Override
    public CompletableFuture<ImportResult> result() {
        return result;
    }

    @Override
    public void stopReading() {
        stopped = true; // the import sees it at its next progress step; the index keeps what was read
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        try {
            input.close(); // a reader waiting for a spooled source stops waiting
        } catch (IOException e) {
            failure = e;
        }
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw new java.io.UncheckedIOException(input.name() + ": temporary files could not be closed", failure); //$NON-NLS-1$
        }
    }
}
