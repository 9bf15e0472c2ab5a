package io.mailscope.report.internal;

import java.io.Writer;
import java.util.List;

import io.mailscope.model.Cause;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.HResult;
import io.mailscope.report.DiagnosedFile;
import io.mailscope.report.DiagnosisReport;
import io.mailscope.report.DisabledRule;
import io.mailscope.report.FoldedFinding;
import io.mailscope.report.JsonOutput;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON report of {@code mailscope diagnose}: documented in docs/diagnose-json.md, described by
 * docs/schemas/diagnose.schema.json. Each file's object is streamed as the file finishes; the summary and the exit
 * code follow the files.
 */
public final class DiagnoseJsonReport implements DiagnosisReport {

    /** Raised only for incompatible changes of the format. */
    public static final int FORMAT_VERSION = 1;

    private final JsonGenerator json;
    private final ReportCounts counts = new ReportCounts();

    public DiagnoseJsonReport(Writer out, List<DisabledRule> disabledRules) {
        this.json = JsonOutput.open(out);
        json.writeStartObject();
        json.writeNumberProperty("formatVersion", FORMAT_VERSION); //$NON-NLS-1$
        json.writeArrayPropertyStart("disabledRules"); //$NON-NLS-1$
        for (DisabledRule rule : disabledRules) {
            json.writeStartObject();
            json.writeStringProperty("id", rule.id()); //$NON-NLS-1$
            json.writeBooleanProperty("installed", rule.installed()); //$NON-NLS-1$
            json.writeStringProperty("name", rule.name()); //$NON-NLS-1$
            json.writeStringProperty("contributor", rule.contributor()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("files"); //$NON-NLS-1$
    }

    @Override
    public void file(DiagnosedFile r) {
        counts.add(r);
        json.writeStartObject();
        json.writeStringProperty("path", r.path().toString()); //$NON-NLS-1$
        json.writeStringProperty("status", r.status().jsonName()); //$NON-NLS-1$
        if (r.format() == null) {
            json.writeNullProperty("format"); //$NON-NLS-1$
        } else {
            json.writeObjectPropertyStart("format"); //$NON-NLS-1$
            json.writeStringProperty("id", r.format().formatId()); //$NON-NLS-1$
            json.writeStringProperty("name", r.format().name()); //$NON-NLS-1$
            json.writeNumberProperty("confidence", r.format().confidence()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeStringProperty("protocol", r.protocol()); //$NON-NLS-1$
        json.writeStringProperty("problem", r.problem()); //$NON-NLS-1$
        json.writeArrayPropertyStart("findings"); //$NON-NLS-1$
        r.foldedFindings().forEach(this::finding);
        json.writeEndArray();
        json.writeArrayPropertyStart("ruleFailures"); //$NON-NLS-1$
        if (r.diagnosis() != null) {
            for (RuleFailure f : r.diagnosis().getRuleFailures()) {
                json.writeStartObject();
                json.writeStringProperty("ruleId", f.getRuleId()); //$NON-NLS-1$
                json.writeStringProperty("contributor", f.getContributor()); //$NON-NLS-1$
                json.writeStringProperty("message", f.getMessage()); //$NON-NLS-1$
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    @Override
    public void finish(int exitCode) {
        json.writeEndArray();
        json.writeObjectPropertyStart("summary"); //$NON-NLS-1$
        json.writeNumberProperty("files", counts.files()); //$NON-NLS-1$
        for (DiagnosedFile.Status s : DiagnosedFile.Status.values()) {
            json.writeNumberProperty(s.jsonName(), counts.count(s));
        }
        json.writeEndObject();
        json.writeNumberProperty("exitCode", exitCode); //$NON-NLS-1$
        json.writeEndObject();
        json.writeRaw(System.lineSeparator());
        json.close();
    }

    private void finding(FoldedFinding folded) {
        Finding f = folded.first();
        HResult code = new HResult(f.getErrorCode().getValue());
        Cause cause = f.getCause();
        json.writeStartObject();
        json.writeStringProperty("code", code.hex()); //$NON-NLS-1$
        json.writeNumberProperty("decimal", code.value()); //$NON-NLS-1$
        json.writeStringProperty("symbol", f.getErrorCode().getSymbol()); //$NON-NLS-1$
        json.writeBooleanProperty("determined", f.isDetermined()); //$NON-NLS-1$
        json.writeStringProperty("causeId", cause == null ? null : cause.getId()); //$NON-NLS-1$
        json.writeBooleanProperty("causeCatalogued", cause != null && cause.eContainer() != null); //$NON-NLS-1$
        json.writeStringProperty("causeTitle", cause == null ? null : cause.getTitle()); //$NON-NLS-1$
        json.writeStringProperty("category", f.getCategory().getLiteral()); //$NON-NLS-1$
        json.writeNumberProperty("confidence", f.getConfidence()); //$NON-NLS-1$
        json.writeStringProperty("ruleId", f.getRuleId()); //$NON-NLS-1$
        json.writeStringProperty("summary", f.getSummary()); //$NON-NLS-1$
        json.writeArrayPropertyStart("evidence"); //$NON-NLS-1$
        for (Evidence e : f.getEvidence()) {
            json.writeStartObject();
            json.writeNumberProperty("firstLine", e.getFirstLine()); //$NON-NLS-1$
            json.writeNumberProperty("lastLine", e.getLastLine()); //$NON-NLS-1$
            json.writeStringProperty("text", e.getText()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("occurrences", folded.occurrences()); //$NON-NLS-1$
        json.writeArrayPropertyStart("repeats"); //$NON-NLS-1$
        for (Finding repeat : folded.repeats()) {
            int[] span = FoldedFinding.span(repeat);
            json.writeStartObject();
            json.writeNumberProperty("firstLine", span[0]); //$NON-NLS-1$
            json.writeNumberProperty("lastLine", span[1]); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        strings("userRemedies", cause == null ? List.of() : cause.getUserRemedies()); //$NON-NLS-1$
        strings("adminRemedies", cause == null ? List.of() : cause.getAdminRemedies()); //$NON-NLS-1$
        json.writeEndObject();
    }

    private void strings(String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        values.forEach(json::writeString);
        json.writeEndArray();
    }
}
