package io.mailscope.report;

import java.io.PrintWriter;
import java.util.List;

import io.mailscope.report.internal.json.JsonWriter;
import io.mailscope.model.Cause;
import io.mailscope.model.Evidence;
import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.HResult;

/** The JSON report of {@code mailscope diagnose}; the format is documented in docs/diagnose-json.md. */
public final class DiagnoseJsonReport {

    /** Raised only for incompatible changes of the format. */
    static final int FORMAT_VERSION = 1;

    private final JsonWriter json;

    public DiagnoseJsonReport(PrintWriter out) {
        this.json = new JsonWriter(out);
    }

    public void write(List<DiagnosedFile> results, int exitCode) {
        json.beginObject().field("formatVersion", FORMAT_VERSION).field("exitCode", exitCode); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("summary").beginObject().field("files", results.size()); //$NON-NLS-1$ //$NON-NLS-2$
        for (DiagnosedFile.Status s : DiagnosedFile.Status.values()) {
            json.field(s.jsonName(), results.stream().filter(r -> r.status() == s).count());
        }
        json.endObject();
        json.name("files").beginArray(); //$NON-NLS-1$
        results.forEach(this::file);
        json.endArray().endObject().finish();
    }

    private void file(DiagnosedFile r) {
        json.beginObject().field("path", r.path().toString()).field("status", r.status().jsonName()); //$NON-NLS-1$ //$NON-NLS-2$
        if (r.format() == null) {
            json.name("format").value((String) null); //$NON-NLS-1$
        } else {
            json.name("format").beginObject().field("id", r.format().formatId()).field("name", r.format().name()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .field("confidence", r.format().confidence()).endObject(); //$NON-NLS-1$
        }
        json.field("protocol", r.protocol()).field("problem", r.problem()); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("findings").beginArray(); //$NON-NLS-1$
        r.findings().forEach(this::finding);
        json.endArray();
        json.name("ruleFailures").beginArray(); //$NON-NLS-1$
        if (r.diagnosis() != null) {
            for (RuleFailure f : r.diagnosis().getRuleFailures()) {
                json.beginObject().field("ruleId", f.getRuleId()).field("contributor", f.getContributor()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("message", f.getMessage()).endObject(); //$NON-NLS-1$
            }
        }
        json.endArray().endObject();
    }

    private void finding(Finding f) {
        HResult code = new HResult(f.getErrorCode().getValue());
        Cause cause = f.getCause();
        json.beginObject();
        json.field("code", code.hex()).field("decimal", code.value()).field("symbol", f.getErrorCode().getSymbol()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.field("determined", f.isDetermined()); //$NON-NLS-1$
        json.field("causeId", cause == null ? null : cause.getId()); //$NON-NLS-1$
        json.field("causeCatalogued", cause != null && cause.eContainer() != null); //$NON-NLS-1$
        json.field("causeTitle", cause == null ? null : cause.getTitle()); //$NON-NLS-1$
        json.field("category", f.getCategory().getLiteral()); //$NON-NLS-1$
        json.field("confidence", f.getConfidence()).field("ruleId", f.getRuleId()).field("summary", f.getSummary()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.name("evidence").beginArray(); //$NON-NLS-1$
        for (Evidence e : f.getEvidence()) {
            json.beginObject().field("firstLine", e.getFirstLine()).field("lastLine", e.getLastLine()).field("text", e.getText()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        json.endArray();
        json.stringArray("userRemedies", cause == null ? List.of() : cause.getUserRemedies()); //$NON-NLS-1$
        json.stringArray("adminRemedies", cause == null ? List.of() : cause.getAdminRemedies()); //$NON-NLS-1$
        json.endObject();
    }
}
