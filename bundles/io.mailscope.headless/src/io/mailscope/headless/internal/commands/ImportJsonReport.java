package io.mailscope.headless.internal.commands;

import java.nio.file.Path;

import io.mailscope.report.internal.json.JsonWriter;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Repair;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;
import io.mailscope.model.catalog.HResult;
import io.mailscope.trace.ImportResult;

/** The JSON output of {@code mailscope import}: one object per imported file. */
final class ImportJsonReport {

    private ImportJsonReport() {
    }

    static void write(JsonWriter json, Path file, ImportResult result, boolean summary) {
        Trace trace = result.trace();
        json.beginObject().field("file", file.toString()); //$NON-NLS-1$
        json.name("format").beginObject().field("id", result.format().formatId()).field("name", result.format().name()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .field("confidence", result.format().confidence()).endObject(); //$NON-NLS-1$
        json.field("lines", trace.getLineCount()).field("bytes", trace.getByteCount()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("otherLines", trace.getOtherLineCount()); //$NON-NLS-1$
        json.name("sessions").beginArray(); //$NON-NLS-1$
        for (Session session : trace.getSessions()) {
            json.beginObject().field("protocol", session.getProtocol().getLiteral()).field("host", session.getHost()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("port", session.getPort()).field("clientProduct", session.getClientProduct()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("tls", session.getTls().getLiteral()).field("contextId", session.getContextId()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("exchangeCount", session.getExchangeCount()); //$NON-NLS-1$
            if (!summary) {
                json.name("exchanges").beginArray(); //$NON-NLS-1$
                for (Exchange exchange : session.getExchanges()) {
                    json.beginObject().field("verb", exchange.getVerb()).field("tag", exchange.getTag()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("complete", exchange.isComplete()); //$NON-NLS-1$
                    if (exchange.getCommand() != null) {
                        json.name("command"); //$NON-NLS-1$
                        writeLine(json, exchange.getCommand());
                    }
                    json.name("replies").beginArray(); //$NON-NLS-1$
                    exchange.getReplyLines().forEach(l -> writeLine(json, l));
                    json.endArray().endObject();
                }
                json.endArray();
                json.name("connectionEvents").beginArray(); //$NON-NLS-1$
                for (ConnectionEvent event : session.getConnectionEvents()) {
                    json.beginObject().field("kind", event.getKind().getLiteral()).field("firstLine", event.getFirstLine()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("lastLine", event.getLastLine()).field("text", event.getText()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
                }
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
        json.name("statusEvents").beginArray(); //$NON-NLS-1$
        for (StatusEvent status : trace.getStatusEvents()) {
            json.beginObject().field("value", status.getValue() == 0 ? null : new HResult(status.getValue()).hex()) //$NON-NLS-1$
                    .field("symbol", status.getErrorCode() == null ? null : status.getErrorCode().getSymbol()) //$NON-NLS-1$
                    .field("session", status.getSession() == null ? -1 : trace.getSessions().indexOf(status.getSession())) //$NON-NLS-1$
                    .field("firstLine", status.getFirstLine()).field("lastLine", status.getLastLine()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("text", status.getText()).endObject(); //$NON-NLS-1$
        }
        json.endArray();
        json.name("repairs").beginArray(); //$NON-NLS-1$
        for (Repair repair : trace.getRepairs()) {
            json.beginObject().field("kind", repair.getKind().getLiteral()).field("firstLine", repair.getFirstLine()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("lastLine", repair.getLastLine()).field("description", repair.getDescription()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray();
        json.name("problems").beginArray(); //$NON-NLS-1$
        for (ImportProblem problem : trace.getProblems()) {
            json.beginObject().field("line", problem.getLine()).field("message", problem.getMessage()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray().endObject();
    }

    private static void writeLine(JsonWriter json, ProtocolLine line) {
        json.beginObject().field("direction", line.getDirection().getLiteral()).field("text", line.getText()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("firstLine", line.getFirstLine()).field("lastLine", line.getLastLine()) //$NON-NLS-1$ //$NON-NLS-2$
                .field("offset", line.getOffset()).field("masked", line.isMasked()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
