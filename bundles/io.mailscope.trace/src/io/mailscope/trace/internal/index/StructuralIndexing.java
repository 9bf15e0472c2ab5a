package io.mailscope.trace.internal.index;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.internal.FastPath;
import io.mailscope.trace.internal.formats.BuiltInFormats;
import io.mailscope.trace.internal.formats.OutlookLegacyFormat;
import io.mailscope.trace.spi.TraceFormat;
import io.mailscope.trace.source.ReadableTrace;

/**
 * Where the record index is built from the trace's bytes before the import reads it ({@link OutlookLegacyIndexer})
 * rather than by the import: for the formats whose rules it covers, on the fast path (the slow path lets the import
 * build every index, the reference the structural pass is compared with).
 */
public final class StructuralIndexing {

    /**
     * System property: {@code false} lets the import build every index, as before the structural pass existed (the
     * benchmark's baseline in the same run).
     */
    public static final String PROPERTY = "io.mailscope.trace.index.structural"; //$NON-NLS-1$

    private StructuralIndexing() {
    }

    /** @return true when the index of a trace of this format is built from its bytes first */
    public static boolean covers(TraceFormatInfo info, TraceFormat format) {
        return FastPath.enabled() && !"false".equalsIgnoreCase(System.getProperty(PROPERTY)) //$NON-NLS-1$
                && format instanceof OutlookLegacyFormat && BuiltInFormats.BUNDLE.equals(info.contributor());
    }

    /**
     * Indexes {@code input} from its bytes on this thread and the other cores. Whatever happens the import can go on:
     * when the pass stops early (rules not covered, unreadable bytes, a full disk) the import indexes the rest.
     */
    public static void build(ReadableTrace input, RecordIndexFile index, BooleanSupplier cancelled) {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        try {
            OutlookLegacyIndexer.Outcome outcome = OutlookLegacyIndexer.index(input::read, input.size(), index, workers,
                    cancelled);
            index.structuralEnded(outcome.complete(), outcome.stoppedBecause());
        } catch (IOException | RuntimeException e) {
            // the import reads the same bytes and reports what is wrong with them; it indexes from here on
            index.structuralEnded(false, String.valueOf(e));
        }
    }
}
