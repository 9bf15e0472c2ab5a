package io.mailscope.ui.internal.traces;

import java.nio.file.Path;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.rows.ModelTraceRows;
import io.mailscope.trace.rows.SourceLines;
import io.mailscope.trace.rows.TraceRows;

/**
 * One opened trace: what import and diagnosis produced, the rows the editor pages through and the way back to the
 * source lines. Built off the UI thread by {@link TraceOpener}.
 *
 * @param name what the editor tab shows (file name, or the name given to pasted text)
 * @param file the file read, or null for pasted text
 * @param imported the trace and the format detected
 * @param diagnosis the findings and rule failures
 * @param rows the rebuilt conversation as rows
 * @param source the raw source lines
 */
public record TraceDocument(String name, Path file, ImportResult imported, Diagnosis diagnosis, TraceRows rows, SourceLines source) {

    static TraceDocument ofFile(Path file, ImportResult imported, Diagnosis diagnosis) {
        Trace trace = imported.trace();
        return new TraceDocument(file.getFileName().toString(), file, imported, diagnosis, ModelTraceRows.of(trace),
                SourceLines.ofFile(file, trace));
    }

    static TraceDocument ofText(String name, String text, ImportResult imported, Diagnosis diagnosis) {
        Trace trace = imported.trace();
        return new TraceDocument(name, null, imported, diagnosis, ModelTraceRows.of(trace), SourceLines.ofText(text, trace));
    }

    public Trace trace() {
        return imported.trace();
    }

    /** @return the file's path, or the pasted text's name */
    public String location() {
        return file != null ? file.toString() : name;
    }
}
