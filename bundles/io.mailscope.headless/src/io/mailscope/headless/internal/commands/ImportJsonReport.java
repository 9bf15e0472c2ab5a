package io.mailscope.headless.internal.commands;

import java.nio.file.Path;
import java.util.List;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Repair;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.HResult;
import io.mailscope.trace.FormatMatch;
import io.mailscope.trace.ImportResult;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON output of {@code mailscope import}: an array with one object per imported file, described by
 * docs/schemas/import.schema.json.
 */
final class ImportJsonReport {

    private ImportJsonReport() {
    }

    /** A file without result (unreadable, an internal error, out of memory): listed so no file is silently left out. */
    static void failed(JsonGenerator json, Path file, String status, String problem) {
        json.writeStartObject();
        json.writeStringProperty("file", file.toString()); //$NON-NLS-1$
        json.writeStringProperty("status", status); //$NON-NLS-1$
        json.writeStringProperty("problem", problem); //$NON-NLS-1$
        json.writeEndObject();
        json.flush();
    }

    /** A file no format recognised, with the closest formats (for --format-id). */
    static void unrecognised(JsonGenerator json, Path file, String problem, List<FormatMatch> candidates) {
        json.writeStartObject();
        json.writeStringProperty("file", file.toString()); //$NON-NLS-1$
        json.writeStringProperty("status", "unrecognised"); //$NON-NLS-1$ //$NON-NLS-2$
        json.writeStringProperty("problem", problem); //$NON-NLS-1$
        json.writeArrayPropertyStart("candidates"); //$NON-NLS-1$
        for (FormatMatch c : candidates) {
            json.writeStartObject();
            formatMatch(json, c);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /** The properties of a format match: the format an imported file was read with, or a candidate. */
    private static void formatMatch(JsonGenerator json, FormatMatch match) {
        json.writeStringProperty("id", match.formatId()); //$NON-NLS-1$
        json.writeStringProperty("name", match.name()); //$NON-NLS-1$
        json.writeNumberProperty("confidence", match.confidence()); //$NON-NLS-1$
    }

    static void write(JsonGenerator json, Path file, ImportResult result, boolean summary) {
        Trace trace = result.trace();
        json.writeStartObject();
        json.writeStringProperty("file", file.toString()); //$NON-NLS-1$
        json.writeObjectPropertyStart("format"); //$NON-NLS-1$
        formatMatch(json, result.format());
        json.writeEndObject();
        json.writeNumberProperty("lines", trace.getLineCount()); //$NON-NLS-1$
        json.writeNumberProperty("bytes", trace.getByteCount()); //$NON-NLS-1$
        json.writeNumberProperty("otherLines", trace.getOtherLineCount()); //$NON-NLS-1$
        json.writeArrayPropertyStart("sessions"); //$NON-NLS-1$
        for (Session session : trace.getSessions()) {
            session(json, session, summary);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("statusEvents"); //$NON-NLS-1$
        for (StatusEvent status : trace.getStatusEvents()) {
            json.writeStartObject();
            json.writeStringProperty("value", status.getValue() == 0 ? null : new HResult(status.getValue()).hex()); //$NON-NLS-1$
            json.writeStringProperty("symbol", status.getErrorCode() == null ? null : status.getErrorCode().getSymbol()); //$NON-NLS-1$
            json.writeNumberProperty("session", status.getSession() == null ? -1 : trace.getSessions().indexOf(status.getSession())); //$NON-NLS-1$
            json.writeNumberProperty("firstLine", status.getFirstLine()); //$NON-NLS-1$
            json.writeNumberProperty("lastLine", status.getLastLine()); //$NON-NLS-1$
            json.writeStringProperty("text", status.getText()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("repairs"); //$NON-NLS-1$
        for (Repair repair : trace.getRepairs()) {
            json.writeStartObject();
            json.writeStringProperty("kind", repair.getKind().getLiteral()); //$NON-NLS-1$
            json.writeNumberProperty("firstLine", repair.getFirstLine()); //$NON-NLS-1$
            json.writeNumberProperty("lastLine", repair.getLastLine()); //$NON-NLS-1$
            json.writeStringProperty("description", repair.getDescription()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("problems"); //$NON-NLS-1$
        for (ImportProblem problem : trace.getProblems()) {
            json.writeStartObject();
            json.writeNumberProperty("line", problem.getLine()); //$NON-NLS-1$
            json.writeStringProperty("message", problem.getMessage()); //$NON-NLS-1$
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private static void session(JsonGenerator json, Session session, boolean summary) {
        json.writeStartObject();
        json.writeStringProperty("protocol", session.getProtocol().getLiteral()); //$NON-NLS-1$
        json.writeStringProperty("host", session.getHost()); //$NON-NLS-1$
        json.writeNumberProperty("port", session.getPort()); //$NON-NLS-1$
        json.writeStringProperty("clientProduct", session.getClientProduct()); //$NON-NLS-1$
        json.writeStringProperty("tls", session.getTls().getLiteral()); //$NON-NLS-1$
        json.writeStringProperty("contextId", session.getContextId()); //$NON-NLS-1$
        json.writeNumberProperty("exchangeCount", session.getExchangeCount()); //$NON-NLS-1$
        if (!summary) {
            json.writeArrayPropertyStart("exchanges"); //$NON-NLS-1$
            for (Exchange exchange : session.getExchanges()) {
                json.writeStartObject();
                json.writeStringProperty("verb", exchange.getVerb()); //$NON-NLS-1$
                json.writeStringProperty("tag", exchange.getTag()); //$NON-NLS-1$
                json.writeBooleanProperty("complete", exchange.isComplete()); //$NON-NLS-1$
                if (exchange.getCommand() != null) {
                    json.writeName("command"); //$NON-NLS-1$
                    line(json, exchange.getCommand());
                }
                json.writeArrayPropertyStart("replies"); //$NON-NLS-1$
                exchange.getReplyLines().forEach(l -> line(json, l));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("connectionEvents"); //$NON-NLS-1$
            for (ConnectionEvent event : session.getConnectionEvents()) {
                json.writeStartObject();
                json.writeStringProperty("kind", event.getKind().getLiteral()); //$NON-NLS-1$
                json.writeNumberProperty("firstLine", event.getFirstLine()); //$NON-NLS-1$
                json.writeNumberProperty("lastLine", event.getLastLine()); //$NON-NLS-1$
                json.writeStringProperty("text", event.getText()); //$NON-NLS-1$
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void line(JsonGenerator json, ProtocolLine line) {
        json.writeStartObject();
        json.writeStringProperty("direction", line.getDirection().getLiteral()); //$NON-NLS-1$
        json.writeStringProperty("text", line.getText()); //$NON-NLS-1$
        json.writeNumberProperty("firstLine", line.getFirstLine()); //$NON-NLS-1$
        json.writeNumberProperty("lastLine", line.getLastLine()); //$NON-NLS-1$
        json.writeNumberProperty("offset", line.getOffset()); //$NON-NLS-1$
        json.writeBooleanProperty("masked", line.isMasked()); //$NON-NLS-1$
        json.writeEndObject();
    }
}
