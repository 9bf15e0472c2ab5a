package io.mailscope.diagnosis.api;

import io.mailscope.model.Diagnosis;
import io.mailscope.trace.ImportResult;

/**
 * A file imported and diagnosed in one pass.
 * <p>
 * <b>Provider type.</b>
 *
 * @param importResult the trace and the format used
 * @param diagnosis the findings and rule failures
 */
public record FileDiagnosis(ImportResult importResult, Diagnosis diagnosis) {
}
