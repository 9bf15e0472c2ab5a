package io.mailscope.diagnosis.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.TraceImportException;

/**
 * Diagnoses traces with every rule contributed to {@code io.mailscope.diagnosis.rules}. Registered as an OSGi service
 * (DS).
 * <p>
 * <b>Provider type.</b>
 */
public interface DiagnosisService {

    /**
     * Imports {@code file} and diagnoses it in the same single pass: rules see each event as the importer produces it,
     * so the trace need not be kept in memory.
     *
     * @throws TraceImportException.Unrecognised when no trace format accepts the file
     * @throws IOException when the file cannot be read
     * @throws IllegalStateException when no {@code TraceImportService} is available
     */
    FileDiagnosis diagnose(Path file, ImportOptions options, IProgressMonitor monitor) throws IOException, TraceImportException;

    /** Diagnoses a trace that is already in memory (pasted, or recorded by a live session) by replaying it. */
    Diagnosis diagnose(Trace trace);

    /** @return a run to feed with events from a live source; call {@link DiagnosisRun#finish} at the end */
    DiagnosisRun start();

    /** @return the contributed rules, from plugin.xml only (loads no contributed class) */
    List<RuleInfo> rules();
}
