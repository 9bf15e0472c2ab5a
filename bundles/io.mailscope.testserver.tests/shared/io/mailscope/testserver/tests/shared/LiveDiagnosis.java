package io.mailscope.testserver.tests.shared;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.mailscope.diagnosis.api.DiagnosisRun;
import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.trace.ImportOptions;
import io.mailscope.trace.ImportResult;
import io.mailscope.trace.TraceImportException;
import io.mailscope.trace.TraceImportService;
import io.mailscope.tests.harness.Services;

/**
 * A client transcript imported by the real {@link TraceImportService} and diagnosed by the real
 * {@link DiagnosisService} in the same pass, as the product does with a pasted transcript.
 *
 * @param transcript the text
 * @param importResult what the importer made of it
 * @param diagnosis the findings
 */
public record LiveDiagnosis(String transcript, ImportResult importResult, Diagnosis diagnosis) {

    /** @throws AssertionError when the importer does not recognise the text */
    public static LiveDiagnosis of(String name, String transcript) {
        try {
            return diagnose(name, transcript);
        } catch (TraceImportException e) {
            throw new AssertionError("the importer does not recognise the transcript:\n" + transcript, e);
        }
    }

    /** @return the diagnosis, or empty when the importer does not recognise the text (a quoted error message) */
    public static Optional<LiveDiagnosis> ifRecognised(String name, String transcript) {
        try {
            return Optional.of(diagnose(name, transcript));
        } catch (TraceImportException.Unrecognised e) {
            return Optional.empty();
        } catch (TraceImportException e) {
            throw new AssertionError("import failed:\n" + transcript, e);
        }
    }

    private static LiveDiagnosis diagnose(String name, String transcript) throws TraceImportException {
        DiagnosisRun run = Services.await(DiagnosisService.class).start();
        ImportResult result = Services.await(TraceImportService.class).importText(name, transcript, ImportOptions.DEFAULT, run);
        return new LiveDiagnosis(transcript, result, run.finish(result.trace()));
    }

    public List<Finding> determined() {
        return diagnosis.getFindings().stream().filter(Finding::isDetermined).toList();
    }

    /** For assertion messages: format, findings, rule failures and the transcript. */
    public String describe() {
        return "format: " + importResult.format() + "\nfindings:\n"
                + diagnosis.getFindings().stream()
                        .map(f -> String.format("  %s %s [%s] determined=%s: %s%n    evidence: %s", f.getRuleId(),
                                f.getCause() == null ? "-" : f.getCause().getId(), f.getCategory(), f.isDetermined(), f.getSummary(),
                                f.getEvidence().stream().map(e -> e.getText()).toList()))
                        .collect(Collectors.joining("\n"))
                + diagnosis.getRuleFailures().stream().map(r -> "\n  FAILURE " + r.getRuleId() + ": " + r.getMessage()).collect(Collectors.joining())
                + "\ntranscript:\n" + transcript;
    }
}
