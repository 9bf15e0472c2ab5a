package io.mailscope.diagnosis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.diagnosis.api.FileDiagnosis;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Trace;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceListener;
import io.mailscope.trace.TraceReplay;

/**
 * What every {@link DiagnosisService} does with a {@link RuleEngine}, whoever finds the rules and imports (the DS
 * component with the extension registry, or {@code StandaloneDiagnosis} on a plain classpath).
 */
public abstract class EngineDiagnosisService implements DiagnosisService {

    /** @return a new engine run over the current rules */
    protected abstract RuleEngine newRun();

    /** @return the current rules */
    protected abstract List<RuleDescriptor> ruleDescriptors();

    /** Imports with {@code listener} listening (the diagnosis, in the same pass). */
    protected abstract ImportResult importFile(Path file, ImportOptions options, TraceListener listener, IProgressMonitor monitor)
            throws IOException, TraceImportException;

    @Override
    public FileDiagnosis diagnose(Path file, ImportOptions options, IProgressMonitor monitor)
            throws IOException, TraceImportException {
        RuleEngine run = newRun();
        ImportResult imported = importFile(file, options, run, monitor);
        return new FileDiagnosis(imported, run.finish(imported.trace()));
    }

    @Override
    public Diagnosis diagnose(Trace trace) {
        RuleEngine run = newRun();
        TraceReplay.replay(trace, run);
        return run.finish(trace);
    }

    @Override
    public DiagnosisRun start() {
        return newRun();
    }

    @Override
    public List<RuleInfo> rules() {
        return ruleDescriptors().stream().map(RuleDescriptor::info).toList();
    }
}
